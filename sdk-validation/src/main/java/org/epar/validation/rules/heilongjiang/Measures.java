package org.epar.validation.rules.heilongjiang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.epar.core.id.DivisionCode;
import org.epar.validation.Location;
import org.jspecify.annotations.Nullable;

/** Small helpers of the HLJ rules: division keys, measure locations and display shares. */
final class Measures {

  private Measures() {}

  /** The 12-digit form of a valid code, or null. */
  static @Nullable String value(@Nullable DivisionCode code) {
    return code != null && code.isValid() ? code.value() : null;
  }

  /** The 12-digit township a valid code lies in (or is), or null. */
  static @Nullable String township(@Nullable DivisionCode code) {
    return code == null ? null : code.township().map(DivisionCode::value).orElse(null);
  }

  /** The 12-digit county a valid code lies in (or is), or null. */
  static @Nullable String county(@Nullable DivisionCode code) {
    return code == null ? null : code.county().map(DivisionCode::value).orElse(null);
  }

  /** The dataset-level location of one measure of a target. */
  static Location measure(String name) {
    return Location.of("dataset", name);
  }

  /**
   * {@code numerator / denominator} for display, rounded down to at least 4 decimals and at least
   * the threshold's scale, so that it reaches the threshold exactly when the ratio does.
   */
  static BigDecimal share(long numerator, long denominator, BigDecimal threshold) {
    int scale = Math.max(4, threshold.scale());
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.DOWN);
  }
}
