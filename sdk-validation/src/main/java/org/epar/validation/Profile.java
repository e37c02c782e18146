package org.epar.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned profile: the rules one programme document imposes and their thresholds, deadlines and
 * severities, as data.
 *
 * <p>Built-in profiles come from {@link Profiles#builtIn(String)}; a county loads its own file with
 * {@link Profiles#load(java.nio.file.Path)}. Immutable and thread-safe.
 *
 * @param id the profile id, such as {@code daming-2017}
 * @param version the profile version, such as {@code 1}
 * @param nameEn the English name of the document
 * @param nameZh the Chinese name of the document
 * @param document the title of the source document with its year or number, or empty
 * @param rules rule id to settings, in catalog order
 * @since 0.1.0
 */
public record Profile(
    String id,
    String version,
    String nameEn,
    String nameZh,
    String document,
    Map<String, RuleSettings> rules) {

  /**
   * Checks no component is null and copies the rules, keeping their order.
   *
   * @throws NullPointerException if a component is null
   */
  public Profile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(document, "document");
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /**
   * Whether the profile includes the rule.
   *
   * @param ruleId a rule id
   * @return {@code true} if the rule is part of this profile
   */
  public boolean includes(String ruleId) {
    return rules.containsKey(ruleId);
  }

  /**
   * The settings of one rule.
   *
   * @param ruleId a rule id
   * @return the settings, or empty when the profile does not include the rule
   */
  public Optional<RuleSettings> settings(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }
}
