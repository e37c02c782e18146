package org.epar.core.model;

import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise, cooperative or village collective taking part in the programme.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param creditCode its unified social credit code; may be null
 * @param name its name; may be null
 * @param roles its roles
 * @param division where it is registered; may be null
 * @param annualOnlineRetail its online retail over the last year (CQ-SUB-01); may be null
 * @param poorHouseholdsDriven registered poor households it drives
 * @since 0.1.0
 */
public record Enterprise(
    @Nullable CreditCode creditCode,
    @Nullable String name,
    Set<EnterpriseRole> roles,
    @Nullable DivisionCode division,
    @Nullable Money annualOnlineRetail,
    int poorHouseholdsDriven) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Enterprise {
    roles = Copies.enumSet(roles, EnterpriseRole.class);
  }

  @Override
  public String key() {
    return creditCode == null ? "" : creditCode.raw();
  }
}
