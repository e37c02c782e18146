package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.epar.core.id.TraceCode;
import org.jspecify.annotations.Nullable;

/** Validates {@code @ValidTraceCode} on {@code @Nullable CharSequence}; null is valid. */
public final class TraceCodeTextValidator
    implements ConstraintValidator<
        org.epar.validation.constraints.ValidTraceCode, @Nullable CharSequence> {

  /** Creates the validator. */
  public TraceCodeTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext ctx) {
    if (value == null) {
      return true;
    }
    TraceCode c = TraceCode.of(value.toString());
    return c.isValid() || IdConstraints.invalid(ctx, c.problems());
  }
}
