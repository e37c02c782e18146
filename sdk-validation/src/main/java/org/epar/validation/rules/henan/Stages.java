package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.epar.validation.Location;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * Evaluates a Henan two-stage target (二(二): a first level by {@code stage1_deadline}, the full
 * level by {@code stage2_deadline}).
 *
 * <ul>
 *   <li>as-of before the first deadline: the first stage, as progress (INFO);
 *   <li>between the deadlines: the first stage, missed → the rule's severity; and the second stage
 *       as progress (INFO). The data are cumulative, so a level missed now was missed at the first
 *       deadline too;
 *   <li>at or after the second deadline: the second stage only (it implies the first).
 * </ul>
 */
final class Stages {

  private Stages() {}

  static void report(
      RuleContext ctx,
      FindingSink sink,
      Location location,
      BigDecimal observed,
      String stage1Threshold,
      String stage2Threshold) {
    LocalDate d1 = ctx.settings().date("stage1_deadline");
    LocalDate d2 = ctx.settings().date("stage2_deadline");
    BigDecimal t1 = ctx.settings().decimal(stage1Threshold);
    BigDecimal t2 = ctx.settings().decimal(stage2Threshold);
    LocalDate asOf = ctx.asOf();
    if (asOf.isBefore(d1)) {
      sink.target(location, observed, t1, d1);
    } else if (asOf.isBefore(d2)) {
      sink.target(location, observed, t1, d1);
      sink.target(location, observed, t2, d2);
    } else {
      sink.target(location, observed, t2, d2);
    }
  }

  /**
   * Evaluates a two-stage target on dated data (catalog revision 2, "a missed stage stays an
   * ERROR"): each stage is judged on what existed by its own deadline, so a first stage missed at
   * its deadline is reported at and after it, even when the second stage is met later.
   *
   * <ul>
   *   <li>the first stage with {@code byStage1} (what existed by the first deadline, or by the
   *       as-of date before it): progress before the deadline, a miss at and after it;
   *   <li>the second stage with {@code byStage2} (what existed by the second deadline, or by the
   *       as-of date before it), once the as-of date reaches the first deadline.
   * </ul>
   */
  static void reportDated(
      RuleContext ctx,
      FindingSink sink,
      Location location,
      BigDecimal byStage1,
      BigDecimal byStage2,
      String stage1Threshold,
      String stage2Threshold) {
    LocalDate d1 = ctx.settings().date("stage1_deadline");
    LocalDate d2 = ctx.settings().date("stage2_deadline");
    sink.target(location, byStage1, ctx.settings().decimal(stage1Threshold), d1);
    if (!ctx.asOf().isBefore(d1)) {
      sink.target(location, byStage2, ctx.settings().decimal(stage2Threshold), d2);
    }
  }
}
