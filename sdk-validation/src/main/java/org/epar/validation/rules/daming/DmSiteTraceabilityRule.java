package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.Product;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-TRACE-01: {@code enterprises_min} to {@code enterprises_max} enterprises of the county join
 * the traceability system (溯源系统) and sell through it (取得销售成效), by {@code deadline}.
 *
 * <p>Readings: an enterprise counts when it has the role {@link EnterpriseRole#TRACEABILITY_MEMBER}
 * and shows sales through the system: it produces a {@link Product} that is {@link
 * Product#traced()}, or it has a positive {@code annual_online_retail}. Enterprises are told apart
 * by upper-cased credit code; a member without one cannot be matched with its products and counts
 * only with its own retail. The county is the submission's scope (the model has no other marker of
 * "of the county"). {@code enterprises_max} is the planned range, not a cap. Reported at {@link
 * Location#dataset()}.
 *
 * <p>State: the members that sold, the members not yet shown to sell, and the producers of traced
 * products (credit codes).
 *
 * @since 0.1.0
 */
final class DmSiteTraceabilityRule implements DatasetRule<DmSiteTraceabilityRule.State> {

  /** The rule ID. */
  static final String ID = "DM-TRACE-01";

  /** Members with sales, other members, and producers of traced products. */
  static final class State {
    final Set<String> selling = new HashSet<>();
    long anonymousSelling;
    final Set<String> members = new HashSet<>();
    final Set<String> tracedProducers = new HashSet<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  DmSiteTraceabilityRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof Enterprise e && e.roles().contains(EnterpriseRole.TRACEABILITY_MEMBER)) {
      Money retail = e.annualOnlineRetail();
      boolean sold = retail != null && retail.signum() > 0;
      CreditCode code = e.creditCode();
      if (code == null) {
        if (sold) {
          state.anonymousSelling++;
        }
      } else if (sold) {
        state.selling.add(code.normalized());
      } else {
        state.members.add(code.normalized());
      }
    } else if (record instanceof Product p && p.traced() && p.producer() != null) {
      state.tracedProducers.add(p.producer().normalized());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Enterprise.class.isAssignableFrom(type) || Product.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.selling.addAll(right.selling);
    left.anonymousSelling += right.anonymousSelling;
    left.members.addAll(right.members);
    left.tracedProducers.addAll(right.tracedProducers);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    Set<String> counted = new HashSet<>(state.selling);
    for (String m : state.members) {
      if (state.tracedProducers.contains(m)) {
        counted.add(m);
      }
    }
    long n = counted.size() + state.anonymousSelling;
    sink.target(
        Location.dataset(),
        BigDecimal.valueOf(n),
        BigDecimal.valueOf(ctx.settings().integer("enterprises_min")),
        ctx.settings().date("deadline"));
  }
}
