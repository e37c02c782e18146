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
}
