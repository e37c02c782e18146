package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.epar.core.id.TraceCode;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidTraceCode} on {@code @Nullable TraceCode}; null is valid. */
public final class TraceCodeValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidTraceCode, @Nullable TraceCode> {

  /** Creates the validator. */
  public TraceCodeValidator() {}

  @Override
  public boolean isValid(@Nullable TraceCode value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    return value.isValid() || IdConstraints.invalid(ctx, value.problems());
  }
}
