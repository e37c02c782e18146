package org.epar.validation.rules.henan;

import java.util.HashSet;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.County;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * HN-SITE-02: every poor county has a county e-commerce poverty-alleviation public service centre
 * (县级电商扶贫公共服务中心) by {@code deadline}.
 *
 * <p>Reading: the share of counties with {@code poor} in which a {@code COUNTY_SERVICE_CENTRE} site
 * lies (the site's division truncated to its county) must reach {@code poor_county_coverage_min}.
 * No poor county in the data: the target is met.
 */
final class CountyCentresRule implements DatasetRule<CountyCentresRule.State> {

  /** The rule ID. */
  static final String ID = "HN-SITE-02";

  /** Poor counties and counties with a centre, by 12-digit code. */
  static final class State {
    final Set<String> poor = new HashSet<>();
    final Set<String> withCentre = new HashSet<>();
  }

  /** Creates the rule; it is stateless. */
  CountyCentresRule() {}

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
    if (record instanceof County c && c.poor() && c.code() != null) {
      s.poor.add(c.code().value());
    } else if (record instanceof Site site
        && site.type() == SiteType.COUNTY_SERVICE_CENTRE
        && site.division() != null) {
      site.division().county().map(DivisionCode::value).ifPresent(s.withCentre::add);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return County.class.isAssignableFrom(type) || Site.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poor.addAll(right.poor);
    left.withCentre.addAll(right.withCentre);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    sink.target(
        Location.dataset().withPath("counties"),
        Shares.of(Shares.covered(s.poor, s.withCentre), s.poor.size()),
        ctx.settings().decimal("poor_county_coverage_min"),
        ctx.settings().date("deadline"));
  }
}
