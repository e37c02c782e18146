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
    return CitizenIdValidator.check(CitizenId.of(value.toString()), allowLegacy, ctx);
  }
}
