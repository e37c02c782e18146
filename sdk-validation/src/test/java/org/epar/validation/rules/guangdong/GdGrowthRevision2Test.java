package org.epar.validation.rules.guangdong;

import static org.epar.validation.rules.guangdong.GdFixtures.stats;
import static org.epar.validation.rules.guangdong.GdFixtures.village;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.money.Money;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * GD-GROW-01 at catalog revision 2: the cities together, {@code each_city}, no data, odd years and
 * values (issue 17, classes 4, 6 and 7). Deadline D = 2020-12-31.
 */
class GdGrowthRevision2Test {

  private static final LocalDate D = LocalDate.of(2020, 12, 31);
  private static final LocalDate D_MINUS_1 = D.minusDays(1);
  private static final Location TARGET = Location.dataset().withPath("GD-GROW-01");

  private static ValidationReport validate(Profile p, LocalDate asOf, List<EparRecord> r) {
    return EparValidator.builder()
        .profile(p)
        .asOf(asOf)
        .parallelism(1)
        .build()
        .validate(Dataset.of(null, r));
  }

  private static List<Finding> grow(LocalDate asOf, List<EparRecord> r) {
    return validate(Profiles.builtIn("guangdong-2018"), asOf, r).findings("GD-GROW-01");
  }

  private static Profile eachCity() throws IOException {
    try (InputStream in =
        Profiles.class.getResourceAsStream("/org/epar/validation/profiles/guangdong-2018.json")) {
      String json =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\"each_city\": \"false\"", "\"each_city\": \"true\"");
      return Profiles.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** City 4415 doubles (41% a year), city 4418 is flat at {@code flatB}. */
  private static List<EparRecord> twoCities(String flatB) {
    return new ArrayList<>(
        List.of(
            village("441521101001", true), village("441821101001", true),
            stats("441500", 2017, "100.00", null), stats("441500", 2019, "200.00", null),
            stats("441800", 2017, flatB, null), stats("441800", 2019, flatB, null)));
  }

  @Test
  void citiesTogether_sumReachesTheBar_isSilentEvenIfOneCityIsFlat() {
    // 200 -> 300 over 2 years: 22.47% a year
    assertTrue(grow(D, twoCities("100.00")).isEmpty());
  }

  @Test
  void citiesTogether_sumBelowTheBar_isOneErrorOnTheTarget() {
    // 400 -> 500 over 2 years: 11.8% a year
    List<Finding> f = grow(D, twoCities("300.00"));
    assertEquals(1, f.size(), f::toString);
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals(TARGET, f.get(0).location());
    assertEquals("0.1180", f.get(0).observed());
  }

  @Test
  void eachCity_judgesTheFlatCityAlone() throws IOException {
    List<Finding> f = validate(eachCity(), D, twoCities("100.00")).findings("GD-GROW-01");
    assertEquals(1, f.size(), f::toString);
    assertEquals("441800/2019", f.get(0).location().objectId());
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void listedCityWithoutStatistics_isNoDataErrorAtTheDeadline_infoTheDayBefore() {
    List<EparRecord> r = twoCities("100.00");
    r.removeIf(x -> x instanceof AreaStatistics a && a.division().value().startsWith("4418"));
    List<Finding> at = grow(D, r);
    assertEquals(1, at.size(), at::toString);
    assertEquals(Severity.ERROR, at.get(0).severity());
    assertEquals(Location.of("city", "441800000000"), at.get(0).location());
    assertEquals("no data", at.get(0).observed());
    List<Finding> before = grow(D_MINUS_1, r);
    assertEquals(
        Severity.INFO,
        before.stream()
            .filter(x -> x.location().equals(Location.of("city", "441800000000")))
            .findFirst()
            .orElseThrow()
            .severity());
  }

  @Test
  void missedGrowth_isErrorOnTheDeadlineDay_infoTheDayBefore() {
    assertEquals(Severity.ERROR, grow(D, twoCities("300.00")).get(0).severity());
    assertEquals(Severity.INFO, grow(D_MINUS_1, twoCities("300.00")).get(0).severity());
  }

  @Test
  void emptySubmission_afterTheDeadline_isNoDataError() {
    List<Finding> f = grow(D, List.of());
    assertEquals(1, f.size(), f::toString);
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("no data", f.get(0).observed());
    ValidationReport all = validate(Profiles.builtIn("guangdong-2018"), D.plusDays(1), List.of());
    assertTrue(all.countBySeverity().get(Severity.ERROR) > 0, all::toString);
  }

  @Test
  void absurdYear_isOneWarningOnThatStatistic_neverAFailure() {
    List<EparRecord> r = twoCities("100.00");
    r.add(
        new AreaStatistics(
            DivisionCode.of("441500000000"), 2_000_000_017, Money.ofYuan(1), null, null, 0, 0, 0));
    r.add(
        new AreaStatistics(
            DivisionCode.of("441500000000"),
            2017 - 1_000_000,
            Money.ofYuan(1),
            null,
            null,
            0,
            0,
            0));
    List<Finding> f = grow(D, r);
    assertEquals(2, f.size(), f::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING), f::toString);
    assertTrue(f.stream().anyMatch(x -> x.observed().equals("year 2000000017")), f::toString);
  }

  @Test
  void boundaryYears_firstAndLastAreUsable_oneBeyondIsNot() {
    List<EparRecord> r =
        List.of(
            village("441521101001", true),
            stats("441500", 2017, "100.00", null),
            stats("441500", 2020, "172.80", null));
    assertTrue(grow(D, r).isEmpty(), () -> grow(D, r).toString());
    List<EparRecord> beyond =
        List.of(
            village("441521101001", true),
            stats("441500", 2016, "100.00", null),
            stats("441500", 2021, "1000.00", null));
    List<Finding> f = grow(D, beyond);
    assertEquals(3, f.size(), f::toString); // two WARNINGs and no data for the city
    assertEquals(2, f.stream().filter(x -> x.severity() == Severity.WARNING).count());
  }

  @Test
  void negativeAndExtremeAmounts_areFindingsNeverFailures() {
    List<EparRecord> r = new ArrayList<>(List.of(village("441521101001", true)));
    r.add(
        new AreaStatistics(
            DivisionCode.of("441500000000"), 2017, Money.ofFen(-5), null, null, 0, 0, 0));
    r.add(
        new AreaStatistics(
            DivisionCode.of("441500000000"), 2018, Money.ofFen(1), null, null, 0, 0, 0));
    r.add(
        new AreaStatistics(
            DivisionCode.of("441500000000"),
            2020,
            Money.ofFen(Long.MAX_VALUE),
            null,
            null,
            0,
            0,
            0));
    List<Finding> f = grow(D, r);
    assertTrue(f.stream().noneMatch(x -> x.messageEn().contains("the rule failed")), f::toString);
    assertEquals(1, f.stream().filter(x -> x.severity() == Severity.WARNING).count(), f::toString);
    assertTrue(f.stream().noneMatch(x -> x.severity() == Severity.ERROR), f::toString);
  }
}
