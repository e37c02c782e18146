package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidDivisionCode} on {@code @Nullable DivisionCode}; null is valid. */
public final class DivisionCodeValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidDivisionCode, @Nullable DivisionCode> {

  private Set<DivisionLevel> levels = EnumSet.noneOf(DivisionLevel.class);

  @Override
  public void initialize(org.epar.validation.constraints.ValidDivisionCode a) {
    levels =
        a.level().length == 0
            ? EnumSet.noneOf(DivisionLevel.class)
            : EnumSet.copyOf(Arrays.asList(a.level()));
  }

  static boolean check(DivisionCode c, Set<DivisionLevel> levels, ConstraintValidatorContext ctx) {
    if (!c.isValid()) {
      return IdConstraints.invalid(ctx, c.problems());
    }
    if (!levels.isEmpty() && !levels.contains(c.level().orElseThrow())) {
      return IdConstraints.invalid(ctx, "level " + c.level().orElseThrow() + " not in " + levels);
    }
    return true;
  }

  /** Creates the validator. */
  public DivisionCodeValidator() {}

  @Override
  public boolean isValid(@Nullable DivisionCode value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    return check(value, levels, ctx);
  }
}
