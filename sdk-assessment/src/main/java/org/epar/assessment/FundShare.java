package org.epar.assessment;

import java.util.Objects;

/**
 * A fund cap of the profile (DM-FUND-01 category shares, DM-FUND-02 adjustment) and what the
 * assessment observed against it.
 *
 * @param ruleId the rule that sets the cap
 * @param cap the profile parameter, e.g. {@code upward_share_max}, or the finding's path when a
 *     finding names no parameter
 * @param threshold the cap as the profile gives it, e.g. {@code 0.65}
 * @param observed the observed share from a finding of the rule, or empty when no finding reported
 *     on this cap
 * @param withinCap {@code false} when a finding of the rule on this cap blocks acceptance
 * @since 0.2.0
 */
public record FundShare(
    String ruleId, String cap, String threshold, String observed, boolean withinCap) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public FundShare {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(observed, "observed");
  }
}
