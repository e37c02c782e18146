package org.epar.validation.spi;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A dataset rule that is one {@link ShareTarget} over the records of one type: the share of them
 * that pass a test. Its state is two counters (records, records that pass), summed across chunks.
 *
 * <pre>{@code
 * DatasetRule<long[]> broadband =
 *     ShareTargetRule.of("DM-SITE-12", Village.class, Village::broadband,
 *         new ShareTarget("broadband_village_coverage_min", Location.dataset()));
 * }</pre>
 *
 * <p>Immutable, and thread-safe when the test is.
 *
 * @param <T> the record type of the population
 * @since 0.1.0
 */
public final class ShareTargetRule<T> implements DatasetRule<long[]> {

  private final String ruleId;
  private final Class<T> population;
  private final Predicate<? super T> test;
  private final ShareTarget target;

  private ShareTargetRule(
      String ruleId, Class<T> population, Predicate<? super T> test, ShareTarget target) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.population = Objects.requireNonNull(population, "population");
    this.test = Objects.requireNonNull(test, "test");
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * The rule.
   *
   * @param ruleId the catalog rule ID
   * @param population the record type whose records make the population
   * @param test which of them count as covered; must be thread-safe
   * @param target the target
   * @param <T> the record type of the population
   * @return the rule
   * @throws NullPointerException if an argument is null
   */
  public static <T> ShareTargetRule<T> of(
      String ruleId, Class<T> population, Predicate<? super T> test, ShareTarget target) {
    return new ShareTargetRule<>(ruleId, population, test, target);
  }

  /**
   * The rule ID given to {@link #of}.
   *
   * @return the rule ID
   */
  @Override
  public String ruleId() {
    return ruleId;
  }

  /**
   * Names the rule and its parameter; no data.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "ShareTargetRule[" + ruleId + ", " + target.parameter() + "]";
  }

  /**
   * Two counters, zero: records of the population, and those that pass the test.
   *
   * @param ctx the rule context
   * @return the counters
   */
  @Override
  public long[] newState(RuleContext ctx) {
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
  public void accumulate(long[] state, Object record, long index, RuleContext ctx) {
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
  public boolean accepts(Class<?> type) {
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
  public long[] combine(long[] left, long[] right) {
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
  public void finish(long[] state, RuleContext ctx, FindingSink sink) {
    target.report(state[1], state[0], ctx, sink);
  }
}
