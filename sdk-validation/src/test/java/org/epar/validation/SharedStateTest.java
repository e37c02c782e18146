package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.epar.validation.TestRules.Item;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.HouseholdMembers;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.SharedState;
import org.epar.validation.spi.SharedStateRule;
import org.epar.validation.spi.SharedStates;
import org.junit.jupiter.api.Test;

/**
 * Shared states: the engine keeps one per declaration however many rules declare it, folds each
 * record into it once, combines it in input order and hands the same state to every declaring rule;
 * a failing shared state breaks exactly the rules that declare it.
 */
class SharedStateTest {

  /** The ids of the items in input order; a failing one fails on an item with id {@code boom}. */
  static final class ItemLog implements SharedState<List<String>> {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger folded = new AtomicInteger();
    private final boolean failing;

    ItemLog(boolean failing) {
      this.failing = failing;
    }

    @Override
    public String name() {
      return "item-log";
    }

    @Override
    public List<String> newState() {
      created.incrementAndGet();
      return new ArrayList<>();
    }

    @Override
    public boolean accepts(Class<?> type) {
      return type == Item.class;
    }

    @Override
    public void accumulate(List<String> state, Object record, long index) {
      folded.incrementAndGet();
      String id = ((Item) record).id();
      if (failing && id.equals("boom")) {
        throw new IllegalStateException("boom");
      }
      state.add(id);
    }

    @Override
    public List<String> combine(List<String> left, List<String> right) {
      left.addAll(right);
      return left;
    }
  }

  /** Reports the shared log as one violation; keeps nothing itself. */
  static final class Reader implements SharedStateRule<int[]> {
    private final String id;
    private final SharedState<List<String>> log;
    final List<Object> seen = new ArrayList<>();

    Reader(String id, SharedState<List<String>> log) {
      this.id = id;
      this.log = log;
    }

    @Override
    public String ruleId() {
      return id;
    }

    @Override
    public int[] newState(RuleContext ctx) {
      return new int[0];
    }

    @Override
    public void accumulate(int[] state, Object record, long index, RuleContext ctx) {}

    @Override
    public int[] combine(int[] left, int[] right) {
      return left;
    }

    @Override
    public List<SharedState<?>> shares() {
      return List.of(log);
    }

    @Override
    public void finish(int[] state, SharedStates shared, RuleContext ctx, FindingSink sink) {
      List<String> ids = shared.get(log);
      seen.add(ids);
      sink.violation(Location.of("Item", ""), String.join(",", ids), "", Map.of());
    }
  }

  private static EparValidator validator(int parallelism, int chunk, Reader... rules) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .asOf(LocalDate.of(2018, 6, 1))
        .parallelism(parallelism)
        .chunkSize(chunk)
        .providers(List.of(() -> List.of(rules)))
        .build();
  }

  private static List<Object> items(String... ids) {
    List<Object> out = new ArrayList<>();
    for (String id : ids) {
      out.add(new Item(id, BigDecimal.ONE, 1));
      out.add("not an item");
    }
    return out;
  }

  @Test
  void twoRulesDeclaringOneState_foldEachRecordOnce_andReadTheSameState() {
    ItemLog log = new ItemLog(false);
    Reader a = new Reader("CORE-DUP-01", log);
    Reader b = new Reader("DM-TRAIN-03", log);
    ValidationReport r = validator(1, Integer.MAX_VALUE, a, b).validate(items("x", "y", "z"));
    assertEquals(1, log.created.get(), "one state, not one per rule");
    assertEquals(3, log.folded.get(), "each item once, other records never");
    assertSame(a.seen.get(0), b.seen.get(0));
    assertEquals("x,y,z", r.findings("CORE-DUP-01").get(0).observed());
    assertEquals("x,y,z", r.findings("DM-TRAIN-03").get(0).observed());
  }

  @Test
  void sharedState_anyChunkAndThreads_isCombinedInInputOrder() {
    qt().withExamples(100)
        .forAll(
            lists().of(integers().between(0, 99)).ofSizeBetween(0, 40),
            integers().between(1, 9),
            integers().between(1, 4))
        .checkAssert(
            (ids, chunk, threads) -> {
              ItemLog log = new ItemLog(false);
              String[] names = ids.stream().map(i -> "i" + i).toArray(String[]::new);
              ValidationReport r =
                  validator(
                          threads,
                          chunk,
                          new Reader("CORE-DUP-01", log),
                          new Reader("DM-TRAIN-03", log))
                      .validate(items(names));
              assertEquals(String.join(",", names), r.findings("CORE-DUP-01").get(0).observed());
              assertEquals(String.join(",", names), r.findings("DM-TRAIN-03").get(0).observed());
              assertEquals(ids.size(), log.folded.get());
            });
  }

  @Test
  void failingSharedState_breaksTheRulesThatDeclareIt_andNoOther() {
    ItemLog failing = new ItemLog(true);
    ItemLog fine = new ItemLog(false);
    ValidationReport r =
        validator(
                2,
                1,
                new Reader("CORE-DUP-01", failing),
                new Reader("DM-TRAIN-03", failing),
                new Reader("DM-TRAIN-01", fine))
            .validate(items("x", "boom", "z"));
    for (String id : List.of("CORE-DUP-01", "DM-TRAIN-03")) {
      List<Finding> f = r.findings(id);
      assertEquals(1, f.size(), id + ": " + f);
      assertEquals(Severity.ERROR, f.get(0).severity());
      assertTrue(f.get(0).messageEn().contains("failed in accumulate"), f.get(0).messageEn());
    }
    assertEquals("x,boom,z", r.findings("DM-TRAIN-01").get(0).observed());
  }

  @Test
  void sharedStates_withoutTheDeclaredState_sayWhichIsMissing() {
    SharedStates none = SharedStates.empty();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> none.get(HouseholdMembers.SHARED));
    assertTrue(e.getMessage().contains("household-members"), e.getMessage());
    ItemLog log = new ItemLog(false);
    List<String> state = log.newState();
    assertSame(state, none.with(log, state).get(log));
    assertThrows(IllegalStateException.class, () -> none.get(log), "with() returns a new instance");
  }
}
