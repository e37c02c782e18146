package org.epar.validation.rules.core;

import java.util.List;
import java.util.Map;
import org.epar.core.id.IdProblem;
import org.epar.core.id.TraceCode;
import org.epar.core.model.EparRecord;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Masking;
import org.epar.validation.spi.RecordRule;
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
public final class TraceCodeRule implements RecordRule<EparRecord> {

  /** The rule ID. */
  public static final String ID = "CORE-ID-04";

  private static final String EXPECTED = "GTIN, P-, V- or H- scheme with a valid check character";

  /** Creates the rule; it is stateless. */
  public TraceCodeRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<EparRecord> type() {
    return EparRecord.class;
  }

  @Override
  public void check(EparRecord record, RuleContext ctx, FindingSink sink) {
    IdFields.visit(
        record,
        new IdFields.Visitor() {
          @Override
          public void traceCode(String outer, String field, TraceCode code) {
            List<IdProblem> problems = code.problems();
            if (problems.isEmpty()) {
              return;
            }
            sink.violation(
                sink.location(record.recordType().wireName(), record.key(), outer + field),
                observed(code.raw()), EXPECTED, Map.of("problem", Problems.codes(problems)));
          }
        });
  }

  /** The trace code as shown in a finding: masked when it may hold a citizen identity number. */
  static String observed(String raw) {
    return IdFields.mayHoldCitizenId(raw) ? Masking.mask(raw) : raw;
  }
}
