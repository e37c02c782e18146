package org.epar.grpc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Progress;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Shipment;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;

/**
 * Two contractors of Daming county and small reports of every type: the test data of sdk-grpc's
 * service tests and, through sdk-grpc's test jar, of sdk-store's store tests. No personal data.
 */
public final class TestReports {

  /** The first contractor. */
  public static final CreditCode A = CreditCode.of("91130425MA0A1B2C3P");

  /** The second contractor, also the carrier of the shipments. */
  public static final CreditCode B = CreditCode.of("91130425MA0A1B2C4T");

  /** Daming county, the county of every report. */
  public static final DivisionCode DAMING = DivisionCode.of("130425");

  private TestReports() {}

  public static ReportHeader header(CreditCode reporter, ReportType type, String period) {
    return new ReportHeader(reporter, DAMING, type, ReportingPeriod.parse(period), null, null);
  }

  /**
   * A daily report with {@code tx} transactions, {@code ship} shipments and {@code devices} device
   * days.
   */
  public static DailyReport daily(CreditCode reporter, String day, int tx, int ship, int devices) {
    LocalDate date = ReportingPeriod.parse(day).start();
    List<Transaction> t = new ArrayList<>();
    for (int i = 0; i < tx; i++) {
      t.add(
          new Transaction(
              "t" + i,
              "site-1",
              null,
              date,
              Direction.UPWARD,
              Money.ofFen(100 + i),
              1,
              "h" + i,
              null));
    }
    List<Shipment> s = new ArrayList<>();
    for (int i = 0; i < ship; i++) {
      s.add(
          new Shipment(
              "s" + i,
              "site-1",
              "site-2",
              B,
              Direction.DOWNWARD,
              date,
              null,
              Money.ofYuan(5),
              null));
    }
    List<DeviceDay> d = new ArrayList<>();
    for (int i = 0; i < devices; i++) {
      d.add(new DeviceDay("dev" + i, "site-1", date, i % 2 == 0));
    }
    return new DailyReport(header(reporter, ReportType.DAILY, day), t, s, d);
  }

  public static MonthlyReport monthly(CreditCode reporter, String month, long... amountsFen) {
    List<Disbursement> ds = new ArrayList<>();
    for (int i = 0; i < amountsFen.length; i++) {
      ds.add(
          new Disbursement(
              "d" + i,
              "fund-1",
              null,
              DisbursementKind.PROGRESS,
              Money.ofFen(amountsFen[i]),
              null,
              reporter));
    }
    return new MonthlyReport(
        header(reporter, ReportType.MONTHLY, month),
        new Progress(new BigDecimal("0.45"), new BigDecimal("0.30")),
        null,
        ds,
        null,
        null,
        null);
  }

  public static QuarterlyReport quarterly(CreditCode reporter, String quarter, String summary) {
    return new QuarterlyReport(
        header(reporter, ReportType.QUARTERLY, quarter), null, null, summary);
  }

  public static AnnualReport annual(CreditCode reporter, String year, String summary) {
    return new AnnualReport(
        header(reporter, ReportType.ANNUAL, year),
        null,
        null,
        null,
        null,
        Map.of("training_rate", new BigDecimal("0.82")),
        summary);
  }
}
