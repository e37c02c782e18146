package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.epar.validation.internal.Json;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final Citation C =
      new Citation("daming-2017", "大名县2017年电子商务进农村综合示范工作方案 (2017)", "二");

  private static Finding f(String rule, Severity s, String id, long index) {
    return new Finding(
        rule, s, new Location("Site", id, "floor_area", index), "3", "5", null, "en", "zh", C, 1);
  }

  @Test
  void withLocations_changesTheLocationsOnly() {
    Finding f = f("DM-SITE-09", Severity.ERROR, "s1", 7).withCount(3);
    Location at = new Location("Site", "s2", "floor_area", 12);
    Location other = new Location("Site", "s1", "", 4);
    Finding moved = f.withLocations(at, List.of(other));
    assertEquals(
        new Finding(
            "DM-SITE-09", Severity.ERROR, at, "3", "5", null, "en", "zh", C, 3, List.of(other)),
        moved);
    assertEquals(List.of(), f.withLocations(at, null).related());
  }

  @Test
  void sameRuleAndObject_areGroupedWithCount_keepingSmallestIndex() {
    ValidationReport r =
        new ValidationReport(
            List.of(
                f("DM-SITE-09", Severity.ERROR, "s1", 7),
                f("DM-SITE-09", Severity.ERROR, "s1", 2),
                f("DM-SITE-09", Severity.ERROR, "s2", 3)));
    assertEquals(2, r.findings().size());
    assertEquals(2, r.findings().get(0).count());
    assertEquals(2, r.findings().get(0).location().index());
    assertEquals(3, r.countBySeverity().get(Severity.ERROR));
    assertEquals(0, r.countBySeverity().get(Severity.VETO));
  }

  /** The order and grouping as the report did them before its index sort, as the reference. */
  private static List<Finding> reference(List<Finding> findings) {
    Comparator<Finding> order =
        Comparator.comparing(Finding::severity)
            .thenComparingInt(f -> RuleCatalog.standard().position(f.ruleId()))
            .thenComparing(Finding::ruleId)
            .thenComparingLong(f -> f.location().index())
            .thenComparing(f -> f.location().objectType())
            .thenComparing(f -> f.location().objectId())
            .thenComparing(f -> f.location().path())
            .thenComparing(f -> f.location().carrier())
            .thenComparing(Finding::observed)
            .thenComparing(Finding::threshold)
            .thenComparing(Finding::messageEn);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(order);
    Map<List<Object>, Finding> groups = new LinkedHashMap<>();
    for (Finding f : sorted) {
      List<Object> key =
          List.of(f.ruleId(), f.severity(), f.location().objectType(), f.location().objectId());
      groups.merge(key, f, (a, b) -> a.withCount(a.count() + b.count()));
    }
    List<Finding> grouped = new ArrayList<>(groups.values());
    grouped.sort(order);
    return grouped;
  }

  private static final String[] RULES = {
    "CORE-ID-01", "DM-SITE-09", "DM-SITE-02", "DM-RPT-02", "X-CUSTOM-1", "X-CUSTOM-0"
  };

  /** A finding from a code; indexes include -1, the largest a key holds and past it. */
  private static Finding coded(int code) {
    long[] indexes = {-1, 0, 1, 2, (1L << 40) - 2, (1L << 40) - 1, 1L << 41, Long.MAX_VALUE};
    return new Finding(
        RULES[code % RULES.length],
        Severity.values()[code / 7 % Severity.values().length],
        new Location(
            code % 3 == 0 ? "Site" : "Household",
            "o" + code / 11 % 4,
            code % 2 == 0 ? "a" : "b",
            indexes[code / 13 % indexes.length],
            code % 5 == 0 ? "daily" : ""),
        String.valueOf(code / 17 % 3),
        "5",
        null,
        "en" + code / 19 % 2,
        "zh",
        C,
        code % 3 + 1);
  }

  @Test
  void orderAndGrouping_equalTheComparatorChain() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 80))
        .checkAssert(
            codes -> {
              List<Finding> all = codes.stream().map(ValidationReportTest::coded).toList();
              assertEquals(reference(all), new ValidationReport(all).findings());
            });
  }

  @Test
  void acceptance_andVeto() {
    assertTrue(
        new ValidationReport(List.of(f("DM-SVC-01", Severity.WARNING, "s", 1))).isAccepted());
    ValidationReport veto = new ValidationReport(List.of(f("DM-RPT-02", Severity.VETO, "", -1)));
    assertFalse(veto.isAccepted());
    assertTrue(veto.hasVeto());
    assertTrue(ValidationReport.empty().isAccepted());
  }

  @Test
  void merge_isCommutative() {
    ValidationReport a = new ValidationReport(List.of(f("DM-SITE-09", Severity.ERROR, "s1", 1)));
    ValidationReport b =
        new ValidationReport(
            List.of(
                f("DM-SITE-09", Severity.ERROR, "s1", 9),
                f("CORE-ID-01", Severity.ERROR, "s3", 4)));
    assertEquals(a.merge(b), b.merge(a));
    assertEquals(2, a.merge(b).findings("DM-SITE-09").get(0).count());
    assertEquals("CORE-ID-01", a.merge(b).findings().get(0).ruleId());
  }

  @Test
  void json_isSnakeCase_andRoundTrips() throws Exception {
    Finding target =
        new Finding(
            "DM-SITE-02",
            Severity.INFO,
            Location.dataset(),
            "0.4",
            "0.5",
            LocalDate.of(2018, 12, 31),
            "en",
            "zh",
            C,
            1);
    ValidationReport r =
        new ValidationReport(List.of(target, f("DM-SITE-09", Severity.ERROR, "s1", 1)));
    String json = Json.MAPPER.writeValueAsString(r);
    JsonNode n = Json.MAPPER.readTree(json);
    assertFalse(n.get("accepted").asBoolean());
    assertEquals(1, n.get("count_by_severity").get("ERROR").asInt());
    JsonNode first = n.get("findings").get(0);
    assertEquals("DM-SITE-09", first.get("rule_id").asText());
    assertEquals("floor_area", first.get("location").get("path").asText());
    assertEquals("2018-12-31", n.get("findings").get(1).get("deadline").asText());
    assertEquals(r, Json.MAPPER.readValue(json, ValidationReport.class));
  }
}
