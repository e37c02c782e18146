package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.epar.core.id.CreditCode;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidCreditCode} on {@code @Nullable CharSequence}; null is valid. */
public final class CreditCodeTextValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidCreditCode, @Nullable CharSequence> {

  /** Creates the validator. */
  public CreditCodeTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    CreditCode c = CreditCode.of(value.toString());
    return c.isValid() || IdConstraints.invalid(ctx, c.problems());
  }
}
