package org.epar.samples;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.epar.core.model.Dataset;
import org.epar.samples.internal.Recipes;

/**
 * Sample counties that break exactly one rule: for every rule ID of the catalog ({@code
 * docs/catalog.md}), a recipe that changes a {@linkplain SampleCounties#conforming(String, long)
 * conforming county} of the rule's profile so that it breaks that rule, and no other rule but the
 * ones that must follow from the break ({@link #consequential(String)}: removing a poor village's
 * station also leaves that village without one).
 *
 * <p>For demos, documentation and CI ({@code epar generate --break RULE-ID}): no test library is
 * needed. Property tests get the same recipes, shrinking, from {@code RuleBreakers} of {@code
 * sdk-testkit}.
 *
 * <pre>{@code
 * Dataset broken = BrokenCounties.breaking("DM-SITE-04", 42L);
 * EparValidator v = EparValidator.builder()
 *     .profile(Profiles.builtIn(BrokenCounties.profileId("DM-SITE-04")))
 *     .asOf(BrokenCounties.asOf("DM-SITE-04"))
 *     .build();
 * v.validate(broken).findings("DM-SITE-04");   // not empty
 * }</pre>
 *
 * <p>Thread-safe; the recipes are built once.
 *
 * @since 0.2.0
 */
public final class BrokenCounties {

  private BrokenCounties() {}

  /**
   * The rule IDs that have a recipe: every ID of the catalog.
   *
   * @return the IDs in catalog order, unmodifiable
   */
  public static Set<String> ruleIds() {
    return Recipes.ruleIds();
  }

  /**
   * The built-in profile whose conforming county a rule's recipe starts from.
   *
   * @param ruleId a rule ID of {@link #ruleIds()}
   * @return the profile ID
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static String profileId(String ruleId) {
    return Recipes.profileId(ruleId);
  }

  /**
   * The as-of date to validate a broken county at.
   *
   * @param ruleId a rule ID of {@link #ruleIds()}
   * @return the date
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static LocalDate asOf(String ruleId) {
    return Recipes.asOf(ruleId);
  }

  /**
   * The rules that breaking a rule breaks too, by necessity.
   *
   * @param ruleId a rule ID of {@link #ruleIds()}
   * @return the IDs, never containing {@code ruleId}; unmodifiable
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static Set<String> consequential(String ruleId) {
    return Recipes.consequential(ruleId);
  }

  /**
   * The conforming county of the rule's profile for a seed, broken by the rule's recipe with
   * choices drawn from a {@link SplittableRandom} of the same seed; the same seed gives an equal
   * dataset.
   *
   * @param ruleId a rule ID of {@link #ruleIds()}
   * @param seed the seed
   * @return the broken county
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static Dataset breaking(String ruleId, long seed) {
    Dataset base = SampleCounties.conforming(profileId(ruleId), seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    return breaking(ruleId, base, (min, max) -> rnd.nextLong(min, max + 1));
  }

  /**
   * A county broken by a rule's recipe.
   *
   * @param ruleId a rule ID of {@link #ruleIds()}
   * @param base a county that satisfies the rule's profile, such as {@link
   *     SampleCounties#conforming(String, long)}
   * @param draws where the recipe draws which record it changes
   * @return the broken county
   * @throws IllegalArgumentException if there is no recipe for that ID
   * @throws IllegalStateException if the base has no record the recipe can change
   */
  public static Dataset breaking(String ruleId, Dataset base, Draws draws) {
    Objects.requireNonNull(ruleId, "ruleId");
    return Recipes.apply(ruleId, base, draws);
  }
}
