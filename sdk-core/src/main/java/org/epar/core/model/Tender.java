package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.id.CreditCode;
import org.jspecify.annotations.Nullable;

/**
 * A public tender for a programme item (DM-FUND-04).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the tender's id; may be null
 * @param fund id of the fund; may be null
 * @param publicTender whether it was a public tender (公开招标)
 * @param winner the contractor chosen; may be null
 * @param publishedOn when it was published; may be null
 * @param awardedOn when it was awarded; may be null
 * @since 0.1.0
 */
public record Tender(
    @Nullable String id,
    @Nullable String fund,
    boolean publicTender,
    @Nullable CreditCode winner,
    @Nullable LocalDate publishedOn,
    @Nullable LocalDate awardedOn) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
