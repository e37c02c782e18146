package org.epar.core.model;

import java.util.List;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * A manual monthly report (月报, DM-RPT-01; 月通报, HN-RPT-01): progress, disbursements, training,
 * sites.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param header the header; may be null
 * @param progress construction and disbursement progress; may be null
 * @param statistics the statistics of HLJ-RPT-01; may be null
 * @param disbursements disbursements of the month
 * @param trainingSessions training sessions of the month
 * @param attendances attendances of the month
 * @param sites sites opened or changed in the month
 * @since 0.1.0
 */
public record MonthlyReport(
    @Nullable ReportHeader header,
    @Nullable Progress progress,
    @Nullable ReportStatistics statistics,
    List<Disbursement> disbursements,
    List<TrainingSession> trainingSessions,
    List<Attendance> attendances,
    List<Site> sites) implements Report {

  /** Copies collections; a null collection becomes empty. */
  public MonthlyReport {
    disbursements = Copies.list(disbursements);
    trainingSessions = Copies.list(trainingSessions);
    attendances = Copies.list(attendances);
    sites = Copies.list(sites);
  }

  @Override
  public String key() {
    return header == null || header.idempotencyKey() == null ? "" : header.idempotencyKey();
  }
}
