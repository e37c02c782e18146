package org.epar.validation.rules.daming;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Dataset;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Equipment;
import org.epar.core.model.LogisticsRoute;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Product;
import org.epar.core.model.Room;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.Township;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.epar.validation.rules.RuleFixtures;
import org.jspecify.annotations.Nullable;

/** Small hand-built records of Daming county and a validator for the daming-2017 profile. */
final class DmSiteFixtures {

  /** Before the 2018-12-31 deadline of the targets: progress is INFO. */
  static final LocalDate BEFORE = LocalDate.of(2018, 6, 1);

  /** The deadline itself: a miss is an ERROR. */
  static final LocalDate DEADLINE = LocalDate.of(2018, 12, 31);

  /** Township 001 of Daming county (大名县 130425). */
  static final String TOWNSHIP = "130425100000";

  private DmSiteFixtures() {}

  static ValidationReport validate(LocalDate asOf, List<? extends EparRecord> records) {
    return RuleFixtures.validate("daming-2017", asOf, records);
  }

  static ValidationReport validate(LocalDate asOf, EparRecord... records) {
    return validate(asOf, List.of(records));
  }

  /** The same input split into chunks of one record on two threads: exercises combine. */
  static ValidationReport validateSplit(LocalDate asOf, List<? extends EparRecord> records) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .asOf(asOf)
        .parallelism(2)
        .chunkSize(1)
        .build()
        .validate(Dataset.of(null, records));
  }

  static Finding only(ValidationReport report, String ruleId) {
    return RuleFixtures.only(report, ruleId);
  }

  static void assertSilent(ValidationReport report, String ruleId) {
    assertTrue(report.findings(ruleId).isEmpty(), () -> ruleId + ": " + report.findings(ruleId));
  }

  /** Village {@code n} (from 1): 1-999 lie in {@link #TOWNSHIP}, later ones in the next ones. */
  static String villageCode(int n) {
    int township = 100 + (n - 1) / 999;
    int village = (n - 1) % 999 + 1;
    return "130425" + township + String.format("%03d", village);
  }

  static Village village(int n, int residents, boolean poor) {
    return village(n, residents, poor, true);
  }

  static Village village(int n, int residents, boolean poor, boolean broadband) {
    return new Village(
        DivisionCode.of(villageCode(n)),
        "村" + n,
        residents,
        poor,
        true,
        broadband,
        broadband,
        broadband,
        true,
        List.of());
  }

  static Township township(String code) {
    return new Township(DivisionCode.of(code), "乡" + code, false, false, true, true, true);
  }

  static CreditCode credit(String suffix) {
    return CreditCode.of("91130425MA0" + suffix);
  }

  /** A site builder with the values of a site that meets its standard. */
  static SiteBuilder site(String id, SiteType type) {
    return new SiteBuilder(id, type);
  }

  /** A village station in village {@code n} that meets every site rule. */
  static Site station(String id, int n) {
    return site(id, SiteType.VILLAGE_STATION).division(villageCode(n)).build();
  }

  static final class SiteBuilder {
    private final String id;
    private final SiteType type;
    private @Nullable String division;
    private @Nullable BigDecimal floorArea;
    private @Nullable BigDecimal experienceArea;
    private Set<Room> rooms = EnumSet.allOf(Room.class);
    private Set<Equipment> equipment = EnumSet.allOf(Equipment.class);
    private Set<SiteService> services = EnumSet.allOf(SiteService.class);
    private boolean centrallyFunded;
    private @Nullable LocalDate openedOn = LocalDate.of(2018, 3, 1);
    private @Nullable Integer tvInches;
    private @Nullable Boolean servesStations;

    SiteBuilder(String id, SiteType type) {
      this.id = id;
      this.type = type;
      this.division = TOWNSHIP;
      this.floorArea =
          switch (type) {
            case COUNTY_SERVICE_CENTRE -> new BigDecimal("600");
            case COUNTY_WAREHOUSE -> new BigDecimal("800");
            case TOWNSHIP_DISTRIBUTION_CENTRE -> new BigDecimal("100");
            default -> new BigDecimal("10");
          };
      this.experienceArea = type == SiteType.COUNTY_SERVICE_CENTRE ? new BigDecimal("150") : null;
    }

    SiteBuilder division(@Nullable String code) {
      this.division = code;
      return this;
    }

    SiteBuilder floorArea(@Nullable String area) {
      this.floorArea = area == null ? null : new BigDecimal(area);
      return this;
    }

    SiteBuilder experienceArea(@Nullable String area) {
      this.experienceArea = area == null ? null : new BigDecimal(area);
      return this;
    }

    SiteBuilder without(Room room) {
      EnumSet<Room> r = EnumSet.allOf(Room.class);
      r.retainAll(rooms);
      r.remove(room);
      this.rooms = r;
      return this;
    }

    SiteBuilder without(Equipment item) {
      EnumSet<Equipment> e = EnumSet.noneOf(Equipment.class);
      e.addAll(equipment);
      e.remove(item);
      this.equipment = e;
      return this;
    }

    SiteBuilder without(SiteService service) {
      EnumSet<SiteService> s = EnumSet.noneOf(SiteService.class);
      s.addAll(services);
      s.remove(service);
      this.services = s;
      return this;
    }

    SiteBuilder tvInches(@Nullable Integer inches) {
      this.tvInches = inches;
      return this;
    }

    SiteBuilder servesStations(@Nullable Boolean serves) {
      this.servesStations = serves;
      return this;
    }

    SiteBuilder opened(@Nullable LocalDate day) {
      this.openedOn = day;
      return this;
    }

    SiteBuilder funded() {
      this.centrallyFunded = true;
      return this;
    }

    Site build() {
      return new Site(
          id,
          type,
          id,
          division == null ? null : DivisionCode.of(division),
          floorArea,
          experienceArea,
          2,
          rooms,
          equipment,
          services,
          Set.of(),
          Set.of(),
          credit("0001"),
          centrallyFunded,
          openedOn,
          null,
          0,
          tvInches,
          servesStations);
    }
  }

  static LogisticsRoute route(String id, String name, String operator, boolean funded) {
    return new LogisticsRoute(id, name, credit(operator), funded);
  }

  static DeviceDay deviceDay(int device, int day, boolean online) {
    return new DeviceDay(
        "dm" + device, "s" + device, LocalDate.of(2018, 5, 1).plusDays(day), online);
  }

  static Transaction transaction(
      String id, String site, LocalDate date, Direction direction, int orders, String amount) {
    return new Transaction(
        id, site, null, date, direction, Money.of(new BigDecimal(amount)), orders, null, null);
  }

  static Enterprise enterprise(String suffix, EnterpriseRole role, @Nullable String retail) {
    return new Enterprise(
        credit(suffix),
        "企业" + suffix,
        Set.of(role),
        DivisionCode.of("130425000000"),
        retail == null ? null : Money.of(new BigDecimal(retail)),
        0);
  }

  static Shipment shipment(
      String id,
      String from,
      String to,
      Direction direction,
      @Nullable LocalDate dispatched,
      @Nullable LocalDate delivered,
      @Nullable String price,
      @Nullable String benchmark) {
    return new Shipment(
        id,
        from,
        to,
        credit("0009"),
        direction,
        dispatched,
        delivered,
        price == null ? null : Money.of(new BigDecimal(price)),
        benchmark == null ? null : Money.of(new BigDecimal(benchmark)));
  }

  static Brand brand(String id, BrandKind kind) {
    return new Brand(id, "品牌" + id, kind, DivisionCode.of("130425000000"), null);
  }

  static Product product(
      String id, boolean developed, boolean standard, boolean traced, @Nullable String producer) {
    return new Product(
        id,
        "单品" + id,
        producer == null ? null : credit(producer),
        List.of(),
        Set.of(),
        null,
        developed,
        standard,
        traced);
  }

  static OnlineShop shop(String id, boolean incubated, boolean onRoster, @Nullable String sales) {
    return new OnlineShop(
        id,
        "店" + id,
        "taobao",
        true,
        DivisionCode.of(villageCode(1)),
        null,
        null,
        false,
        incubated,
        onRoster,
        sales == null ? null : Money.of(new BigDecimal(sales)),
        List.of());
  }

  /** {@code n} copies of records made by {@code make} from 1 to n. */
  static <T> List<T> times(int n, java.util.function.IntFunction<T> make) {
    List<T> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      out.add(make.apply(i));
    }
    return out;
  }
}
