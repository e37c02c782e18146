package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.epar.validation.TestRules.Item;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EparValidatorTest {

  private static final Profile DAMING = Profiles.builtIn("daming-2017");

  private static EparValidator validator(int parallelism, int chunk, LocalDate asOf) {
    return EparValidator.builder()
        .profile(DAMING)
        .asOf(asOf)
        .parallelism(parallelism)
        .chunkSize(chunk)
        .providers(List.of(TestRules.PROVIDER))
        .build();
  }

  private static Gen<Item> items() {
    return integers()
        .between(0, 9)
        .zip(
            integers().between(-3, 2000),
            integers().between(0, 3),
            (id, cents, scale) ->
                new Item(
                    "I" + id, BigDecimal.valueOf(cents, scale % 3 == 0 ? 0 : scale), cents % 7));
  }

  @Test
  void anySplit_givesTheSameReportAsOnePass() {
    qt().withExamples(200)
        .forAll(
            lists().of(items()).ofSizeBetween(0, 80),
            integers().between(1, 17),
            integers().between(1, 4))
        .checkAssert(
            (input, chunk, threads) -> {
              LocalDate asOf = LocalDate.of(2018, 6, 1);
              ValidationReport one = validator(1, Integer.MAX_VALUE, asOf).validate(input);
              ValidationReport split = validator(threads, chunk, asOf).validate(input);
              assertEquals(one, split);
              // partitions validated separately then merged find the same record breaches
              // (their indexes are relative to each partition)
              int cut = input.size() / 2;
              ValidationReport left = validator(1, chunk, asOf).validate(input.subList(0, cut));
              ValidationReport right =
                  validator(1, chunk, asOf).validate(input.subList(cut, input.size()));
              assertEquals(moneyCount(one), moneyCount(left.merge(right)));
            });
  }

  private static int moneyCount(ValidationReport r) {
    return r.findings("CORE-MONEY-01").stream().mapToInt(Finding::count).sum();
  }

  @Test
  void target_beforeDeadline_isInfoProgress_afterDeadline_isError() {
    List<Item> input = List.of(new Item("a", BigDecimal.ONE, 1500));
    Finding before =
        validator(1, 10, LocalDate.of(2018, 6, 1)).validate(input).findings("DM-TRAIN-01").get(0);
    assertEquals(Severity.INFO, before.severity());
    assertTrue(before.messageEn().contains("50.0%"), before.messageEn());
    assertEquals(LocalDate.of(2018, 12, 31), before.deadline());
    ValidationReport after = validator(1, 10, LocalDate.of(2018, 12, 31)).validate(input);
    assertEquals(Severity.ERROR, after.findings("DM-TRAIN-01").get(0).severity());
    assertFalse(after.isAccepted());
    assertEquals("1500", after.findings("DM-TRAIN-01").get(0).observed());
    assertTrue(after.findings("DM-TRAIN-01").get(0).messageZh().contains("3000"));
  }

  @Test
  void target_hitAfterDeadline_yieldsNothing_hitBefore_yieldsProgress() {
    List<Item> input = List.of(new Item("a", BigDecimal.ONE, 3000));
    assertTrue(validator(2, 1, LocalDate.of(2019, 1, 1)).validate(input).findings().isEmpty());
    Finding f =
        validator(2, 1, LocalDate.of(2018, 1, 1)).validate(input).findings("DM-TRAIN-01").get(0);
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.messageEn().contains("100.0%"));
  }

  @Test
  void ruleThatThrows_becomesErrorFinding_andOtherRulesStillRun() {
    List<Item> input =
        List.of(
            new Item("a", BigDecimal.valueOf(13), 3000), new Item("a", new BigDecimal("-1"), 0));
    ValidationReport r = validator(1, 1, LocalDate.of(2019, 1, 1)).validate(input);
    Finding bug = r.findings("CORE-REF-01").get(0);
    assertEquals(Severity.ERROR, bug.severity());
    assertEquals(0, bug.location().index());
    assertEquals(1, r.findings("CORE-DUP-01").size());
    assertTrue(r.findings("CORE-DUP-01").get(0).messageEn().contains("occurs 2 times"));
    assertEquals(1, r.findings("CORE-MONEY-01").size());
    assertFalse(r.isAccepted());
  }

  @Test
  void streamInput_andDiscoveryWithServiceLoader() {
    EparValidator v =
        EparValidator.builder().profile(DAMING).asOf(LocalDate.of(2018, 1, 1)).build();
    assertTrue(
        v.activeRuleIds()
            .containsAll(
                List.of(
                    "CORE-MONEY-01",
                    "CORE-ID-01",
                    "CORE-ID-02",
                    "CORE-ID-03",
                    "CORE-ID-04",
                    "CORE-REF-01",
                    "CORE-DUP-01",
                    "CORE-DATE-01",
                    "CORE-TRACE-01")),
        v.activeRuleIds().toString());
    ValidationReport r =
        v.validate(Stream.of(new Item("x", new BigDecimal("1.005"), 0), "not a record"));
    assertEquals("1.005", r.findings("CORE-MONEY-01").get(0).observed());
    assertEquals("amount", r.findings("CORE-MONEY-01").get(0).location().path());
  }

  @Test
  void rulesOutsideTheProfile_doNotRun() {
    EparValidator v =
        EparValidator.builder()
            .profile(Profiles.builtIn("henan-2018"))
            .providers(List.of(TestRules.PROVIDER))
            .build();
    assertFalse(v.activeRuleIds().contains("DM-TRAIN-01"));
    assertTrue(v.activeRuleIds().contains("CORE-DUP-01"));
  }

  @Test
  void build_withoutProfile_orBadParallelism_fails() {
    assertThrows(IllegalStateException.class, () -> EparValidator.builder().build());
    assertThrows(
        IllegalStateException.class,
        () -> EparValidator.builder().profile(DAMING).parallelism(0).build());
  }

  @Test
  void largeInput_inParallel_isComplete() {
    List<Item> input = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      input.add(new Item("I" + i, BigDecimal.valueOf(i % 100 == 0 ? -1 : 1), 1));
    }
    ValidationReport r = validator(4, 1000, LocalDate.of(2019, 1, 1)).validate(input);
    assertEquals(500, r.findings("CORE-MONEY-01").size());
    assertTrue(r.findings("CORE-DUP-01").isEmpty());
    assertTrue(r.findings("DM-TRAIN-01").isEmpty());
  }

  /** Counts how often the engine asks which record classes it wants. */
  private static final class Counting implements RecordRule<Record> {
    final AtomicInteger asked = new AtomicInteger();
    final AtomicInteger checked = new AtomicInteger();

    @Override
    public String ruleId() {
      return "CORE-MONEY-01";
    }

    @Override
    public Class<Record> type() {
      return Record.class;
    }

    @Override
    public boolean accepts(Class<?> type) {
      asked.incrementAndGet();
      return type == Item.class;
    }

    @Override
    public void check(Record record, RuleContext ctx, FindingSink sink) {
      checked.incrementAndGet();
    }
  }

  private record Other(String id) {}

  @Test
  void accepts_isAskedOncePerRecordClass_acrossValidateCalls_andDeclinedClassesAreNotChecked() {
    Counting rule = new Counting();
    EparValidator v =
        EparValidator.builder()
            .profile(DAMING)
            .asOf(LocalDate.of(2018, 6, 1))
            .parallelism(1)
            .providers(List.of(() -> List.of(rule)))
            .build();
    List<Object> input =
        List.of(
            new Item("I1", BigDecimal.ONE, 1),
            new Other("O1"),
            new Item("I2", BigDecimal.TEN, 2),
            new Other("O2"));
    for (int call = 0; call < 3; call++) {
      v.validate(input);
    }
    assertEquals(2, rule.asked.get(), "one question per record class, not per call or record");
    assertEquals(6, rule.checked.get(), "two items per call, no other record");
  }
}
