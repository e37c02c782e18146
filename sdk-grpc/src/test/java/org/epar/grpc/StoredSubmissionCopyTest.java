package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.core.period.Timeliness;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.validation.CompactFindings;
import org.epar.validation.Finding;
import org.junit.jupiter.api.Test;

/** {@link StoredSubmission#withId} and {@link StoredSubmission#withContent}, what stores copy. */
class StoredSubmissionCopyTest {

  private static final MonthlyReport REPORT =
      TestReports.monthly(A, "201803", 100_00L, -5_00L, -7_00L, -1L);

  private static final List<Finding> FINDINGS =
      ProfileReportValidatorTest.damingOnly().validate(REPORT, Principal.allScopes(A)).findings();

  @Test
  void withId_changesTheIdAlone() {
    StoredSubmission s = submission();
    StoredSubmission t = s.withId("0002");
    assertEquals("0002", t.id());
    assertNotEquals(s, t);
    assertEquals(s, t.withId(s.id()), "every other component is the same");
    assertThrows(NullPointerException.class, () -> s.withId(null));
  }

  @Test
  void withContent_changesFindingsAndReportAlone_compactFindingsKeptAsTheyAre() {
    assertFalse(FINDINGS.isEmpty());
    StoredSubmission s = submission();
    List<Finding> compact = CompactFindings.of(FINDINGS);
    DailyReport other = TestReports.daily(A, "20180402", 1, 0, 0);
    StoredSubmission t = s.withContent(compact, other);
    assertSame(compact, t.findings(), "a compact list is kept as it is");
    assertSame(other, t.report());
    assertEquals(s.withContent(FINDINGS, other), t, "the same findings, compact or not");
    assertEquals(s, t.withContent(s.findings(), s.report()), "every other component is the same");
    List<Finding> mutable = new ArrayList<>(FINDINGS);
    StoredSubmission u = s.withContent(mutable, s.report());
    mutable.clear();
    assertEquals(FINDINGS, u.findings(), "another list is copied");
    assertThrows(NullPointerException.class, () -> s.withContent(FINDINGS, null));
  }

  private static StoredSubmission submission() {
    return new StoredSubmission(
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
        FINDINGS,
        REPORT);
  }
}
