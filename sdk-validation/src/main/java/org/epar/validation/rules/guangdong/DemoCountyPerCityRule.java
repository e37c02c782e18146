package org.epar.validation.rules.guangdong;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.Demonstrations;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * GD-DEMO-01: each of the cities that contain designated poor villages (省定贫困村所在的14个市) has at least
 * one national- or provincial-level e-commerce-into-villages demonstration county (一(二)).
 *
 * <p>Reading: a city is the 4-digit prefix of a division code ({@code DivisionCode.city()}). The
 * cities that count are those with a village of the submission that is {@code registered_poor}; a
 * demonstration county is a {@code County} that is {@code NATIONAL} or {@code PROVINCIAL} in the
 * e-commerce-into-villages programme: its {@code demonstrations} entry for {@code
 * ECOMMERCE_INTO_VILLAGES} (designated after the deadline's year: not yet one), else, when that
 * programme is not listed, the legacy {@code demonstration} flag. The target is a single
 * dataset-level finding: observed = cities with at least {@code demo_counties_per_city_min}
 * demonstration counties, threshold = cities with designated poor villages in the submission, by
 * {@code deadline}. The profile's {@code cities} (14) is the province-wide fact and is not used as
 * the threshold, since a submission may cover part of the province. A submission without designated
 * poor villages yields nothing.
 *
 * <p>Parameters: {@code demo_counties_per_city_min}, {@code deadline}; {@code cities} (fact).
 */
final class DemoCountyPerCityRule implements DatasetRule<DemoCountyPerCityRule.State> {

  /** The rule ID. */
  static final String ID = "GD-DEMO-01";

  /** Cities with designated poor villages; demonstration counties per city. */
  static final class State {
    final Set<String> poorCities = new HashSet<>();
    final Map<String, Set<String>> demoCounties = new HashMap<>();
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
    if (record instanceof Village v && v.registeredPoor()) {
      String city = Divisions.city(v.code());
      if (city != null) {
        s.poorCities.add(city);
      }
    } else if (record instanceof County c
        && Demonstrations.isDemonstration(
            c,
            DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES,
            ctx.settings().date("deadline").getYear())) {
      String city = Divisions.city(c.code());
      String county = Divisions.county(c.code());
      if (city != null && county != null) {
        s.demoCounties.computeIfAbsent(city, k -> new HashSet<>()).add(county);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return County.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poorCities.addAll(right.poorCities);
    right.demoCounties.forEach(
        (city, counties) ->
            left.demoCounties.computeIfAbsent(city, k -> new HashSet<>()).addAll(counties));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    if (s.poorCities.isEmpty()) {
      return;
    }
    long min = ctx.settings().integer("demo_counties_per_city_min");
    long covered = 0;
    for (String city : s.poorCities) {
      if (s.demoCounties.getOrDefault(city, Set.of()).size() >= min) {
        covered++;
      }
    }
    sink.target(
        Location.dataset(),
        BigDecimal.valueOf(covered),
        BigDecimal.valueOf(s.poorCities.size()),
        ctx.settings().date("deadline"));
  }
}
