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
 * @param division where it is: the county, township or village code that fits its type
 *     (CORE-ID-03); may be null
 * @param floorArea floor area in square metres; may be null
 * @param experienceArea area of the product R&amp;D and experience centre in square metres (county
 *     centre, DM-SITE-04); may be null
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
 * @param tvScreenInches the screen diagonal of its largest TV in inches (DM-SITE-10: 42寸); null
 *     when unknown
 * @param servesVillageStations whether an express outlet serves the village stations (能为村站提供服务,
 *     DM-SITE-08); null when unknown
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
    @Nullable Boolean servesVillageStations)
    implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Site {
    rooms = Copies.enumSet(rooms, Room.class);
    equipment = Copies.enumSet(equipment, Equipment.class);
    services = Copies.enumSet(services, SiteService.class);
    hubFunctions = Copies.enumSet(hubFunctions, HubFunction.class);
    chargesLevied = Copies.enumSet(chargesLevied, StationCharge.class);
  }

  /**
   * The constructor without {@code tvScreenInches} and {@code servesVillageStations}, which are
   * left unknown. Kept so that code written against the earlier component list compiles.
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
        id,
        type,
        name,
        division,
        floorArea,
        experienceArea,
        staff,
        rooms,
        equipment,
        services,
        hubFunctions,
        chargesLevied,
        operator,
        centrallyFunded,
        openedOn,
        annualOnlineRetail,
        poorHouseholdsServed,
        null,
        null);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }

  // ---- builder: generated by sdk-core/tools/gen_builders.py; rerun it after a component change

  /**
   * A builder with every component unset: null, zero, false or empty. Builders are the stable way
   * to make model records: a component added before 1.0 keeps its default in a builder, so code
   * that uses one keeps compiling (docs/model-conventions.md).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's components, to build a changed copy: {@code
   * x.toBuilder().build().equals(x)}.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds {@link Site} records component by component; an unset component is null, zero, false or
   * empty. Not thread-safe; {@link #build()} can be called again.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable SiteType type;
    private @Nullable String name;
    private @Nullable DivisionCode division;
    private @Nullable BigDecimal floorArea;
    private @Nullable BigDecimal experienceArea;
    private int staff;
    private @Nullable Set<Room> rooms;
    private @Nullable Set<Equipment> equipment;
    private @Nullable Set<SiteService> services;
    private @Nullable Set<HubFunction> hubFunctions;
    private @Nullable Set<StationCharge> chargesLevied;
    private @Nullable CreditCode operator;
    private boolean centrallyFunded;
    private @Nullable LocalDate openedOn;
    private @Nullable Money annualOnlineRetail;
    private int poorHouseholdsServed;
    private @Nullable Integer tvScreenInches;
    private @Nullable Boolean servesVillageStations;

    private Builder() {}

    private Builder(Site r) {
      id = r.id;
      type = r.type;
      name = r.name;
      division = r.division;
      floorArea = r.floorArea;
      experienceArea = r.experienceArea;
      staff = r.staff;
      rooms = r.rooms;
      equipment = r.equipment;
      services = r.services;
      hubFunctions = r.hubFunctions;
      chargesLevied = r.chargesLevied;
      operator = r.operator;
      centrallyFunded = r.centrallyFunded;
      openedOn = r.openedOn;
      annualOnlineRetail = r.annualOnlineRetail;
      poorHouseholdsServed = r.poorHouseholdsServed;
      tvScreenInches = r.tvScreenInches;
      servesVillageStations = r.servesVillageStations;
    }

    /**
     * Sets {@code id}.
     *
     * @param id the site's id, unique in a dataset; may be null
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param type what kind of site it is; may be null
     * @return this builder
     */
    public Builder type(@Nullable SiteType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param name the site's name; may be null
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code division}.
     *
     * @param division where it is: the county, township or village code that fits its type
     *     (CORE-ID-03); may be null
     * @return this builder
     */
    public Builder division(@Nullable DivisionCode division) {
      this.division = division;
      return this;
    }

    /**
     * Sets {@code floorArea}.
     *
     * @param floorArea floor area in square metres; may be null
     * @return this builder
     */
    public Builder floorArea(@Nullable BigDecimal floorArea) {
      this.floorArea = floorArea;
      return this;
    }

    /**
     * Sets {@code experienceArea}.
     *
     * @param experienceArea area of the product R&amp;D and experience centre in square metres
     *     (county centre, DM-SITE-04); may be null
     * @return this builder
     */
    public Builder experienceArea(@Nullable BigDecimal experienceArea) {
      this.experienceArea = experienceArea;
      return this;
    }

    /**
     * Sets {@code staff}.
     *
     * @param staff number of professional staff (HLJ-SITE-02)
     * @return this builder
     */
    public Builder staff(int staff) {
      this.staff = staff;
      return this;
    }

    /**
     * Sets {@code rooms}.
     *
     * @param rooms rooms it has (county centre, DM-SITE-04); null means empty
     * @return this builder
     */
    public Builder rooms(@Nullable Set<Room> rooms) {
      this.rooms = rooms;
      return this;
    }

    /**
     * Sets {@code equipment}.
     *
     * @param equipment equipment and fixtures it has; null means empty
     * @return this builder
     */
    public Builder equipment(@Nullable Set<Equipment> equipment) {
      this.equipment = equipment;
      return this;
    }

    /**
     * Sets {@code services}.
     *
     * @param services services it offers; null means empty
     * @return this builder
     */
    public Builder services(@Nullable Set<SiteService> services) {
      this.services = services;
      return this;
    }

    /**
     * Sets {@code hubFunctions}.
     *
     * @param hubFunctions functions of a collection hub; null means empty
     * @return this builder
     */
    public Builder hubFunctions(@Nullable Set<HubFunction> hubFunctions) {
      this.hubFunctions = hubFunctions;
      return this;
    }

    /**
     * Sets {@code chargesLevied}.
     *
     * @param chargesLevied charges the contractor levies on it (all banned, DM-FUND-06); null means
     *     empty
     * @return this builder
     */
    public Builder chargesLevied(@Nullable Set<StationCharge> chargesLevied) {
      this.chargesLevied = chargesLevied;
      return this;
    }

    /**
     * Sets {@code operator}.
     *
     * @param operator the operating enterprise; may be null
     * @return this builder
     */
    public Builder operator(@Nullable CreditCode operator) {
      this.operator = operator;
      return this;
    }

    /**
     * Sets {@code centrallyFunded}.
     *
     * @param centrallyFunded whether central special funds paid for it
     * @return this builder
     */
    public Builder centrallyFunded(boolean centrallyFunded) {
      this.centrallyFunded = centrallyFunded;
      return this;
    }

    /**
     * Sets {@code openedOn}.
     *
     * @param openedOn the date it opened; may be null
     * @return this builder
     */
    public Builder openedOn(@Nullable LocalDate openedOn) {
      this.openedOn = openedOn;
      return this;
    }

    /**
     * Sets {@code annualOnlineRetail}.
     *
     * @param annualOnlineRetail its online retail over the last year (CQ-SUB-01); may be null
     * @return this builder
     */
    public Builder annualOnlineRetail(@Nullable Money annualOnlineRetail) {
      this.annualOnlineRetail = annualOnlineRetail;
      return this;
    }

    /**
     * Sets {@code poorHouseholdsServed}.
     *
     * @param poorHouseholdsServed registered poor households it drives (CQ-SUB-01)
     * @return this builder
     */
    public Builder poorHouseholdsServed(int poorHouseholdsServed) {
      this.poorHouseholdsServed = poorHouseholdsServed;
      return this;
    }

    /**
     * Sets {@code tvScreenInches}.
     *
     * @param tvScreenInches the screen diagonal of its largest TV in inches (DM-SITE-10: 42寸); null
     *     when unknown
     * @return this builder
     */
    public Builder tvScreenInches(@Nullable Integer tvScreenInches) {
      this.tvScreenInches = tvScreenInches;
      return this;
    }

    /**
     * Sets {@code servesVillageStations}.
     *
     * @param servesVillageStations whether an express outlet serves the village stations (能为村站提供服务,
     *     DM-SITE-08); null when unknown
     * @return this builder
     */
    public Builder servesVillageStations(@Nullable Boolean servesVillageStations) {
      this.servesVillageStations = servesVillageStations;
      return this;
    }

    /**
     * Builds the record; collections are copied, so the builder can be changed and used again.
     *
     * @return the record
     */
    public Site build() {
      return new Site(
          id,
          type,
          name,
          division,
          floorArea,
          experienceArea,
          staff,
          rooms,
          equipment,
          services,
          hubFunctions,
          chargesLevied,
          operator,
          centrallyFunded,
          openedOn,
          annualOnlineRetail,
          poorHouseholdsServed,
          tvScreenInches,
          servesVillageStations);
    }
  }
  // ---- end of builder
}
