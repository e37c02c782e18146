package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An expense paid from a fund (DM-FUND-03).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the expense's id; may be null
 * @param fund id of the fund; may be null
 * @param category the category; may be null
 * @param amount the amount; may be null
 * @param date the date; may be null
 * @param description a description; may be null
 * @since 0.1.0
 */
public record Expense(
    @Nullable String id,
    @Nullable String fund,
    @Nullable ExpenseCategory category,
    @Nullable Money amount,
    @Nullable LocalDate date,
    @Nullable String description) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
