package org.epar.core.model;

import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Use of special funds and its results, for performance assessment (GD-FUND-01, HN-FUND-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param fundsUsed special funds used; may be null
 * @param poorVillagesSelling poor villages selling products; may be null
 * @param poorHouseholdsSelling poor households selling products; may be null
 * @param employment people employed; may be null
 * @param incomeGrowth income growth of poor households; may be null
 * @param idleFunds funds idle at the report date (HN-FUND-01); may be null
 * @since 0.1.0
 */
public record FundPerformance(
    @Nullable Money fundsUsed,
    @Nullable Integer poorVillagesSelling,
    @Nullable Integer poorHouseholdsSelling,
    @Nullable Integer employment,
    @Nullable Money incomeGrowth,
    @Nullable Money idleFunds) {
}
