package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

  /** The repository's docs folder (tests run in the module directory). */
  private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();

  private static final Pattern CATALOG_ROW =
      Pattern.compile("^\\| ((?:CORE|GD|HLJ|DM|HN|CQ)-[A-Z]+-\\d{2}) \\|");

  private static List<String> ruleIdsTxt() throws IOException {
    return Files.readAllLines(DOCS.resolve("rule-ids.txt")).stream()
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  @Test
  void catalogMarkdownRows_equalRuleIdsTxt_exactlyAndInOrder() throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(DOCS.resolve("catalog.md"))) {
      Matcher m = CATALOG_ROW.matcher(line);
      if (m.find()) {
        rows.add(m.group(1));
      }
    }
    assertEquals(ruleIdsTxt(), rows);
  }

  @Test
  void catalogIds_equalRuleIdsTxt_exactlyAndInOrder() throws IOException {
    List<String> expected = ruleIdsTxt();
    List<String> actual = RuleCatalog.standard().all().stream().map(RuleDescriptor::id).toList();
    assertEquals(87, expected.size());
    assertEquals(expected, actual);
  }

  @Test
  void severities_followRulesMd() {
    RuleCatalog c = RuleCatalog.standard();
    assertEquals(Severity.WARNING, c.require("DM-SVC-01").defaultSeverity());
    assertEquals(Severity.INFO, c.require("CQ-SUB-01").defaultSeverity());
    for (String veto : List.of("DM-RPT-02", "DM-PUB-01", "DM-VETO-01", "DM-VETO-02")) {
      assertEquals(Severity.VETO, c.require(veto).defaultSeverity(), veto);
    }
    Map<Severity, Long> counts =
        c.all().stream()
            .collect(Collectors.groupingBy(RuleDescriptor::defaultSeverity, Collectors.counting()));
    // DM-FUND-01 is a WARNING: an excess within DM-FUND-02's 2% adjustment allowance is allowed
    // (五(一)4), DM-FUND-02 is the ERROR beyond it.
    assertEquals(Severity.WARNING, c.require("DM-FUND-01").defaultSeverity());
    // revision 2: GD-BRAND-01 (重点, a priority) is a WARNING; HLJ-CERT-01 is an ERROR for a
    // certification without issuer or number (another certification is an INFO of its own)
    assertEquals(Severity.WARNING, c.require("GD-BRAND-01").defaultSeverity());
    assertEquals(Severity.ERROR, c.require("HLJ-CERT-01").defaultSeverity());
    // revision 2: HN-FUND-01 is a WARNING: funds at risk of recovery, the recovery is not EPAR's
    assertEquals(Severity.WARNING, c.require("HN-FUND-01").defaultSeverity());
    assertEquals(78L, counts.get(Severity.ERROR));
  }

  @Test
  void scopesAndKinds_matchSamples() {
    RuleCatalog c = RuleCatalog.standard();
    assertEquals(RuleScope.PLAN, c.require("DM-FUND-01").scope());
    assertEquals(RuleKind.TARGET, c.require("DM-SITE-02").kind());
    assertEquals(RuleScope.RECORD, c.require("CORE-MONEY-01").scope());
    assertEquals(RuleKind.CONSTRAINT, c.require("CQ-SUB-01").kind());
    assertEquals("大名县2017年电子商务进农村综合示范工作方案 (2017)", c.require("DM-FUND-01").citation().document());
    assertEquals("daming-2017", c.require("DM-FUND-01").citation().profileId());
  }

  @Test
  void everyDescriptor_hasBothLanguagesAndCoreRulesHaveNoDocument() {
    for (RuleDescriptor d : RuleCatalog.standard().all()) {
      assertFalse(d.titleEn().isBlank(), d.id());
      assertFalse(d.titleZh().isBlank(), d.id());
      assertFalse(d.messageEn().isBlank(), d.id());
      assertFalse(d.messageZh().isBlank(), d.id());
      if (d.kind() == RuleKind.TARGET) {
        assertTrue(
            d.parameters().stream().anyMatch(p -> p.unit().equals("date")),
            d.id() + " is a target without a deadline parameter");
      }
      assertEquals(d.id().startsWith("CORE-"), d.citation().document().isEmpty(), d.id());
    }
  }

  @Test
  void everyParameter_hasAChineseDescription_ofItsOwn() {
    Pattern han = Pattern.compile("\\p{IsHan}");
    List<String> bad = new ArrayList<>();
    int count = 0;
    for (RuleDescriptor d : RuleCatalog.standard().all()) {
      for (ParameterSpec p : d.parameters()) {
        count++;
        String zh = p.descriptionZh();
        if (zh.isBlank() || zh.equals(p.description()) || !han.matcher(zh).find()) {
          bad.add(d.id() + " " + p.name());
        }
        assertEquals(zh, p.description(true));
        assertEquals(p.description(), p.description(false));
      }
    }
    assertEquals(220, count, "parameters in the catalog");
    assertEquals(List.of(), bad, "parameters without a Chinese description of their own");
  }

  @Test
  void parameterSpec_withoutChinese_fallsBackToEnglish_andRejectsNull() {
    ParameterSpec p = new ParameterSpec("staff_min", "count", "staff per station");
    assertEquals("staff per station", p.descriptionZh());
    assertEquals(
        "每站人数", new ParameterSpec("staff_min", "count", "staff", "每站人数").description(true));
    assertThrows(
        NullPointerException.class, () -> new ParameterSpec("staff_min", "count", "staff", null));
  }

  @Test
  void find_unknownId_isEmpty() {
    assertTrue(RuleCatalog.standard().find("XX-NOPE-01").isEmpty());
    assertTrue(RuleCatalog.standard().find("DM-FUND-01").isPresent());
  }
}
