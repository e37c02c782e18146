package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationAccumulator;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A live accumulator reported after every part of its input ({@link ValidationAccumulator#report()}
 * re-finishes only the rules whose state changed and sorts again only the rule IDs whose findings
 * changed) reports exactly what a new accumulator over the same records finishes with: findings,
 * their locations and carriers, rule failures and input problems, for every built-in profile, on
 * random cuts of the conforming county, of random records and of null elements, whether each part
 * is added, combined (after a report on it or not), or comes after the live accumulator was written
 * and read back.
 */
class ReportAfterEveryPartPropertyTest {

  private static EparValidator validator(String profileId) {
    EparValidator.Builder b =
        EparValidator.builder()
            .profile(Profiles.builtIn(profileId))
            .asOf(Counties.asOf(profileId))
            .parallelism(1);
    if (profileId.equals(Counties.DAMING_2017)) {
      b.divisionRegistry(Counties.damingRegistry());
    }
    return b.build();
  }

  private static ValidationReport finish(EparValidator v, List<?> records, int to) {
    ValidationAccumulator a = v.newAccumulator();
    for (int i = 0; i < to; i++) {
      a.add(records.get(i), i);
    }
    return a.finish();
  }

  private static ValidationAccumulator roundTrip(EparValidator v, ValidationAccumulator a) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      a.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return v.readAccumulator(new ByteArrayInputStream(out.toByteArray()));
  }

  /**
   * Feeds the records part by part into one live accumulator, in the way each part's {@code how}
   * says (0 added, 1 combined, 2 added after a write and read, 3 combined after a report on the
   * part), reporting after each part.
   */
  static void assertReportsAsNew(
      EparValidator v, List<?> records, List<Integer> sizes, List<Integer> hows) {
    ValidationAccumulator live = v.newAccumulator();
    int at = 0;
    for (int p = 0; p < sizes.size(); p++) {
      int to = Math.min(records.size(), at + sizes.get(p));
      int how = hows.get(p % hows.size());
      if (how == 2) {
        live = roundTrip(v, live);
      }
      if (how == 1 || how == 3) {
        ValidationAccumulator part = v.newAccumulator();
        for (int i = at; i < to; i++) {
          part.add(records.get(i), i);
        }
        if (how == 3) {
          part.report(); // a part reported on before it is combined
        }
        live.combine(part);
      } else {
        for (int i = at; i < to; i++) {
          live.add(records.get(i), i);
        }
      }
      at = to;
      ValidationReport expected = finish(v, records, to);
      ValidationReport reported = live.report();
      assertEquals(expected, reported, "report after part " + p + " (records 0.." + to + ")");
      if (p % 2 == 1) {
        // nothing added since: the same report again
        assertSame(reported, live.report());
      }
    }
    assertEquals(finish(v, records, at), live.finish());
  }

  @Test
  void everyProfile_conformingCounty_reportedAfterEveryPart_asNew() {
    for (String profileId : Profiles.builtInIds()) {
      EparValidator v = validator(profileId);
      List<EparRecord> county = Counties.conforming(profileId, 1).records().toList();
      qt().withExamples(4)
          .forAll(
              lists().of(integers().between(0, 400)).ofSizeBetween(1, 8),
              lists().of(integers().between(0, 3)).ofSizeBetween(1, 8))
          .checkAssert((sizes, hows) -> assertReportsAsNew(v, county, sizes, hows));
    }
  }

  @Test
  void randomRecordsAndNulls_reportedAfterEveryPart_asNew() {
    for (String profileId : Profiles.builtInIds()) {
      EparValidator v = validator(profileId);
      qt().withExamples(15)
          .forAll(
              lists().of(Models.anyLenientRecord()).ofSizeBetween(0, 60),
              lists().of(integers().between(0, 12)).ofSizeBetween(1, 8),
              lists().of(integers().between(0, 3)).ofSizeBetween(1, 8),
              integers().between(1, 9))
          .checkAssert(
              (records, sizes, hows, nulls) -> {
                List<@Nullable Object> withNulls = new ArrayList<>();
                for (int i = 0; i < records.size(); i++) {
                  // a null now and then: an input problem, which the report must keep
                  withNulls.add(i % (nulls + 3) == nulls ? null : records.get(i));
                }
                assertReportsAsNew(v, withNulls, sizes, hows);
              });
    }
  }
}
