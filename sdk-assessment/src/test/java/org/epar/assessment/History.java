package org.epar.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Direction;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatus;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.DeadlinePolicy;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.spi.StoredSubmission;

/** Stored submissions as the server would have kept them, for the assessment tests. */
final class History {

  static final CreditCode A = CreditCode.of("91130425MA0A1B2C3P");
  static final CreditCode B = CreditCode.of("91130425MA0A1B2C4T");
  static final CreditCode C = CreditCode.of("91130425MA0A1B2C5X");
  static final List<CreditCode> CONTRACTORS = List.of(A, B, C);

  /** Daming, a village of Daming, and the next county. */
  static final List<String> SCOPES = List.of("130425", "130425100001", "130432");

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private History() {}

  /** A daily report of {@code day} with {@code tx} transactions, one negative if asked. */
  static DailyReport daily(
      CreditCode reporter,
      String scope,
      LocalDate day,
      int tx,
      boolean negative,
      LocalDate submittedOn) {
    List<Transaction> t = new ArrayList<>();
    for (int i = 0; i < tx; i++) {
      t.add(
          new Transaction(
              "T-" + day + "-" + i,
              "S-1",
              null,
              day,
              Direction.UPWARD,
              Money.ofFen(negative && i == 0 ? -100 : 100 + i),
              1,
              null,
              null));
    }
    ReportHeader h =
        new ReportHeader(
            reporter,
            DivisionCode.of(scope),
            ReportType.DAILY,
            ReportingPeriod.day(day),
            null,
            submittedOn.atTime(10, 0).atZone(CHINA).toOffsetDateTime());
    return new DailyReport(h, t, List.of(), List.of());
  }

  /** The stored submission of a daily report received on {@code receivedOn}. */
  static StoredSubmission stored(
      long n, CreditCode contractor, DailyReport r, ReportStatus status, LocalDate receivedOn) {
    ReportingPeriod p = r.header().period();
    Instant at = receivedOn.atTime(10, 0).atZone(CHINA).toInstant();
    DeadlinePolicy d = DeadlinePolicy.defaults();
    return new StoredSubmission(
        String.format("%016x", n),
        contractor,
        "r-" + n,
        String.format("%064x", n),
        ReportType.DAILY,
        p.id(),
        status,
        d.timeliness(ReportType.DAILY, p, receivedOn),
        d.deadline(ReportType.DAILY, p),
        at,
        r.transactions().size(),
        List.of(),
        r);
  }
}
