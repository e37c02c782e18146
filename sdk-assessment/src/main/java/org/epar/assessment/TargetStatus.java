package org.epar.assessment;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One target of the profile as of the assessment date.
 *
 * @param ruleId the target rule, e.g. {@code DM-SITE-02}
 * @param titleEn the rule's English title
 * @param titleZh the rule's Chinese title
 * @param objectId what the finding was about (a site, a village), or empty
 * @param observed the observed value as the rule reported it, or empty when the rule reported
 *     nothing (the target holds)
 * @param threshold the threshold, or empty when the rule reported nothing
 * @param deadline the target's deadline, or null when the rule reported nothing
 * @param status met, on track or missed
 * @since 0.2.0
 */
public record TargetStatus(
    String ruleId,
    String titleEn,
    String titleZh,
    String objectId,
    String observed,
    String threshold,
    @Nullable LocalDate deadline,
    Status status) {

  /** Where a target stands. */
  public enum Status {
    /** Reached (observed at or above the threshold), or the rule found nothing to report. */
    MET,
    /** Not reached yet, before its deadline: the rule reported progress (INFO). */
    ON_TRACK,
    /** Not reached at or after its deadline: the rule reported a warning, error or veto. */
    MISSED
  }

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component but the deadline is null
   */
  public TargetStatus {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(status, "status");
  }
}
