package org.epar.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A profile's settings for one rule: an optional severity override and the rule's parameters.
 *
 * <p>Parameters are kept as the strings of the profile file and read through typed getters; a
 * missing or malformed parameter throws a {@link ProfileException} naming the profile, the rule and
 * the parameter. Profiles are checked when they load, so with a built-in or loaded profile these
 * getters only fail when a rule reads a parameter its descriptor does not declare. Immutable.
 *
 * @param profileId the profile these settings belong to
 * @param ruleId the rule these settings are for
 * @param severity the severity that replaces the rule's default, or null to keep the default
 * @param parameters parameter name to value, as written in the profile
 * @since 0.1.0
 */
public record RuleSettings(
    String profileId, String ruleId, @Nullable Severity severity, Map<String, String> parameters) {

  /**
   * Checks no required component is null and copies the parameters (sorted by name).
   *
   * @throws NullPointerException if a required component is null
   */
  public RuleSettings {
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(ruleId, "ruleId");
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
  }

  /**
   * The severity override.
   *
   * @return the override, or empty to use the rule's default severity
   */
  public Optional<Severity> severityOverride() {
    return Optional.ofNullable(severity);
  }

  /**
   * Whether the parameter is set.
   *
   * @param name a parameter name
   * @return {@code true} if the profile gives a value
   */
  public boolean has(String name) {
    return parameters.containsKey(name);
  }

  /**
   * A parameter as text.
   *
   * @param name a parameter name
   * @return the value as written in the profile
   * @throws ProfileException if the parameter is missing
   */
  public String string(String name) {
    String v = parameters.get(name);
    if (v == null) {
      throw new ProfileException(
          "profile " + profileId + ", rule " + ruleId + ": missing parameter " + name,
          profileId,
          ruleId,
          name);
    }
    return v;
  }

  /**
   * A decimal parameter (shares, rates, areas).
   *
   * @param name a parameter name
   * @return the exact value
   * @throws ProfileException if the parameter is missing or not a decimal
   */
  public BigDecimal decimal(String name) {
    String v = string(name);
    try {
      return new BigDecimal(v.trim());
    } catch (NumberFormatException e) {
      throw malformed(name, v, "a decimal");
    }
  }

  /**
   * An integer parameter (counts, days).
   *
   * @param name a parameter name
   * @return the value
   * @throws ProfileException if the parameter is missing or not an integer
   */
  public long integer(String name) {
    String v = string(name);
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw malformed(name, v, "an integer");
    }
  }

  /**
   * An amount of money in yuan, exact to the fen.
   *
   * @param name a parameter name
   * @return the exact amount
   * @throws ProfileException if the parameter is missing, negative or has more than 2 decimals
   */
  public Money money(String name) {
    BigDecimal d = decimal(name);
    if (d.signum() < 0 || d.stripTrailingZeros().scale() > 2) {
      throw malformed(name, string(name), "a non-negative amount in yuan with at most 2 decimals");
    }
    return Money.of(d);
  }

  /**
   * A date parameter (deadlines).
   *
   * @param name a parameter name
   * @return the date
   * @throws ProfileException if the parameter is missing or not an ISO-8601 date
   */
  public LocalDate date(String name) {
    String v = string(name);
    String t = v.trim();
    try {
      if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
        // yyyy-MM-dd, read without the formatter's machinery: rules read their dates per part of
        // a parallel validation, and that machinery is a large compile while it warms up
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year >= 0 && month >= 0 && day >= 0) {
          return LocalDate.of(year, month, day);
        }
      }
      return LocalDate.parse(t);
    } catch (DateTimeException e) {
      throw malformed(name, v, "an ISO-8601 date");
    }
  }

  /** The ASCII digits {@code s[from, to)} as a number, or -1 if any is not one. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * A list parameter: the comma-separated tokens, trimmed, empty tokens dropped.
   *
   * @param name a parameter name
   * @return an immutable list in profile order
   * @throws ProfileException if the parameter is missing
   */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String token : string(name).split(",")) {
      String t = token.trim();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /**
   * These settings with parameters replaced or added, for a profile that extends another.
   *
   * @param profile the id of the extending profile
   * @param override the severity override of the extending profile, or null to keep this one
   * @param more parameters that replace or add to these
   * @return new settings
   */
  public RuleSettings overriddenBy(
      String profile, @Nullable Severity override, Map<String, String> more) {
    Map<String, String> merged = new TreeMap<>(parameters);
    merged.putAll(more);
    return new RuleSettings(profile, ruleId, override != null ? override : severity, merged);
  }

  private ProfileException malformed(String name, String value, String expected) {
    return new ProfileException(
        "profile "
            + profileId
            + ", rule "
            + ruleId
            + ": parameter "
            + name
            + " is not "
            + expected
            + ": '"
            + value
            + "'",
        profileId,
        ruleId,
        name);
  }
}
