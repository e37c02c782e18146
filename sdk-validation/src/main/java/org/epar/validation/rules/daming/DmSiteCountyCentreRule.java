package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.epar.core.model.Equipment;
import org.epar.core.model.Room;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RequiredSet;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-04: the county public service centre (县级电子商务公共服务中心) meets the standard: floor area at
 * least {@code floor_area_min} m², the rooms of {@code required_rooms} (交流室, 电教室, 会议室, 办公室), a
 * product R&amp;D and experience centre (农产品研发体验中心) of {@code rd_centre_area_min} to {@code
 * rd_centre_area_max} m², and, when centrally funded, the sign {@code central_fund_sign}
 * ("电子商务进农村综合示范项目").
 *
 * <p>Readings: only sites of type {@link SiteType#COUNTY_SERVICE_CENTRE} are checked. A missing
 * floor area or experience area does not meet the standard. Both ends of the 100–200 m² range are
 * checked (the standard gives a range, not a minimum). The model records the sign per site, as the
 * equipment {@link Equipment#DEMONSTRATION_SIGN}, not per funded item, so a centrally funded centre
 * without it breaks the rule; the sign text of the profile is reported as the threshold. Each part
 * that fails is one finding on the site, with the JSON path of the property.
 *
 * @since 0.1.0
 */
final class DmSiteCountyCentreRule implements RecordRule<Site> {

  /** The rule ID. */
  static final String ID = "DM-SITE-04";

  private final RequiredSet<Room> rooms = RequiredSet.of(Room.class, "required_rooms");

  /** Creates the rule; it is stateless. */
  DmSiteCountyCentreRule() {}

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
    if (site.type() != SiteType.COUNTY_SERVICE_CENTRE) {
      return;
    }
    String wire = site.recordType().wireName();
    String key = site.key();
    BigDecimal areaMin = ctx.settings().decimal("floor_area_min");
    BigDecimal floor = site.floorArea();
    if (floor == null || floor.compareTo(areaMin) < 0) {
      sink.violation(
          sink.location(wire, key, "floor_area"),
          "floor_area " + DmSiteSupport.area(floor) + " m²",
          "floor_area >= " + areaMin.toPlainString() + " m²");
    }
    RequiredSet.Members<Room> required = rooms.members(ctx);
    List<String> missing = required.missing(site.rooms());
    if (!missing.isEmpty()) {
      sink.violation(
          sink.location(wire, key, "rooms"),
          "missing rooms " + String.join(",", missing),
          "rooms " + required.text(),
          Map.of(
              "observed" + FindingSink.ZH,
              "缺少功能室 " + String.join(",", missing),
              "threshold" + FindingSink.ZH,
              "功能室 " + required.text()));
    }
    BigDecimal rdMin = ctx.settings().decimal("rd_centre_area_min");
    BigDecimal rdMax = ctx.settings().decimal("rd_centre_area_max");
    BigDecimal rd = site.experienceArea();
    if (rd == null || rd.compareTo(rdMin) < 0 || rd.compareTo(rdMax) > 0) {
      sink.violation(
          sink.location(wire, key, "experience_area"),
          "experience_area " + DmSiteSupport.area(rd) + " m²",
          "experience_area " + rdMin.toPlainString() + "-" + rdMax.toPlainString() + " m²");
    }
    if (site.centrallyFunded() && !site.equipment().contains(Equipment.DEMONSTRATION_SIGN)) {
      sink.violation(
          sink.location(wire, key, "equipment"),
          "centrally funded without " + Equipment.DEMONSTRATION_SIGN.name(),
          "sign " + ctx.settings().string("central_fund_sign"),
          Map.of(
              "observed" + FindingSink.ZH,
              "中央资金支持但缺少 " + Equipment.DEMONSTRATION_SIGN.name(),
              "threshold" + FindingSink.ZH,
              "标识 " + ctx.settings().string("central_fund_sign")));
    }
  }
}
