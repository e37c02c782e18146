package org.epar.validation.spi;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A dataset rule that is one {@link ShareTarget} over the records of one type: the share of them
 * that pass a test. Its state is two counters (records, records that pass), summed across chunks.
 *
 * <pre>{@code
 * public final class Broadband extends ShareTargetRule<Village> {
 *   public Broadband() {
 *     super(Village.class, Village::broadband,
 *         new ShareTarget("broadband_village_coverage_min", Location.dataset()));
 *   }
 *   public String ruleId() { return "DM-SITE-12"; }
 * }
 * }</pre>
 *
 * @param <T> the record type of the population
 * @since 0.1.0
 */
public abstract class ShareTargetRule<T> implements DatasetRule<long[]> {

  private final Class<T> population;
  private final Predicate<? super T> test;
  private final ShareTarget target;

  /**
   * Creates the rule.
   *
   * @param population the record type whose records make the population
   * @param test which of them count as covered; must be thread-safe
   * @param target the target
   */
  protected ShareTargetRule(Class<T> population, Predicate<? super T> test, ShareTarget target) {
    this.population = Objects.requireNonNull(population, "population");
    this.test = Objects.requireNonNull(test, "test");
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * Two counters, zero: records of the population, and those that pass the test.
   *
   * @param ctx the rule context
   * @return the counters
   */
  @Override
  public final long[] newState(RuleContext ctx) {
    return new long[2];
  }

  /**
   * Counts a record of the population type; ignores the others.
   *
   * @param state the counters
   * @param record the record
   * @param index the record's input position
   * @param ctx the rule context
   */
  @Override
  public final void accumulate(long[] state, Object record, long index, RuleContext ctx) {
    if (population.isInstance(record)) {
      state[0]++;
      if (test.test(population.cast(record))) {
        state[1]++;
      }
    }
  }

  /**
   * Accepts the population type only.
   *
   * @param type the class of a record
   * @return whether records of that class belong to the population type
   */
  @Override
  public final boolean accepts(Class<?> type) {
    return population.isAssignableFrom(type);
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
    left[0] += right[0];
    left[1] += right[1];
    return left;
  }

  /**
   * Reports the share; nothing when there were no records of the population.
   *
   * @param state the counters
   * @param ctx the rule context
   * @param sink where the finding goes
   */
  @Override
  public final void finish(long[] state, RuleContext ctx, FindingSink sink) {
    target.report(state[1], state[0], ctx, sink);
  }
}
