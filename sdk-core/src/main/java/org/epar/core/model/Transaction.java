package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A transaction recorded by a station or shop on one day.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the transaction's id; may be null
 * @param site id of the station; may be null
 * @param shop id of the shop; may be null
 * @param date the day; may be null
 * @param direction upward sale or proxy purchase; may be null
 * @param amount the amount; may be null
 * @param orders number of orders it stands for (at least 1 for a real transaction)
 * @param household id of the beneficiary household; may be null
 * @param product id of the product; may be null
 * @since 0.1.0
 */
public record Transaction(
    @Nullable String id,
    @Nullable String site,
    @Nullable String shop,
    @Nullable LocalDate date,
    @Nullable Direction direction,
    @Nullable Money amount,
    int orders,
    @Nullable String household,
    @Nullable String product) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
