package org.epar.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epar.validation.rules.core.CoreRuleProvider;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.RuleProvider;

/** Simple rules over a test record, to prove the engine. */
final class TestRules {

  private TestRules() {}

  /** A test record with an id and an amount; {@code people} counts training person-times. */
  record Item(String id, BigDecimal amount, int people) {}

  /** Duplicate ids (in the manner of CORE-DUP-01): state = id -> occurrences. */
  static final class DuplicateIds implements DatasetRule<Map<String, Integer>> {
    @Override
    public String ruleId() {
      return "CORE-DUP-01";
    }

    @Override
    public Map<String, Integer> newState(RuleContext ctx) {
      return new HashMap<>();
    }

    @Override
    public void accumulate(Map<String, Integer> s, Object record, long index, RuleContext ctx) {
      if (record instanceof Item i) {
        s.merge(i.id(), 1, Integer::sum);
      }
    }

    @Override
    public Map<String, Integer> combine(Map<String, Integer> l, Map<String, Integer> r) {
      r.forEach((k, v) -> l.merge(k, v, Integer::sum));
      return l;
    }

    @Override
    public void finish(Map<String, Integer> s, RuleContext ctx, FindingSink sink) {
      s.forEach(
          (id, n) -> {
            if (n > 1) {
              sink.violation(Location.of("Item", id), id, "1", Map.of("count", n.toString()));
            }
          });
    }
  }

  /** Total person-times as a target (in the manner of DM-TRAIN-01). */
  static final class PersonTimes implements DatasetRule<long[]> {
    @Override
    public String ruleId() {
      return "DM-TRAIN-01";
    }

    @Override
    public long[] newState(RuleContext ctx) {
      return new long[1];
    }

    @Override
    public void accumulate(long[] s, Object record, long index, RuleContext ctx) {
      if (record instanceof Item i) {
        s[0] += i.people();
      }
    }

    @Override
    public long[] combine(long[] l, long[] r) {
      l[0] += r[0];
      return l;
    }

    @Override
    public void finish(long[] s, RuleContext ctx, FindingSink sink) {
      sink.target(
          Location.dataset(),
          BigDecimal.valueOf(s[0]),
          BigDecimal.valueOf(ctx.settings().integer("person_times_min")),
          ctx.settings().date("deadline"));
    }
  }

  /** A buggy rule that throws on amounts of exactly 13 (in the manner of CORE-REF-01). */
  static final class Buggy implements DatasetRule<int[]> {
    @Override
    public String ruleId() {
      return "CORE-REF-01";
    }

    @Override
    public int[] newState(RuleContext ctx) {
      return new int[1];
    }

    @Override
    public void accumulate(int[] s, Object record, long index, RuleContext ctx) {
      if (record instanceof Item i && i.amount().compareTo(BigDecimal.valueOf(13)) == 0) {
        throw new IllegalStateException("bug");
      }
    }

    @Override
    public int[] combine(int[] l, int[] r) {
      return l;
    }

    @Override
    public void finish(int[] s, RuleContext ctx, FindingSink sink) {}
  }

  /** CORE-MONEY-01 as the core provider ships it (the rule class itself is package-private). */
  private static final Rule MONEY =
      new CoreRuleProvider()
          .rules().stream()
              .filter(r -> r.ruleId().equals("CORE-MONEY-01"))
              .findFirst()
              .orElseThrow();

  static final RuleProvider PROVIDER =
      () -> List.<Rule>of(MONEY, new DuplicateIds(), new PersonTimes(), new Buggy());
}
