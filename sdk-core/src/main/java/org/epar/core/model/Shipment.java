package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.id.CreditCode;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A shipment between two sites.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the shipment's id; may be null
 * @param fromSite id of the dispatching site; may be null
 * @param toSite id of the receiving site; may be null
 * @param carrier the express company; may be null
 * @param direction upward or downward; may be null
 * @param dispatchedOn when it was dispatched; may be null
 * @param deliveredOn when it was delivered; may be null
 * @param price the price charged; may be null
 * @param benchmarkPrice the mainstream platforms' price for the same region (DM-LOG-01); may be null
 * @since 0.1.0
 */
public record Shipment(
    @Nullable String id,
    @Nullable String fromSite,
    @Nullable String toSite,
    @Nullable CreditCode carrier,
    @Nullable Direction direction,
    @Nullable LocalDate dispatchedOn,
    @Nullable LocalDate deliveredOn,
    @Nullable Money price,
    @Nullable Money benchmarkPrice) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
