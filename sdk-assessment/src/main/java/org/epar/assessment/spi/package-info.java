/**
 * Extension points of the assessment: where {@link org.epar.assessment.CountyAssessor} keeps the
 * checkpoints of incremental re-assessment ({@link org.epar.assessment.spi.CheckpointStore}).
 */
@NullMarked
package org.epar.assessment.spi;

import org.jspecify.annotations.NullMarked;
