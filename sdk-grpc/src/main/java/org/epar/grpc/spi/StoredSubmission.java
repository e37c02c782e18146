package org.epar.grpc.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.epar.core.id.CreditCode;
import org.epar.core.model.Report;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.core.period.Timeliness;
import org.epar.validation.CompactFindings;
import org.epar.validation.Finding;

/**
 * A submission as the server kit hands it to a {@link SubmissionStore}: the whole report and its
 * outcome.
 *
 * @param id the server-assigned id; ids sort in the order submissions were received
 * @param contractor the authenticated contractor that submitted it
 * @param requestId the client's request id, unique per contractor
 * @param contentSha256 lower-case hex SHA-256 of the report's canonical protobuf bytes
 * @param type the kind of report
 * @param period the report's period id, e.g. {@code 201803}
 * @param status accepted or rejected
 * @param timeliness on time or late
 * @param deadline the period's deadline
 * @param receivedAt when the complete report was received
 * @param recordCount how many records the report carried
 * @param findings all validation findings, their observed values masked (a {@link CompactFindings}
 *     list is kept as it is, other lists are copied)
 * @param report the report
 * @since 0.1.0
 */
public record StoredSubmission(
    String id,
    CreditCode contractor,
    String requestId,
    String contentSha256,
    ReportType type,
    String period,
    ReportStatus status,
    Timeliness timeliness,
    LocalDate deadline,
    Instant receivedAt,
    int recordCount,
    List<Finding> findings,
    Report report) {

  /**
   * Checks for nulls and copies the findings.
   *
   * @throws NullPointerException if an argument is null
   */
  public StoredSubmission {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contractor, "contractor");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(contentSha256, "contentSha256");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timeliness, "timeliness");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(report, "report");
    findings = findings instanceof CompactFindings ? findings : List.copyOf(findings);
  }

  /**
   * The division the report covers (its header's scope) in 12-digit form, or empty when the header
   * has no valid scope; what {@link SubmissionStore#listInDivision} selects by.
   *
   * @return the division, or {@code ""}
   * @since 0.2.0
   */
  public String division() {
    var h = report.header();
    if (h == null || h.scope() == null || !h.scope().isValid()) {
      return "";
    }
    return h.scope().value();
  }

  /**
   * This submission under another id, everything else the same: what a store that assigns its own
   * ids keeps.
   *
   * @param newId the id
   * @return the copy
   * @throws NullPointerException if {@code newId} is null
   * @since 0.2.0
   */
  public StoredSubmission withId(String newId) {
    return new StoredSubmission(
        newId,
        contractor,
        requestId,
        contentSha256,
        type,
        period,
        status,
        timeliness,
        deadline,
        receivedAt,
        recordCount,
        findings,
        report);
  }

  /**
   * This submission with other findings and another report, everything else the same: what a store
   * that keeps findings or reports in a form of its own (compact findings, a rejected report's
   * header) keeps.
   *
   * @param newFindings the findings (a {@link CompactFindings} list is kept as it is)
   * @param newReport the report
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public StoredSubmission withContent(List<Finding> newFindings, Report newReport) {
    return new StoredSubmission(
        id,
        contractor,
        requestId,
        contentSha256,
        type,
        period,
        status,
        timeliness,
        deadline,
        receivedAt,
        recordCount,
        newFindings,
        newReport);
  }

  /** Identifies the submission without its content (which may hold personal data). */
  @Override
  public String toString() {
    return "StoredSubmission["
        + id
        + " "
        + type
        + " "
        + period
        + " "
        + status
        + " "
        + timeliness
        + "]";
  }
}
