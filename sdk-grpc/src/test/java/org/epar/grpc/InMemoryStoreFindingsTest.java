package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.core.period.Timeliness;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.validation.CompactFindings;
import org.epar.validation.Finding;
import org.junit.jupiter.api.Test;

/** The in-memory store keeps findings compactly and reads back exactly the validator's findings. */
class InMemoryStoreFindingsTest {

  @Test
  void validatorsFindings_storedCompactly_readBackEqual() {
    MonthlyReport m = TestReports.monthly(A, "201803", 100_00L, -5_00L, -7_00L, -1L);
    ValidationOutcome outcome =
        ProfileReportValidatorTest.damingOnly().validate(m, Principal.allScopes(A));
    List<Finding> findings = outcome.findings();
    assertFalse(findings.isEmpty());
    StoredSubmission s =
        new StoredSubmission(
            "0001",
            A,
            "m-1",
            "0".repeat(64),
            ReportType.MONTHLY,
            "201803",
            ReportStatus.REJECTED,
            Timeliness.ON_TIME,
            LocalDate.of(2018, 4, 10),
            Instant.parse("2018-04-03T02:00:00Z"),
            4,
            findings,
            m);
    InMemorySubmissionStore store = new InMemorySubmissionStore();
    assertSame(s, store.putIfAbsent(s), "the submission given is returned when stored");
    StoredSubmission kept = store.get(A, "0001").orElseThrow();
    assertInstanceOf(CompactFindings.class, kept.findings());
    assertEquals(findings, kept.findings());
    for (int i = 0; i < findings.size(); i++) {
      assertEquals(findings.get(i).messageEn(), kept.findings().get(i).messageEn());
      assertEquals(findings.get(i).messageZh(), kept.findings().get(i).messageZh());
    }
    assertEquals(s.contentSha256(), kept.contentSha256());
    assertEquals(s.recordCount(), kept.recordCount());
    assertSame(kept, store.putIfAbsent(s), "a resend gets the stored copy");
  }

  @Test
  void rejectedReport_keptWithItsHeaderAlone_acceptedReportKeptWhole() {
    MonthlyReport m = TestReports.monthly(A, "201803", 100_00L, -5_00L, -7_00L, -1L);
    assertFalse(m.disbursements().isEmpty());
    InMemorySubmissionStore store = new InMemorySubmissionStore();
    store.putIfAbsent(submission("0001", "m-1", ReportStatus.REJECTED, m));
    store.putIfAbsent(submission("0002", "m-2", ReportStatus.ACCEPTED, m));
    StoredSubmission rejected = store.get(A, "0001").orElseThrow();
    MonthlyReport kept = (MonthlyReport) rejected.report();
    assertEquals(m.header(), kept.header());
    assertEquals(
        new MonthlyReport(m.header(), null, null, List.of(), List.of(), List.of(), List.of()),
        kept);
    // what the header is read for still works: the division and a county's visibility
    assertEquals(m.header().scope().value(), rejected.division());
    assertEquals(
        List.of("0001", "0002"),
        store.listInDivision(m.header().scope(), null, 10).stream()
            .map(StoredSubmission::id)
            .toList());
    assertEquals(m, store.get(A, "0002").orElseThrow().report());
  }

  @Test
  void headerOnly_everyReportType_keepsTheHeaderAndNothingElse() {
    MonthlyReport m = TestReports.monthly(A, "201803", 100_00L, -5_00L, -7_00L, -1L);
    var h = m.header();
    var daily = InMemorySubmissionStore.headerOnly(TestReports.daily(A, "20180402", 3, 1, 1));
    assertInstanceOf(org.epar.core.model.DailyReport.class, daily);
    assertEquals(0, ((org.epar.core.model.DailyReport) daily).transactions().size());
    var quarterly =
        InMemorySubmissionStore.headerOnly(
            new org.epar.core.model.QuarterlyReport(h, null, null, "summary"));
    assertEquals(new org.epar.core.model.QuarterlyReport(h, null, null, null), quarterly);
    var annual =
        InMemorySubmissionStore.headerOnly(
            new org.epar.core.model.AnnualReport(
                h, null, null, null, null, java.util.Map.of("k", java.math.BigDecimal.ONE), "s"));
    assertEquals(
        new org.epar.core.model.AnnualReport(h, null, null, null, null, java.util.Map.of(), null),
        annual);
  }

  private static StoredSubmission submission(
      String id, String requestId, ReportStatus status, MonthlyReport m) {
    return new StoredSubmission(
        id,
        A,
        requestId,
        "0".repeat(64),
        ReportType.MONTHLY,
        "201803",
        status,
        Timeliness.ON_TIME,
        LocalDate.of(2018, 4, 10),
        Instant.parse("2018-04-03T02:00:00Z"),
        4,
        List.of(),
        m);
  }
}
