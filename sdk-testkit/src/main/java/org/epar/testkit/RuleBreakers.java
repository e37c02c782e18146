package org.epar.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.epar.core.model.Dataset;
import org.epar.samples.BrokenCounties;
import org.quicktheories.core.Gen;

/**
 * Rule breakers: for every rule ID of the catalog ({@code docs/catalog.md}), a generator of
 * datasets valid in every respect but that one rule.
 *
 * <p>The recipes live in {@code sdk-samples} ({@link BrokenCounties}, no test library, so that
 * {@code epar generate --break} can use them). Here each breaker starts from a base dataset that
 * satisfies the rule's profile ({@link Counties#conforming(String, long)}: the Daming-like county
 * for {@code daming-2017} and the CORE rules) and applies the rule's recipe, drawing the base's
 * seed and which record is changed from QuickTheories, which varies and shrinks both. Where
 * breaking a rule necessarily breaks another (removing a poor village's station breaks DM-SITE-02
 * and DM-SITE-03), the other is listed in {@link RuleBreaker#consequential()}; nothing else is
 * found.
 *
 * <pre>{@code
 * RuleBreaker b = RuleBreakers.breaker("DM-FUND-04");
 * EparValidator v = EparValidator.builder().profile(Profiles.builtIn(b.profileId())).asOf(b.asOf()).build();
 * qt().withExamples(2).forAll(b.datasets())
 *     .check(ds -> v.validate(ds).findings().stream().anyMatch(f -> f.ruleId().equals("DM-FUND-04")));
 * }</pre>
 *
 * <p>Thread-safe. Base datasets are built once per profile and seed and shared.
 *
 * @since 0.1.0
 */
public final class RuleBreakers {

  /** How many distinct base seeds a breaker draws from (bases are cached). */
  static final int BASE_SEEDS = 3;

  private static final Map<String, Dataset> BASES = new ConcurrentHashMap<>();

  private RuleBreakers() {}

  /**
   * The rule IDs that have a breaker: every ID of the catalog.
   *
   * @return the IDs in catalog order, unmodifiable
   */
  public static Set<String> ruleIds() {
    return BrokenCounties.ruleIds();
  }

  /**
   * The breaker of one rule.
   *
   * @param ruleId a rule ID, e.g. {@code DM-SITE-04}
   * @return the breaker
   * @throws IllegalArgumentException if there is no breaker for that ID
   */
  public static RuleBreaker breaker(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!BrokenCounties.ruleIds().contains(ruleId)) {
      throw new IllegalArgumentException("no rule breaker for " + ruleId);
    }
    String profileId = BrokenCounties.profileId(ruleId);
    Gen<Dataset> gen =
        in -> {
          long seed = Draw.between(in, 0L, BASE_SEEDS - 1L);
          return BrokenCounties.breaking(
              ruleId, base(profileId, seed), (min, max) -> Draw.between(in, min, max));
        };
    return new RuleBreaker(
        ruleId, profileId, BrokenCounties.asOf(ruleId), BrokenCounties.consequential(ruleId), gen);
  }

  /**
   * Datasets that break exactly {@code ruleId}; shorthand for {@code breaker(ruleId).datasets()}.
   *
   * @param ruleId a rule ID
   * @return the generator
   * @throws IllegalArgumentException if there is no breaker for that ID
   */
  public static Gen<Dataset> breaking(String ruleId) {
    return breaker(ruleId).datasets();
  }

  /**
   * Every breaker, in catalog order.
   *
   * @return the breakers
   */
  public static List<RuleBreaker> all() {
    List<RuleBreaker> out = new ArrayList<>();
    for (String id : BrokenCounties.ruleIds()) {
      out.add(breaker(id));
    }
    return out;
  }

  static Dataset base(String profileId, long seed) {
    return BASES.computeIfAbsent(profileId + "/" + seed, k -> Counties.conforming(profileId, seed));
  }
}
