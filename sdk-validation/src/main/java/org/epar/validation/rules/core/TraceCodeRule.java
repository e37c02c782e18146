package org.epar.validation.rules.core;

import java.util.List;
import org.epar.core.id.IdProblem;
import org.epar.core.id.TraceCode;
import org.epar.core.model.EparRecord;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * CORE-ID-04: every traceability code is well formed for its scheme and its check character is
 * right ({@link TraceCode#problems()}: GS1 GTIN, 一品一码, 一村一码, 一户一品一码).
 *
 * <p>Checked fields: the {@code code} of a traced item and of a trace event. An invalid code that
 * holds a run of 15 or more digits is masked (it may carry a citizen identity number, which a
 * household part must never be). No parameters.
 *
 * @since 0.1.0
 */
final class TraceCodeRule extends IdentifierRule {

  /** The rule ID. */
  static final String ID = "CORE-ID-04";

  /** Creates the rule; it is stateless. */
  TraceCodeRule() {
    super(
        ID,
        "GTIN, P-, V- or H- scheme with a valid check character",
        "GTIN、P-、V- 或 H- 编码方案，校验码正确",
        TraceCode.class);
  }

  @Override
  IdFields.Visitor visitor() {
    return new IdFields.Visitor() {
      @Override
      public void traceCode(
          EparRecord r, RuleContext ctx, FindingSink sink, String field, TraceCode code) {
        List<IdProblem> problems = code.problems();
        if (!problems.isEmpty()) {
          report(r, sink, field, shown(code.raw()), Problems.codes(problems));
        }
      }
    };
  }
}
