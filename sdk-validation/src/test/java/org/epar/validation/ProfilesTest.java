package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.epar.core.money.Money;
import org.junit.jupiter.api.Test;

class ProfilesTest {

  private static final Map<String, String> PREFIX =
      Map.of(
          "guangdong-2018", "GD-",
          "heilongjiang-2016", "HLJ-",
          "daming-2017", "DM-",
          "henan-2018", "HN-",
          "chongqing-2017", "CQ-");

  private static Profile load(String json) {
    return Profiles.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void builtIns_includeAllCoreRulesAndExactlyTheirOwnPrefix() {
    assertEquals(5, Profiles.builtInIds().size());
    for (String id : Profiles.builtInIds()) {
      Profile p = Profiles.builtIn(id);
      assertEquals(id, p.id());
      assertEquals("1", p.version());
      for (RuleDescriptor d : RuleCatalog.standard().all()) {
        boolean expected = d.id().startsWith("CORE-") || d.id().startsWith(PREFIX.get(id));
        assertEquals(expected, p.includes(d.id()), id + " / " + d.id());
        if (expected) {
          assertEquals(id, d.id().startsWith("CORE-") ? id : d.citation().profileId());
        }
      }
    }
  }

  @Test
  void builtIn_isCached() {
    assertTrue(Profiles.builtIn("daming-2017") == Profiles.builtIn("daming-2017"));
  }

  @Test
  void damingSite02_parametersAreTyped() {
    RuleSettings s = Profiles.builtIn("daming-2017").settings("DM-SITE-02").orElseThrow();
    assertEquals(new BigDecimal("0.50"), s.decimal("village_coverage_min"));
    assertEquals(new BigDecimal("1.00"), s.decimal("poor_village_coverage_min"));
    assertEquals(LocalDate.of(2018, 12, 31), s.date("deadline"));
    RuleSettings fund = Profiles.builtIn("daming-2017").settings("DM-FUND-01").orElseThrow();
    assertEquals(Money.ofWan(1500), fund.money("fund_total"));
    assertEquals(new BigDecimal("0.65"), fund.decimal("upward_share_max"));
    RuleSettings site03 = Profiles.builtIn("daming-2017").settings("DM-SITE-03").orElseThrow();
    assertEquals(500L, site03.integer("station_required_residents_min"));
    RuleSettings svc = Profiles.builtIn("daming-2017").settings("DM-SVC-01").orElseThrow();
    assertEquals(6, svc.list("required_services").size());
  }

  @Test
  void missingParameter_throwsNamingRuleAndParameter() {
    RuleSettings s = Profiles.builtIn("daming-2017").settings("DM-SITE-02").orElseThrow();
    ProfileException e = assertThrows(ProfileException.class, () -> s.decimal("nope_min"));
    assertEquals("DM-SITE-02", e.ruleId().orElseThrow());
    assertEquals("nope_min", e.parameter().orElseThrow());
    assertTrue(e.getMessage().contains("nope_min") && e.getMessage().contains("DM-SITE-02"));
  }

  @Test
  void unknownRule_isRejected() {
    ProfileException e =
        assertThrows(
            ProfileException.class,
            () -> load("{\"id\":\"x\",\"version\":\"1\",\"rules\":{\"DM-NOPE-99\":{}}}"));
    assertEquals("DM-NOPE-99", e.ruleId().orElseThrow());
    assertTrue(e.getMessage().contains("DM-NOPE-99"), e.getMessage());
  }

  @Test
  void lackingDeclaredParameter_isRejected() {
    ProfileException e =
        assertThrows(
            ProfileException.class,
            () ->
                load(
                    "{\"id\":\"x\",\"version\":\"1\",\"rules\":{\"DM-SITE-02\":{\"parameters\":"
                        + "{\"village_coverage_min\":\"0.5\",\"deadline\":\"2018-12-31\"}}}}"));
    assertEquals("DM-SITE-02", e.ruleId().orElseThrow());
    assertEquals("poor_village_coverage_min", e.parameter().orElseThrow());
  }

  @Test
  void undeclaredParameterOrBadValue_isRejected() {
    ProfileException extra =
        assertThrows(
            ProfileException.class,
            () ->
                load(
                    "{\"id\":\"x\",\"version\":\"1\",\"rules\":{\"CORE-MONEY-01\":{\"parameters\":"
                        + "{\"max_decimals\":\"2\",\"typo\":\"1\"}}}}"));
    assertEquals("typo", extra.parameter().orElseThrow());
    ProfileException bad =
        assertThrows(
            ProfileException.class,
            () ->
                load(
                    "{\"id\":\"x\",\"version\":\"1\",\"extends\":\"daming-2017\",\"rules\":"
                        + "{\"DM-SITE-02\":{\"parameters\":{\"village_coverage_min\":\"1.5\"}}}}"));
    assertEquals("village_coverage_min", bad.parameter().orElseThrow());
    assertThrows(ProfileException.class, () -> load("not json"));
    assertThrows(ProfileException.class, () -> load("{\"version\":\"1\"}"));
  }

  @Test
  void extends_overridesOnlyWhatItGives() {
    Profile county =
        load(
            "{\"id\":\"my-county-2018\",\"version\":\"2\",\"extends\":\"daming-2017\",\"rules\":"
                + "{\"DM-SITE-02\":{\"severity\":\"WARNING\","
                + "\"parameters\":{\"village_coverage_min\":\"0.60\"}}}}");
    RuleSettings s = county.settings("DM-SITE-02").orElseThrow();
    assertEquals(new BigDecimal("0.60"), s.decimal("village_coverage_min"));
    assertEquals(new BigDecimal("1.00"), s.decimal("poor_village_coverage_min"));
    assertEquals(Severity.WARNING, s.severityOverride().orElseThrow());
    assertEquals("my-county-2018", s.profileId());
    assertEquals(
        Profiles.builtIn("daming-2017").rules().keySet().stream().toList(),
        List.copyOf(county.rules().keySet()));
  }

  @Test
  void unknownBuiltIn_throws() {
    assertThrows(ProfileException.class, () -> Profiles.builtIn("atlantis-2030"));
  }
}
