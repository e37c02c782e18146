package org.epar.assessment;

import java.util.List;
import java.util.Objects;
import org.epar.validation.Finding;

/**
 * One veto item (一票否决) of the profile: a rule whose breach fails the whole assessment.
 *
 * @param ruleId the rule, e.g. {@code DM-RPT-02}
 * @param titleEn the rule's English title
 * @param titleZh the rule's Chinese title
 * @param passed {@code false} when any finding of the rule has severity VETO
 * @param evidence every finding of the rule (the failing ones and any progress)
 * @since 0.2.0
 */
public record VetoItem(
    String ruleId, String titleEn, String titleZh, boolean passed, List<Finding> evidence) {

  /**
   * Checks for nulls and copies the evidence.
   *
   * @throws NullPointerException if a component is null
   */
  public VetoItem {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(titleZh, "titleZh");
    evidence = List.copyOf(evidence);
  }
}
