package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
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
