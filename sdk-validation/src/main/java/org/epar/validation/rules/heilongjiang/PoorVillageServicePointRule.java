package org.epar.validation.rules.heilongjiang;

import java.util.HashSet;
import java.util.Set;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.ShareTarget;

/**
 * HLJ-SITE-01: internet service points and a basic database cover every registered poor village
 * (建设起覆盖到贫困村的互联网服务点和基础数据库, 二 1).
 *
 * <p>Reading: a registered poor village ({@code registered_poor}) is covered when it is {@code
 * in_database} and a {@code VILLAGE_STATION} site lies at it (the village information point and the
 * rural e-commerce station are built together, 三(三)). One dataset-level target: observed = covered
 * / registered poor villages, threshold = {@code poor_village_coverage_min}, by {@code deadline}; a
 * submission without registered poor villages yields nothing.
 *
 * <p>Parameters: {@code poor_village_coverage_min}, {@code deadline}.
 */
final class PoorVillageServicePointRule implements DatasetRule<PoorVillageServicePointRule.State> {

  /** The rule ID. */
  static final String ID = "HLJ-SITE-01";

  /** Poor villages (in the database or not) and villages with a station, as 12-digit codes. */
  static final class State {
    final Set<String> poorVillages = new HashSet<>();
    final Set<String> inDatabase = new HashSet<>();
    final Set<String> stations = new HashSet<>();
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
      String code = Measures.value(v.code());
      if (code != null) {
        s.poorVillages.add(code);
        if (v.inDatabase()) {
          s.inDatabase.add(code);
        }
      }
    } else if (record instanceof Site site && site.type() == SiteType.VILLAGE_STATION) {
      String code = Measures.value(site.division());
      if (code != null) {
        s.stations.add(code);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poorVillages.addAll(right.poorVillages);
    left.inDatabase.addAll(right.inDatabase);
    left.stations.addAll(right.stations);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    long covered = 0;
    for (String v : s.poorVillages) {
      if (s.inDatabase.contains(v) && s.stations.contains(v)) {
        covered++;
      }
    }
    new ShareTarget("poor_village_coverage_min", Location.dataset())
        .report(covered, s.poorVillages.size(), ctx, sink);
  }
}
