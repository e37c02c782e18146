package org.epar.validation.rules.daming;

import static org.epar.validation.rules.daming.DmSiteFixtures.DEADLINE;
import static org.epar.validation.rules.daming.DmSiteFixtures.deviceDay;
import static org.epar.validation.rules.daming.DmSiteFixtures.enterprise;
import static org.epar.validation.rules.daming.DmSiteFixtures.shipment;
import static org.epar.validation.rules.daming.DmSiteFixtures.site;
import static org.epar.validation.rules.daming.DmSiteFixtures.station;
import static org.epar.validation.rules.daming.DmSiteFixtures.transaction;
import static org.epar.validation.rules.daming.DmSiteFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.EparRecord;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Shipment;
import org.epar.core.model.SiteType;
import org.epar.core.model.Transaction;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * One dataset, one reading: device days, transactions and shipments carried by daily reports count
 * for DM-OPS-01, DM-OPS-02 and DM-LOG-01 exactly as at top level (issue 17, class 2: they were
 * invisible inside a daily report).
 */
class DmCarriedRecordsTest {

  private static final List<String> RULES =
      List.of(DmSiteDeviceOnlineRule.ID, DmSiteStationTradeRule.ID, DmSiteLogisticsRule.ID);

  /** 20 device days of which 18 online (90%), 49 proxy orders a station-month, an 8-day parcel. */
  private static List<EparRecord> topLevel() {
    List<EparRecord> r = new ArrayList<>();
    r.add(enterprise("0101", EnterpriseRole.EXPRESS_COMPANY, null));
    r.add(enterprise("0102", EnterpriseRole.EXPRESS_COMPANY, null));
    r.add(site("w", SiteType.COUNTY_WAREHOUSE).build());
    r.add(station("s1", 1));
    r.add(station("s2", 2));
    for (int i = 0; i < 20; i++) {
      r.add(deviceDay(i % 2, i, i < 18));
    }
    int k = 0;
    for (String s : new String[] {"s1", "s2"}) {
      for (int month = 3; month <= 4; month++) {
        r.add(
            transaction(
                "t" + ++k, s, LocalDate.of(2018, month, 10), Direction.DOWNWARD, 49, "2000.00"));
      }
    }
    LocalDate d = LocalDate.of(2018, 5, 1);
    r.add(shipment("p1", "w", "s1", Direction.DOWNWARD, d, d.plusDays(8), null, null));
    return r;
  }

  /** The same records, every transaction, shipment and device day moved into daily reports. */
  private static List<EparRecord> packed(List<EparRecord> flat, int reports) {
    List<EparRecord> out = new ArrayList<>();
    List<List<Transaction>> tx = new ArrayList<>();
    List<List<Shipment>> sh = new ArrayList<>();
    List<List<DeviceDay>> dd = new ArrayList<>();
    for (int i = 0; i < reports; i++) {
      tx.add(new ArrayList<>());
      sh.add(new ArrayList<>());
      dd.add(new ArrayList<>());
    }
    int n = 0;
    for (EparRecord r : flat) {
      if (r instanceof Transaction t) {
        tx.get(n++ % reports).add(t);
      } else if (r instanceof Shipment s) {
        sh.get(n++ % reports).add(s);
      } else if (r instanceof DeviceDay d) {
        dd.get(n++ % reports).add(d);
      } else {
        out.add(r);
      }
    }
    for (int i = 0; i < reports; i++) {
      out.add(new DailyReport(header("dr-" + i, null), tx.get(i), sh.get(i), dd.get(i)));
    }
    return out;
  }

  private static ReportHeader header(String key, OffsetDateTime submittedAt) {
    return new ReportHeader(
        null,
        DivisionCode.of("130425"),
        ReportType.DAILY,
        ReportingPeriod.day(LocalDate.of(2018, 12, 31)),
        key,
        submittedAt);
  }

  private static List<String> summary(ValidationReport r) {
    return r.findings().stream()
        .filter(f -> RULES.contains(f.ruleId()))
        .map(
            f ->
                f.ruleId()
                    + " "
                    + f.severity()
                    + " "
                    + f.location().objectId()
                    + " "
                    + f.observed()
                    + " x"
                    + f.count())
        .toList();
  }

  @Test
  void opsAndLogisticsRules_seeRecordsInsideDailyReports_asAtTopLevel() {
    List<EparRecord> flat = topLevel();
    ValidationReport top = validate(DEADLINE, flat);
    List<String> expected = summary(top);
    for (String rule : RULES) {
      assertTrue(
          top.findings(rule).stream().anyMatch(f -> f.severity() == Severity.ERROR),
          rule + " must give an ERROR at top level: " + expected);
    }
    assertEquals(expected, summary(validate(DEADLINE, packed(flat, 1))));
    assertEquals(expected, summary(validate(DEADLINE, packed(flat, 3))));
  }

  @Test
  void aCarriedShipmentsFinding_namesTheShipmentAndItsReport() {
    ValidationReport r = validate(DEADLINE, packed(topLevel(), 1));
    Finding f =
        r.findings(DmSiteLogisticsRule.ID).stream()
            .filter(x -> x.location().objectType().equals("shipment"))
            .findFirst()
            .orElseThrow();
    assertEquals("p1", f.location().objectId());
    assertEquals("daily_report/dr-0", f.location().carrier());
    assertEquals(5, f.location().index(), "the report's input position");
  }
}
