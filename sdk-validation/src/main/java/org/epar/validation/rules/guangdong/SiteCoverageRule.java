package org.epar.validation.rules.guangdong;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.County;
import org.epar.core.model.Site;
import org.epar.core.model.Township;
import org.epar.core.model.Village;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * GD-SITE-01: every demonstration county has a county public service centre, every township in it a
 * service station and every designated poor village a service point (县有中心、镇有站、省定贫困村有点, 一(二));
 * demonstration counties by {@code demo_counties_deadline}, all counties that contain designated
 * poor villages by {@code all_counties_deadline}.
 *
 * <p>Reading: one target per county, located at the county ({@code county} record key, or the
 * 12-digit county code when the submission has no county record). The units of a county are the
 * county itself, its townships (township records, and the townships of its village records) and its
 * designated poor villages; observed = the share of units with their site, threshold = {@code
 * coverage_min}. A unit has its site when a {@code COUNTY_SERVICE_CENTRE} lies in the county, a
 * {@code TOWNSHIP_STATION} in the township, a {@code VILLAGE_STATION} at the village. Demonstration
 * counties (national or provincial) use the earlier deadline, every other county with a designated
 * poor village the later one; counties that are neither are not checked. The facts {@code counties}
 * (70) and {@code poor_villages} (2277) describe the whole province and are not thresholds.
 *
 * <p>Parameters: {@code coverage_min}, {@code demo_counties_deadline}, {@code
 * all_counties_deadline}; {@code counties}, {@code poor_villages} (facts).
 */
final class SiteCoverageRule implements DatasetRule<SiteCoverageRule.State> {

  /** The rule ID. */
  static final String ID = "GD-SITE-01";

  /** Counties, townships, poor villages and the places that have their site (12-digit codes). */
  static final class State {
    final CountyScope counties = new CountyScope();
    final Set<String> townships = new HashSet<>();
    final Set<String> poorVillages = new HashSet<>();
    final Set<String> centres = new HashSet<>();
    final Set<String> stations = new HashSet<>();
    final Set<String> points = new HashSet<>();
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof County c) {
      s.counties.add(c);
    } else if (record instanceof Township t) {
      add(s.townships, Divisions.township(t.code()));
    } else if (record instanceof Village v) {
      add(s.townships, Divisions.township(v.code()));
      if (v.registeredPoor()) {
        add(s.poorVillages, Divisions.value(v.code()));
      }
    } else if (record instanceof Site site && site.type() != null) {
      switch (site.type()) {
        case COUNTY_SERVICE_CENTRE -> add(s.centres, Divisions.county(site.division()));
        case TOWNSHIP_STATION -> add(s.stations, Divisions.township(site.division()));
        case VILLAGE_STATION -> add(s.points, Divisions.value(site.division()));
        default -> {
          // other site types do not count
        }
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return County.class.isAssignableFrom(type)
        || Site.class.isAssignableFrom(type)
        || Township.class.isAssignableFrom(type)
        || Village.class.isAssignableFrom(type);
  }

  private static void add(Set<String> set, @Nullable String value) {
    if (value != null) {
      set.add(value);
    }
  }

  @Override
  public State combine(State left, State right) {
    left.counties.addAll(right.counties);
    left.townships.addAll(right.townships);
    left.poorVillages.addAll(right.poorVillages);
    left.centres.addAll(right.centres);
    left.stations.addAll(right.stations);
    left.points.addAll(right.points);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    var settings = ctx.settings();
    var min = settings.decimal("coverage_min");
    LocalDate demoDeadline = settings.date("demo_counties_deadline");
    LocalDate allDeadline = settings.date("all_counties_deadline");
    Map<String, long[]> units = new HashMap<>(); // county -> {required, covered}
    for (String t : s.townships) {
      long[] u = units.computeIfAbsent(Divisions.countyOf(t), k -> new long[2]);
      u[0]++;
      u[1] += s.stations.contains(t) ? 1 : 0;
    }
    for (String v : s.poorVillages) {
      long[] u = units.computeIfAbsent(Divisions.countyOf(v), k -> new long[2]);
      u[0]++;
      u[1] += s.points.contains(v) ? 1 : 0;
    }
    for (String county : s.counties.inScope(s.poorVillages)) {
      long[] u = units.getOrDefault(county, new long[2]);
      long required = 1 + u[0];
      long covered = (s.centres.contains(county) ? 1 : 0) + u[1];
      sink.target(
          s.counties.location(county),
          Divisions.share(covered, required, min),
          min,
          s.counties.deadline(county, demoDeadline, allDeadline));
    }
  }
}
