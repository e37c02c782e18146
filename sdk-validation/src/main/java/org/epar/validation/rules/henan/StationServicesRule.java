package org.epar.validation.rules.henan;

import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.validation.RuleSettings;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * HN-SVC-01: e-commerce poverty-alleviation service stations and points serve registered poor
 * households and disabled people with daily goods purchase, product sales, policy information, fee
 * collection, agency services and parcel send/receive (日用消费品购买、农特产品销售、惠农政策信息推送、
 * 费用收缴、业务代办、包裹收发, 三(一)).
 *
 * <p>Reading: every {@code TOWNSHIP_STATION} and {@code VILLAGE_STATION} site (公共服务站、服务点)
 * offers each service of {@code required_services} ({@link SiteService} names); one finding per
 * station lists the missing services, path {@code services}. An unknown service name in the profile
 * is a profile error, reported by the engine as a failure of this rule.
 */
public final class StationServicesRule implements RecordRule<Site> {

  /** The rule ID. */
  public static final String ID = "HN-SVC-01";

  private record Parsed(RuleSettings settings, Set<SiteService> required, String text) {}

  private volatile @Nullable Parsed parsed;

  /** Creates the rule; it caches the parsed service list of the last settings it saw. */
  public StationServicesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<Site> type() {
    return Site.class;
  }

  private Parsed required(RuleContext ctx) {
    Parsed p = parsed;
    if (p == null || p.settings() != ctx.settings()) {
      Set<SiteService> set = EnumSet.noneOf(SiteService.class);
      for (String name : ctx.settings().list("required_services")) {
        set.add(SiteService.valueOf(name));
      }
      p = new Parsed(ctx.settings(), set, String.join(",", ctx.settings().list("required_services")));
      parsed = p;
    }
    return p;
  }

  @Override
  public void check(Site site, RuleContext ctx, FindingSink sink) {
    if (site.type() != SiteType.VILLAGE_STATION && site.type() != SiteType.TOWNSHIP_STATION) {
      return;
    }
    Parsed p = required(ctx);
    if (site.services().containsAll(p.required())) {
      return;
    }
    StringJoiner missing = new StringJoiner(",");
    for (SiteService s : p.required()) {
      if (!site.services().contains(s)) {
        missing.add(s.name());
      }
    }
    sink.violation(sink.location("site", site.key(), "services"), missing.toString(), p.text());
  }
}
