package org.epar.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Activity;
import org.epar.core.model.ActivityKind;
import org.epar.core.model.Allocation;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.CertificationType;
import org.epar.core.model.County;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.Disclosure;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.Equipment;
import org.epar.core.model.Expense;
import org.epar.core.model.ExpenseCategory;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.FundCategory;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.FundPlan;
import org.epar.core.model.FundingSource;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Leader;
import org.epar.core.model.LogisticsRoute;
import org.epar.core.model.Member;
import org.epar.core.model.Milestone;
import org.epar.core.model.MilestoneKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.Product;
import org.epar.core.model.Progress;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatistics;
import org.epar.core.model.Room;
import org.epar.core.model.SelfEvaluation;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.Tender;
import org.epar.core.model.Township;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TraceStep;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TraineeCategory;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingOutcome;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.core.period.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/** Builds one Daming-like dataset from a seed; single use, not thread-safe. */
final class DamingBuilder {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final String AREA = "130425";
  // Made-up names and products; the same lists as the testkit's generators (Models), so a seed
  // gives the same dataset as before sdk-samples existed.
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华",
    "桂兰", "志强"
  };
  private static final String[] PRODUCTS = {
    "小米", "蜂蜜", "香油", "红薯", "花生", "大蒜", "山药", "红枣", "鸡蛋", "面粉", "芝麻酱"
  };
  private static final Set<Equipment> STATION_EQUIPMENT =
      EnumSet.of(
          Equipment.COMPUTER,
          Equipment.BACKDROP_WALL,
          Equipment.TV_42_INCH,
          Equipment.DATA_MANAGER,
          Equipment.LOGISTICS_BASKETS,
          Equipment.NOTICE_BOARD,
          Equipment.DOOR_SIGN,
          Equipment.LIGHT_BOX,
          Equipment.WIFI_SIGN);
  private static final Set<SiteService> STATION_SERVICES =
      EnumSet.of(
          SiteService.BUY_ON_BEHALF,
          SiteService.SELL_ON_BEHALF,
          SiteService.FEE_COLLECTION,
          SiteService.CASH_WITHDRAWAL,
          SiteService.INSURANCE_CREDIT,
          SiteService.LIFE_SERVICES,
          SiteService.PARCELS);
  private static final Set<Equipment> DISTRIBUTION_EQUIPMENT =
      EnumSet.of(
          Equipment.PACKING_TABLE,
          Equipment.SHELVES,
          Equipment.COMPUTER,
          Equipment.SCANNER,
          Equipment.DELIVERY_VEHICLE);

  static final LocalDate WORK_START = LocalDate.of(2017, 10, 9);
  static final LocalDate PLAN_PUBLISHED = LocalDate.of(2017, 8, 1);
  static final LocalDate OPERATION_START = LocalDate.of(2018, 1, 1);
  static final int OPERATION_MONTHS = 8;

  /** Daily reports run up to, not including, this day. */
  static final LocalDate DAILY_REPORTS_END = LocalDate.of(2018, 12, 31);

  private final SplittableRandom rnd;
  private final DivisionRegistry registry;
  private final Dataset.Builder out = Dataset.builder();
  private final Set<String> citizenIds = new HashSet<>();
  private final Set<String> creditCodes = new HashSet<>();

  private final List<Village> villages = new ArrayList<>();
  private final List<Village> stationVillages = new ArrayList<>();
  private final Map<String, List<Household>> householdsByVillage = new LinkedHashMap<>();
  private final List<Site> stations = new ArrayList<>();
  private final List<String> productIds = new ArrayList<>();
  private CreditCode contractor = CreditCode.of("");
  private final List<CreditCode> expressCompanies = new ArrayList<>();
  private final List<CreditCode> producers = new ArrayList<>();

  /**
   * Registered poor households to build in all, spread over the poor villages; 0 for 4 to 7 each.
   */
  private final int householdTotal;

  DamingBuilder(long seed, DivisionRegistry registry) {
    this(seed, registry, 0);
  }

  DamingBuilder(long seed, DivisionRegistry registry, int householdTotal) {
    this.rnd = new SplittableRandom(seed);
    this.registry = registry;
    this.householdTotal = householdTotal;
  }

  Dataset build() {
    out.scope(SampleCounties.DAMING);
    out.add(
        new County(SampleCounties.DAMING, "大名县", true, DemonstrationLevel.NATIONAL, false, 2017));
    enterprises();
    places();
    sites();
    households();
    leadersAndPersonnel();
    training();
    commerce();
    products();
    funds();
    governance();
    reports();
    return out.build();
  }

  // ---- helpers ----

  private int between(int min, int max) {
    return min + rnd.nextInt(max - min + 1);
  }

  private boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  /** Square metres with one decimal from tenths. */
  private static BigDecimal area(long tenths) {
    return BigDecimal.valueOf(tenths, 1);
  }

  /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
  private static String pad(int value, int width) {
    String s = Integer.toString(value);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private Money yuan(int min, int max) {
    return Money.ofFen(min * 100L + rnd.nextLong((max - min) * 100L + 1));
  }

  private LocalDate date(LocalDate from, LocalDate to) {
    return LocalDate.ofEpochDay(
        from.toEpochDay() + rnd.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  private OffsetDateTime at(LocalDate day, int hour) {
    return OffsetDateTime.of(day, LocalTime.of(hour, between(0, 59)), CHINA);
  }

  private CitizenId citizenId(LocalDate bornFrom, LocalDate bornTo) {
    while (true) {
      LocalDate born = date(bornFrom, bornTo);
      String body =
          AREA
              + born.getYear()
              + pad(born.getMonthValue(), 2)
              + pad(born.getDayOfMonth(), 2)
              + pad(rnd.nextInt(1000), 3);
      String raw = body + CitizenId.checkCharacter(body);
      if (citizenIds.add(raw)) {
        return CitizenId.of(raw);
      }
    }
  }

  private CreditCode creditCode(String type) {
    while (true) {
      StringBuilder b = new StringBuilder(type).append(AREA);
      for (int i = 0; i < 9; i++) {
        b.append(CreditCode.ALPHABET.charAt(rnd.nextInt(CreditCode.ALPHABET.length())));
      }
      String raw = b.append(CreditCode.checkCharacter(b)).toString();
      if (creditCodes.add(raw)) {
        return CreditCode.of(raw);
      }
    }
  }

  private String name() {
    return SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
  }

  private String phone() {
    return "13" + pad(rnd.nextInt(1_000_000_000), 9);
  }

  // ---- enterprises ----

  private void enterprises() {
    contractor = creditCode("91");
    out.add(
        new Enterprise(
            contractor,
            "大名县电子商务运营有限公司",
            EnumSet.of(EnterpriseRole.CONTRACTOR, EnterpriseRole.ECOMMERCE),
            SampleCounties.DAMING,
            Money.ofWan(between(800, 1500)),
            between(800, 1500)));
    String[] express = {"邮政", "中通"};
    for (String e : express) {
      CreditCode code = creditCode("91");
      expressCompanies.add(code);
      out.add(
          new Enterprise(
              code,
              "大名县" + e + "快递服务有限公司",
              EnumSet.of(EnterpriseRole.EXPRESS_COMPANY),
              SampleCounties.DAMING,
              Money.ofWan(between(100, 500)),
              between(0, 50)));
    }
    String[] traced = {"大名府香油有限公司", "大名县五得利面粉有限公司"};
    for (String t : traced) {
      CreditCode code = creditCode("91");
      producers.add(code);
      out.add(
          new Enterprise(
              code,
              t,
              EnumSet.of(EnterpriseRole.TRACEABILITY_MEMBER, EnterpriseRole.ECOMMERCE),
              SampleCounties.DAMING,
              Money.ofWan(between(300, 3000)),
              between(100, 600)));
    }
    for (int i = 1; i <= 3; i++) {
      CreditCode code = creditCode("93");
      producers.add(code);
      out.add(
          new Enterprise(
              code,
              "大名县第" + i + "花生种植专业合作社",
              EnumSet.of(EnterpriseRole.COOPERATIVE),
              SampleCounties.DAMING,
              Money.ofWan(between(20, 200)),
              between(20, 200)));
    }
  }

  // ---- places ----

  private void places() {
    List<DivisionCode> townships = registry.children(SampleCounties.DAMING);
    List<DivisionCode> codes = new ArrayList<>();
    for (DivisionCode t : townships) {
      out.add(new Township(t, registry.name(t).orElse(null), true, false, true, true, true));
      codes.addAll(registry.children(t));
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("the registry knows no village of county 130425");
    }
    int n = codes.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(rnd.nextLong()));
    boolean[] poor = new boolean[n];
    boolean[] broadband = new boolean[n];
    int poorCount = Math.round(n * 0.30f);
    int noBroadband = n - Math.round(n * 0.95f);
    for (int i = 0; i < poorCount; i++) {
      poor[order.get(i)] = true;
    }
    Collections.shuffle(order, new java.util.Random(rnd.nextLong()));
    Arrays.fill(broadband, true);
    for (int i = 0; i < noBroadband; i++) {
      broadband[order.get(i)] = false;
    }
    for (int i = 0; i < n; i++) {
      DivisionCode code = codes.get(i);
      int residents = chance(0.4) ? between(150, 499) : between(500, 3000);
      boolean bb = broadband[i];
      Village v =
          new Village(
              code,
              registry.name(code).orElse(null),
              residents,
              poor[i],
              true,
              bb,
              bb && chance(0.7),
              chance(0.98),
              true,
              List.of());
      villages.add(v);
      out.add(v);
    }
    // Stations: every poor village, every village of 500+, and more until >= max(350, half).
    List<Village> others = new ArrayList<>();
    for (Village v : villages) {
      if (v.registeredPoor() || v.residents() >= 500) {
        stationVillages.add(v);
      } else {
        others.add(v);
      }
    }
    Collections.shuffle(others, new java.util.Random(rnd.nextLong()));
    int needed = Math.max(350, (n + 1) / 2);
    for (int i = 0; stationVillages.size() < needed && i < others.size(); i++) {
      stationVillages.add(others.get(i));
    }
    stationVillages.sort((a, b) -> a.code().raw().compareTo(b.code().raw()));
  }

  // ---- sites ----

  private void sites() {
    List<DivisionCode> townships = registry.children(SampleCounties.DAMING);
    Set<Equipment> centreEquipment =
        EnumSet.of(
            Equipment.COMPUTER,
            Equipment.BACKDROP_WALL,
            Equipment.TV_42_INCH,
            Equipment.OFFICE_EQUIPMENT,
            Equipment.NETWORK_LINE,
            Equipment.MANAGEMENT_SYSTEM,
            Equipment.DEMONSTRATION_SIGN);
    out.add(
        Site.builder()
            .id("CSC-130425")
            .type(SiteType.COUNTY_SERVICE_CENTRE)
            .name("大名县电子商务公共服务中心")
            .division(SampleCounties.DAMING)
            .floorArea(area(between(6000, 9000)))
            .experienceArea(area(1500))
            .staff(between(12, 25))
            .rooms(EnumSet.allOf(Room.class))
            .equipment(centreEquipment)
            .services(EnumSet.of(SiteService.POLICY_INFO, SiteService.AGENCY))
            .operator(contractor)
            .centrallyFunded(true)
            .openedOn(LocalDate.of(2017, 12, 18))
            .annualOnlineRetail(Money.ofWan(between(2000, 5000)))
            .build());
    Set<Equipment> warehouse = EnumSet.copyOf(DISTRIBUTION_EQUIPMENT);
    warehouse.add(Equipment.DEMONSTRATION_SIGN);
    out.add(
        Site.builder()
            .id("WH-130425")
            .type(SiteType.COUNTY_WAREHOUSE)
            .name("大名县仓储物流配送中心")
            .division(SampleCounties.DAMING)
            .floorArea(area(between(8000, 15000)))
            .staff(between(15, 40))
            .equipment(warehouse)
            .services(EnumSet.of(SiteService.PARCELS))
            .operator(contractor)
            .centrallyFunded(true)
            .openedOn(LocalDate.of(2018, 1, 15))
            .build());
    List<DivisionCode> towns = new ArrayList<>();
    for (DivisionCode t : townships) {
      int seg = Integer.parseInt(t.value().substring(6, 9));
      if (seg >= 100 && seg < 200) {
        towns.add(t);
      }
    }
    if (towns.size() < 5) {
      towns = new ArrayList<>(townships);
    }
    Collections.shuffle(towns, new java.util.Random(rnd.nextLong()));
    for (int i = 0; i < 5 && i < towns.size(); i++) {
      DivisionCode t = towns.get(i);
      out.add(
          Site.builder()
              .id("TDC-" + t.value().substring(0, 9))
              .type(SiteType.TOWNSHIP_DISTRIBUTION_CENTRE)
              .name(registry.name(t).orElse("") + "物流配送中心")
              .division(t)
              .floorArea(area(between(1200, 3000)))
              .staff(between(3, 8))
              .equipment(DISTRIBUTION_EQUIPMENT)
              .services(EnumSet.of(SiteService.PARCELS))
              .operator(contractor)
              .centrallyFunded(true)
              .openedOn(LocalDate.of(2018, 1, between(5, 28)))
              .build());
    }
    for (DivisionCode t : townships) {
      out.add(
          Site.builder()
              .id("EX-" + t.value().substring(0, 9))
              .type(SiteType.EXPRESS_OUTLET)
              .name(registry.name(t).orElse("") + "快递网点")
              .division(t)
              .floorArea(area(between(300, 1200)))
              .staff(between(2, 6))
              .equipment(EnumSet.of(Equipment.SCANNER, Equipment.SHELVES))
              .services(EnumSet.of(SiteService.PARCELS))
              .operator(pick(expressCompanies))
              .openedOn(LocalDate.of(2017, between(1, 12), between(1, 28)))
              .build());
    }
    for (Village v : stationVillages) {
      long tenths = v.residents() >= 500 ? between(100, 400) : between(50, 100);
      Site s =
          Site.builder()
              .id("VS-" + v.code().value())
              .type(SiteType.VILLAGE_STATION)
              .name(v.name() + "电子商务服务站")
              .division(v.code())
              .floorArea(area(tenths))
              .staff(between(1, 3))
              .equipment(STATION_EQUIPMENT)
              .services(STATION_SERVICES)
              .operator(contractor)
              .centrallyFunded(true)
              .openedOn(date(LocalDate.of(2017, 11, 1), LocalDate.of(2017, 12, 31)))
              .annualOnlineRetail(yuan(50_000, 400_000))
              .build();
      stations.add(s);
    }
    // Routes: each centrally funded route is run by one enterprise (DM-SITE-07).
    out.add(new LogisticsRoute("R-1", "县城-东片乡镇", expressCompanies.get(0), true));
    out.add(new LogisticsRoute("R-2", "县城-西片乡镇", expressCompanies.get(1), true));
  }

  // ---- households ----

  private void households() {
    LocalDate old = LocalDate.of(1935, 1, 1);
    LocalDate young = LocalDate.of(2010, 12, 31);
    long poorVillages = villages.stream().filter(Village::registeredPoor).count();
    int poorIndex = 0;
    for (Village v : villages) {
      if (!v.registeredPoor()) {
        continue;
      }
      int n =
          householdTotal > 0
              ? (int)
                  (householdTotal / poorVillages
                      + (poorIndex < householdTotal % poorVillages ? 1 : 0))
              : between(4, 7);
      poorIndex++;
      List<Household> list = new ArrayList<>(n);
      for (int h = 1; h <= n; h++) {
        int size = between(1, 8);
        List<Member> members = new ArrayList<>(size);
        for (int m = 0; m < size; m++) {
          LabourCapacity labour =
              m == 0
                  ? LabourCapacity.FULL
                  : chance(0.6)
                      ? LabourCapacity.FULL
                      : chance(0.5) ? LabourCapacity.PARTIAL : LabourCapacity.NONE;
          LocalDate from = m == 0 ? LocalDate.of(1955, 1, 1) : old;
          LocalDate to = m == 0 ? LocalDate.of(1995, 12, 31) : young;
          members.add(
              new Member(
                  citizenId(from, to),
                  name(),
                  m == 0 ? phone() : null,
                  labour,
                  chance(0.3),
                  labour == LabourCapacity.FULL && chance(0.7),
                  chance(0.06)));
        }
        Household hh =
            Household.builder()
                .id("H-" + v.code().value() + "-" + pad(h, 2))
                .village(v.code())
                .registeredPoor(true)
                .status(chance(0.6) ? PovertyStatus.LIFTED : PovertyStatus.POOR)
                .members(members)
                .build();
        list.add(hh);
        out.add(hh);
      }
      householdsByVillage.put(v.code().value(), list);
    }
    // Stations count the poor households they serve.
    for (Site s : stations) {
      List<Household> served = householdsByVillage.getOrDefault(s.division().value(), List.of());
      out.add(
          Site.builder()
              .id(s.id())
              .type(s.type())
              .name(s.name())
              .division(s.division())
              .floorArea(s.floorArea())
              .experienceArea(s.experienceArea())
              .staff(s.staff())
              .rooms(s.rooms())
              .equipment(s.equipment())
              .services(s.services())
              .hubFunctions(s.hubFunctions())
              .chargesLevied(s.chargesLevied())
              .operator(s.operator())
              .centrallyFunded(s.centrallyFunded())
              .openedOn(s.openedOn())
              .annualOnlineRetail(s.annualOnlineRetail())
              .poorHouseholdsServed(served.size())
              .build());
    }
  }

  private void leadersAndPersonnel() {
    List<String> poorVillages = new ArrayList<>(householdsByVillage.keySet());
    for (int i = 1; i <= 20; i++) {
      String village = pick(poorVillages);
      List<String> linked = new ArrayList<>();
      for (Household h : householdsByVillage.get(village)) {
        linked.add(h.id());
      }
      out.add(
          new Leader(
              "L-" + pad(i, 3),
              citizenId(LocalDate.of(1970, 1, 1), LocalDate.of(1995, 12, 31)),
              name(),
              DivisionCode.of(village),
              linked));
    }
    out.add(
        new Personnel(
            "P-LIAISON-COUNTY",
            citizenId(LocalDate.of(1965, 1, 1), LocalDate.of(1990, 12, 31)),
            name(),
            phone(),
            PersonnelRole.INFORMATION_LIAISON,
            SampleCounties.DAMING,
            null,
            LocalDate.of(2017, 12, 15)));
    out.add(
        new Personnel(
            "P-LIAISON-CONTRACTOR",
            citizenId(LocalDate.of(1965, 1, 1), LocalDate.of(1990, 12, 31)),
            name(),
            phone(),
            PersonnelRole.INFORMATION_LIAISON,
            SampleCounties.DAMING,
            contractor,
            LocalDate.of(2017, 12, 15)));
  }

  // ---- training ----

  private void training() {
    LocalDate from = LocalDate.of(2017, 11, 1);
    LocalDate to = LocalDate.of(2018, 8, 20);
    List<TrainingSession> basic = new ArrayList<>();
    List<TrainingSession> professional = new ArrayList<>();
    List<DivisionCode> townships = registry.children(SampleCounties.DAMING);
    for (int i = 1; i <= 70; i++) {
      TrainingKind kind =
          i <= 40
              ? TrainingKind.BASIC
              : i <= 65 ? TrainingKind.PROFESSIONAL : TrainingKind.CADRE_ROTATION;
      LocalDate start = date(from, to);
      Set<TraineeCategory> audience =
          switch (kind) {
            case BASIC -> EnumSet.of(TraineeCategory.REGISTERED_POOR);
            case PROFESSIONAL ->
                EnumSet.of(
                    TraineeCategory.ENTREPRENEUR,
                    TraineeCategory.RURAL_YOUTH_LEADER,
                    TraineeCategory.INFORMATION_OFFICER,
                    TraineeCategory.PRACTITIONER);
            case CADRE_ROTATION -> EnumSet.of(TraineeCategory.CADRE);
          };
      TrainingSession s =
          TrainingSession.builder()
              .id("T-" + pad(i, 3))
              .title(
                  kind == TrainingKind.BASIC
                      ? "电商扶贫普及培训"
                      : kind == TrainingKind.PROFESSIONAL ? "网店运营专业培训" : "干部电商轮训")
              .provider(contractor)
              .kind(kind)
              .startDate(start)
              .endDate(start.plusDays(between(0, 4)))
              .audience(audience)
              .division(kind == TrainingKind.BASIC ? pick(townships) : SampleCounties.DAMING)
              .free(true)
              .subsidy(yuan(5_000, 30_000))
              .build();
      out.add(s);
      (kind == TrainingKind.PROFESSIONAL ? professional : basic).add(s);
    }
    List<TrainingSession> cadre = basic.subList(40, basic.size());
    List<TrainingSession> basicOnly = basic.subList(0, 40);
    int k = 0;
    // >= 85% of poor households send one member to a basic session.
    List<Household> all = new ArrayList<>();
    householdsByVillage.values().forEach(all::addAll);
    Collections.shuffle(all, new java.util.Random(rnd.nextLong()));
    int trained = (int) Math.ceil(all.size() * 0.85);
    for (int i = 0; i < trained; i++) {
      Household h = all.get(i);
      Member m = h.members().get(0);
      attend(++k, pick(basicOnly), m.citizenId(), h.id(), TraineeCategory.REGISTERED_POOR);
    }
    TraineeCategory[] pro = {
      TraineeCategory.ENTREPRENEUR,
      TraineeCategory.RURAL_YOUTH_LEADER,
      TraineeCategory.INFORMATION_OFFICER,
      TraineeCategory.PRACTITIONER
    };
    for (int i = 0; i < 2100; i++) {
      attend(
          ++k,
          pick(professional),
          citizenId(LocalDate.of(1965, 1, 1), LocalDate.of(2000, 12, 31)),
          null,
          pro[rnd.nextInt(pro.length)]);
    }
    for (int i = 0; i < 200; i++) {
      attend(
          ++k,
          pick(cadre),
          citizenId(LocalDate.of(1960, 1, 1), LocalDate.of(1990, 12, 31)),
          null,
          TraineeCategory.CADRE);
    }
  }

  private void attend(
      int k,
      TrainingSession s,
      @Nullable CitizenId person,
      @Nullable String household,
      TraineeCategory category) {
    out.add(new Attendance("A-" + pad(k, 5), s.id(), person, household, null, category));
    Set<TrainingOutcome> outcomes = EnumSet.noneOf(TrainingOutcome.class);
    double r = rnd.nextDouble();
    outcomes.add(
        r < 0.35
            ? TrainingOutcome.EMPLOYED
            : r < 0.5
                ? TrainingOutcome.STARTED_BUSINESS
                : r < 0.7 ? TrainingOutcome.OPENED_SHOP : TrainingOutcome.NONE);
    LocalDate end = s.endDate() == null ? LocalDate.of(2018, 8, 31) : s.endDate();
    out.add(
        new FollowUp("FU-" + pad(k, 5), person, s.id(), end.plusDays(between(30, 90)), outcomes));
  }

  // ---- commerce ----

  private void commerce() {
    for (int i = 1; i <= 6; i++) {
      productIds.add("PR-" + pad(i, 2));
    }
    for (Site s : stations) {
      String village = s.division().value();
      List<Household> hh = householdsByVillage.getOrDefault(village, List.of());
      YearMonth month = YearMonth.from(OPERATION_START);
      for (int m = 0; m < OPERATION_MONTHS; m++, month = month.plusMonths(1)) {
        String base = "TX-" + village + "-" + month.toString().replace("-", "");
        for (int t = 1; t <= 3; t++) {
          out.add(
              new Transaction(
                  base + "-D" + t,
                  s.id(),
                  null,
                  month.atDay(between(1, month.lengthOfMonth())),
                  Direction.DOWNWARD,
                  yuan(500, 1000),
                  between(17, 30),
                  null,
                  null));
        }
        out.add(
            new Transaction(
                base + "-U1",
                s.id(),
                null,
                month.atDay(between(1, month.lengthOfMonth())),
                Direction.UPWARD,
                yuan(800, 3000),
                between(1, 20),
                hh.isEmpty() ? null : pick(hh).id(),
                pick(productIds)));
      }
      String device = "DM-" + village;
      for (int d = 1; d <= 7; d++) {
        out.add(new DeviceDay(device, s.id(), LocalDate.of(2018, 6, d), !chance(0.02)));
      }
    }
    List<Household> all = new ArrayList<>();
    householdsByVillage.values().forEach(all::addAll);
    String[] platforms = {"淘宝", "京东", "拼多多", "微店"};
    for (int i = 1; i <= 60; i++) {
      Household owner = pick(all);
      out.add(
          OnlineShop.builder()
              .id("SHOP-" + pad(i, 3))
              .name("大名" + PRODUCTS[rnd.nextInt(PRODUCTS.length)] + "小店" + i)
              .platform(platforms[rnd.nextInt(platforms.length)])
              .majorPlatform(true)
              .division(owner.village())
              .ownerHousehold(owner.id())
              .demonstration(i <= 5)
              .incubated(true)
              .onRoster(true)
              .annualSales(yuan(30_000, 300_000))
              .linkedHouseholds(List.of(owner.id()))
              .build());
    }
  }

  private void products() {
    String[][] items = {
      {"小磨香油", "B-1"},
      {"五得利面粉", "B-2"},
      {"大名花生", "B-1"},
      {"大名红薯", "B-3"},
      {"大名大蒜", "B-4"},
      {"芝麻酱", "B-5"}
    };
    for (int i = 0; i < items.length; i++) {
      CreditCode producer = producers.get(i % producers.size());
      List<DivisionCode> from = List.of(pick(stationVillages).code(), pick(stationVillages).code());
      boolean traced = i < 3;
      out.add(
          new Product(
              productIds.get(i),
              items[i][0],
              producer,
              from,
              i == 0
                  ? EnumSet.of(
                      CertificationType.GEOGRAPHICAL_INDICATION, CertificationType.GREEN_FOOD)
                  : EnumSet.of(CertificationType.POLLUTION_FREE),
              items[i][1],
              true,
              i < 2,
              traced));
      if (traced) {
        for (int j = 1; j <= 3; j++) {
          TraceCode code = TraceCode.product(producer, "B2018" + (char) ('A' + i) + j);
          out.add(
              new TracedItem(code, productIds.get(i), producer, null, LocalDate.of(2018, 3, j)));
          trace(code, producer, from.get(0), j);
        }
      }
    }
    String[][] brands = {
      {"B-1", "大名府", "COUNTY_PUBLIC"},
      {"B-2", "五得利", "ENTERPRISE"},
      {"B-3", "龙乡红", "PRODUCT"},
      {"B-4", "古城蒜", "PRODUCT"},
      {"B-5", "府香源", "ENTERPRISE"}
    };
    for (String[] b : brands) {
      out.add(new Brand(b[0], b[1], BrandKind.valueOf(b[2]), SampleCounties.DAMING, null));
    }
  }

  private void trace(TraceCode code, CreditCode producer, DivisionCode village, int j) {
    LocalDate day = LocalDate.of(2018, 3, j);
    TraceStep[] steps = TraceStep.values();
    for (int i = 0; i < steps.length; i++) {
      TraceStep step = steps[i];
      boolean atVillage = step == TraceStep.PRODUCE;
      String site =
          switch (step) {
            case PRODUCE -> null;
            case PROCESS, PACK -> "WH-130425";
            case SHIP -> "WH-130425";
            case RECEIVE, SELL -> stations.get(0).id();
          };
      CreditCode who =
          step == TraceStep.SHIP || step == TraceStep.RECEIVE ? expressCompanies.get(0) : producer;
      out.add(
          new TraceEvent(
              "EV-" + code.raw() + "-" + i,
              code,
              at(day.plusDays(i), 9),
              atVillage ? village : null,
              site,
              who,
              null,
              step));
    }
  }

  // ---- funds ----

  private void funds() {
    Money total = Money.ofWan(1500);
    String fund = "F-130425-2017";
    out.add(
        new Fund(
            fund,
            "2017年电子商务进农村综合示范中央财政资金",
            SampleCounties.DAMING,
            total,
            FundingSource.CENTRAL_GOVERNMENT,
            true,
            WORK_START,
            null));
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    LocalDate reported =
        calendar.covers(2017)
            ? calendar.plusWorkingDays(PLAN_PUBLISHED, 12)
            : PLAN_PUBLISHED.plusDays(20);
    String plan = "FP-130425-2017-1";
    out.add(
        new FundPlan(
            plan, fund, 1, "大政字〔2017〕58号", PLAN_PUBLISHED, reported, reported.plusDays(7)));
    out.add(
        new Tender(
            "TD-130425-2017",
            fund,
            true,
            contractor,
            LocalDate.of(2017, 8, 25),
            LocalDate.of(2017, 9, 20)));
    Object[][] allocations = {
      {FundCategory.UPWARD_STANDARDS, 300}, {FundCategory.UPWARD_PROCESSING, 225},
      {FundCategory.UPWARD_LOGISTICS, 450}, {FundCategory.SERVICE_CENTRE, 150},
      {FundCategory.VILLAGE_STATIONS, 150}, {FundCategory.TRAINING, 225}
    };
    int i = 0;
    for (Object[] a : allocations) {
      i++;
      Money amount = Money.ofWan((Integer) a[1]);
      String id = "AL-" + i;
      out.add(new Allocation(id, plan, (FundCategory) a[0], amount));
      Money advance = amount.share(new BigDecimal("0.60"));
      Money progress = amount.share(new BigDecimal("0.25"));
      out.add(
          new Disbursement(
              "D-" + i + "-1",
              fund,
              id,
              DisbursementKind.ADVANCE,
              advance,
              WORK_START.plusDays(11),
              contractor));
      out.add(
          new Disbursement(
              "D-" + i + "-2",
              fund,
              id,
              DisbursementKind.PROGRESS,
              progress,
              LocalDate.of(2018, 5, 15),
              contractor));
    }
    ExpenseCategory[] allowed = {
      ExpenseCategory.EQUIPMENT,
      ExpenseCategory.RENOVATION,
      ExpenseCategory.LOGISTICS,
      ExpenseCategory.BRANDING,
      ExpenseCategory.CERTIFICATION,
      ExpenseCategory.TRACEABILITY,
      ExpenseCategory.PACKAGING,
      ExpenseCategory.TRAINING,
      ExpenseCategory.PROMOTION
    };
    for (int e = 0; e < allowed.length; e++) {
      out.add(
          new Expense(
              "E-" + (e + 1),
              fund,
              allowed[e],
              Money.ofWan(between(20, 80)),
              date(WORK_START, LocalDate.of(2018, 8, 31)),
              allowed[e].termZh()));
    }
  }

  private void governance() {
    List<LocalDate> updates = new ArrayList<>();
    for (int m = 0; m < 10; m++) {
      updates.add(LocalDate.of(2017, 11, 5).plusMonths(m));
    }
    out.add(
        Disclosure.builder()
            .id("DS-130425-2017")
            .projectName("大名县电子商务进农村综合示范项目")
            .content("县级公共服务中心、仓储物流配送中心、乡镇配送中心及村级服务站点建设，电商培训，农产品上行")
            .contractor(contractor)
            .supportAmount(Money.ofWan(1500))
            .deadline(LocalDate.of(2018, 10, 31))
            .performanceTargets("服务站点不少于350个，培训不少于3000人次")
            .decisionDocument("大政字〔2017〕58号")
            .responsiblePerson(name())
            .publishedOn(LocalDate.of(2017, 9, 25))
            .progressUpdates(updates)
            .build());
    Object[][] milestones = {
      {MilestoneKind.LIAISON_LIST, LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 15)},
      {MilestoneKind.WORK_START, LocalDate.of(2017, 10, 31), WORK_START},
      {MilestoneKind.LOGISTICS_LAYOUT, LocalDate.of(2018, 1, 31), LocalDate.of(2018, 1, 28)},
      {MilestoneKind.OPERATION_START, LocalDate.of(2018, 1, 31), OPERATION_START},
      {MilestoneKind.OPERATION_END, LocalDate.of(2018, 8, 31), LocalDate.of(2018, 8, 31)},
      {MilestoneKind.ACCEPTANCE_APPLICATION, LocalDate.of(2018, 10, 31), LocalDate.of(2018, 10, 26)}
    };
    int i = 0;
    for (Object[] m : milestones) {
      out.add(
          new Milestone("M-" + (++i), (MilestoneKind) m[0], (LocalDate) m[1], (LocalDate) m[2]));
    }
    out.add(
        new Activity(
            "AC-1",
            ActivityKind.SPECIAL_EVENT,
            "大名县农产品网上年货节",
            LocalDate.of(2018, 1, 20),
            SampleCounties.DAMING));
    out.add(
        new Activity(
            "AC-2",
            ActivityKind.ON_SITE_OBSERVATION,
            "电商扶贫现场观摩会",
            LocalDate.of(2018, 6, 12),
            SampleCounties.DAMING));
    out.add(
        new AreaStatistics(
            SampleCounties.DAMING,
            2017,
            Money.ofWan(240_000),
            Money.ofWan(60_000),
            Money.ofWan(12_000),
            900,
            1500,
            3000));
    out.add(
        new AreaStatistics(
            SampleCounties.DAMING,
            2018,
            Money.ofWan(300_000),
            Money.ofWan(74_000),
            Money.ofWan(16_500),
            1200,
            2000,
            4200));
  }

  private void reports() {
    YearMonth month = YearMonth.from(OPERATION_START);
    for (int m = 0; m < OPERATION_MONTHS; m++, month = month.plusMonths(1)) {
      ReportingPeriod period = ReportingPeriod.month(month);
      LocalDate sent = month.atEndOfMonth().plusDays(5);
      ReportHeader header =
          new ReportHeader(
              contractor,
              SampleCounties.DAMING,
              ReportType.MONTHLY,
              period,
              contractor.raw() + "/" + period.id(),
              at(sent, 10));
      BigDecimal construction = BigDecimal.valueOf(50 + m * 6, 2);
      BigDecimal disbursed = BigDecimal.valueOf(60 + m * 3, 2);
      out.add(
          new MonthlyReport(
              header,
              new Progress(construction, disbursed),
              new ReportStatistics(
                  60,
                  1000L * (m + 1),
                  Money.ofWan(200 + 20 * m),
                  householdsByVillage.size(),
                  300 + 50 * m,
                  Money.ofWan(30 + 5 * m)),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    // Automated daily reports for every day from the start of operation up to the last day due
    // by the end of 2018, each sent in the small hours of the next day (DM-RPT-01/02).
    for (LocalDate day = OPERATION_START; day.isBefore(DAILY_REPORTS_END); day = day.plusDays(1)) {
      ReportingPeriod period = ReportingPeriod.day(day);
      out.add(
          new DailyReport(
              new ReportHeader(
                  contractor,
                  SampleCounties.DAMING,
                  ReportType.DAILY,
                  period,
                  contractor.raw() + "/" + period.id(),
                  at(day.plusDays(1), between(0, 5))),
              List.of(),
              List.of(),
              List.of()));
    }
    ReportingPeriod year = ReportingPeriod.year(2018);
    out.add(
        new AnnualReport(
            new ReportHeader(
                contractor,
                SampleCounties.DAMING,
                ReportType.ANNUAL,
                year,
                contractor.raw() + "/2018",
                at(LocalDate.of(2019, 1, 15), 10)),
            new Progress(new BigDecimal("0.95"), new BigDecimal("0.85")),
            new ReportStatistics(
                60,
                120_000L,
                Money.ofWan(3000),
                householdsByVillage.size(),
                1200,
                Money.ofWan(400)),
            new SelfEvaluation(
                "按实施方案推进，县乡村三级体系建成",
                "资金专账核算，按进度拨付，质保金留存",
                "制定站点考核管理制度",
                "主要目标全部完成",
                "按时报送日报、月报、年报"),
            new FundPerformance(
                Money.ofWan(1275),
                householdsByVillage.size(),
                1200,
                800,
                Money.ofWan(400),
                Money.ZERO),
            Map.of("station_coverage", new BigDecimal("0.72")),
            "2018年度电子商务进农村综合示范工作总结"));
  }
}
