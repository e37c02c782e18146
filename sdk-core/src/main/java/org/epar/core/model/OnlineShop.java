package org.epar.core.model;

import java.util.List;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An online shop (网店) on an e-commerce platform.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the shop's id; may be null
 * @param name the shop's name; may be null
 * @param platform the platform it runs on; may be null
 * @param majorPlatform whether the platform is a major national platform (CQ-SHOP-02)
 * @param division where the shop is based; may be null
 * @param ownerCreditCode the owning enterprise or cooperative; may be null
 * @param ownerHousehold id of the owning household; may be null
 * @param demonstration whether it is a demonstration shop (示范网店, CQ-SHOP-01)
 * @param incubated whether it was incubated by the programme (DM-INC-01)
 * @param onRoster whether it is kept on the incubation roster (DM-INC-01)
 * @param annualSales transactions over the last year; may be null
 * @param linkedHouseholds ids of the registered poor households it buys from or serves (CQ-LINK-01)
 * @since 0.1.0
 */
public record OnlineShop(
    @Nullable String id,
    @Nullable String name,
    @Nullable String platform,
    boolean majorPlatform,
    @Nullable DivisionCode division,
    @Nullable CreditCode ownerCreditCode,
    @Nullable String ownerHousehold,
    boolean demonstration,
    boolean incubated,
    boolean onRoster,
    @Nullable Money annualSales,
    List<String> linkedHouseholds) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public OnlineShop {
    linkedHouseholds = Copies.list(linkedHouseholds);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
