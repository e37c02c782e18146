package org.epar.store;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatus;
import org.epar.core.model.Shipment;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.core.period.Timeliness;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.validation.Finding;
import org.epar.validation.Severity;

/** Contractors, reports and submissions for the store tests. */
final class StoreFixtures {

  static final CreditCode A = CreditCode.of("91130425MA0A1B2C3P");
  static final CreditCode B = CreditCode.of("91130425MA0A1B2C4T");
  static final DivisionCode DAMING = DivisionCode.of("130425");

  /** A receive time with nanoseconds that a microsecond column would lose. */
  static final Instant RECEIVED = Instant.parse("2018-04-03T02:00:00.123456789Z");

  private StoreFixtures() {}

  static ReportHeader header(CreditCode reporter, ReportType type, String period) {
    return new ReportHeader(reporter, DAMING, type, ReportingPeriod.parse(period), null, null);
  }

  static DailyReport daily(CreditCode reporter, String day, int records) {
    LocalDate date = ReportingPeriod.parse(day).start();
    List<Transaction> t = new ArrayList<>();
    List<Shipment> s = new ArrayList<>();
    List<DeviceDay> d = new ArrayList<>();
    for (int i = 0; i < records; i++) {
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
      d.add(new DeviceDay("dev" + i, "site-1", date, i % 2 == 0));
    }
    return new DailyReport(header(reporter, ReportType.DAILY, day), t, s, d);
  }

  static MonthlyReport monthly(CreditCode reporter, String month, long... amountsFen) {
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

  static QuarterlyReport quarterly(CreditCode reporter, String quarter, String summary) {
    return new QuarterlyReport(
        header(reporter, ReportType.QUARTERLY, quarter), null, null, summary);
  }

  static AnnualReport annual(CreditCode reporter, String year, String summary) {
    return new AnnualReport(
        header(reporter, ReportType.ANNUAL, year),
        null,
        null,
        null,
        null,
        Map.of("training_rate", new BigDecimal("0.82")),
        summary);
  }

  static final List<Finding> FINDINGS =
      List.of(
          FindingText.stored(
              "CORE-MONEY-01",
              Severity.ERROR,
              "disbursement/d0/amount",
              "An amount must not be negative.",
              "金额不能为负数。"),
          FindingText.stored(
              "TEST-SUMMARY-01",
              Severity.WARNING,
              "report//summary",
              "The summary is missing.",
              "缺少总结。"),
          FindingText.stored(
              "DM-TARGET-01", Severity.INFO, "dataset//", "Progress 45%.", "进度 45%。"),
          FindingText.stored(
              "DM-VETO-01", Severity.VETO, "fund/f1/", "Veto \"item\" \\ breached.", "一票否决项未达标。"));

  /** A submission of {@code report} under this id and request id. */
  static StoredSubmission submission(
      String id, CreditCode contractor, String requestId, Report report) {
    ReportHeader h = report.header();
    return new StoredSubmission(
        id,
        contractor,
        requestId,
        sha(report),
        h.type(),
        h.period().id(),
        ReportStatus.ACCEPTED,
        Timeliness.ON_TIME,
        h.period().end().plusDays(5),
        RECEIVED,
        3,
        FINDINGS.subList(1, 3),
        report);
  }

  /** A daily submission. */
  static StoredSubmission daily(String id, CreditCode contractor, String requestId) {
    return submission(id, contractor, requestId, daily(contractor, "20180402", 2));
  }

  /** A stand-in content hash: 64 hex digits derived from the report's hash code. */
  static String sha(Report report) {
    return String.format("%064x", report.hashCode() & 0xffffffffL);
  }

  /** The server's id form: 16 hex digits. */
  static String id(long n) {
    return String.format("%016x", n);
  }
}
