package org.epar.validation.rules.core;

import java.util.List;
import org.epar.core.id.CitizenId;
import org.epar.core.id.IdProblem;
import org.epar.validation.spi.Masking;
import org.epar.validation.spi.RuleContext;

/**
 * CORE-ID-01: every citizen identity number (GB 11643-1999) is valid and has 18 characters.
 *
 * <p>Checked fields: {@code members[i].citizen_id} of a household, {@code citizen_id} of personnel,
 * leaders, attendances and follow-ups, also for attendances carried in a monthly report. The
 * birth date must not lie after the validator's as-of date (so a re-run of old data gives the same
 * result). A 15-digit legacy number is reported even when its area and birth date are right: the
 * rule asks for 18 characters; its problem list then starts with {@code id.length}.
 *
 * <p>The observed value is always {@linkplain Masking#mask masked}; the {@code problem} argument
 * carries the stable {@link IdProblem} codes only. No parameters.
 *
 * @since 0.1.0
 */
public final class CitizenIdRule extends IdentifierRule {

  /** The rule ID. */
  public static final String ID = "CORE-ID-01";

  /** Creates the rule; it is stateless. */
  public CitizenIdRule() {
    super(ID, "18 characters, GB 11643-1999", CitizenId.class);
  }

  @Override
  IdFields.Visitor visitor(RuleContext ctx, Invalid invalid) {
    return new IdFields.Visitor() {
      @Override
      public void citizenId(CharSequence outer, String list, int index, String field, CitizenId id) {
        List<IdProblem> problems = id.problems(ctx.asOf());
        boolean legacy = id.isLegacy();
        if (problems.isEmpty() && !legacy) {
          return;
        }
        StringBuilder codes = new StringBuilder();
        if (legacy) {
          codes.append(IdProblem.BAD_LENGTH.code()).append(" (15-digit legacy number)");
          if (!problems.isEmpty()) {
            codes.append(", ");
          }
        }
        codes.append(Problems.codes(problems));
        invalid.report(IdFields.path(outer, list, index, field), Masking.mask(id.raw()),
            codes.toString());
      }
    };
  }
}
