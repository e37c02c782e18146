package org.epar.grpc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.epar.core.model.Shipment;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.validation.Finding;
import org.epar.validation.Severity;

/** Contractors, tokens, a small real validator and reports for the service tests. */
final class Fixtures {

  static final CreditCode A = CreditCode.of("91130425MA0A1B2C3P");
  static final CreditCode B = CreditCode.of("91130425MA0A1B2C4T");
  static final String TOKEN_A = "token-a";
  static final String TOKEN_B = "token-b";
  static final String TOKEN_A_READ_ONLY = "token-a-read";
  static final DivisionCode DAMING = DivisionCode.of("130425");

  /**
   * 2018-04-03 10:00 in Beijing: 201803 monthly (due 04-05) on time, 2017 annual (due 01-31) late.
   */
  static final Clock CLOCK =
      Clock.fixed(
          ZonedDateTime.of(2018, 4, 3, 10, 0, 0, 0, EparServer.CHINA).toInstant(),
          EparServer.CHINA);

  private Fixtures() {}

  static StaticTokenAuthenticator authenticator() {
    return StaticTokenAuthenticator.fromMap(
        Map.of(
            TOKEN_A, Principal.allScopes(A),
            TOKEN_B, Principal.allScopes(B),
            TOKEN_A_READ_ONLY, new Principal(A, Set.of(Principal.READ))));
  }

  /**
   * A small real validator: a negative amount is an ERROR (CORE-MONEY-01); a quarterly or annual
   * report without a summary gets a WARNING (TEST-SUMMARY-01).
   */
  static final ReportValidator VALIDATOR =
      (Report report, Principal who) -> {
        List<Finding> findings = new ArrayList<>();
        if (report instanceof DailyReport d) {
          for (int i = 0; i < d.transactions().size(); i++) {
            negative(
                d.transactions().get(i).amount(),
                "transaction//transactions[" + i + "].amount_fen",
                findings);
          }
        } else if (report instanceof MonthlyReport m) {
          for (int i = 0; i < m.disbursements().size(); i++) {
            negative(
                m.disbursements().get(i).amount(),
                "disbursement//disbursements[" + i + "].amount_fen",
                findings);
          }
        } else if (report instanceof QuarterlyReport q && q.summary() == null
            || report instanceof AnnualReport a && a.summary() == null) {
          findings.add(
              FindingText.stored(
                  "TEST-SUMMARY-01",
                  Severity.WARNING,
                  "report//summary",
                  "The summary is missing.",
                  "缺少总结。"));
        }
        return ValidationOutcome.of(findings);
      };

  private static void negative(Money m, String where, List<Finding> findings) {
    if (m != null && m.isNegative()) {
      findings.add(
          FindingText.stored(
              "CORE-MONEY-01",
              Severity.ERROR,
              where,
              "An amount must not be negative.",
              "金额不能为负数。"));
    }
  }

  static ReportHeader header(CreditCode reporter, ReportType type, String period) {
    return new ReportHeader(reporter, DAMING, type, ReportingPeriod.parse(period), null, null);
  }

  static DailyReport daily(CreditCode reporter, String day, int tx, int ship, int devices) {
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
}
