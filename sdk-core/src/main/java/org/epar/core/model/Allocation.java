package org.epar.core.model;

import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An amount of a fund plan assigned to a category (DM-FUND-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the allocation's id; may be null
 * @param plan id of the fund plan; may be null
 * @param category the category; may be null
 * @param amount the amount; may be null
 * @since 0.1.0
 */
public record Allocation(
    @Nullable String id,
    @Nullable String plan,
    @Nullable FundCategory category,
    @Nullable Money amount)
    implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
