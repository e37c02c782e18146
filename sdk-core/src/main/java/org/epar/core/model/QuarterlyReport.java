package org.epar.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A quarterly summary (季小结, HN-RPT-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param header the header; may be null
 * @param progress construction and disbursement progress; may be null
 * @param statistics the statistics of HLJ-RPT-01; may be null
 * @param summary the summary text; may be null
 * @since 0.1.0
 */
public record QuarterlyReport(
    @Nullable ReportHeader header,
    @Nullable Progress progress,
    @Nullable ReportStatistics statistics,
    @Nullable String summary)
    implements Report {

  @Override
  public String key() {
    return header == null || header.idempotencyKey() == null ? "" : header.idempotencyKey();
  }
}
