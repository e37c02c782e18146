package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/** Validates {@code @NonNegativeMoney} on {@code @Nullable Money}; null is valid. */
public final class NonNegativeMoneyValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.NonNegativeMoney, @Nullable Money> {

  /** Creates the validator. */
  public NonNegativeMoneyValidator() {}

  @Override
  public boolean isValid(@Nullable Money value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    return !value.isNegative();
  }
}
