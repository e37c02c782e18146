package org.epar.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A version of a fund allocation plan (资金分配方案).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the plan's id; may be null
 * @param fund id of the fund; may be null
 * @param version the plan's version, 1 for the approved original
 * @param approvalReference the approval document of a changed version (DM-VETO-02); may be null
 * @param publishedOn first day of public disclosure (DM-FUND-04); may be null
 * @param reportedOn when it was reported to the province; may be null
 * @param carriedOutOn when it started to be carried out; may be null
 * @since 0.1.0
 */
public record FundPlan(
    @Nullable String id,
    @Nullable String fund,
    int version,
    @Nullable String approvalReference,
    @Nullable LocalDate publishedOn,
    @Nullable LocalDate reportedOn,
    @Nullable LocalDate carriedOutOn) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
