package org.epar.store;

import java.time.Instant;
import java.util.List;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.Timeliness;
import org.epar.grpc.TestReports;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.validation.Finding;
import org.epar.validation.Severity;

/**
 * Contractors and submissions for the store tests; the reports are sdk-grpc's {@link TestReports}.
 */
final class StoreFixtures {

  static final CreditCode A = TestReports.A;
  static final CreditCode B = TestReports.B;
  static final DivisionCode DAMING = TestReports.DAMING;

  /** A receive time with nanoseconds that a microsecond column would lose. */
  static final Instant RECEIVED = Instant.parse("2018-04-03T02:00:00.123456789Z");

  private StoreFixtures() {}

  /** A daily report with {@code records} transactions, shipments and device days each. */
  static DailyReport daily(CreditCode reporter, String day, int records) {
    return TestReports.daily(reporter, day, records, records, records);
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
