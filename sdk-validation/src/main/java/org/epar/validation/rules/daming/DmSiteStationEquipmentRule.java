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
 * DM-SITE-10: a village station (村级电商服务站) has the standard equipment of
 * {@code required_equipment}: inside a computer, backdrop wall, TV of at least
 * {@code tv_inches_min} inches, internet-behaviour data manager (上网行为数据管理器), logistics
 * baskets, notice board; outside a door sign, light box and Wi-Fi sign.
 *
 * <p>Readings: only sites of type {@link SiteType#VILLAGE_STATION}. The profile token {@code TV}
 * is the model's {@link Equipment#TV_42_INCH}; the model does not record screen sizes, so a 42-inch
 * TV satisfies {@code tv_inches_min} up to 42 and no TV satisfies a larger minimum. All missing
 * items are one finding on the station, path {@code equipment}, listing them in profile order.
 *
 * @since 0.1.0
 */
public final class DmSiteStationEquipmentRule implements RecordRule<Site> {

  /** The rule ID. */
  public static final String ID = "DM-SITE-10";

  /** The screen size of {@link Equipment#TV_42_INCH}. */
  private static final long MODEL_TV_INCHES = 42;

  private final RequiredSet<Equipment> equipment =
      RequiredSet.of(Equipment.class, "required_equipment").alias("TV", Equipment.TV_42_INCH);

  /** Creates the rule; it is stateless. */
  public DmSiteStationEquipmentRule() {}

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
    if (ctx.settings().integer("tv_inches_min") > MODEL_TV_INCHES
        && present.contains(Equipment.TV_42_INCH)) {
      EnumSet<Equipment> smaller = EnumSet.copyOf(present);
      smaller.remove(Equipment.TV_42_INCH);
      present = smaller;
    }
    equipment.report(ctx, sink,
        sink.location(site.recordType().wireName(), site.key(), "equipment"), present);
  }
}
