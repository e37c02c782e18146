package org.epar.grpc;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Report;
import org.epar.core.money.Money;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.validation.Finding;
import org.epar.validation.Severity;

/**
 * Contractors, tokens and a small real validator for the service tests; the reports are {@link
 * TestReports}.
 */
final class Fixtures {

  static final CreditCode A = TestReports.A;
  static final CreditCode B = TestReports.B;
  static final String TOKEN_A = "token-a";
  static final String TOKEN_B = "token-b";
  static final String TOKEN_A_READ_ONLY = "token-a-read";
  static final DivisionCode DAMING = TestReports.DAMING;

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
}
