package org.epar.validation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parameter a rule reads from its profile settings.
 *
 * <p>Naming convention: snake_case; a bound ends in {@code _min} or {@code _max} ({@code
 * village_coverage_min}, {@code upward_share_max}); a date ends in {@code deadline} ({@code
 * deadline}, {@code all_counties_deadline}); a list is a plural noun ({@code required_services}).
 *
 * <p>Units, which also say how the value is written and checked when a profile loads:
 *
 * <ul>
 *   <li>{@code share}: a decimal fraction between 0 and 1 ({@code "0.65"});
 *   <li>{@code rate}: a non-negative decimal such as a growth rate ({@code "0.20"} = 20 %);
 *   <li>{@code yuan}: a non-negative amount in yuan with at most 2 decimals ({@code "1500000.00"});
 *   <li>{@code count}, {@code days}, {@code working_days}, {@code hours}: a non-negative integer;
 *   <li>{@code m2}: a non-negative decimal area in square metres;
 *   <li>{@code date}: an ISO-8601 date ({@code "2018-12-31"});
 *   <li>{@code list}: comma-separated non-empty upper-snake tokens ({@code "PRODUCT,VILLAGE"});
 *   <li>{@code text}: free text.
 * </ul>
 *
 * @param name the snake_case parameter name, unique within its rule
 * @param unit one of the units above
 * @param description what the parameter means, in English
 * @param descriptionZh what the parameter means, in Chinese (shown by {@code epar rules --lang
 *     zh}); every parameter of the built-in catalog has one of its own
 * @since 0.1.0
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParameterSpec(String name, String unit, String description, String descriptionZh) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** The units a parameter may have. */
  private static final java.util.Set<String> UNITS =
      java.util.Set.of(
          "share",
          "rate",
          "yuan",
          "count",
          "days",
          "working_days",
          "hours",
          "m2",
          "date",
          "list",
          "text");

  /**
   * Checks the name is snake_case and the unit is known.
   *
   * @throws IllegalArgumentException if the name or unit is not allowed
   * @throws NullPointerException if a component is null
   */
  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(descriptionZh, "descriptionZh");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("parameter name is not snake_case: " + name);
    }
    if (!UNITS.contains(unit)) {
      throw new IllegalArgumentException("parameter " + name + " has unknown unit: " + unit);
    }
  }

  /**
   * Makes a parameter whose Chinese description is not known yet: the English description stands in
   * for it (for a custom rule; the built-in catalog gives every parameter its own).
   *
   * @param name the snake_case parameter name, unique within its rule
   * @param unit one of the units above
   * @param description what the parameter means, in English, also used for Chinese
   * @throws IllegalArgumentException if the name or unit is not allowed
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public ParameterSpec(String name, String unit, String description) {
    this(name, unit, description, description);
  }

  /**
   * The description in the language asked for.
   *
   * @param chinese true for the Chinese description, false for the English one
   * @return the description
   * @since 0.2.0
   */
  public String description(boolean chinese) {
    return chinese ? descriptionZh : description;
  }
}
