package org.epar.validation.rules.heilongjiang;

import java.util.List;
import org.epar.core.model.Equipment;
import org.epar.core.model.RecordType;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RequiredSet;
import org.epar.validation.spi.RuleContext;

/**
 * HLJ-SITE-02: a village information service point has all four essentials (四有): professional
 * staff, office equipment, a network line and an assessment/management system
 * (有专业服务人员、有办公设备、有网络线路、有考核管理制度, 三(二)).
 *
 * <p>Reading: applies to every {@code VILLAGE_STATION} site. The item {@code STAFF} is present when
 * {@code staff} is at least 1; every other item of {@code required_items} names an {@link
 * Equipment} constant that must be in {@code equipment}; a name that is neither is ignored. One
 * finding per site: observed = the missing items, path = {@code staff} when staff is missing, else
 * {@code equipment}.
 *
 * <p>Parameters: {@code required_items}.
 */
final class ServicePointEssentialsRule implements RecordRule<Site> {

  /** The rule ID. */
  static final String ID = "HLJ-SITE-02";

  private static final String STAFF = "STAFF";

  private final RequiredSet<Equipment> items = RequiredSet.of(Equipment.class, "required_items");

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
    RequiredSet.Members<Equipment> required = items.members(ctx);
    List<String> missing =
        required.missing(site.equipment(), item -> !item.equals(STAFF) || site.staff() >= 1);
    if (!missing.isEmpty()) {
      String path = missing.get(0).equals(STAFF) ? "staff" : "equipment";
      sink.violation(
          sink.location(RecordType.SITE.wireName(), site.key(), path),
          String.join(",", missing),
          required.text());
    }
  }
}
