package org.epar.validation.rules.daming.plan;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.SelfEvaluation;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-FUND-07 (绩效自评): every annual report carries a performance self-evaluation with each of {@code
 * required_sections}: {@code IMPLEMENTATION}, {@code FUND_INPUT_AND_USE}, {@code SYSTEMS}, {@code
 * TARGET_COMPLETION}, {@code FUND_REPORTING} (the fields of {@link SelfEvaluation}).
 *
 * <p>Reading: a section is present when its text is not blank. One finding per annual report,
 * observed as the list of missing sections, located at the first missing one ({@code
 * self_evaluation.fund_input_and_use}) or at {@code self_evaluation} when there is none. Whether a
 * county submitted an annual report at all is DM-RPT-01's business.
 *
 * @since 0.1.0
 */
final class SelfEvaluationRule {

  /** The rule ID. */
  static final String ID = "DM-FUND-07";

  /** The rule; stateless. */
  static final RecordRule<AnnualReport> RULE =
      RecordRule.of(ID, AnnualReport.class, SelfEvaluationRule::check);

  private static final Support.PerSettings<List<String>> SECTIONS =
      new Support.PerSettings<>(
          s -> {
            List<String> names = s.list("required_sections");
            for (String n : names) {
              section(
                  new SelfEvaluation("x", "x", "x", "x", "x"), n); // rejects unknown names early
            }
            return names;
          });

  private SelfEvaluationRule() {}

  private static void check(AnnualReport report, RuleContext ctx, FindingSink sink) {
    List<String> required = SECTIONS.get(ctx.settings());
    SelfEvaluation e = report.selfEvaluation();
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (e == null || Support.blank(section(e, name))) {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String path =
        e == null
            ? "self_evaluation"
            : "self_evaluation." + missing.get(0).toLowerCase(java.util.Locale.ROOT);
    sink.violation(
        sink.location(RecordType.ANNUAL_REPORT.wireName(), report.key(), path),
        String.join(",", missing),
        String.join(",", required));
  }

  private static @Nullable String section(SelfEvaluation e, String name) {
    return switch (name) {
      case "IMPLEMENTATION" -> e.implementation();
      case "FUND_INPUT_AND_USE" -> e.fundInputAndUse();
      case "SYSTEMS" -> e.systems();
      case "TARGET_COMPLETION" -> e.targetCompletion();
      case "FUND_REPORTING" -> e.fundReporting();
      default -> throw new IllegalArgumentException("DM-FUND-07: unknown section " + name);
    };
  }
}
