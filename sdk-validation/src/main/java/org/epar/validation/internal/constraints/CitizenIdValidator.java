package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.epar.core.id.CitizenId;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidCitizenId} on {@code @Nullable CitizenId}; null is valid. */
public final class CitizenIdValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidCitizenId, @Nullable CitizenId> {

  private boolean allowLegacy;

  @Override
  public void initialize(org.epar.validation.constraints.ValidCitizenId a) {
    allowLegacy = a.allowLegacy();
  }

  /** Creates the validator. */
  public CitizenIdValidator() {}

  @Override
  public boolean isValid(@Nullable CitizenId value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    return check(value, allowLegacy, ctx);
  }

  /** The check of both validators: a legacy 15-digit number is BAD_LENGTH unless allowed. */
  static boolean check(CitizenId id, boolean allowLegacy, ConstraintValidatorContext ctx) {
    java.util.List<org.epar.core.id.IdProblem> p = id.problems();
    if (id.isLegacy() && !allowLegacy) {
      java.util.List<org.epar.core.id.IdProblem> all = new java.util.ArrayList<>();
      all.add(org.epar.core.id.IdProblem.BAD_LENGTH);
      all.addAll(p);
      return IdConstraints.invalid(ctx, all);
    }
    return p.isEmpty() || IdConstraints.invalid(ctx, p);
  }
}
