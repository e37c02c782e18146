package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.epar.core.id.CitizenId;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidCitizenId} on {@code @Nullable CharSequence}; null is valid. */
public final class CitizenIdTextValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidCitizenId, @Nullable CharSequence> {

  private boolean allowLegacy;

  @Override
  public void initialize(org.epar.validation.constraints.ValidCitizenId a) {
    allowLegacy = a.allowLegacy();
  }

  /** Creates the validator. */
  public CitizenIdTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    CitizenId id = CitizenId.of(value.toString());
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
