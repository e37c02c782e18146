package org.epar.validation.spi;

import java.time.LocalDate;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.Severity;

/**
 * The "no data" finding of a target whose inputs are absent (catalog revision 2: "missing data is a
 * finding, never a silent pass"): INFO progress before the deadline, the rule's severity as of the
 * deadline day and after. Observed is {@code no data}.
 *
 * <p>For example, in a target's {@code finish} when nothing was submitted:
 *
 * <pre>{@code
 * if (state.sites == 0) {
 *   NoData.report(ctx, sink, Location.dataset(), min.toPlainString(), deadline);
 *   return;
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NoData {

  private NoData() {}

  /**
   * Reports the absent inputs of a target.
   *
   * @param ctx the rule context
   * @param sink where the finding goes
   * @param at where
   * @param threshold the target's threshold as text
   * @param deadline the target's deadline
   */
  public static void report(
      RuleContext ctx, FindingSink sink, Location at, String threshold, LocalDate deadline) {
    report(ctx, sink, at, threshold, threshold, deadline);
  }

  /**
   * Reports the absent inputs of a target whose threshold is a text, in both languages.
   *
   * @param ctx the rule context
   * @param sink where the finding goes
   * @param at where
   * @param threshold the target's threshold as text, such as {@code two consecutive years by 2020}
   * @param thresholdZh the same in Chinese
   * @param deadline the target's deadline
   * @since 0.2.0
   */
  public static void report(
      RuleContext ctx,
      FindingSink sink,
      Location at,
      String threshold,
      String thresholdZh,
      LocalDate deadline) {
    RuleDescriptor d = ctx.descriptor();
    boolean progress = ctx.asOf().isBefore(deadline);
    sink.add(
        new Finding(
            d.id(),
            progress ? Severity.INFO : ctx.severity(),
            at,
            "no data",
            threshold,
            deadline,
            d.titleEn() + ": no data by " + deadline + " (target " + threshold + ")",
            d.titleZh() + "：截至 " + deadline + " 无数据（目标 " + thresholdZh + "）",
            d.citation(),
            1));
  }
}
