package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Validates {@code @NonNegativeMoney} on {@code @Nullable BigDecimal}; null is valid. */
public final class NonNegativeAmountValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.NonNegativeMoney, @Nullable BigDecimal> {

  /** Creates the validator. */
  public NonNegativeAmountValidator() {}

  @Override
  public boolean isValid(@Nullable BigDecimal value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2;
  }
}
