package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.id.DivisionCode;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A special fund (专项资金) and the project it pays for.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the fund's id; may be null
 * @param name the fund's name; may be null
 * @param county the county running it; may be null
 * @param total the total amount; may be null
 * @param source where the money comes from (HLJ-FUND-01); may be null
 * @param separateAccount whether the contractor books it in a separate account (专账核算, DM-FUND-06)
 * @param workStartedOn when work started; may be null
 * @param acceptedOn when the project was accepted; may be null
 * @since 0.1.0
 */
public record Fund(
    @Nullable String id,
    @Nullable String name,
    @Nullable DivisionCode county,
    @Nullable Money total,
    @Nullable FundingSource source,
    boolean separateAccount,
    @Nullable LocalDate workStartedOn,
    @Nullable LocalDate acceptedOn) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
