package org.epar.validation.spi;

import java.util.ArrayList;
import java.util.List;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;

/**
 * A rule's finding at a severity of its own choosing, with the rule's message: for readings where
 * one case of a rule is an ERROR and another only INFO (catalog revision 2: a list ending in 等 is
 * not exhaustive, so an item outside it is INFO).
 *
 * <p>For example:
 *
 * <pre>{@code
 * Severity s = listed ? ctx.severity() : Severity.INFO;
 * SeverityFindings.violation(ctx, sink, s, at, scheme, String.join(",", allowed));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SeverityFindings {

  private SeverityFindings() {}

  /**
   * Emits the rule's violation at the given severity.
   *
   * @param ctx the rule's context
   * @param sink where findings go
   * @param severity the severity of this case
   * @param at the location
   * @param observed the observed value (no personal data)
   * @param threshold the expected value
   */
  public static void violation(
      RuleContext ctx,
      FindingSink sink,
      Severity severity,
      Location at,
      String observed,
      String threshold) {
    List<Finding> one = new ArrayList<>(1);
    new FindingSink(ctx, at.index(), one::add).violation(at, observed, threshold);
    for (Finding f : one) {
      sink.add(
          new Finding(
              f.ruleId(),
              severity,
              f.location(),
              f.observed(),
              f.threshold(),
              f.deadline(),
              f.messageEn(),
              f.messageZh(),
              f.citation(),
              f.count(),
              f.related()));
    }
  }
}
