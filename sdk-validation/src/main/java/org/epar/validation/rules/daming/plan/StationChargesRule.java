package org.epar.validation.rules.daming.plan;

import java.util.EnumSet;
import java.util.Map;
import org.epar.core.model.RecordType;
import org.epar.core.model.Site;
import org.epar.core.model.StationCharge;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * DM-FUND-06, charges part (不得向站点收取押金、保证金、设备费): no site has been charged one of {@code
 * banned_charges}; a {@link Site} whose {@code charges_levied} contains one is a finding at {@code
 * charges_levied}, observed as the site's operator (a credit code, not personal data) or, if none
 * is given, the site id.
 *
 * @since 0.1.0
 */
final class StationChargesRule {

  /** The rule; stateless. */
  static final RecordRule<Site> RULE =
      RecordRule.of(FundAccountRule.ID, Site.class, StationChargesRule::check);

  private static final Support.PerSettings<EnumSet<StationCharge>> BANNED =
      new Support.PerSettings<>(s -> Support.enums(StationCharge.class, s.list("banned_charges")));

  private StationChargesRule() {}

  private static void check(Site site, RuleContext ctx, FindingSink sink) {
    if (site.chargesLevied().isEmpty()) {
      return;
    }
    EnumSet<StationCharge> levied = EnumSet.copyOf(site.chargesLevied());
    levied.retainAll(BANNED.get(ctx.settings()));
    if (levied.isEmpty()) {
      return;
    }
    StringBuilder problem = new StringBuilder("charges levied on the station:");
    StringBuilder problemZh = new StringBuilder("向服务站收取了费用：");
    for (StationCharge c : levied) {
      problem.append(' ').append(c.name()).append(" (").append(c.termZh()).append(')');
      problemZh.append(' ').append(c.termZh()).append('（').append(c.name()).append('）');
    }
    String contractor = site.operator() != null ? site.operator().raw() : "site " + site.key();
    String contractorZh = site.operator() != null ? site.operator().raw() : "站点 " + site.key();
    sink.violation(
        sink.location(RecordType.SITE.wireName(), site.key(), "charges_levied"),
        contractor,
        "no " + String.join(",", ctx.settings().list("banned_charges")),
        Map.of(
            "problem",
            problem.toString(),
            "problem" + FindingSink.ZH,
            problemZh.toString(),
            "observed" + FindingSink.ZH,
            contractorZh,
            "threshold" + FindingSink.ZH,
            "不得收取 " + String.join(",", ctx.settings().list("banned_charges"))));
  }
}
