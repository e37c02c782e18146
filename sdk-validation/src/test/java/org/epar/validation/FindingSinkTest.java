package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.epar.core.period.WorkingDayCalendar;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Masking;
import org.epar.validation.spi.RuleContext;
import org.junit.jupiter.api.Test;

class FindingSinkTest {

  private static FindingSink sink(String rule, LocalDate asOf, List<Finding> out) {
    RuleContext ctx =
        new RuleContext(
            RuleCatalog.standard().require(rule),
            Profiles.builtIn("chongqing-2017").settings(rule).orElseThrow(),
            asOf,
            null,
            WorkingDayCalendar.china());
    return new FindingSink(ctx, 5, out::add);
  }

  @Test
  void violation_fillsPlaceholders_severity_citation_index() {
    List<Finding> out = new ArrayList<>();
    FindingSink s = sink("CQ-LINK-01", LocalDate.of(2018, 1, 1), out);
    s.violation(
        s.location("OnlineShop", "shop-1", "linked_households"),
        "shop-1",
        "1",
        Map.of("count", "0"));
    Finding f = out.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(5, f.location().index());
    assertEquals("重庆市深化实施电子商务扶贫行动方案 (渝府办〔2017〕33号)", f.citation().document());
    assertEquals(
        "The shop or leader shop-1 names 0 linked registered poor households; at least 1.",
        f.messageEn());
    assertTrue(f.messageZh().contains("0 户"));
  }

  @Test
  void moveTo_locatesLaterFindingsAtTheNewIndex_andKeepsEarlierOnes() {
    List<Finding> out = new ArrayList<>();
    FindingSink s = sink("CQ-LINK-01", LocalDate.of(2018, 1, 1), out);
    s.violation(s.location("OnlineShop", "shop-1", ""), "shop-1", "1", Map.of("count", "0"));
    assertTrue(s == s.moveTo(9, null));
    s.violation(s.location("OnlineShop", "shop-2", ""), "shop-2", "1", Map.of("count", "0"));
    assertEquals(List.of(5L, 9L), out.stream().map(f -> f.location().index()).toList());
    assertEquals("", out.get(1).location().carrier());
  }

  @Test
  void zhArgument_isUsedByTheChineseMessageOnly_andRelatedIsKept() {
    List<Finding> out = new ArrayList<>();
    FindingSink s = sink("CQ-LINK-01", LocalDate.of(2018, 1, 1), out);
    Location first = new Location("online_shop", "shop-0", "", 2);
    s.violation(
        s.location("OnlineShop", "shop-1", "linked_households"),
        "shop-1",
        "1",
        Map.of("count", "0", "observed" + FindingSink.ZH, "店铺一"),
        List.of(first));
    Finding f = out.get(0);
    assertEquals("shop-1", f.observed());
    assertTrue(f.messageEn().contains("shop-1"), f.messageEn());
    assertTrue(f.messageZh().contains("店铺一"), f.messageZh());
    assertTrue(!f.messageZh().contains("shop-1"), f.messageZh());
    assertEquals(List.of(first), f.related());
    assertEquals(List.of(first), f.withCount(3).related());
  }

  @Test
  void targetAtMost_missAfterDeadline_isError_hitIsSilent() {
    List<Finding> out = new ArrayList<>();
    FindingSink s = sink("CQ-LOG-01", LocalDate.of(2021, 1, 1), out);
    s.targetAtMost(Location.dataset(), BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2020, 12, 31));
    assertTrue(out.isEmpty());
    s.targetAtMost(
        Location.dataset(), BigDecimal.valueOf(2), BigDecimal.ONE, LocalDate.of(2020, 12, 31));
    assertEquals(Severity.ERROR, out.get(0).severity());
  }

  @Test
  void infoRule_violation_isInfo() {
    List<Finding> out = new ArrayList<>();
    FindingSink s = sink("CQ-SUB-01", LocalDate.of(2018, 1, 1), out);
    s.violation(Location.of("Site", "st-9"), "st-9", "2000000.00");
    assertEquals(Severity.INFO, out.get(0).severity());
  }

  @Test
  void masking_hidesPersonalData() {
    assertEquals("4101**********123X", Masking.mask("41010219900101123X"));
    assertEquals("13*********", Masking.mask("13812345678"));
    assertEquals("张**", Masking.name("张三丰"));
  }
}
