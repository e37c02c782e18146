package org.epar.validation.rules.daming;

import static org.epar.validation.rules.daming.DmSiteFixtures.BEFORE;
import static org.epar.validation.rules.daming.DmSiteFixtures.assertSilent;
import static org.epar.validation.rules.daming.DmSiteFixtures.only;
import static org.epar.validation.rules.daming.DmSiteFixtures.site;
import static org.epar.validation.rules.daming.DmSiteFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epar.core.model.Equipment;
import org.epar.core.model.Room;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** DM-SITE-04, -05, -06, -10 and DM-SVC-01: the standard of one site. */
class DmSiteRecordRulesTest {

  private static final String CENTRE = DmSiteCountyCentreRule.ID;

  @Test
  void dmSite04_centreAtStandard_isSilent() {
    ValidationReport r =
        validate(
            BEFORE,
            site("c1", SiteType.COUNTY_SERVICE_CENTRE).funded().build(),
            site("c2", SiteType.COUNTY_SERVICE_CENTRE).experienceArea("200").build(),
            site("c3", SiteType.COUNTY_SERVICE_CENTRE).experienceArea("100").build());
    assertSilent(r, CENTRE);
  }

  @Test
  void dmSite04_599SquareMetres_isErrorOnFloorArea() {
    Finding f =
        only(
            validate(BEFORE, site("c1", SiteType.COUNTY_SERVICE_CENTRE).floorArea("599").build()),
            CENTRE);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("site", f.location().objectType());
    assertEquals("c1", f.location().objectId());
    assertEquals("floor_area", f.location().path());
    assertEquals(0, f.location().index());
    assertEquals("floor_area 599 m²", f.observed());
    assertEquals("floor_area >= 600 m²", f.threshold());
  }

  @Test
  void dmSite04_missingRoomExperienceAreaOrSign_areFindings() {
    Finding rooms =
        only(
            validate(
                BEFORE, site("c1", SiteType.COUNTY_SERVICE_CENTRE).without(Room.MEETING).build()),
            CENTRE);
    assertEquals("rooms", rooms.location().path());
    assertEquals("missing rooms MEETING", rooms.observed());

    for (String area : new String[] {"99.99", "200.01", null}) {
      Finding rd =
          only(
              validate(
                  BEFORE, site("c1", SiteType.COUNTY_SERVICE_CENTRE).experienceArea(area).build()),
              CENTRE);
      assertEquals("experience_area", rd.location().path(), String.valueOf(area));
      assertEquals(Severity.ERROR, rd.severity());
    }

    Finding sign =
        only(
            validate(
                BEFORE,
                site("c1", SiteType.COUNTY_SERVICE_CENTRE)
                    .funded()
                    .without(Equipment.DEMONSTRATION_SIGN)
                    .build()),
            CENTRE);
    assertEquals("equipment", sign.location().path());
    assertTrue(sign.threshold().contains("电子商务进农村综合示范项目"), sign.threshold());
    // not funded: no sign needed
    assertSilent(
        validate(
            BEFORE,
            site("c1", SiteType.COUNTY_SERVICE_CENTRE)
                .without(Equipment.DEMONSTRATION_SIGN)
                .build()),
        CENTRE);
  }

  @Test
  void dmSite04_nullsDoNotThrow_andOtherSiteTypesAreIgnored() {
    Site bare =
        new Site(
            null,
            SiteType.COUNTY_SERVICE_CENTRE,
            null,
            null,
            null,
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            null,
            null,
            0);
    Finding f = only(validate(BEFORE, bare), CENTRE);
    assertEquals(4, f.count()); // floor area, rooms, experience area, sign
    assertSilent(
        validate(BEFORE, site("v", SiteType.VILLAGE_STATION).floorArea("5").build()), CENTRE);
  }

