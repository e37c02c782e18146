package org.epar.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing validation found: which rule, how serious, where, what was observed against which
 * threshold, and the messages in English and Chinese.
 *
 * <p><b>No personal data.</b> Observed values and messages never contain identity numbers, names or
 * phone numbers: rule authors pass such values through {@link
 * org.epar.validation.spi.Masking#mask(String)} (or use the identifier's masked {@code toString()})
 * before they reach a finding, and locate the object by its SDK id and property path instead.
 *
 * @param ruleId the rule's stable ID, such as {@code DM-SITE-02}
 * @param severity how serious the finding is (after the profile's override and target semantics)
 * @param location where the finding was made
 * @param observed the observed value as text, masked if personal; empty when not applicable
 * @param threshold the threshold or expectation as text; empty when not applicable
 * @param deadline the deadline of a target, or null for constraints
 * @param messageEn the English message, placeholders filled in
 * @param messageZh the Chinese message, placeholders filled in
 * @param citation where the rule comes from
 * @param count how many occurrences this finding groups (same rule, severity and object); 1 or more
 * @param related other places the finding is about, such as the first occurrence of a duplicate
 *     (CORE-DUP-01); empty for most findings, and left out of JSON when empty
 * @since 0.1.0
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
    String ruleId,
    Severity severity,
    Location location,
    String observed,
    String threshold,
    @Nullable LocalDate deadline,
    String messageEn,
    String messageZh,
    Citation citation,
    int count,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Location> related) {

  /**
   * Checks no required component is null and the count is positive.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the count is below 1
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(citation, "citation");
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more: " + count);
    }
    related = related == null ? List.of() : List.copyOf(related);
  }

  /**
   * A finding without related locations.
   *
   * @param ruleId the rule's stable ID
   * @param severity how serious the finding is
   * @param location where the finding was made
   * @param observed the observed value as text, masked if personal; empty when not applicable
   * @param threshold the threshold or expectation as text; empty when not applicable
   * @param deadline the deadline of a target, or null for constraints
   * @param messageEn the English message
   * @param messageZh the Chinese message
   * @param citation where the rule comes from
   * @param count how many occurrences this finding groups; 1 or more
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the count is below 1
   */
  public Finding(
      String ruleId,
      Severity severity,
      Location location,
      String observed,
      String threshold,
      @Nullable LocalDate deadline,
      String messageEn,
      String messageZh,
      Citation citation,
      int count) {
    this(
        ruleId, severity, location, observed, threshold, deadline, messageEn, messageZh, citation,
        count, List.of());
  }

  /**
   * This finding with another count.
   *
   * @param newCount the number of occurrences
   * @return a new finding
   */
  public Finding withCount(int newCount) {
    return new Finding(
        ruleId, severity, location, observed, threshold, deadline, messageEn, messageZh, citation,
        newCount, related);
  }

  /**
   * This finding at other locations: the same rule, severity, values, messages and count.
   *
   * @param newLocation where the finding was made
   * @param newRelated the other places it names; null means none
   * @return a new finding
   * @throws NullPointerException if {@code newLocation} is null
   * @since 0.2.0
   */
  public Finding withLocations(Location newLocation, @Nullable List<Location> newRelated) {
    return new Finding(
        ruleId,
        severity,
        newLocation,
        observed,
        threshold,
        deadline,
        messageEn,
        messageZh,
        citation,
        count,
        newRelated);
  }
}
