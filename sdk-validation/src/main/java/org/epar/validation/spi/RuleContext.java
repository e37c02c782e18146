package org.epar.validation.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.period.WorkingDayCalendar;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleSettings;
import org.epar.validation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What a rule may know while it runs: its descriptor, the profile's settings for it, the as-of date
 * and the registries of the validator.
 *
 * <p>Immutable and thread-safe. The engine builds one per rule; a Spark or Flink job that runs
 * rules itself builds its own with the public constructor.
 *
 * @since 0.1.0
 */
public final class RuleContext {

  private final RuleDescriptor descriptor;
  private final RuleSettings settings;
  private final LocalDate asOf;
  private final @Nullable DivisionRegistry divisionRegistry;
  private final WorkingDayCalendar calendar;

  /**
   * Creates a context.
   *
   * @param descriptor the rule's catalog entry
   * @param settings the profile's settings for the rule
   * @param asOf the date targets are evaluated against
   * @param divisionRegistry the division registry, or null when the validator has none
   * @param calendar the working-day calendar (DM-FUND-04)
   */
  public RuleContext(
      RuleDescriptor descriptor,
      RuleSettings settings,
      LocalDate asOf,
      @Nullable DivisionRegistry divisionRegistry,
      WorkingDayCalendar calendar) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.divisionRegistry = divisionRegistry;
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    if (!descriptor.id().equals(settings.ruleId())) {
      throw new IllegalArgumentException(
          "settings of " + settings.ruleId() + " given for rule " + descriptor.id());
    }
  }

  /**
   * The rule's catalog entry.
   *
   * @return the descriptor
   */
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * The profile's settings for the rule; read thresholds with its typed getters.
   *
   * @return the settings
   */
  public RuleSettings settings() {
    return settings;
  }

  /**
   * The severity of a breach: the profile's override, else the rule's default.
   *
   * @return the effective severity
   */
  public Severity severity() {
    return settings.severityOverride().orElse(descriptor.defaultSeverity());
  }

  /**
   * The date targets are evaluated against: before a target's deadline a target yields progress.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The division registry used to resolve division codes (CORE-ID-03, CORE-REF-01).
   *
   * @return the registry, or empty when the validator was built without one
   */
  public Optional<DivisionRegistry> divisionRegistry() {
    return Optional.ofNullable(divisionRegistry);
  }

  /**
   * The Chinese statutory working-day calendar, with make-up working days (DM-FUND-04).
   *
   * @return the calendar
   */
  public WorkingDayCalendar calendar() {
    return calendar;
  }
}
