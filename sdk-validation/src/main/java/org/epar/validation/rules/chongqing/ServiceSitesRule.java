package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.County;
import org.epar.core.model.Site;
import org.epar.core.model.Township;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * CQ-SITE-01: by {@code deadline}, the former national key counties (原国家扶贫开发重点县) have county
 * centres, every eligible poor township a station and every eligible poor village a service point
 * (二(一)).
 *
 * <p>Three targets, each a finding at the dataset with the measure as object id: {@code
 * key_county_centres} (counties with {@code former_national_key} in which a {@code
 * COUNTY_SERVICE_CENTRE} lies, at least {@code key_county_centres_min}, read literally: validate a
 * partial submission with an overriding profile), {@code township_stations} (share of {@code poor}
 * and {@code eligible} townships with a {@code TOWNSHIP_STATION}, against {@code
 * township_coverage_min}) and {@code village_points} (share of {@code registered_poor} and {@code
 * eligible} villages with a {@code VILLAGE_STATION}, against {@code village_coverage_min}). A site
 * lies in a division when its code truncated to that level is the division's code.
 */
final class ServiceSitesRule implements DatasetRule<ServiceSitesRule.State> {

  /** The rule ID. */
  static final String ID = "CQ-SITE-01";

  /** Populations and covered divisions, by 12-digit code. */
  static final class State {
    final Set<String> keyCounties = new HashSet<>();
    final Set<String> townships = new HashSet<>();
    final Set<String> villages = new HashSet<>();
    final Set<String> countiesWithCentre = new HashSet<>();
    final Set<String> townshipsWithStation = new HashSet<>();
    final Set<String> villagesWithPoint = new HashSet<>();
  }

  /** Creates the rule; it is stateless. */
  ServiceSitesRule() {}

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
    if (record instanceof County c && c.formerNationalKey() && c.code() != null) {
      s.keyCounties.add(c.code().value());
    } else if (record instanceof Township t && t.poor() && t.eligible() && t.code() != null) {
      s.townships.add(t.code().value());
    } else if (record instanceof Village v
        && v.registeredPoor()
        && v.eligible()
        && v.code() != null) {
      s.villages.add(v.code().value());
    } else if (record instanceof Site site && site.division() != null && site.type() != null) {
      DivisionCode d = site.division();
      switch (site.type()) {
        case COUNTY_SERVICE_CENTRE ->
            d.county().map(DivisionCode::value).ifPresent(s.countiesWithCentre::add);
        case TOWNSHIP_STATION ->
            d.township().map(DivisionCode::value).ifPresent(s.townshipsWithStation::add);
        case VILLAGE_STATION -> s.villagesWithPoint.add(d.value());
        default -> {}
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

  @Override
  public State combine(State left, State right) {
    left.keyCounties.addAll(right.keyCounties);
    left.townships.addAll(right.townships);
    left.villages.addAll(right.villages);
    left.countiesWithCentre.addAll(right.countiesWithCentre);
    left.townshipsWithStation.addAll(right.townshipsWithStation);
    left.villagesWithPoint.addAll(right.villagesWithPoint);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    sink.target(
        new Location("dataset", "key_county_centres", "sites", -1),
        BigDecimal.valueOf(Shares.covered(s.keyCounties, s.countiesWithCentre)),
        ctx.settings().decimal("key_county_centres_min"),
        deadline);
    sink.target(
        new Location("dataset", "township_stations", "sites", -1),
        Shares.of(Shares.covered(s.townships, s.townshipsWithStation), s.townships.size()),
        ctx.settings().decimal("township_coverage_min"),
        deadline);
    sink.target(
        new Location("dataset", "village_points", "sites", -1),
        Shares.of(Shares.covered(s.villages, s.villagesWithPoint), s.villages.size()),
        ctx.settings().decimal("village_coverage_min"),
        deadline);
  }
}
