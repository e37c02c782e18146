package org.epar.validation.spi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Mergeable state of an "every member of a population has at least N of something" rule: the
 * population's keys (poor villages, deep-poverty townships, ...) and a count per key of what they
 * must have (leaders, shops, ...). Counts of keys outside the population are kept too, since the
 * population may arrive in a later part of the input.
 *
 * <p>Use it as a {@link DatasetRule}'s state.
 *
 * <pre>{@code
 * public void accumulate(KeyedCounts s, Object record, long index, RuleContext ctx) {
 *   if (record instanceof Village v && v.poor()) s.addMember(v.key());
 *   if (record instanceof Leader l) s.count(l.village());
 * }
 * public void finish(KeyedCounts s, RuleContext ctx, FindingSink sink) {
 *   long covered = s.coveredAtLeast(ctx.settings().integer("leaders_per_village_min"));
 *   ... Shares.of(covered, s.populationSize()) ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KeyedCounts {

  private final Set<String> population = new HashSet<>();
  private final Map<String, Long> counts = new HashMap<>();

  /**
   * Adds a member of the population.
   *
   * @param key the member's key
   */
  public void addMember(String key) {
    population.add(key);
  }

  /**
   * Counts one more of what the member with this key must have.
   *
   * @param key the member's key
   */
  public void count(String key) {
    counts.merge(key, 1L, Long::sum);
  }

  /**
   * Merges the state of the following part of the input into this one.
   *
   * @param other the other state; not used afterwards
   * @return this state
   */
  public KeyedCounts combine(KeyedCounts other) {
    population.addAll(other.population);
    other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
    return this;
  }

  /**
   * How many members have at least {@code min}.
   *
   * @param min the minimum count
   * @return the number of covered members
   */
  public long coveredAtLeast(long min) {
    long covered = 0;
    for (String key : population) {
      if (counts.getOrDefault(key, 0L) >= min) {
        covered++;
      }
    }
    return covered;
  }

  /**
   * The size of the population.
   *
   * @return the number of members
   */
  public int populationSize() {
    return population.size();
  }
}
