package org.epar.core.model;

import org.epar.core.id.DivisionCode;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * E-commerce statistics of a division for one year (GD-GROW-01, DM-GROW-01, CQ-GROW-01, HLJ-
 * GROW-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param division the division; may be null
 * @param year the year
 * @param transactionVolume e-commerce transaction volume; may be null
 * @param ruralOnlineRetail rural online retail sales; may be null
 * @param agriculturalOnlineRetail agricultural online retail sales; may be null
 * @param poorHouseholdsSelling registered poor households selling their products online
 * @param poorHouseholdsBuyingInputs registered poor households buying inputs online
 * @param peopleLiftedOut poor people lifted out of poverty
 * @since 0.1.0
 */
public record AreaStatistics(
    @Nullable DivisionCode division,
    int year,
    @Nullable Money transactionVolume,
    @Nullable Money ruralOnlineRetail,
    @Nullable Money agriculturalOnlineRetail,
    int poorHouseholdsSelling,
    int poorHouseholdsBuyingInputs,
    int peopleLiftedOut) implements EparRecord {

  @Override
  public String key() {
    return (division == null ? "" : division.raw()) + "/" + year;
  }
}
