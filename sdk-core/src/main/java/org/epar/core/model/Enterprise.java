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
 * @param annualOnlineTransactions its online transaction amount over the last year (网络交易额, not retail: CQ-SUB-01 for rural tourism); null when unknown
 * @since 0.1.0
 */
public record Enterprise(
    @Nullable CreditCode creditCode,
    @Nullable String name,
    Set<EnterpriseRole> roles,
    @Nullable DivisionCode division,
    @Nullable Money annualOnlineRetail,
    int poorHouseholdsDriven,
    @Nullable Money annualOnlineTransactions) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Enterprise {
    roles = Copies.enumSet(roles, EnterpriseRole.class);
  }

  /**
   * The constructor without {@code annualOnlineTransactions}, which is left unknown. Kept so that
   * code written against the earlier component list compiles.
   *
   * @param creditCode see the record's {@code creditCode}
   * @param name see the record's {@code name}
   * @param roles see the record's {@code roles}
   * @param division see the record's {@code division}
   * @param annualOnlineRetail see the record's {@code annualOnlineRetail}
   * @param poorHouseholdsDriven see the record's {@code poorHouseholdsDriven}
   */
  public Enterprise(
      @Nullable CreditCode creditCode,
      @Nullable String name,
      Set<EnterpriseRole> roles,
      @Nullable DivisionCode division,
      @Nullable Money annualOnlineRetail,
      int poorHouseholdsDriven) {
    this(creditCode, name, roles, division, annualOnlineRetail, poorHouseholdsDriven, null);
  }

  @Override
  public String key() {
    return creditCode == null ? "" : creditCode.raw();
  }
}
