package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.RuleProvider;
import org.epar.validation.spi.SharedState;
import org.epar.validation.spi.SharedStateRule;
import org.epar.validation.spi.SharedStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DatasetRule#accepts} only skips what {@code accumulate} ignores, and {@link
 * RecordRule#accepts} only what {@code check} never reports on: every built-in profile gives the
 * same report (findings in the same order) with the built-in rules as with the same rules wrapped
 * so that they accept every record class, on the conforming counties, on every rule breaker's
 * datasets and on random records of every type.
 */
class RuleAcceptsTest {

  static List<String> profiles() {
    return List.copyOf(Profiles.builtInIds());
  }

  /** The same rule, called for records of every class. */
  private static class AcceptsAll<S, R extends DatasetRule<S>> implements DatasetRule<S> {
    final R rule;

    AcceptsAll(R rule) {
      this.rule = rule;
    }

    @Override
    public String ruleId() {
      return rule.ruleId();
    }

    @Override
    public S newState(RuleContext ctx) {
      return rule.newState(ctx);
    }

    @Override
    public void accumulate(S state, Object record, long index, RuleContext ctx) {
      rule.accumulate(state, record, index, ctx);
    }

    @Override
    public S combine(S left, S right) {
      return rule.combine(left, right);
    }

    @Override
    public void finish(S state, RuleContext ctx, FindingSink sink) {
      rule.finish(state, ctx, sink);
    }
  }

  /** The same rule reading shared states, called for records of every class. */
  private static final class SharingAcceptsAll<S> extends AcceptsAll<S, SharedStateRule<S>>
      implements SharedStateRule<S> {
    SharingAcceptsAll(SharedStateRule<S> rule) {
      super(rule);
    }

    @Override
    public List<SharedState<?>> shares() {
      return rule.shares();
    }

    @Override
    public void finish(S state, SharedStates shared, RuleContext ctx, FindingSink sink) {
      rule.finish(state, shared, ctx, sink);
    }
  }

  /** The same rule, called for every record of its type. */
  private record ChecksAll<T>(RecordRule<T> rule) implements RecordRule<T> {
    @Override
    public String ruleId() {
      return rule.ruleId();
    }

    @Override
    public Class<T> type() {
      return rule.type();
    }

    @Override
    public void check(T record, RuleContext ctx, FindingSink sink) {
      rule.check(record, ctx, sink);
    }
  }

  private static Rule acceptingAll(Rule r) {
    if (r instanceof SharedStateRule<?> s) {
      return new SharingAcceptsAll<>(s);
    }
    if (r instanceof DatasetRule<?> d) {
      return new AcceptsAll<>(d);
    }
    if (r instanceof RecordRule<?> c) {
      return new ChecksAll<>(c);
    }
    return r;
  }

  private static List<RuleProvider> acceptingAll() {
    return ServiceLoader.load(RuleProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .map(
            p ->
                (RuleProvider) () -> p.rules().stream().map(RuleAcceptsTest::acceptingAll).toList())
        .toList();
  }

  private static EparValidator validator(String profileId, LocalDate asOf, boolean filtered) {
    EparValidator.Builder b =
        EparValidator.builder().profile(Profiles.builtIn(profileId)).asOf(asOf).parallelism(1);
    return (filtered ? b : b.providers(acceptingAll())).build();
  }

  private static void assertSameReport(
      EparValidator filtered, EparValidator all, Iterable<EparRecord> records, String what) {
    assertEquals(all.validate(records).findings(), filtered.validate(records).findings(), what);
  }

  @Test
  void builtInRules_declineHouseholds_soTheFilterIsExercised() {
    List<Rule> rules =
        ServiceLoader.load(RuleProvider.class).stream()
            .flatMap(p -> p.get().rules().stream())
            .toList();
    assertFalse(
        rules.stream()
            .filter(r -> r instanceof DatasetRule<?> d && !d.accepts(Household.class))
            .toList()
            .isEmpty());
    // of the six record rules whose type admits a household, only the citizen ID and division
    // code checks can report on one
    assertEquals(
        List.of("CORE-ID-01", "CORE-ID-03"),
        rules.stream()
            .filter(
                r ->
                    r instanceof RecordRule<?> c
                        && c.type().isAssignableFrom(Household.class)
                        && c.accepts(Household.class))
            .map(Rule::ruleId)
            .sorted()
            .toList());
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void conformingCountyAndRuleBreakers_reportTheSame_withAndWithoutTheFilter(String profileId) {
    LocalDate asOf = Counties.asOf(profileId);
    EparValidator filtered = validator(profileId, asOf, true);
    EparValidator all = validator(profileId, asOf, false);
    Dataset county = Counties.conforming(profileId, 1);
    assertSameReport(
        filtered, all, () -> county.records().iterator(), profileId + " conforming county");
    for (RuleBreaker b : RuleBreakers.all()) {
      if (!b.profileId().equals(profileId)) {
        continue;
      }
      EparValidator f = validator(profileId, b.asOf(), true);
      EparValidator a = validator(profileId, b.asOf(), false);
      qt().withExamples(3)
          .forAll(b.datasets())
          .checkAssert(
              d -> assertSameReport(f, a, () -> d.records().iterator(), b.ruleId() + " breaker"));
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void randomRecordsOfEveryType_reportTheSame_withAndWithoutTheFilter(String profileId) {
    for (LocalDate asOf : List.of(LocalDate.of(2017, 6, 30), LocalDate.of(2021, 1, 1))) {
      EparValidator filtered = validator(profileId, asOf, true);
      EparValidator all = validator(profileId, asOf, false);
      qt().withExamples(40)
          .forAll(lists().of(Models.anyLenientRecord()).ofSizeBetween(0, 60))
          .checkAssert(records -> assertSameReport(filtered, all, records, profileId));
    }
  }
}
