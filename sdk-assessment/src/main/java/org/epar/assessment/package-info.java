/**
 * The county's assessment (验收) over everything reported: {@link org.epar.assessment.CountyAssessor}
 * reads a county's accepted submissions from a {@link org.epar.grpc.spi.SubmissionStore} into the
 * profile's {@link org.epar.validation.EparValidator} and produces an {@link
 * org.epar.assessment.Assessment}: targets, veto items, fund shares and reporting completeness per
 * contractor.
 */
@NullMarked
package org.epar.assessment;

import org.jspecify.annotations.NullMarked;
