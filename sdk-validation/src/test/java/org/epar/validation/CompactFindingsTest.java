package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactFindingsTest {

  private static final List<RuleDescriptor> RULES = RuleCatalog.standard().all();

  /** Values a message placeholder may hold, including template syntax and literal fragments. */
  private static final String[] VALUES = {
    "", "3", "5.00", "{observed}", "{", "}", " ", "：", "site s1", "长文本", "9".repeat(70), "of",
  };

  /** A template filled as FindingSink fills it: each placeholder by the value its name picks. */
  private static String fill(String template, Map<String, String> values) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (true) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        return b.append(template, i, template.length()).toString();
      }
      String v = values.get(template.substring(open + 1, close));
      b.append(template, i, open).append(v != null ? v : template.substring(open, close + 1));
      i = close + 1;
    }
  }

  /** A finding from a code: rule, values, and whether its messages follow the rule's templates. */
  private static Finding finding(int code) {
    RuleDescriptor d = RULES.get(Math.floorMod(code, RULES.size()));
    String observed = VALUES[Math.floorMod(code / 7, VALUES.length)];
    String threshold = VALUES[Math.floorMod(code / 11, VALUES.length)];
    String objectId = code % 5 == 0 ? "" : "s" + code % 13;
    String extra = VALUES[Math.floorMod(code / 3, VALUES.length)];
    Map<String, String> values =
        Map.of(
            "observed", observed,
            "threshold", threshold,
            "count", String.valueOf(code % 4 + 1),
            "id", objectId,
            "problem", extra,
            "deadline", "2018-12-31");
    String en = fill(d.messageEn(), values);
    String zh = fill(d.messageZh(), values);
    switch (code % 6) {
      case 0 -> en = en + "!"; // one character past the template's end
      case 1 -> zh = "x" + zh; // one before its start
      case 2 -> en = "free text of another template " + code;
      default -> {}
    }
    List<Location> related = code % 9 == 0 ? List.of(new Location("Site", "s0", "", 1)) : List.of();
    return new Finding(
        code % 17 == 0 ? "CUSTOM-RULE-" + code % 3 : d.id(),
        Severity.values()[Math.floorMod(code, Severity.values().length)],
        new Location("Site", objectId, code % 2 == 0 ? "floor_area" : "", code % 23 - 1),
        observed,
        threshold,
        code % 8 == 0 ? LocalDate.of(2018, 12, 31) : null,
        en,
        zh,
        d.citation(),
        code % 4 + 1,
        related);
  }

  @Test
  void compactList_readsBackEveryFindingExactly() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 60))
        .checkAssert(
            codes -> {
              List<Finding> findings = new ArrayList<>();
              codes.forEach(c -> findings.add(finding(c)));
              CompactFindings compact = CompactFindings.of(findings);
              assertEquals(findings.size(), compact.size());
              for (int i = 0; i < findings.size(); i++) {
                assertEquals(findings.get(i), compact.get(i), "finding " + i);
              }
              assertEquals(findings, compact);
              assertEquals(findings.hashCode(), compact.hashCode());
            });
  }

  @Test
  void messageOneCharacterOffTheTemplate_isKeptAsGiven() {
    RuleDescriptor d = RULES.get(0);
    Map<String, String> v = Map.of("observed", "3", "threshold", "5");
    Finding follows =
        new Finding(
            d.id(),
            Severity.ERROR,
            new Location("Site", "s1", "", 0),
            "3",
            "5",
            null,
            fill(d.messageEn(), v),
            fill(d.messageZh(), v),
            d.citation(),
            1);
    Finding off =
        new Finding(
            d.id(),
            Severity.ERROR,
            new Location("Site", "s1", "", 0),
            "3",
            "5",
            null,
            fill(d.messageEn(), v).substring(1),
            fill(d.messageZh(), v) + "。",
            d.citation(),
            1);
    CompactFindings c = CompactFindings.of(List.of(follows, off));
    assertEquals(follows, c.get(0));
    assertEquals(off, c.get(1));
    assertNotEquals(c.get(0).messageEn(), c.get(1).messageEn());
  }

  @Test
  void compactList_isReturnedAsIs() {
    CompactFindings c = CompactFindings.of(List.of(finding(3)));
    assertSame(c, CompactFindings.of(c));
    assertEquals(0, CompactFindings.of(List.of()).size());
  }

  @Test
  void messagesFollowingTheTemplate_keepNoText_othersKeepTheirs() {
    RuleDescriptor d = RuleCatalog.standard().require("DM-SITE-09");
    List<Finding> follow = new ArrayList<>();
    List<Finding> other = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Map<String, String> v = Map.of("observed", String.valueOf(i), "threshold", "5");
      Location l = new Location("Site", "s" + i, "floor_area", i);
      String en = fill(d.messageEn(), v);
      String zh = fill(d.messageZh(), v);
      follow.add(
          new Finding(d.id(), Severity.ERROR, l, "" + i, "5", null, en, zh, d.citation(), 1));
      other.add(
          new Finding(d.id(), Severity.ERROR, l, "" + i, "5", null, en + ".", zh, d.citation(), 1));
    }
    CompactFindings compact = CompactFindings.of(follow);
    assertEquals(follow, compact);
    assertTrue(compact.keptTexts() <= 4, "kept " + compact.keptTexts());
    CompactFindings kept = CompactFindings.of(other);
    assertEquals(other, kept);
    assertTrue(kept.keptTexts() >= 1000, "kept " + kept.keptTexts());
  }
}
