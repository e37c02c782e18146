package org.epar.validation.rules.daming;

import static org.epar.validation.rules.daming.DmSiteFixtures.BEFORE;
import static org.epar.validation.rules.daming.DmSiteFixtures.DEADLINE;
import static org.epar.validation.rules.daming.DmSiteFixtures.brand;
import static org.epar.validation.rules.daming.DmSiteFixtures.deviceDay;
import static org.epar.validation.rules.daming.DmSiteFixtures.enterprise;
import static org.epar.validation.rules.daming.DmSiteFixtures.product;
import static org.epar.validation.rules.daming.DmSiteFixtures.route;
import static org.epar.validation.rules.daming.DmSiteFixtures.shipment;
import static org.epar.validation.rules.daming.DmSiteFixtures.shop;
import static org.epar.validation.rules.daming.DmSiteFixtures.site;
import static org.epar.validation.rules.daming.DmSiteFixtures.township;
import static org.epar.validation.rules.daming.DmSiteFixtures.transaction;
import static org.epar.validation.rules.daming.DmSiteFixtures.validate;
import static org.epar.validation.rules.daming.DmSiteFixtures.validateSplit;
import static org.epar.validation.rules.daming.DmSiteFixtures.village;
import static org.epar.validation.rules.daming.DmSiteFixtures.villageCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Direction;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.EparRecord;
import org.epar.core.model.SiteType;
import org.epar.validation.Finding;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The DM site rules give the same findings however the input is split (combine is sound). */
class DmSiteSplitTest {

  private static final Set<String> IDS =
      Set.of(
          "DM-SITE-01",
          "DM-SITE-02",
          "DM-SITE-03",
          "DM-SITE-04",
          "DM-SITE-05",
          "DM-SITE-06",
          "DM-SITE-07",
          "DM-SITE-08",
          "DM-SITE-09",
          "DM-SITE-10",
          "DM-SITE-11",
          "DM-SITE-12",
          "DM-SVC-01",
          "DM-OPS-01",
          "DM-OPS-02",
          "DM-LOG-01",
          "DM-PROD-01",
          "DM-INC-01",
          "DM-TRACE-01");

  private static final SiteType[] TYPES = SiteType.values();

  /** One record of some kind, chosen and shaped by the seed. */
  private static EparRecord record(int seed) {
    int v = seed % 7 + 1;
    int kind = (seed / 7) % 12;
    String id = "x" + seed;
    LocalDate day = LocalDate.of(2018, 1 + seed % 5, 1 + seed % 27);
    switch (kind) {
      case 0:
        return village(v, seed % 1000, seed % 3 == 0, seed % 2 == 0);
      case 1:
        return site(id, SiteType.VILLAGE_STATION)
            .division(villageCode(v))
            .floorArea(Integer.toString(seed % 13))
            .build();
      case 2:
        SiteBuilderChoice c = new SiteBuilderChoice(seed);
        return c.build(id);
      case 3:
        return township("13042510" + (seed % 3) + "000");
      case 4:
        return route(id, "线路" + seed % 2, "00" + (10 + seed % 4), seed % 2 == 0);
      case 5:
        return deviceDay(seed % 3, seed % 40, seed % 4 != 0);
      case 6:
        return transaction(
            id,
            "x" + (7 * (seed % 5) + 7),
            day,
            seed % 2 == 0 ? Direction.DOWNWARD : Direction.UPWARD,
            seed % 70,
            "1000.00");
      case 7:
        return shipment(
            id,
            "x" + (7 * 2 + 2),
            "x" + (7 + 1),
            seed % 3 == 0 ? Direction.UPWARD : Direction.DOWNWARD,
            day,
            day.plusDays(seed % 10),
            "8.00",
            seed % 2 == 0 ? "7.00" : "9.00");
      case 8:
        return enterprise(
            "03" + seed % 5,
            seed % 2 == 0 ? EnterpriseRole.EXPRESS_COMPANY : EnterpriseRole.TRACEABILITY_MEMBER,
            seed % 3 == 0 ? "10.00" : null);
      case 9:
        return brand(id, seed % 4 == 0 ? BrandKind.COUNTY_PUBLIC : BrandKind.PRODUCT);
      case 10:
        return product(id, seed % 2 == 0, seed % 5 == 0, seed % 3 == 0, "03" + seed % 5);
      default:
        return shop(id, seed % 2 == 0, seed % 3 != 0, (seed * 997 % 60000) + ".00");
    }
  }

  /** A site of any type for the per-site standards. */
  private record SiteBuilderChoice(int seed) {
    EparRecord build(String id) {
      return site(id, TYPES[seed % TYPES.length])
          .division(villageCode(seed % 7 + 1))
          .floorArea(Integer.toString(seed % 900))
          .funded()
          .build();
    }
  }

  private static List<Finding> mine(ValidationReport r) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (IDS.contains(f.ruleId())) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void dmSiteRules_sameFindingsForAnySplit() {
    qt().withExamples(40)
        .forAll(
            lists().of(integers().between(0, 5000)).ofSizeBetween(0, 120), integers().between(0, 1))
        .check(
            (seeds, late) -> {
              List<EparRecord> records = new ArrayList<>();
              for (int s : seeds) {
                records.add(record(s));
              }
              LocalDate asOf = late == 1 ? DEADLINE : BEFORE;
              return mine(validate(asOf, records)).equals(mine(validateSplit(asOf, records)));
            });
  }
}
