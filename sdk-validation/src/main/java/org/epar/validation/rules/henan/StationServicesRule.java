package org.epar.validation.rules.henan;

import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RequiredSet;
import org.epar.validation.spi.RuleContext;

/**
 * HN-SVC-01: e-commerce poverty-alleviation service stations and points serve registered poor
 * households and disabled people with daily goods purchase, product sales, policy information, fee
 * collection, agency services and parcel send/receive (日用消费品购买、农特产品销售、惠农政策信息推送、 费用收缴、业务代办、包裹收发,
 * 三(一)).
 *
 * <p>Reading: every {@code TOWNSHIP_STATION} and {@code VILLAGE_STATION} site (公共服务站、服务点) offers
 * each service of {@code required_services} ({@link SiteService} names); one finding per station
 * lists the missing services, path {@code services}. An unknown service name in the profile is a
 * profile error, reported by the engine as a failure of this rule.
 */
final class StationServicesRule implements RecordRule<Site> {

  /** The rule ID. */
  static final String ID = "HN-SVC-01";

  private final RequiredSet<SiteService> services =
      RequiredSet.of(SiteService.class, "required_services")
          .rejectingUnknown()
          .inDeclarationOrder();

  /** Creates the rule; it caches the parsed service list of the last settings it saw. */
  StationServicesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<Site> type() {
    return Site.class;
  }

  @Override
  public void check(Site site, RuleContext ctx, FindingSink sink) {
    if (site.type() != SiteType.VILLAGE_STATION && site.type() != SiteType.TOWNSHIP_STATION) {
      return;
    }
    services.report(ctx, sink, sink.location("site", site.key(), "services"), site.services());
  }
}
