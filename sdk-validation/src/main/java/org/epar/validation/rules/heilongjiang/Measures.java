package org.epar.validation.rules.heilongjiang;

import org.epar.core.id.DivisionCode;
import org.epar.validation.Location;
import org.jspecify.annotations.Nullable;

/** Small helpers of the HLJ rules: division keys and measure locations. */
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
}
