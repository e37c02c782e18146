package org.epar.validation.rules.daming;

import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-11: central funds (中央财政) support at most {@code funded_stations_per_village_max} station
 * per administrative village.
 *
 * <p>Readings: sites of type {@link SiteType#VILLAGE_STATION} with {@link Site#centrallyFunded()}
 * are counted per division code (12-digit form). Time (catalog revision 2): the rule is a
 * constraint without a deadline of its own, so it is judged on the as-of date: a station counts
 * only when it opened on or before the as-of date ({@link Site#openedOn()}; that day itself counts,
 * a station opening the day after does not exist yet); a station without an opening date is
 * unknown, not absent, and counts. A station without a division code cannot be placed and is left
 * to CORE-ID-03. A village over the maximum is one finding on the village (object type {@code
 * village}, its code as id and observed value, {@code {count}} the funded stations).
 *
 * <p>State: the number of funded stations per village code.
 *
 * @since 0.1.0
 */
final class DmSiteFundedStationsRule implements DatasetRule<Map<String, Integer>> {

  /** The rule ID. */
  static final String ID = "DM-SITE-11";

  /** Creates the rule; it is stateless. */
  DmSiteFundedStationsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Map<String, Integer> newState(RuleContext ctx) {
    return new TreeMap<>();
  }

  @Override
  public void accumulate(Map<String, Integer> state, Object record, long index, RuleContext ctx) {
    if (record instanceof Site s
        && s.type() == SiteType.VILLAGE_STATION
        && s.centrallyFunded()
        && DmSiteSupport.openedBy(s, ctx.asOf())) {
      String code = DmSiteSupport.divisionKey(s.division());
      if (code != null) {
        state.merge(code, 1, Integer::sum);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type);
  }

  @Override
  public Map<String, Integer> combine(Map<String, Integer> left, Map<String, Integer> right) {
    right.forEach((k, v) -> left.merge(k, v, Integer::sum));
    return left;
  }

  @Override
  public void finish(Map<String, Integer> state, RuleContext ctx, FindingSink sink) {
    long max = ctx.settings().integer("funded_stations_per_village_max");
    String threshold = Long.toString(max);
    state.forEach(
        (code, n) -> {
          if (n > max) {
            sink.violation(
                Location.of("village", code), code, threshold, Map.of("count", n.toString()));
          }
        });
  }
}
