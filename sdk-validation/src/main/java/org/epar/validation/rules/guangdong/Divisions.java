package org.epar.validation.rules.guangdong;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DemonstrationLevel;
import org.jspecify.annotations.Nullable;

/** Small helpers of the GD rules: division keys and display values of shares. */
final class Divisions {

  private Divisions() {}

  /** The 12-digit form of a valid code, or null. */
  static @Nullable String value(@Nullable DivisionCode code) {
    return code != null && code.isValid() ? code.value() : null;
  }

  /** The 12-digit county a valid code lies in (or is), or null. */
  static @Nullable String county(@Nullable DivisionCode code) {
    return code == null ? null : code.county().map(DivisionCode::value).orElse(null);
  }

  /** The 12-digit city a valid code lies in (or is), or null. */
  static @Nullable String city(@Nullable DivisionCode code) {
    return code == null ? null : code.city().map(DivisionCode::value).orElse(null);
  }

  /** The 12-digit township a valid code lies in (or is), or null. */
  static @Nullable String township(@Nullable DivisionCode code) {
    return code == null ? null : code.township().map(DivisionCode::value).orElse(null);
  }

  /** The 12-digit county of a 12-digit value (the first 6 digits). */
  static String countyOf(String value12) {
    return value12.substring(0, 6) + "000000";
  }

  /** Whether the level counts as a national or provincial demonstration county. */
  static boolean isDemonstration(@Nullable DemonstrationLevel level) {
    return level == DemonstrationLevel.NATIONAL || level == DemonstrationLevel.PROVINCIAL;
  }

  /**
   * {@code numerator / denominator} for display, rounded down to at least 4 decimals and at least
   * the threshold's scale, so that the shown value reaches the threshold exactly when the ratio
   * does.
   */
  static BigDecimal share(long numerator, long denominator, BigDecimal threshold) {
    int scale = Math.max(4, threshold.scale());
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.DOWN);
  }
}
