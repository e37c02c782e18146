package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.StaleStateException;
import org.epar.validation.ValidationAccumulator;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Every dataset rule of every built-in profile keeps its state through {@link
 * ValidationAccumulator#writeTo} and {@link EparValidator#readAccumulator}: on random splits of the
 * conforming county, of the rule's breaker datasets and of random records, the restored accumulator
 * finishes with the same findings as the original, writes the same bytes again, and combined with
 * the accumulator of the rest of the records gives the same findings as the original combined with
 * it.
 */
class StateRoundTripPropertyTest {

  private static final List<Rule> RULES =
      ServiceLoader.load(RuleProvider.class).stream()
          .flatMap(p -> p.get().rules().stream())
          .toList();

  static Stream<Arguments> datasetRules() {
    List<Arguments> out = new ArrayList<>();
    for (String profileId : Profiles.builtInIds()) {
      var profile = Profiles.builtIn(profileId);
      for (Rule r : RULES) {
        if (r instanceof DatasetRule<?> && profile.rules().containsKey(r.ruleId())) {
          out.add(Arguments.of(profileId, r.ruleId()));
        }
      }
    }
    return out.stream();
  }

  private static EparValidator validator(String profileId, String ruleId, LocalDate asOf) {
    List<Rule> only = RULES.stream().filter(r -> r.ruleId().equals(ruleId)).toList();
    EparValidator.Builder b =
        EparValidator.builder().profile(Profiles.builtIn(profileId)).asOf(asOf).parallelism(1);
    if (ruleId.startsWith("DM-") || ruleId.startsWith("CORE-")) {
      b.divisionRegistry(Counties.damingRegistry());
    }
    return b.providers(List.of(() -> only)).build();
  }

  private static byte[] bytes(ValidationAccumulator a) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      a.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static ValidationAccumulator fold(
      EparValidator v, List<? extends EparRecord> records, int from, int to) {
    ValidationAccumulator a = v.newAccumulator();
    for (int i = from; i < to; i++) {
      a.add(records.get(i), i);
    }
    return a;
  }

  /** The round trip on one split of the records. */
  static void assertRoundTrip(EparValidator v, List<? extends EparRecord> records, int cut) {
    int at = Math.min(cut, records.size());
    byte[] saved = bytes(fold(v, records, 0, at));
    ValidationAccumulator restored = v.readAccumulator(new ByteArrayInputStream(saved));
    assertArrayEquals(saved, bytes(restored), "writing a restored accumulator gives other bytes");
    List<Finding> expected = fold(v, records, 0, at).finish().findings();
    assertEquals(
        expected, restored.finish().findings(), "a restored accumulator finishes otherwise");
    List<Finding> whole =
        fold(v, records, 0, at).combine(fold(v, records, at, records.size())).finish().findings();
    ValidationAccumulator again = v.readAccumulator(new ByteArrayInputStream(saved));
    assertEquals(
        whole,
        again.combine(fold(v, records, at, records.size())).finish().findings(),
        "combining a restored accumulator with more records gives other findings");
    // reported (not consumed), fed more records, reported again: as if the first report had not
    // been made; both ways of feeding more (adding, combining), and a restored one too
    ValidationAccumulator live = fold(v, records, 0, at);
    assertEquals(expected, live.report().findings(), "report() reports otherwise than finish()");
    assertEquals(expected, live.report().findings(), "a second report() reports otherwise");
    for (int i = at; i < records.size(); i++) {
      live.add(records.get(i), i);
    }
    assertEquals(whole, live.report().findings(), "adding after report() gives other findings");
    assertEquals(whole, live.finish().findings(), "finishing after report() gives other findings");
    ValidationAccumulator restoredLive = v.readAccumulator(new ByteArrayInputStream(saved));
    assertEquals(expected, restoredLive.report().findings());
    assertEquals(
        whole,
        restoredLive.combine(fold(v, records, at, records.size())).report().findings(),
        "combining after report() gives other findings");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("datasetRules")
  void everyDatasetRule_keepsItsStateThroughWriteAndRead(String profileId, String ruleId) {
    LocalDate asOf = Counties.asOf(profileId);
    EparValidator v = validator(profileId, ruleId, asOf);
    Dataset county = Counties.conforming(profileId, 1);
    List<EparRecord> countyRecords = county.records().toList();
    qt().withExamples(3)
        .forAll(integers().between(0, countyRecords.size()))
        .checkAssert(cut -> assertRoundTrip(v, countyRecords, cut));
    for (RuleBreaker b : RuleBreakers.all()) {
      if (!b.profileId().equals(profileId) || !b.ruleId().equals(ruleId)) {
        continue;
      }
      EparValidator bv = validator(profileId, ruleId, b.asOf());
      Gen<Dataset> datasets = b.datasets();
      qt().withExamples(3)
          .forAll(datasets, integers().between(0, 400))
          .checkAssert((d, cut) -> assertRoundTrip(bv, d.records().toList(), cut));
    }
    qt().withExamples(12)
        .forAll(
            lists().of(Models.anyLenientRecord()).ofSizeBetween(0, 40), integers().between(0, 40))
        .checkAssert((records, cut) -> assertRoundTrip(v, records, cut));
  }

  @Test
  void everyProfileWhole_keepsItsStatesThroughWriteAndRead() {
    for (String profileId : Profiles.builtInIds()) {
      EparValidator v =
          EparValidator.builder()
              .profile(Profiles.builtIn(profileId))
              .asOf(Counties.asOf(profileId))
              .parallelism(1)
              .build();
      List<EparRecord> records = Counties.conforming(profileId, 2).records().toList();
      assertRoundTrip(v, records, records.size() / 3);
    }
  }

  @Test
  void anotherAsOfDate_orOtherBytes_areStale_neverMisread() {
    String profileId = Counties.DAMING_2017;
    EparValidator v =
        EparValidator.builder()
            .profile(Profiles.builtIn(profileId))
            .asOf(LocalDate.of(2018, 6, 30))
            .build();
    ValidationAccumulator a = v.newAccumulator();
    Counties.conforming(profileId, 3).records().limit(50).forEach(a::add);
    byte[] saved = bytes(a);
    EparValidator nextDay =
        EparValidator.builder()
            .profile(Profiles.builtIn(profileId))
            .asOf(LocalDate.of(2018, 7, 1))
            .build();
    StaleStateException e =
        assertThrows(
            StaleStateException.class,
            () -> nextDay.readAccumulator(new ByteArrayInputStream(saved)));
    assertEquals(List.of(), e.staleRules());
    byte[] truncated = java.util.Arrays.copyOf(saved, saved.length - 1);
    assertThrows(
        StaleStateException.class, () -> v.readAccumulator(new ByteArrayInputStream(truncated)));
    byte[] garbage = saved.clone();
    garbage[0] = 'X';
    assertThrows(
        StaleStateException.class, () -> v.readAccumulator(new ByteArrayInputStream(garbage)));
  }
}
