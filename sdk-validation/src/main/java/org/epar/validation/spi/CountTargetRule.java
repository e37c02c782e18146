package org.epar.validation.spi;

import java.util.List;

/**
 * A dataset rule made of {@link CountTarget}s: its state is one counter per part, summed across
 * chunks; subclasses only say which records count for which part.
 *
 * <pre>{@code
 * final class Leaders extends CountTargetRule {
 *   Leaders() {
 *     super(List.of(CountTarget.of("leaders_min", "leaders")));
 *   }
 *   public String ruleId() { return "XX-DEMO-01"; }
 *   public void accumulate(long[] counts, Object record, long index, RuleContext ctx) {
 *     if (record instanceof Leader) {
 *       counts[0]++;
 *     }
 *   }
 *   public boolean accepts(Class<?> type) { return type == Leader.class; }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract class CountTargetRule implements DatasetRule<long[]> {

  private final List<CountTarget> targets;

  /**
   * Creates the rule.
   *
   * @param targets the parts, in the order of the counters
   */
  protected CountTargetRule(List<CountTarget> targets) {
    this.targets = List.copyOf(targets);
  }

  /**
   * One counter per part, all zero.
   *
   * @param ctx the rule context
   * @return the counters
   */
  @Override
  public final long[] newState(RuleContext ctx) {
    return new long[targets.size()];
  }

  /**
   * Adds the counters of the right part to the left.
   *
   * @param left the counters of the earlier part
   * @param right the counters of the later part
   * @return {@code left}
   */
  @Override
  public final long[] combine(long[] left, long[] right) {
    for (int i = 0; i < left.length; i++) {
      left[i] += right[i];
    }
    return left;
  }

  /**
   * Reports every part with its counter.
   *
   * @param counts the counters
   * @param ctx the rule context
   * @param sink where findings go
   */
  @Override
  public final void finish(long[] counts, RuleContext ctx, FindingSink sink) {
    for (int i = 0; i < targets.size(); i++) {
      targets.get(i).report(counts[i], ctx, sink);
    }
  }
}
