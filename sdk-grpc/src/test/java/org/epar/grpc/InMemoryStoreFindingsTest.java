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
    assertEquals(s, kept);
    assertSame(kept, store.putIfAbsent(s), "a resend gets the stored copy");
  }
}
