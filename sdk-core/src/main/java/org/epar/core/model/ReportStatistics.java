package org.epar.core.model;

import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The periodic statistics HLJ 六 6 asks for (HLJ-RPT-01); a missing value is null.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param onlineShops number of online shops; may be null
 * @param salesVolume sales volume (orders); may be null
 * @param transactionAmount transaction amount; may be null
 * @param poorVillagesDriven poor villages driven to sell products; may be null
 * @param poorHouseholdsDriven poor households driven to sell products; may be null
 * @param incomeIncrease income increase of poor households; may be null
 * @since 0.1.0
 */
public record ReportStatistics(
    @Nullable Integer onlineShops,
    @Nullable Long salesVolume,
    @Nullable Money transactionAmount,
    @Nullable Integer poorVillagesDriven,
    @Nullable Integer poorHouseholdsDriven,
    @Nullable Money incomeIncrease) {
}
