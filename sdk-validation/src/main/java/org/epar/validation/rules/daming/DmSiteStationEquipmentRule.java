package org.epar.validation.rules.daming;

import java.util.EnumSet;
import java.util.Set;
import org.epar.core.model.Equipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RequiredSet;
import org.epar.validation.spi.RuleContext;

/**
 * DM-SITE-10: a village station (村级电商服务站) has the standard equipment of {@code required_equipment}:
 * inside a computer, backdrop wall, TV of at least {@code tv_inches_min} inches, internet-behaviour
 * data manager (上网行为数据管理器), logistics baskets, notice board; outside a door sign, light box and
 * Wi-Fi sign.
 *
 * <p>Readings: only sites of type {@link SiteType#VILLAGE_STATION}. The profile token {@code TV} is
 * a TV of at least {@code tv_inches_min} inches: judged on {@link Site#tvScreenInches()} when the
 * station records it (a 41-inch TV misses 42, a 42-inch one meets it, whether or not the equipment
 * set lists {@link Equipment#TV_42_INCH}); when the size is unknown, the equipment item {@link
 * Equipment#TV_42_INCH} stands for a 42-inch TV. All missing items are one finding on the station,
 * path {@code equipment}, listing them in profile order.
 *
 * @since 0.1.0
 */
final class DmSiteStationEquipmentRule implements RecordRule<Site> {

  /** The rule ID. */
  static final String ID = "DM-SITE-10";

  /** The screen size {@link Equipment#TV_42_INCH} stands for when the size is unknown. */
  private static final long MODEL_TV_INCHES = 42;

  private final RequiredSet<Equipment> equipment =
      RequiredSet.of(Equipment.class, "required_equipment").alias("TV", Equipment.TV_42_INCH);

  /** Creates the rule; it is stateless. */
  DmSiteStationEquipmentRule() {}

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
    if (site.type() != SiteType.VILLAGE_STATION) {
      return;
    }
    Set<Equipment> present = site.equipment();
    Integer inches = site.tvScreenInches();
    long tv =
        inches != null ? inches : present.contains(Equipment.TV_42_INCH) ? MODEL_TV_INCHES : -1;
    boolean tvOk = tv >= 0 && tv >= ctx.settings().integer("tv_inches_min");
    if (tvOk != present.contains(Equipment.TV_42_INCH)) {
      EnumSet<Equipment> judged = EnumSet.noneOf(Equipment.class);
      judged.addAll(present);
      if (tvOk) {
        judged.add(Equipment.TV_42_INCH);
      } else {
        judged.remove(Equipment.TV_42_INCH);
      }
      present = judged;
    }
    equipment.report(
        ctx, sink, sink.location(site.recordType().wireName(), site.key(), "equipment"), present);
  }
}
