package org.epar.core.model;

import java.math.BigDecimal;
import java.util.Map;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * An annual report (年报 / 年总结, DM-RPT-01, HN-RPT-01): self-evaluation, fund performance and
 * indicators.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param header the header; may be null
 * @param progress construction and disbursement progress; may be null
 * @param statistics the statistics of HLJ-RPT-01; may be null
 * @param selfEvaluation the performance self-evaluation (DM-FUND-07); may be null
 * @param fundPerformance fund use and results (GD-FUND-01); may be null
 * @param indicators evaluation indicators by name (HN-RPT-01: 7 aspects, 20 indicators)
 * @param summary the summary text; may be null
 * @since 0.1.0
 */
public record AnnualReport(
    @Nullable ReportHeader header,
    @Nullable Progress progress,
    @Nullable ReportStatistics statistics,
    @Nullable SelfEvaluation selfEvaluation,
    @Nullable FundPerformance fundPerformance,
    Map<String, BigDecimal> indicators,
    @Nullable String summary) implements Report {

  /** Copies collections; a null collection becomes empty. */
  public AnnualReport {
    indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
  }

  @Override
  public String key() {
    return header == null || header.idempotencyKey() == null ? "" : header.idempotencyKey();
  }
}
