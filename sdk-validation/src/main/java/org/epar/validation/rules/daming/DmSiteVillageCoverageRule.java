package org.epar.validation.rules.daming;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Village;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.ShareTarget;
import org.epar.validation.spi.Shares;

/**
 * DM-SITE-02: village stations cover at least {@code village_coverage_min} of the administrative
 * villages and {@code poor_village_coverage_min} of the registered poor villages (建档立卡贫困村), by
 * {@code deadline}.
 *
 * <p>Readings: a village is covered when a site of type {@link SiteType#VILLAGE_STATION} has its
 * division code (compared in 12-digit form). Time (catalog revision 2): a target at deadline D
 * counts only what existed by D, so a station counts only when it opened on or before {@code
 * deadline} ({@link Site#openedOn()}; the deadline day itself counts, a station opened the day
 * after does not); a station without an opening date is unknown, not absent, and counts. The
 * population is the {@link Village} records of the submission. The shares are exact (49.9% misses
 * 50%). A share over an empty population (no villages, or no poor villages) is not evaluated. Each
 * share is its own target, at a dataset location with the parameter name as object id and path
 * {@code villages}.
 *
 * <p>State: the village codes, the poor village codes and the codes that have a station.
 *
 * @since 0.1.0
 */
final class DmSiteVillageCoverageRule implements DatasetRule<DmSiteVillageCoverageRule.State> {

  /** The rule ID. */
  static final String ID = "DM-SITE-02";

  /** Village codes seen, poor village codes, and codes of villages with a station. */
  static final class State {
    final Set<String> villages = new HashSet<>();
    final Set<String> poor = new HashSet<>();
    final Set<String> withStation = new HashSet<>();
    final LocalDate deadline;

    State(LocalDate deadline) {
      this.deadline = deadline;
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteVillageCoverageRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().date("deadline"));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof Village v) {
      String code = DmSiteSupport.divisionKey(v.code());
      if (code != null) {
        state.villages.add(code);
        if (v.registeredPoor()) {
          state.poor.add(code);
        }
      }
    } else if (record instanceof Site s
        && s.type() == SiteType.VILLAGE_STATION
        && DmSiteSupport.openedBy(s, state.deadline)) {
      String code = DmSiteSupport.divisionKey(s.division());
      if (code != null) {
        state.withStation.add(code);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.villages.addAll(right.villages);
    left.poor.addAll(right.poor);
    left.withStation.addAll(right.withStation);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    report(state.villages, state.withStation, "village_coverage_min", ctx, sink);
    report(state.poor, state.withStation, "poor_village_coverage_min", ctx, sink);
  }

  private static void report(
      Set<String> population,
      Set<String> covered,
      String parameter,
      RuleContext ctx,
      FindingSink sink) {
    ShareTarget.of(parameter, "villages")
        .report(Shares.covered(population, covered), population.size(), ctx, sink);
  }
}
