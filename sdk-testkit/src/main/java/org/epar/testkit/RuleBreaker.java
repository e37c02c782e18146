package org.epar.testkit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.epar.core.model.Dataset;
import org.quicktheories.core.Gen;

/**
 * A generator of datasets that break exactly one rule: valid for {@link #profileId()} at {@link
 * #asOf()} in every respect except {@link #ruleId()}, and whatever the catalog says must follow
 * from breaking it ({@link #consequential()}).
 *
 * <pre>{@code
 * RuleBreaker b = RuleBreakers.breaker("DM-SITE-04");
 * EparValidator v = EparValidator.builder().profile(Profiles.builtIn(b.profileId())).asOf(b.asOf()).build();
 * qt().withExamples(3).forAll(b.datasets()).check(ds -> !v.validate(ds).findings("DM-SITE-04").isEmpty());
 * }</pre>
 *
 * @param ruleId the rule broken, e.g. {@code DM-SITE-04}
 * @param profileId the built-in profile the dataset otherwise satisfies, e.g. {@code daming-2017}
 * @param asOf the as-of date to validate at
 * @param consequential rule IDs that may also be found because they follow from the break (e.g.
 *     removing a poor village's station breaks DM-SITE-02 and DM-SITE-03); never contains {@code
 *     ruleId}
 * @param datasets the generator; values are immutable and may share structure
 * @since 0.1.0
 */
public record RuleBreaker(
    String ruleId,
    String profileId,
    LocalDate asOf,
    Set<String> consequential,
    Gen<Dataset> datasets) {

  /**
   * Checks the components and copies the set.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code consequential} contains {@code ruleId}
   */
  public RuleBreaker {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(asOf, "asOf");
    consequential = Set.copyOf(consequential);
    Objects.requireNonNull(datasets, "datasets");
    if (consequential.contains(ruleId)) {
      throw new IllegalArgumentException("a rule is not its own consequence: " + ruleId);
    }
  }
}
