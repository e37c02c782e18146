package org.epar.validation.rules.heilongjiang;

import java.util.HashSet;
import java.util.Set;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Township;
import org.epar.core.model.Village;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.ShareTarget;
import org.epar.validation.spi.Shares;
import org.jspecify.annotations.Nullable;

/**
 * HLJ-LOG-01: logistics stores in the poor townships and express points in the poor villages
 * (在贫困乡镇建立…物流配送门店，在贫困村建立快递服务点, 二 2).
 *
 * <p>Reading: a poor township ({@code township.poor}) is covered when an {@code EXPRESS_OUTLET} or
 * a {@code TOWNSHIP_DISTRIBUTION_CENTRE} lies in it (at the township or in one of its villages); a
 * registered poor village is covered when an {@code EXPRESS_OUTLET} lies at the village. Two
 * measures, each its own target by {@code deadline}, located at {@code dataset/poor_townships} and
 * {@code dataset/poor_villages}; a measure with nothing to count is not reported.
 *
 * <p>Parameters: {@code poor_township_coverage_min}, {@code poor_village_coverage_min}, {@code
 * deadline}.
 */
final class LogisticsCoverageRule implements DatasetRule<LogisticsCoverageRule.State> {

  /** The rule ID. */
  static final String ID = "HLJ-LOG-01";

  /** Poor townships and villages and where logistics sites lie, as 12-digit codes. */
  static final class State {
    final Set<String> poorTownships = new HashSet<>();
    final Set<String> poorVillages = new HashSet<>();
    final Set<String> townshipStores = new HashSet<>();
    final Set<String> villageOutlets = new HashSet<>();
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
    if (record instanceof Township t && t.poor()) {
      add(s.poorTownships, Measures.township(t.code()));
    } else if (record instanceof Village v && v.registeredPoor()) {
      add(s.poorVillages, Measures.value(v.code()));
    } else if (record instanceof Site site) {
      if (site.type() == SiteType.EXPRESS_OUTLET) {
        add(s.townshipStores, Measures.township(site.division()));
        add(s.villageOutlets, Measures.value(site.division()));
      } else if (site.type() == SiteType.TOWNSHIP_DISTRIBUTION_CENTRE) {
        add(s.townshipStores, Measures.township(site.division()));
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type)
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
    left.poorTownships.addAll(right.poorTownships);
    left.poorVillages.addAll(right.poorVillages);
    left.townshipStores.addAll(right.townshipStores);
    left.villageOutlets.addAll(right.villageOutlets);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    report(
        "poor_townships",
        "poor_township_coverage_min",
        s.poorTownships,
        s.townshipStores,
        ctx,
        sink);
    report(
        "poor_villages", "poor_village_coverage_min", s.poorVillages, s.villageOutlets, ctx, sink);
  }

  private static void report(
      String measure,
      String parameter,
      Set<String> places,
      Set<String> covered,
      RuleContext ctx,
      FindingSink sink) {
    new ShareTarget(parameter, Measures.measure(measure))
        .report(Shares.covered(places, covered), places.size(), ctx, sink);
  }
}
