package org.epar.validation.rules.daming;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-03: a station is set up in every registered poor village (建档立卡贫困村) and every
 * administrative village with at least {@code station_required_residents_min} residents; villages
 * below that build on demand (按需建设), so they are never a finding.
 *
 * <p>Readings: a village has a station when a site of type {@link SiteType#VILLAGE_STATION} has its
 * division code (compared in 12-digit form). Time (catalog revision 2): the rule is a constraint
 * without a deadline of its own, so it is judged on the as-of date: a station counts only when it
 * opened on or before the as-of date ({@link Site#openedOn()}; that day itself counts, a station
 * opening the day after does not exist yet); a station without an opening date is unknown, not
 * absent, and counts. A village without one is a finding on the village (object type {@code
 * village}, its code as id, its input index); the observed value is the village code, which is not
 * personal data.
 *
 * <p>State: the villages that must have a station (code to key and index) and the codes that have
 * one.
 *
 * @since 0.1.0
 */
final class DmSiteRequiredStationsRule implements DatasetRule<DmSiteRequiredStationsRule.State> {

  /** The rule ID. */
  static final String ID = "DM-SITE-03";

  /** Why and where a village must have a station. */
  record Required(String key, long index, boolean poor, int residents) {}

  /** Villages that must have a station, and the codes of villages that have one. */
  static final class State {
    final Map<String, Required> required = new TreeMap<>();
    final Set<String> withStation = new HashSet<>();
    final long residentsMin;
    final LocalDate asOf;

    State(long residentsMin, LocalDate asOf) {
      this.residentsMin = residentsMin;
      this.asOf = asOf;
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteRequiredStationsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().integer("station_required_residents_min"), ctx.asOf());
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof Village v) {
      String code = DmSiteSupport.divisionKey(v.code());
      if (code != null && (v.registeredPoor() || v.residents() >= state.residentsMin)) {
        state.required.putIfAbsent(
            code, new Required(v.key(), index, v.registeredPoor(), v.residents()));
      }
    } else if (record instanceof Site s
        && s.type() == SiteType.VILLAGE_STATION
        && DmSiteSupport.openedBy(s, state.asOf)) {
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
    right.required.forEach(left.required::putIfAbsent);
    left.withStation.addAll(right.withStation);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    long min = ctx.settings().integer("station_required_residents_min");
    for (Map.Entry<String, Required> e : state.required.entrySet()) {
      if (state.withStation.contains(e.getKey())) {
        continue;
      }
      Required r = e.getValue();
      String why =
          r.poor() ? "registered poor village" : "residents " + r.residents() + " >= " + min;
      String whyZh = r.poor() ? "建档立卡贫困村" : "常住人口 " + r.residents() + " ≥ " + min;
      sink.violation(
          new Location("village", r.key(), "", r.index()),
          r.key(),
          why,
          Map.of("threshold" + FindingSink.ZH, whyZh));
    }
  }
}
