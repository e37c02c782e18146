package org.epar.validation.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Village;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordRule#of}, {@link CountTargetRule#builder} and {@link ShareTargetRule#of}, run by the
 * engine under the daming-2017 profile's settings (DM-PROD-01: {@code brands_min} 5, {@code
 * county_brands_min} 1, deadline 2018-08-31; DM-SITE-12: {@code broadband_village_coverage_min}
 * 0.90, deadline 2018-10-31).
 */
class RuleFactoriesTest {

  private static final LocalDate AFTER_DEADLINES = LocalDate.of(2018, 12, 31);

  private static List<Finding> run(Rule rule, Dataset dataset) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .providers(List.of(() -> List.of(rule)))
        .asOf(AFTER_DEADLINES)
        .build()
        .validate(dataset)
        .findings(rule.ruleId());
  }

  private static Village village(int n, boolean broadband) {
    return new Village(
        DivisionCode.of(String.format("130425100%03d", n)),
        "v" + n,
        100,
        false,
        true,
        broadband,
        false,
        false,
        true,
        List.of());
  }

  private static Dataset brands(int plain, int county) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < plain; i++) {
      b.add(new Brand("b" + i, "brand " + i, BrandKind.ENTERPRISE, null, null));
    }
    for (int i = 0; i < county; i++) {
      b.add(new Brand("c" + i, "county " + i, BrandKind.COUNTY_PUBLIC, null, null));
    }
    return b.build();
  }

  @Test
  void recordRuleOf_checksRecordsOfItsTypeThatItAccepts() {
    List<String> seen = new ArrayList<>();
    RecordRule<EparRecord> rule =
        RecordRule.of(
            "DM-SITE-09",
            EparRecord.class,
            c -> c == Village.class,
            (r, ctx, sink) -> {
              seen.add(r.key());
              sink.violation(sink.location("village", r.key(), "name"), "x", "y");
            });
    assertEquals("DM-SITE-09", rule.ruleId());
    assertEquals(EparRecord.class, rule.type());
    assertTrue(rule.accepts(Village.class));
    assertFalse(rule.accepts(Brand.class));
    List<Finding> findings =
        run(
            rule,
            Dataset.builder()
                .add(village(1, true))
                .add(new Brand("b", "brand", BrandKind.ENTERPRISE, null, null))
                .build());
    assertEquals(1, findings.size());
    assertEquals(List.of(village(1, true).key()), seen);
    assertEquals("RecordRule[DM-SITE-09, EparRecord]", rule.toString());
  }

  @Test
  void recordRuleOf_withoutFilter_acceptsEveryClass_andRejectsNulls() {
    RecordRule<Village> rule = RecordRule.of("DM-SITE-09", Village.class, (v, ctx, sink) -> {});
    assertTrue(rule.accepts(Village.class));
    assertThrows(
        NullPointerException.class, () -> RecordRule.of(null, Village.class, (v, c, s) -> {}));
    assertThrows(
        NullPointerException.class, () -> RecordRule.of("DM-SITE-09", Village.class, null));
  }

  @Test
  void countTargetRule_atTheMinimum_isMet_andOneBelowIsAFinding() {
    CountTargetRule rule =
        CountTargetRule.builder("DM-PROD-01")
            .count("brands_min", "brands", Brand.class)
            .count(
                "county_brands_min",
                "brands",
                Brand.class,
                b -> b.kind() == BrandKind.COUNTY_PUBLIC)
            .build();
    assertEquals(List.of(), run(rule, brands(4, 1)));
    List<Finding> below = run(rule, brands(3, 1));
    assertEquals(1, below.size());
    assertEquals("brands_min", below.get(0).location().objectId());
    assertEquals("4", below.get(0).observed());
    assertEquals("5", below.get(0).threshold());
    List<Finding> noCounty = run(rule, brands(5, 0));
    assertEquals(1, noCounty.size());
    assertEquals("county_brands_min", noCounty.get(0).location().objectId());
    assertEquals("0", noCounty.get(0).observed());
  }

  @Test
  void countTargetRule_partTestsMayReadTheSettings_andAcceptOnlyTheirTypes() {
    CountTarget target = new CountTarget("brands_min", Location.dataset());
    CountTargetRule rule =
        CountTargetRule.builder("DM-PROD-01")
            .count(
                target,
                Brand.class,
                (b, ctx) -> ctx.settings().date("deadline").equals(LocalDate.of(2018, 8, 31)))
            .build();
    assertTrue(rule.accepts(Brand.class));
    assertFalse(rule.accepts(Village.class));
    assertEquals(List.of(), run(rule, brands(5, 0)));
    assertEquals("4", run(rule, brands(4, 0)).get(0).observed());
    assertEquals("CountTargetRule[DM-PROD-01, [brands_min]]", rule.toString());
  }

  @Test
  void countTargetRule_withoutParts_isRefused() {
    assertThrows(IllegalStateException.class, () -> CountTargetRule.builder("DM-PROD-01").build());
  }

  @Test
  void shareTargetRule_atTheMinimumShare_isMet_andOneVillageLessIsAFinding() {
    ShareTargetRule<Village> rule =
        ShareTargetRule.of(
            "DM-SITE-12",
            Village.class,
            Village::broadband,
            new ShareTarget("broadband_village_coverage_min", Location.dataset()));
    assertEquals(List.of(), run(rule, villages(9, 10)));
    List<Finding> below = run(rule, villages(8, 10));
    assertEquals(1, below.size());
    assertEquals("0.8000", below.get(0).observed());
    assertTrue(rule.accepts(Village.class));
    assertFalse(rule.accepts(Brand.class));
  }

  private static Dataset villages(int withBroadband, int all) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < all; i++) {
      b.add(village(i, i < withBroadband));
    }
    return b.build();
  }
}
