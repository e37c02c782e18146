package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-SITE-09: the floor area of a village station fits its village's population: a village with at
 * least {@code large_village_residents_min} residents needs {@code large_village_area_min} m² or
 * more; a smaller village {@code small_village_area_min} to {@code small_village_area_max} m².
 *
 * <p>Readings (the catalog's): below the minimum is a breach; above 10 m² is allowed, so {@code
 * small_village_area_max} is not checked. A registered poor village follows its population. The
 * catalog lists the rule at record scope, but the population is on the {@link Village}, not on the
 * station, so this is a dataset rule joining the station's division code to the village's code
 * (12-digit form). A station whose village is not in the submission (an unresolved reference is
 * CORE-REF-01's) is held to the smaller minimum, which every station must meet. A station without a
 * floor area does not meet the standard. Findings are on the station, path {@code floor_area}.
 *
 * <p>State: residents per village code and the stations below the larger minimum (only those can
 * fail).
 *
 * @since 0.1.0
 */
final class DmSiteStationAreaRule implements DatasetRule<DmSiteStationAreaRule.State> {

  /** The rule ID. */
  static final String ID = "DM-SITE-09";

  /** A station that may be too small. */
  record Pending(String key, long index, @Nullable String village, @Nullable BigDecimal area) {}

  /** Residents per village code, and stations below the larger minimum. */
  static final class State {
    final Map<String, Integer> residents = new HashMap<>();
    final List<Pending> stations = new ArrayList<>();
    final BigDecimal largeMin;

    State(BigDecimal largeMin) {
      this.largeMin = largeMin;
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteStationAreaRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().decimal("large_village_area_min"));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof Village v) {
      String code = DmSiteSupport.divisionKey(v.code());
      if (code != null) {
        state.residents.putIfAbsent(code, v.residents());
      }
    } else if (record instanceof Site s && s.type() == SiteType.VILLAGE_STATION) {
      BigDecimal area = s.floorArea();
      if (area == null || area.compareTo(state.largeMin) < 0) {
        state.stations.add(
            new Pending(s.key(), index, DmSiteSupport.divisionKey(s.division()), area));
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.residents.forEach(left.residents::putIfAbsent);
    left.stations.addAll(right.stations);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    long largeResidents = ctx.settings().integer("large_village_residents_min");
    BigDecimal largeMin = ctx.settings().decimal("large_village_area_min");
    BigDecimal smallMin = ctx.settings().decimal("small_village_area_min");
    for (Pending p : state.stations) {
      Integer residents = p.village() == null ? null : state.residents.get(p.village());
      BigDecimal min = residents != null && residents >= largeResidents ? largeMin : smallMin;
      if (p.area() == null || p.area().compareTo(min) < 0) {
        sink.violation(
            new Location("site", p.key(), "floor_area", p.index()),
            DmSiteSupport.area(p.area()),
            min.toPlainString());
      }
    }
  }
}
