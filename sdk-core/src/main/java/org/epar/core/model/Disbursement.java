package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.id.CreditCode;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payment out of a fund (DM-FUND-05).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the disbursement's id; may be null
 * @param fund id of the fund; may be null
 * @param allocation id of the allocation it pays; may be null
 * @param kind advance, progress, retention or final; may be null
 * @param amount the amount; may be null
 * @param date the payment date; may be null
 * @param payee the contractor paid; may be null
 * @since 0.1.0
 */
public record Disbursement(
    @Nullable String id,
    @Nullable String fund,
    @Nullable String allocation,
    @Nullable DisbursementKind kind,
    @Nullable Money amount,
    @Nullable LocalDate date,
    @Nullable CreditCode payee) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
