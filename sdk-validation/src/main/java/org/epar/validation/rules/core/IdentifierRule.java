package org.epar.validation.rules.core;

import java.util.Map;
import java.util.function.Predicate;
import org.epar.core.id.IdProblem;
import org.epar.core.model.EparRecord;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Masking;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * The skeleton of the identifier rules (CORE-ID-01, CORE-ID-02, CORE-ID-04): walk a record's
 * identifier fields with {@link IdFields} and report each invalid one at the record, with its JSON
 * path, the expected form as threshold and the problem codes as the {@code problem} argument.
 */
abstract class IdentifierRule implements RecordRule<EparRecord> {

  private final String id;
  private final String expected;
  private final String expectedZh;

  /** Per record class, whether it can hold this rule's identifier type (reflection, once). */
  private final Predicate<Class<?>> holds;

  /** The visitor that checks this rule's identifiers: one for every record. */
  private final IdFields.Visitor visitor;

  IdentifierRule(String id, String expected, String expectedZh, Class<?> idType) {
    this.id = id;
    this.expected = expected;
    this.expectedZh = expectedZh;
    this.holds = RecordTypes.holding(c -> c == idType);
    this.visitor = visitor();
  }

  @Override
  public final String ruleId() {
    return id;
  }

  @Override
  public final Class<EparRecord> type() {
    return EparRecord.class;
  }

  /**
   * Declines the record classes that have no field of this rule's identifier type (a household has
   * no credit or traceability code).
   *
   * @param type a record class
   * @return whether its records can hold an identifier of this rule's type
   */
  @Override
  public final boolean accepts(Class<?> type) {
    return holds.test(type);
  }

  @Override
  public final void check(EparRecord record, RuleContext ctx, FindingSink sink) {
    IdFields.visit(record, visitor, ctx, sink);
  }

  /**
   * Reports one invalid identifier of a record, with the expected form as threshold and the problem
   * codes as the {@code problem} argument.
   *
   * @param record the record
   * @param sink where the rule reports
   * @param path the JSON path of the field
   * @param observed the value as shown, masked where it may be personal
   * @param problems the problem codes, comma separated
   */
  final void report(
      EparRecord record, FindingSink sink, String path, String observed, String problems) {
    sink.violation(
        sink.location(record.recordType().wireName(), record.key(), path),
        observed,
        expected,
        Map.of(
            "problem",
            problemText(problems, false),
            "problem" + FindingSink.ZH,
            problemText(problems, true),
            "threshold" + FindingSink.ZH,
            expectedZh));
  }

  /**
   * The pseudo problem code of a 15-digit legacy citizen identity number (its length is {@code
   * id.length}'s, but the number itself may be right): shown as a text of its own.
   */
  static final String LEGACY = "id.length.legacy";

  /**
   * The problem codes as texts, each with its code: {@code check character does not match
   * (id.check)}, or {@code 校验码不正确（id.check）}.
   *
   * @param codes the problem codes, comma separated
   * @param zh whether in Chinese
   * @return the texts, joined
   */
  static String problemText(String codes, boolean zh) {
    Map<String, String> cache = zh ? PROBLEM_TEXT_ZH : PROBLEM_TEXT_EN;
    String known = cache.get(codes);
    if (known != null) {
      return known;
    }
    String text = problemTextOf(codes, zh);
    if (cache.size() < PROBLEM_TEXT_CACHE) {
      cache.put(codes, text);
    }
    return text;
  }

  /** Problem texts by their codes: a large report repeats a few combinations many times. */
  private static final int PROBLEM_TEXT_CACHE = 256;

  private static final Map<String, String> PROBLEM_TEXT_EN =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, String> PROBLEM_TEXT_ZH =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String problemTextOf(String codes, boolean zh) {
    RuleTexts.Text legacy = RuleTexts.of("citizen.legacy");
    StringBuilder b = new StringBuilder();
    for (String code : codes.split(",")) {
      String c = code.strip();
      if (c.isEmpty()) {
        continue;
      }
      IdProblem p = null;
      for (IdProblem candidate : IdProblem.values()) {
        if (candidate.code().equals(c)) {
          p = candidate;
        }
      }
      if (b.length() > 0) {
        b.append(zh ? "；" : "; ");
      }
      if (c.equals(LEGACY)) {
        b.append(zh ? legacy.zh() : legacy.en());
      } else if (p == null) {
        b.append(c);
      } else if (zh) {
        b.append(p.messageZh()).append('（').append(c).append('）');
      } else {
        b.append(p.messageEn()).append(" (").append(c).append(')');
      }
    }
    return b.toString();
  }

  /**
   * The visitor that checks this rule's kind of identifier and {@linkplain #report reports} each
   * invalid one; called once, by the constructor.
   *
   * @return the visitor
   */
  abstract IdFields.Visitor visitor();

  /**
   * A code as shown in a finding: masked when it may hold a citizen identity number.
   *
   * @param raw the code as given
   * @return the code, or its masked form
   */
  static String shown(String raw) {
    return IdFields.mayHoldCitizenId(raw) ? Masking.mask(raw) : raw;
  }
}
