package org.epar.validation.rules.daming;

import java.util.HashSet;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Township;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.ShareTarget;
import org.epar.validation.spi.Shares;

/**
 * DM-SITE-08: express outlets (快递网点) cover at least {@code township_coverage_min} of the townships,
 * by {@code deadline}.
 *
 * <p>Readings: a {@link Township} is covered when a site of type {@link SiteType#EXPRESS_OUTLET}
 * lies in its division (the outlet's code at township or village level, truncated to the township)
 * and can serve the village stations (能为村站提供服务): an outlet whose {@link
 * Site#servesVillageStations()} is {@code false} does not cover its township; unknown ({@code
 * null}) is taken as serving, since the standard attaches the service to the outlet. The share is
 * exact; with no townships in the submission it is not evaluated. Reported at {@link
 * Location#dataset()}.
 *
 * <p>State: the township codes and the township codes that have an outlet.
 *
 * @since 0.1.0
 */
final class DmSiteExpressOutletRule implements DatasetRule<DmSiteExpressOutletRule.State> {

  /** The rule ID. */
  static final String ID = "DM-SITE-08";

  /** Townships seen and townships with an outlet (12-digit codes). */
  static final class State {
    final Set<String> townships = new HashSet<>();
    final Set<String> withOutlet = new HashSet<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  DmSiteExpressOutletRule() {}

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
    if (record instanceof Township t) {
      String code = DmSiteSupport.divisionKey(t.code());
      if (code != null) {
        state.townships.add(code);
      }
    } else if (record instanceof Site s
        && s.type() == SiteType.EXPRESS_OUTLET
        && s.division() != null
        && !Boolean.FALSE.equals(s.servesVillageStations())) {
      s.division().township().map(DivisionCode::value).ifPresent(state.withOutlet::add);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Township.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.townships.addAll(right.townships);
    left.withOutlet.addAll(right.withOutlet);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    new ShareTarget("township_coverage_min", Location.dataset())
        .report(
            Shares.covered(state.townships, state.withOutlet), state.townships.size(), ctx, sink);
  }
}
