package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.epar.core.model.Equipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RequiredSet;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-05 and DM-SITE-06: a logistics site meets the standard's floor area ({@code
 * floor_area_min} m²) and has the equipment of {@code required_equipment}.
 *
 * <ul>
 *   <li>DM-SITE-05, the county warehouse and distribution centre (县级仓储物流配送中心, {@link
 *       SiteType#COUNTY_WAREHOUSE}): 800 m²; packing tables, shelves, scanners, delivery vehicles.
 *   <li>DM-SITE-06, a township distribution centre (乡镇物流配送中心, {@link
 *       SiteType#TOWNSHIP_DISTRIBUTION_CENTRE}): 100 m²; packing table, shelves, computer, scanner,
 *       delivery vehicle.
 * </ul>
 *
 * <p>Readings: only sites of the rule's type are checked; a missing floor area does not meet the
 * standard; the equipment is present or not (quantities are not modelled). Floor area and equipment
 * are separate findings on the site ({@code floor_area}, {@code equipment}).
 *
 * @since 0.1.0
 */
final class DmSiteLogisticsCentreRule implements RecordRule<Site> {

  /** The ID of the county warehouse rule. */
  static final String WAREHOUSE_ID = "DM-SITE-05";

  /** The ID of the township distribution centre rule. */
  static final String TOWNSHIP_ID = "DM-SITE-06";

  private final String id;
  private final SiteType siteType;
  private final RequiredSet<Equipment> equipment =
      RequiredSet.of(Equipment.class, "required_equipment");

  private DmSiteLogisticsCentreRule(String id, SiteType siteType) {
    this.id = id;
    this.siteType = siteType;
  }

  /**
   * DM-SITE-05, the county warehouse.
   *
   * @return a new rule
   */
  static DmSiteLogisticsCentreRule warehouse() {
    return new DmSiteLogisticsCentreRule(WAREHOUSE_ID, SiteType.COUNTY_WAREHOUSE);
  }

  /**
   * DM-SITE-06, a township distribution centre.
   *
   * @return a new rule
   */
  static DmSiteLogisticsCentreRule townshipCentre() {
    return new DmSiteLogisticsCentreRule(TOWNSHIP_ID, SiteType.TOWNSHIP_DISTRIBUTION_CENTRE);
  }

  @Override
  public String ruleId() {
    return id;
  }

  @Override
  public Class<Site> type() {
    return Site.class;
  }

  @Override
  public void check(Site site, RuleContext ctx, FindingSink sink) {
    if (site.type() != siteType) {
      return;
    }
    String wire = site.recordType().wireName();
    BigDecimal min = ctx.settings().decimal("floor_area_min");
    BigDecimal floor = site.floorArea();
    if (floor == null || floor.compareTo(min) < 0) {
      sink.violation(
          sink.location(wire, site.key(), "floor_area"),
          "floor_area " + DmSiteSupport.area(floor) + " m²",
          "floor_area >= " + min.toPlainString() + " m²");
    }
    RequiredSet.Members<Equipment> required = equipment.members(ctx);
    List<String> missing = required.missing(site.equipment());
    if (!missing.isEmpty()) {
      sink.violation(
          sink.location(wire, site.key(), "equipment"),
          "missing equipment " + String.join(",", missing),
          "equipment " + required.text(),
          Map.of(
              "observed" + FindingSink.ZH,
              "缺少设备 " + String.join(",", missing),
              "threshold" + FindingSink.ZH,
              "设备 " + required.text()));
    }
  }
}