  @Test
  void dmSite05_warehouse799OrWithoutScanner_isError_800WithAll_isSilent() {
    String id = DmSiteLogisticsCentreRule.WAREHOUSE_ID;
    assertSilent(validate(BEFORE, site("w", SiteType.COUNTY_WAREHOUSE).build()), id);
    Finding area =
        only(
            validate(BEFORE, site("w", SiteType.COUNTY_WAREHOUSE).floorArea("799.99").build()), id);
    assertEquals(Severity.ERROR, area.severity());
    assertEquals("floor_area", area.location().path());
    Finding kit =
        only(
            validate(
                BEFORE,
                site("w", SiteType.COUNTY_WAREHOUSE)
                    .without(Equipment.SCANNER)
                    .without(Equipment.SHELVES)
                    .build()),
            id);
    assertEquals("equipment", kit.location().path());
    assertEquals("missing equipment SHELVES,SCANNER", kit.observed());
  }

  @Test
  void dmSite06_townshipCentre99OrWithoutComputer_isError_100WithAll_isSilent() {
    String id = DmSiteLogisticsCentreRule.TOWNSHIP_ID;
    SiteType t = SiteType.TOWNSHIP_DISTRIBUTION_CENTRE;
    assertSilent(validate(BEFORE, site("t", t).build()), id);
    Finding area = only(validate(BEFORE, site("t", t).floorArea("99").build()), id);
    assertEquals(Severity.ERROR, area.severity());
    assertEquals("t", area.location().objectId());
    assertEquals("floor_area", area.location().path());
    Finding kit = only(validate(BEFORE, site("t", t).without(Equipment.COMPUTER).build()), id);
    assertEquals("missing equipment COMPUTER", kit.observed());
    // a warehouse of 100 m² is not judged by the township standard
    assertSilent(
        validate(BEFORE, site("w", SiteType.COUNTY_WAREHOUSE).floorArea("99").build()), id);
  }

  @Test
  void dmSite10_stationWithoutTvAndLightBox_isError_withAll_isSilent() {
    String id = DmSiteStationEquipmentRule.ID;
    assertSilent(validate(BEFORE, site("v", SiteType.VILLAGE_STATION).build()), id);
    Finding f =
        only(
            validate(
                BEFORE,
                site("v", SiteType.VILLAGE_STATION)
                    .without(Equipment.TV_42_INCH)
                    .without(Equipment.LIGHT_BOX)
                    .build()),
            id);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("equipment", f.location().path());
    assertEquals("TV,LIGHT_BOX", f.observed());
    assertTrue(f.threshold().startsWith("COMPUTER,BACKDROP_WALL,TV,"), f.threshold());
  }

  @Test
  void dmSite10_recordedScreenSize_41InchesMisses42_42Meets() {
    String id = DmSiteStationEquipmentRule.ID;
    Finding f =
        only(validate(BEFORE, site("v", SiteType.VILLAGE_STATION).tvInches(41).build()), id);
    assertEquals("TV", f.observed());
    assertSilent(validate(BEFORE, site("v", SiteType.VILLAGE_STATION).tvInches(42).build()), id);
    // a recorded 43-inch TV counts even when the equipment set does not list the 42-inch item
    assertSilent(
        validate(
            BEFORE,
            site("v", SiteType.VILLAGE_STATION).without(Equipment.TV_42_INCH).tvInches(43).build()),
        id);
  }

  @Test
  void dmSvc01_stationWithoutCashWithdrawal_isWarning_withAll_isSilent() {
    String id = DmSiteServicesRule.ID;
    assertSilent(validate(BEFORE, site("v", SiteType.VILLAGE_STATION).build()), id);
    Finding f =
        only(
            validate(
                BEFORE,
                site("v", SiteType.VILLAGE_STATION).without(SiteService.CASH_WITHDRAWAL).build()),
            id);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("services", f.location().path());
    assertEquals("CASH_WITHDRAWAL", f.observed());
    assertTrue(
        validate(
                BEFORE,
                List.of(
                    site("v", SiteType.VILLAGE_STATION)
                        .without(SiteService.CASH_WITHDRAWAL)
                        .build()))
            .findings()
            .stream()
            .filter(x -> x.ruleId().equals(id))
            .allMatch(x -> !x.severity().blocksAcceptance()));
  }
}
