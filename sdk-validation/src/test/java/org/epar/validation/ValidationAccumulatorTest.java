package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Attendance;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Expense;
import org.epar.core.model.ExpenseCategory;
import org.epar.core.model.TrainingSession;
import org.epar.core.money.Money;
import org.junit.jupiter.api.Test;

/** Accumulators of parts, combined in order, report exactly what one pass reports. */
class ValidationAccumulatorTest {

  private static final EparValidator VALIDATOR =
      EparValidator.builder()
          .profile(Profiles.builtIn("daming-2017"))
          .asOf(LocalDate.of(2018, 12, 31))
          .parallelism(1)
          .build();

  /** A mix of records that trigger record rules (money) and dataset rules (duplicates, refs). */
  private static List<EparRecord> records(List<Integer> codes) {
    List<EparRecord> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int c = codes.get(i);
      switch (c % 3) {
        case 0 ->
            out.add(
                new Expense(
                    "e" + (c % 5),
                    "f1",
                    ExpenseCategory.TRAINING,
                    Money.ofFen(c % 2 == 0 ? 100 : -100),
                    LocalDate.of(2018, 1, 1),
                    null));
        case 1 -> out.add(session("s" + (c % 4)));
        default ->
            out.add(
                new Attendance(
                    "a" + i, "s" + (c % 7), CitizenId.of("11010519491231002X"), null, null, null));
      }
    }
    return out;
  }

  @Test
  void combine_anySplitPoint_equalsOnePass() {
    qt().withExamples(60)
        .forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 30), integers().between(0, 30))
        .checkAssert(
            (codes, cut) -> {
              List<EparRecord> all = records(codes);
              int k = Math.min(cut, all.size());
              ValidationAccumulator left = VALIDATOR.newAccumulator();
              ValidationAccumulator right = VALIDATOR.newAccumulator();
              for (int i = 0; i < k; i++) {
                left.add(all.get(i), i);
              }
              for (int i = k; i < all.size(); i++) {
                right.add(all.get(i), i);
              }
              assertEquals(VALIDATOR.validate(all), left.combine(right).finish());
            });
  }

  @Test
  void accumulator_findsSomething_reportNotEmpty() {
    ValidationAccumulator acc = VALIDATOR.newAccumulator();
    records(List.of(1, 3)).forEach(acc::add);
    assertFalse(acc.finish().findings().isEmpty(), "a negative expense is a finding");
  }

  @Test
  void combine_consumedAccumulator_isRejected() {
    ValidationAccumulator a = VALIDATOR.newAccumulator();
    ValidationAccumulator b = VALIDATOR.newAccumulator();
    a.combine(b);
    assertThrows(IllegalStateException.class, () -> b.add("x"));
    assertThrows(IllegalArgumentException.class, () -> a.combine(a));
    a.finish();
    assertThrows(IllegalStateException.class, a::finish);
  }

  /**
   * A live accumulator reported again and again (an assessor's): a reference pending at one report
   * is resolved at the next once its target came, and stays resolved after more records.
   */
  @Test
  void report_again_aPendingReferenceResolvesWhenItsTargetComes_andStaysResolved() {
    ValidationAccumulator acc = VALIDATOR.newAccumulator();
    acc.add(new Attendance("a1", "s9", CitizenId.of("11010519491231002X"), null, null, null));
    assertEquals(1, refs(acc.report()));
    assertEquals(1, refs(acc.report())); // reported twice: still pending
    acc.add(session("s9"));
    assertEquals(0, refs(acc.report()));
    acc.add(new Attendance("a2", "s8", CitizenId.of("11010519491231002X"), null, null, null));
    ValidationReport last = acc.report();
    assertEquals(1, refs(last)); // the new one, s8; a1's reference stays resolved
    assertEquals(
        List.of("attendance"),
        last.findings().stream()
            .filter(f -> f.ruleId().equals("CORE-REF-01"))
            .map(f -> f.location().objectType())
            .toList());
    assertEquals(refs(last), refs(acc.finish()));
  }

  private static TrainingSession session(String id) {
    return new TrainingSession(
        id,
        "t",
        null,
        null,
        LocalDate.of(2018, 1, 2),
        LocalDate.of(2018, 1, 1),
        null,
        DivisionCode.of("130425"),
        true,
        null);
  }

  private static long refs(ValidationReport r) {
    return r.findings().stream().filter(f -> f.ruleId().equals("CORE-REF-01")).count();
  }
}
