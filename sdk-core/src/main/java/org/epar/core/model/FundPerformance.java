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
 * @param evaluationPassed whether the performance evaluation (绩效评价) was passed (合格, HN-FUND-01); null when unknown or not yet evaluated
 * @since 0.1.0
 */
public record FundPerformance(
    @Nullable Money fundsUsed,
    @Nullable Integer poorVillagesSelling,
    @Nullable Integer poorHouseholdsSelling,
    @Nullable Integer employment,
    @Nullable Money incomeGrowth,
    @Nullable Money idleFunds,
    @Nullable Boolean evaluationPassed) {

  /**
   * The constructor without {@code evaluationPassed}, which is left unknown. Kept so that
   * code written against the earlier component list compiles.
   *
   * @param fundsUsed see the record's {@code fundsUsed}
   * @param poorVillagesSelling see the record's {@code poorVillagesSelling}
   * @param poorHouseholdsSelling see the record's {@code poorHouseholdsSelling}
   * @param employment see the record's {@code employment}
   * @param incomeGrowth see the record's {@code incomeGrowth}
   * @param idleFunds see the record's {@code idleFunds}
   */
  public FundPerformance(
      @Nullable Money fundsUsed,
      @Nullable Integer poorVillagesSelling,
      @Nullable Integer poorHouseholdsSelling,
      @Nullable Integer employment,
      @Nullable Money incomeGrowth,
      @Nullable Money idleFunds) {
    this(
        fundsUsed, poorVillagesSelling, poorHouseholdsSelling, employment, incomeGrowth, idleFunds,
        null);
  }
}
