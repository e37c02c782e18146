package org.epar.validation.rules.core;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.CitizenId;
import org.epar.core.id.IdProblem;
import org.epar.core.model.EparRecord;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Masking;
import org.epar.validation.spi.RuleContext;

/**
 * CORE-ID-01: every citizen identity number (GB 11643-1999) is valid and has 18 characters.
 *
 * <p>Checked fields: {@code members[i].citizen_id} of a household, {@code citizen_id} of personnel,
 * leaders, attendances and follow-ups, also for attendances carried in a monthly report. The birth
 * date must not lie after the validator's as-of date (so a re-run of old data gives the same
 * result). A 15-digit legacy number is reported even when its area and birth date are right: the
 * rule asks for 18 characters; its problem list then starts with {@code id.length}.
 *
 * <p>Area code (revision 2): the first two digits must be a real province-level code of GB/T 2260:
 * the 31 provinces of the mainland (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, as in the shipped NBS
 * registry), plus 71 (Taiwan), 81 (Hong Kong) and 82 (Macau) of GB/T 2260, and 83, the prefix of
 * the numbers on residence permits for Taiwan residents (港澳台居民居住证, 2018; Hong Kong and Macau
 * residents' permits use 81 and 82). {@code 990101…} is {@code id.area}. Only the province prefix
 * is checked, not the county: numbers keep the county code of their birth registration, and retired
 * county codes (e.g. of merged counties) stay valid.
 *
 * <p>The observed value is always {@linkplain Masking#mask masked}; the {@code problem} argument
 * carries the stable {@link IdProblem} codes only. No parameters.
 *
 * @since 0.1.0
 */
final class CitizenIdRule extends IdentifierRule {

  /** The rule ID. */
  static final String ID = "CORE-ID-01";

  /** Creates the rule; it is stateless. */
  CitizenIdRule() {
    super(ID, "18 characters, GB 11643-1999", "18 位，GB 11643-1999", CitizenId.class);
  }

  @Override
  IdFields.Visitor visitor() {
    return new IdFields.Visitor() {
      @Override
      public void citizenId(
          EparRecord r,
          RuleContext ctx,
          FindingSink sink,
          String list,
          int index,
          String field,
          CitizenId id) {
        List<IdProblem> problems = id.problems(ctx.asOf());
        if (!problems.contains(IdProblem.BAD_AREA_CODE) && !realProvince(id.raw())) {
          problems = new ArrayList<>(problems);
          problems.add(0, IdProblem.BAD_AREA_CODE);
        }
        boolean legacy = id.isLegacy();
        if (problems.isEmpty() && !legacy) {
          return;
        }
        StringBuilder codes = new StringBuilder();
        if (legacy) {
          codes.append(IdentifierRule.LEGACY);
          if (!problems.isEmpty()) {
            codes.append(", ");
          }
        }
        codes.append(Problems.codes(problems));
        report(
            r, sink, IdFields.path(list, index, field), Masking.mask(id.raw()), codes.toString());
      }
    };
  }

  /**
   * Whether the text starts with the two digits of a real province-level code. Text shorter than
   * two characters or starting with a non-digit is left to the other problems (length, character).
   *
   * @param raw the identifier as given
   * @return false only when the first two characters are digits naming no province
   */
  static boolean realProvince(String raw) {
    if (raw.length() < 2) {
      return true;
    }
    char a = raw.charAt(0);
    char b = raw.charAt(1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return true;
    }
    int p = (a - '0') * 10 + (b - '0');
    switch (p / 10) {
      case 1:
        return p >= 11 && p <= 15;
      case 2:
        return p >= 21 && p <= 23;
      case 3:
        return p >= 31 && p <= 37;
      case 4:
        return p >= 41 && p <= 46;
      case 5:
        return p >= 50 && p <= 54;
      case 6:
        return p >= 61 && p <= 65;
      case 7:
        return p == 71;
      case 8:
        return p >= 81 && p <= 83;
      default:
        return false;
    }
  }
}
