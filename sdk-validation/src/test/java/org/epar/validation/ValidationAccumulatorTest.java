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
import org.epar.core.model.Household;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Village;
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

  /**
   * Households and villages in any order, cut into three parts: a household's village reference
   * that its part cannot resolve is kept as the village's number and the household's ordinal, and
   * the ordinals of a later part move past the households before it. The parts combined report
   * exactly what one pass reports, and every household whose village is nowhere in the input is
   * reported once, at that household (its id and input index), and no other.
   */
  @Test
  void combine_householdsBeforeOrWithoutTheirVillages_eachDanglingVillageAtItsHousehold() {
    qt().withExamples(80)
        .forAll(
            lists().of(integers().between(0, 59)).ofSizeBetween(0, 40),
            integers().between(0, 40),
            integers().between(0, 40))
        .checkAssert(
            (codes, cut1, cut2) -> {
              // 0-19: a village 1-20 (odd villages only); 20-59: a household of village 1-40
              List<EparRecord> all = new ArrayList<>();
              java.util.Set<Integer> defined = new java.util.HashSet<>();
              for (int c : codes) {
                if (c < 20) {
                  int v = c + 1;
                  if (v % 2 == 1) {
                    defined.add(v);
                    all.add(village(v));
                  }
                } else {
                  all.add(household("h" + all.size(), (c - 20) + 1));
                }
              }
              java.util.Map<String, Long> expected = new java.util.TreeMap<>();
              for (int i = 0; i < all.size(); i++) {
                if (all.get(i) instanceof Household h
                    && !defined.contains(villageNumber(h.village().raw()))) {
                  expected.put(h.id() + "@" + i, (long) i);
                }
              }
              int a = Math.min(cut1, all.size());
              int b = Math.max(a, Math.min(cut2, all.size()));
              ValidationAccumulator p1 = VALIDATOR.newAccumulator();
              ValidationAccumulator p2 = VALIDATOR.newAccumulator();
              ValidationAccumulator p3 = VALIDATOR.newAccumulator();
              for (int i = 0; i < all.size(); i++) {
                (i < a ? p1 : i < b ? p2 : p3).add(all.get(i), i);
              }
              ValidationReport parts = p1.combine(p2).combine(p3).finish();
              assertEquals(VALIDATOR.validate(all), parts);
              java.util.Map<String, Long> found = new java.util.TreeMap<>();
              for (Finding f : parts.findings("CORE-REF-01")) {
                assertEquals("household", f.location().objectType());
                assertEquals("village", f.location().path());
                found.put(
                    f.location().objectId() + "@" + f.location().index(), f.location().index());
              }
              assertEquals(expected, found);
            });
  }

  /** A household's village reported while missing, resolved once the village comes, for good. */
  @Test
  void report_again_aHouseholdsVillageResolvesWhenTheVillageComes() {
    ValidationAccumulator acc = VALIDATOR.newAccumulator();
    acc.add(household("h1", 3), 0);
    acc.add(household("h2", 5), 1);
    assertEquals(2, refs(acc.report()));
    acc.add(village(3), 2);
    ValidationReport second = acc.report();
    assertEquals(1, refs(second));
    assertEquals("h2", second.findings("CORE-REF-01").get(0).location().objectId());
    assertEquals(1, second.findings("CORE-REF-01").get(0).location().index());
    ValidationAccumulator more = VALIDATOR.newAccumulator();
    more.add(household("h3", 7), 3);
    more.add(village(5), 4);
    ValidationReport last = acc.combine(more).finish();
    assertEquals(
        List.of("h3@3"),
        last.findings("CORE-REF-01").stream()
            .map(f -> f.location().objectId() + "@" + f.location().index())
            .toList());
  }

  /** The village code 130425100nnn of a small number. */
  private static String villageCode(int n) {
    return String.format("130425100%03d", n);
  }

  private static int villageNumber(String code) {
    return Integer.parseInt(code.substring(9));
  }

  private static Village village(int n) {
    return Village.builder().code(DivisionCode.of(villageCode(n))).name("v" + n).build();
  }

  private static Household household(String id, int village) {
    return Household.builder().id(id).village(DivisionCode.of(villageCode(village))).build();
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
