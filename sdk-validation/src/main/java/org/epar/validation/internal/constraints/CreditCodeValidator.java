package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.epar.core.id.CreditCode;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidCreditCode} on {@code @Nullable CreditCode}; null is valid. */
public final class CreditCodeValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidCreditCode, @Nullable CreditCode> {

  /** Creates the validator. */
  public CreditCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CreditCode value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    return value.isValid() || IdConstraints.invalid(ctx, value.problems());
  }
}
