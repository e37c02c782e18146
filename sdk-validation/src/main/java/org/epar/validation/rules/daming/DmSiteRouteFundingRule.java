package org.epar.validation.rules.daming;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.epar.core.model.LogisticsRoute;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-07: on one logistics route, central funds support at most {@code
 * enterprises_per_route_max} enterprise (同一物流线路，中央财政支持不超过1家).
 *
 * <p>Readings: a {@link LogisticsRoute} record is one enterprise operating one route. Records of
 * the same route share its name (their ids are unique, CORE-DUP-01); a record without a name is its
 * own route, identified by its id. The enterprises of a route are the distinct operator credit
 * codes (upper-cased) of its centrally funded records; a funded record without an operator cannot
 * be counted (a missing reference, CORE-REF-01). A route over the maximum is one finding on its
 * first record (object type {@code logistics_route}), the observed value being the route's name or
 * id and {@code {count}} the funded enterprises.
 *
 * <p>State: per route, the funded operators and the first record's key and index.
 *
 * @since 0.1.0
 */
final class DmSiteRouteFundingRule
    implements DatasetRule<Map<String, DmSiteRouteFundingRule.Route>> {

  /** The rule ID. */
  static final String ID = "DM-SITE-07";

  /** One route: its funded operators and its first record. */
  static final class Route {
    final TreeSet<String> operators = new TreeSet<>();
    final String key;
    final long index;

    Route(String key, long index) {
      this.key = key;
      this.index = index;
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteRouteFundingRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Map<String, Route> newState(RuleContext ctx) {
    return new TreeMap<>();
  }

  @Override
  public void accumulate(Map<String, Route> state, Object record, long index, RuleContext ctx) {
    if (record instanceof LogisticsRoute r && r.centrallyFunded() && r.operator() != null) {
      String name = r.name();
      String route = name != null && !name.isBlank() ? "name:" + name.strip() : "id:" + r.key();
      state
          .computeIfAbsent(route, k -> new Route(r.key(), index))
          .operators
          .add(r.operator().normalized());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return LogisticsRoute.class.isAssignableFrom(type);
  }

  @Override
  public Map<String, Route> combine(Map<String, Route> left, Map<String, Route> right) {
    right.forEach(
        (k, v) -> {
          Route l = left.putIfAbsent(k, v);
          if (l != null) {
            l.operators.addAll(v.operators);
          }
        });
    return left;
  }

  @Override
  public void finish(Map<String, Route> state, RuleContext ctx, FindingSink sink) {
    long max = ctx.settings().integer("enterprises_per_route_max");
    String threshold = Long.toString(max);
    state.forEach(
        (route, r) -> {
          if (r.operators.size() > max) {
            sink.violation(
                new Location("logistics_route", r.key, "operator", r.index),
                route.substring(route.indexOf(':') + 1),
                threshold,
                Map.of("count", Integer.toString(r.operators.size())));
          }
        });
  }
}
