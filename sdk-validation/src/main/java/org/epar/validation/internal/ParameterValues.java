package org.epar.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks a parameter value against its unit (see {@code ParameterSpec}). */
public final class ParameterValues {

  private ParameterValues() {}

  /**
   * Why the value does not fit the unit.
   *
   * @param unit a parameter unit
   * @param value the value as written in a profile
   * @return the reason, or empty when the value fits
   */
  public static Optional<String> problem(String unit, String value) {
    String v = value.trim();
    try {
      switch (unit) {
        case "share":
          {
            BigDecimal d = new BigDecimal(v);
            return d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0
                ? Optional.of("a share must be between 0 and 1")
                : Optional.empty();
          }
        case "rate":
        case "m2":
          return new BigDecimal(v).signum() < 0
              ? Optional.of("must not be negative")
              : Optional.empty();
        case "yuan":
          {
            BigDecimal d = new BigDecimal(v);
            return d.signum() < 0 || d.stripTrailingZeros().scale() > 2
                ? Optional.of("an amount in yuan is non-negative with at most 2 decimals")
                : Optional.empty();
          }
        case "count":
        case "days":
        case "working_days":
        case "hours":
          return Long.parseLong(v) < 0 ? Optional.of("must not be negative") : Optional.empty();
        case "date":
          LocalDate.parse(v);
          return Optional.empty();
        case "list":
          return v.replace(",", "").isBlank()
              ? Optional.of("a list must not be empty")
              : Optional.empty();
        case "text":
          return Optional.empty();
        default:
          return Optional.of("unknown unit " + unit);
      }
    } catch (NumberFormatException e) {
      return Optional.of("not a number of unit " + unit);
    } catch (DateTimeParseException e) {
      return Optional.of("not an ISO-8601 date");
    }
  }
}
