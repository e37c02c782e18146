package org.epar.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A service or logistics site: county centre, warehouse, township station or distribution centre,
 * village station or point, collection hub, express outlet (服务中心 / 服务站 / 服务点).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the site's id, unique in a dataset; may be null
 * @param type what kind of site it is; may be null
 * @param name the site's name; may be null
 * @param division where it is: the county, township or village code that fits its type (CORE-ID-03); may be null
 * @param floorArea floor area in square metres; may be null
 * @param experienceArea area of the product R&amp;D and experience centre in square metres (county centre, DM-SITE-04); may be null
 * @param staff number of professional staff (HLJ-SITE-02)
 * @param rooms rooms it has (county centre, DM-SITE-04)
 * @param equipment equipment and fixtures it has
 * @param services services it offers
 * @param hubFunctions functions of a collection hub
 * @param chargesLevied charges the contractor levies on it (all banned, DM-FUND-06)
 * @param operator the operating enterprise; may be null
 * @param centrallyFunded whether central special funds paid for it
 * @param openedOn the date it opened; may be null
 * @param annualOnlineRetail its online retail over the last year (CQ-SUB-01); may be null
 * @param poorHouseholdsServed registered poor households it drives (CQ-SUB-01)
 * @param tvScreenInches the screen diagonal of its largest TV in inches (DM-SITE-10: 42寸); null when unknown
 * @param servesVillageStations whether an express outlet serves the village stations (能为村站提供服务, DM-SITE-08); null when unknown
 * @since 0.1.0
 */
public record Site(
    @Nullable String id,
    @Nullable SiteType type,
    @Nullable String name,
    @Nullable DivisionCode division,
    @Nullable BigDecimal floorArea,
    @Nullable BigDecimal experienceArea,
    int staff,
    Set<Room> rooms,
    Set<Equipment> equipment,
    Set<SiteService> services,
    Set<HubFunction> hubFunctions,
    Set<StationCharge> chargesLevied,
    @Nullable CreditCode operator,
    boolean centrallyFunded,
    @Nullable LocalDate openedOn,
    @Nullable Money annualOnlineRetail,
    int poorHouseholdsServed,
    @Nullable Integer tvScreenInches,
    @Nullable Boolean servesVillageStations) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Site {
    rooms = Copies.enumSet(rooms, Room.class);
    equipment = Copies.enumSet(equipment, Equipment.class);
    services = Copies.enumSet(services, SiteService.class);
    hubFunctions = Copies.enumSet(hubFunctions, HubFunction.class);
    chargesLevied = Copies.enumSet(chargesLevied, StationCharge.class);
  }

  /**
   * The constructor without {@code tvScreenInches} and {@code servesVillageStations}, which are left unknown. Kept so that
   * code written against the earlier component list compiles.
   *
   * @param id see the record's {@code id}
   * @param type see the record's {@code type}
   * @param name see the record's {@code name}
   * @param division see the record's {@code division}
   * @param floorArea see the record's {@code floorArea}
   * @param experienceArea see the record's {@code experienceArea}
   * @param staff see the record's {@code staff}
   * @param rooms see the record's {@code rooms}
   * @param equipment see the record's {@code equipment}
   * @param services see the record's {@code services}
   * @param hubFunctions see the record's {@code hubFunctions}
   * @param chargesLevied see the record's {@code chargesLevied}
   * @param operator see the record's {@code operator}
   * @param centrallyFunded see the record's {@code centrallyFunded}
   * @param openedOn see the record's {@code openedOn}
   * @param annualOnlineRetail see the record's {@code annualOnlineRetail}
   * @param poorHouseholdsServed see the record's {@code poorHouseholdsServed}
   */
  public Site(
      @Nullable String id,
      @Nullable SiteType type,
      @Nullable String name,
      @Nullable DivisionCode division,
      @Nullable BigDecimal floorArea,
      @Nullable BigDecimal experienceArea,
      int staff,
      Set<Room> rooms,
      Set<Equipment> equipment,
      Set<SiteService> services,
      Set<HubFunction> hubFunctions,
      Set<StationCharge> chargesLevied,
      @Nullable CreditCode operator,
      boolean centrallyFunded,
      @Nullable LocalDate openedOn,
      @Nullable Money annualOnlineRetail,
      int poorHouseholdsServed) {
    this(
        id, type, name, division, floorArea, experienceArea, staff, rooms, equipment, services,
        hubFunctions, chargesLevied, operator, centrallyFunded, openedOn, annualOnlineRetail,
        poorHouseholdsServed, null, null);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
