/**
 * Jakarta Bean Validation constraints for EPAR identifiers and amounts, in the Hibernate Validator
 * style ({@code null} is valid, repeatable, messages in English and Chinese), and {@link
 * org.epar.validation.constraints.EparConstraints}, which applies them to the model records.
 *
 * <pre>{@code
 * record Applicant(@ValidCitizenId String citizenId,
 *     @ValidDivisionCode(level = DivisionLevel.VILLAGE) String village) {}
 * Set<ConstraintViolation<Applicant>> v =
 *     EparConstraints.validator(Locale.ENGLISH).validate(applicant);
 * }</pre>
 */
@NullMarked
package org.epar.validation.constraints;

import org.jspecify.annotations.NullMarked;
