package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * HN-SITE-01: rural e-commerce service sites cover, cumulatively, {@code poor_villages_stage1_min}
 * registered poor villages (建档立卡贫困村) by {@code stage1_deadline} and {@code
 * poor_villages_stage2_min} by {@code stage2_deadline}.
 *
 * <p>Reading (catalog revision 2): a village counts when it is {@code registered_poor} and a {@code
 * VILLAGE_STATION} site lies in it (same 12-digit division code). Cumulative, by opening date: a
 * stage counts the stations opened by its deadline (or by the as-of date, before it); a station
 * opened after a deadline helps the next stage, never one already missed. A station without an
 * opening date is taken as existing (its missing date is not this rule's finding). A first stage
 * missed at its deadline stays an ERROR after the second is met ({@link Stages#reportDated}).
 */
final class PoorVillageStationsRule implements DatasetRule<PoorVillageStationsRule.State> {

  /** The rule ID. */
  static final String ID = "HN-SITE-01";

  /** Poor villages and villages with a station, by 12-digit code. */
  static final class State {
    final Set<String> poor = new HashSet<>();

    /** The earliest opening date of a station per village; MIN when undated. */
    final Map<String, LocalDate> opened = new HashMap<>();
  }

  /** Creates the rule; it is stateless. */
  PoorVillageStationsRule() {}

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
    if (record instanceof Village v && v.registeredPoor() && v.code() != null) {
      s.poor.add(v.code().value());
    } else if (record instanceof Site site
        && site.type() == SiteType.VILLAGE_STATION
        && site.division() != null) {
      LocalDate on = site.openedOn() == null ? LocalDate.MIN : site.openedOn();
      s.opened.merge(site.division().value(), on, (a, b) -> a.isBefore(b) ? a : b);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poor.addAll(right.poor);
    right.opened.forEach((k, v) -> left.opened.merge(k, v, (a, b) -> a.isBefore(b) ? a : b));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    LocalDate d1 = ctx.settings().date("stage1_deadline");
    LocalDate d2 = ctx.settings().date("stage2_deadline");
    Stages.reportDated(
        ctx,
        sink,
        Location.dataset().withPath("villages"),
        BigDecimal.valueOf(covered(s, earlier(d1, ctx.asOf()))),
        BigDecimal.valueOf(covered(s, earlier(d2, ctx.asOf()))),
        "poor_villages_stage1_min",
        "poor_villages_stage2_min");
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Poor villages with a station opened by the date. */
  private static long covered(State s, LocalDate by) {
    long n = 0;
    for (String v : s.poor) {
      LocalDate on = s.opened.get(v);
      if (on != null && !on.isAfter(by)) {
        n++;
      }
    }
    return n;
  }
}
