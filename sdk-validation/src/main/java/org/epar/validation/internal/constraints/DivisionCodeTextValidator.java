package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidDivisionCode} on {@code @Nullable CharSequence}; null is valid. */
public final class DivisionCodeTextValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidDivisionCode, @Nullable CharSequence> {

  private Set<DivisionLevel> levels = EnumSet.noneOf(DivisionLevel.class);

  @Override
  public void initialize(org.epar.validation.constraints.ValidDivisionCode a) {
    levels =
        a.level().length == 0
            ? EnumSet.noneOf(DivisionLevel.class)
            : EnumSet.copyOf(Arrays.asList(a.level()));
  }

  /** Creates the validator. */
  public DivisionCodeTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    return DivisionCodeValidator.check(DivisionCode.of(value.toString()), levels, ctx);
  }
}
