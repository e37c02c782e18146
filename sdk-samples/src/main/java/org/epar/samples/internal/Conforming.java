package org.epar.samples.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Activity;
import org.epar.core.model.ActivityKind;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Certificate;
import org.epar.core.model.CertificationType;
import org.epar.core.model.County;
import org.epar.core.model.Dataset;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.Direction;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.Equipment;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.FundingSource;
import org.epar.core.model.Household;
import org.epar.core.model.HubFunction;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Leader;
import org.epar.core.model.Member;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.Product;
import org.epar.core.model.Progress;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatistics;
import org.epar.core.model.SelfEvaluation;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.Township;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TraineeCategory;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingOutcome;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;

/**
 * Small counties that satisfy the provincial profiles at {@link #asOf(String)}; see {@link
 * org.epar.samples.SampleCounties#conforming(String, long)}. Single use per call; deterministic for
 * a seed.
 */
public final class Conforming {

  /** Built-in profile IDs with a conforming county here. */
  public static final String GUANGDONG_2018 = "guangdong-2018";

  public static final String HEILONGJIANG_2016 = "heilongjiang-2016";
  public static final String HENAN_2018 = "henan-2018";
  public static final String CHONGQING_2017 = "chongqing-2017";

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private final SplittableRandom rnd;
  private final String area;
  final Dataset.Builder out = Dataset.builder();
  private final Set<String> citizenIds = new HashSet<>();
  private final Set<String> creditCodes = new HashSet<>();
  final DivisionCode county;
  final List<DivisionCode> townships = new ArrayList<>();
  final List<Village> villages = new ArrayList<>();
  final List<Village> poorVillages = new ArrayList<>();
  final List<Household> households = new ArrayList<>();
  CreditCode contractor = CreditCode.of("");

  /** Whether {@link #places} marks its first township as a deep-poverty township (深度贫困乡镇). */
  private boolean deepPovertyFirst;

  private Conforming(long seed, String county6) {
    this.rnd = new SplittableRandom(seed);
    this.area = county6;
    this.county = DivisionCode.of(county6 + "000000");
  }

  /**
   * The as-of date at which {@link #county} satisfies a profile.
   *
   * @param profileId a provincial built-in profile ID
   * @return the date
   * @throws IllegalArgumentException if there is no conforming county for that profile
   */
  public static LocalDate asOf(String profileId) {
    return switch (profileId) {
      case GUANGDONG_2018, HEILONGJIANG_2016, HENAN_2018, CHONGQING_2017 ->
          LocalDate.of(2021, 1, 1);
      default ->
          throw new IllegalArgumentException("no conforming county for profile " + profileId);
    };
  }

  /**
   * A small county that satisfies a provincial built-in profile at {@link #asOf}.
   *
   * @param profileId a provincial built-in profile ID
   * @param seed the seed; the same seed gives an equal dataset
   * @return the dataset
   * @throws IllegalArgumentException if there is no conforming county for that profile
   */
  public static Dataset county(String profileId, long seed) {
    return switch (profileId) {
      case GUANGDONG_2018 -> new Conforming(seed, "441427").guangdong();
      case HEILONGJIANG_2016 -> new Conforming(seed, "230223").heilongjiang();
      case HENAN_2018 -> new Conforming(seed, "411321").henan();
      case CHONGQING_2017 -> new Conforming(seed, "500229").chongqing();
      default ->
          throw new IllegalArgumentException("no conforming county for profile " + profileId);
    };
  }

  // ---- Guangdong: 蕉岭县 (Meizhou) ----

  private Dataset guangdong() {
    out.scope(county);
    out.add(new County(county, "蕉岭县", false, DemonstrationLevel.NATIONAL, false, 2017));
    enterprises();
    places(3, 4, 2);
    for (DivisionCode t : townships) {
      site("TS-" + t.value(), SiteType.TOWNSHIP_STATION, t, EnumSet.of(Equipment.COMPUTER));
    }
    site("CSC-" + area, SiteType.COUNTY_SERVICE_CENTRE, county, EnumSet.of(Equipment.COMPUTER));
    for (Village v : poorVillages) {
      site(
          "VS-" + v.code().value(),
          SiteType.VILLAGE_STATION,
          v.code(),
          EnumSet.of(Equipment.COMPUTER));
    }
    households(2);
    TrainingSession s =
        session("T-1", TrainingKind.BASIC, EnumSet.of(TraineeCategory.REGISTERED_POOR));
    int k = 0;
    for (Household h : households) {
      for (Member m : h.members()) {
        out.add(
            new Attendance(
                "A-" + (++k),
                s.id(),
                m.citizenId(),
                h.id(),
                null,
                TraineeCategory.REGISTERED_POOR));
      }
    }
    DivisionCode city = DivisionCode.of(area.substring(0, 4) + "00000000");
    long base = between(50_000, 90_000);
    out.add(
        new AreaStatistics(
            city,
            2017,
            Money.ofWan(base),
            Money.ofWan(base / 3),
            Money.ofWan(base / 10),
            100,
            100,
            100));
    out.add(
        new AreaStatistics(
            city,
            2019,
            Money.ofWan(base * 3 / 2),
            Money.ofWan(base / 2),
            Money.ofWan(base / 6),
            300,
            300,
            300));
    List<DivisionCode> all = poorVillages.stream().map(Village::code).toList();
    product("PR-1", "蕉岭绿茶", all, EnumSet.of(CertificationType.GREEN_FOOD), "B-1");
    out.add(new Brand("B-1", "长寿蕉岭", BrandKind.REGIONAL_PUBLIC, county, "PR-1"));
    for (int i = 1; i <= 3; i++) {
      out.add(
          new TracedItem(
              TraceCode.product(contractor, "B2019" + i),
              "PR-1",
              contractor,
              null,
              LocalDate.of(2019, 4, i)));
    }
    out.add(
        new TracedItem(
            TraceCode.village(poorVillages.get(0).code().value(), "T2019"),
            "PR-1",
            contractor,
            null,
            LocalDate.of(2019, 5, 1)));
    annual(2019);
    return out.build();
  }

  // ---- Heilongjiang: 依安县 and four other poor counties of Qiqihar ----

  private Dataset heilongjiang() {
    out.scope(DivisionCode.of("230200000000"));
    String[][] counties = {
      {"230223", "依安县"}, {"230224", "泰来县"}, {"230225", "甘南县"}, {"230227", "富裕县"}, {"230229", "克山县"}
    };
    for (String[] c : counties) {
      DivisionCode code = DivisionCode.of(c[0] + "000000");
      out.add(new County(code, c[1], true, DemonstrationLevel.PROVINCIAL, false, 2017));
      out.add(
          new AreaStatistics(
              code,
              2019,
              Money.ofWan(between(20_000, 40_000)),
              Money.ofWan(8_000),
              Money.ofWan(between(2_000, 4_000)),
              2_000,
              5_000,
              20_000));
      out.add(
          new AreaStatistics(
              code,
              2020,
              Money.ofWan(between(40_000, 60_000)),
              Money.ofWan(9_000),
              Money.ofWan(between(4_000, 6_000)),
              2_500,
              6_000,
              21_000));
    }
    enterprises();
    places(2, 4, 2);
    Set<Equipment> fourItems =
        EnumSet.of(
            Equipment.COMPUTER,
            Equipment.OFFICE_EQUIPMENT,
            Equipment.NETWORK_LINE,
            Equipment.MANAGEMENT_SYSTEM);
    for (DivisionCode t : townships) {
      site(
          "TDC-" + t.value(),
          SiteType.TOWNSHIP_DISTRIBUTION_CENTRE,
          t,
          EnumSet.of(Equipment.SHELVES));
    }
    for (Village v : poorVillages) {
      site("VS-" + v.code().value(), SiteType.VILLAGE_STATION, v.code(), fourItems);
      site(
          "EX-" + v.code().value(),
          SiteType.EXPRESS_OUTLET,
          v.code(),
          EnumSet.noneOf(Equipment.class));
    }
    households(2);
    for (int i = 1; i <= 1000; i++) {
      Village v = villages.get(i % villages.size());
      out.add(new Leader("L-" + Draw.pad(i, 4), citizenId(), name(), v.code(), List.of()));
    }
    for (int i = 1; i <= 100; i++) {
      Village v = villages.get(i % villages.size());
      out.add(
          new Recognition(
              "R-V" + i,
              RecognitionKind.ONE_VILLAGE_ONE_PRODUCT,
              v.name() + "电商专业村",
              v.code(),
              2019));
      out.add(
          new Recognition("R-C" + i, RecognitionKind.TYPICAL_CASE, "电商脱贫典型" + i, v.code(), 2019));
    }
    TrainingSession s =
        session(
            "T-1",
            TrainingKind.PROFESSIONAL,
            EnumSet.of(TraineeCategory.PRACTITIONER, TraineeCategory.ENTREPRENEUR));
    PersonnelRole[] roles = {PersonnelRole.PROGRAMME_MANAGER, PersonnelRole.PRACTITIONER};
    for (int i = 1; i <= 6; i++) {
      String id = "P-" + i;
      CitizenId person = citizenId();
      out.add(
          new Personnel(
              id,
              person,
              name(),
              phone(),
              roles[i % 2],
              county,
              contractor,
              LocalDate.of(2017, 3, 1)));
      out.add(new Attendance("A-P" + i, s.id(), person, null, id, TraineeCategory.PRACTITIONER));
    }
    out.add(
        new Fund(
            "F-1",
            "依安县电商扶贫专项资金",
            county,
            Money.ofWan(500),
            FundingSource.LOCAL_GOVERNMENT,
            true,
            LocalDate.of(2017, 5, 1),
            null));
    out.add(
        new Fund(
            "F-2",
            "合作企业投入",
            county,
            Money.ofWan(100),
            FundingSource.PARTNER_ENTERPRISE,
            true,
            LocalDate.of(2017, 5, 1),
            null));
    product(
        "PR-1",
        "依安大鹅",
        List.of(poorVillages.get(0).code()),
        EnumSet.of(CertificationType.GEOGRAPHICAL_INDICATION, CertificationType.ORGANIC),
        null);
    monthly(2019, 6);
    annual(2019);
    return out.build();
  }

  // ---- Henan: five poor counties of the 2018 additions, 3,500 poor villages with stations ----

  private Dataset henan() {
    out.scope(DivisionCode.of("410000000000"));
    enterprises();
    String[][] counties = {
      {"411321", "南召县", "NATIONAL"},
      {"411729", "新蔡县", "NATIONAL"},
      {"411625", "郸城县", "NATIONAL"},
      {"411624", "沈丘县", "NATIONAL"},
      {"410725", "原阳县", "PROVINCIAL"}
    };
    Set<SiteService> services =
        EnumSet.of(
            SiteService.DAILY_GOODS,
            SiteService.PRODUCT_SALES,
            SiteService.POLICY_INFO,
            SiteService.FEE_COLLECTION,
            SiteService.AGENCY,
            SiteService.PARCELS,
            SiteService.BUY_ON_BEHALF,
            SiteService.SELL_ON_BEHALF);
    TrainingSession free =
        session("T-1", TrainingKind.BASIC, EnumSet.of(TraineeCategory.REGISTERED_POOR));
    TrainingSession rotation =
        session("T-2", TrainingKind.CADRE_ROTATION, EnumSet.of(TraineeCategory.CADRE));
    List<String> helped = new ArrayList<>();
    int leader = 0;
    int trainee = 0;
    for (String[] c : counties) {
      DivisionCode code = DivisionCode.of(c[0] + "000000");
      out.add(new County(code, c[1], true, DemonstrationLevel.valueOf(c[2]), true, 2018));
      site("CSC-" + c[0], SiteType.COUNTY_SERVICE_CENTRE, code, EnumSet.of(Equipment.COMPUTER));
      for (int t = 0; t < 10; t++) {
        DivisionCode township = DivisionCode.of(c[0] + (100 + t) + "000");
        out.add(new Township(township, c[1] + "第" + (t + 1) + "乡", true, false, true, true, true));
        for (int v = 0; v < 70; v++) {
          boolean eligible = t == 0 && v < 2;
          Village village =
              new Village(
                  DivisionCode.of(c[0] + (100 + t) + (201 + v)),
                  c[1] + (t + 1) + "乡" + (v + 1) + "村",
                  between(300, 1500),
                  true,
                  eligible,
                  true,
                  true,
                  true,
                  true,
                  List.of());
          out.add(village);
          out.add(
              Site.builder()
                  .id("VS-" + village.code().value())
                  .type(SiteType.VILLAGE_STATION)
                  .name("服务站")
                  .division(village.code())
                  .floorArea(Draw.area(between(100, 300)))
                  .staff(1)
                  .equipment(EnumSet.of(Equipment.COMPUTER))
                  .services(services)
                  .operator(contractor)
                  .centrallyFunded(true)
                  .openedOn(LocalDate.of(2018, 6, 1))
                  .poorHouseholdsServed(3)
                  .build());
          for (int h = 1; h <= 3; h++) {
            boolean able = eligible && h == 1;
            Member m =
                new Member(citizenId(c[0]), name(), null, LabourCapacity.FULL, false, able, false);
            Household hh =
                Household.builder()
                    .id("H-" + village.code().value() + "-" + h)
                    .village(village.code())
                    .registeredPoor(true)
                    .status(PovertyStatus.POOR)
                    .members(List.of(m))
                    .build();
            out.add(hh);
            helped.add(hh.id());
            if (able) {
              trainee++;
              out.add(
                  new Attendance(
                      "A-" + trainee,
                      free.id(),
                      m.citizenId(),
                      hh.id(),
                      null,
                      TraineeCategory.REGISTERED_POOR));
              out.add(
                  new FollowUp(
                      "FU-" + trainee,
                      m.citizenId(),
                      free.id(),
                      LocalDate.of(2018, 7, 1),
                      EnumSet.of(TrainingOutcome.EMPLOYED)));
            }
          }
          if (eligible) {
            leader++;
            out.add(
                new Leader(
                    "L-" + leader,
                    citizenId(c[0]),
                    name(),
                    village.code(),
                    List.of("H-" + village.code().value() + "-1")));
          }
        }
      }
    }
    for (int i = 0; i < helped.size(); i += 250) {
      out.add(
          OnlineShop.builder()
              .id("SHOP-" + (i / 250 + 1))
              .name("电商扶贫网店" + (i / 250 + 1))
              .platform("淘宝")
              .majorPlatform(true)
              .division(county)
              .demonstration(true)
              .annualSales(Money.ofWan(between(10, 50)))
              .linkedHouseholds(helped.subList(i, Math.min(i + 250, helped.size())))
              .build());
    }
    PersonnelRole[] cadres = {
      PersonnelRole.TOWNSHIP_CADRE, PersonnelRole.VILLAGE_CADRE, PersonnelRole.FIRST_SECRETARY
    };
    for (int i = 0; i < cadres.length; i++) {
      String id = "P-" + (i + 1);
      CitizenId person = citizenId();
      out.add(
          new Personnel(
              id, person, name(), phone(), cadres[i], county, null, LocalDate.of(2018, 3, 1)));
      out.add(
          new Attendance("A-P" + (i + 1), rotation.id(), person, null, id, TraineeCategory.CADRE));
    }
    for (int year = 2018; year <= 2020; year++) {
      out.add(
          new Activity(
              "AC-" + year + "-1",
              ActivityKind.ON_SITE_OBSERVATION,
              "电商扶贫现场观摩",
              LocalDate.of(year, 5, between(1, 28)),
              county));
      out.add(
          new Activity(
              "AC-" + year + "-2",
              ActivityKind.SPECIAL_EVENT,
              "农产品网销专项活动",
              LocalDate.of(year, 10, between(1, 28)),
              county));
    }
    Object[][] recognitions = {
      {RecognitionKind.ADVANCED_COUNTY, 10},
      {RecognitionKind.ADVANCED_TOWNSHIP, 50},
      {RecognitionKind.EXCELLENT_LEADER, 100},
      {RecognitionKind.BEST_SELLING_BRAND, 100}
    };
    for (Object[] r : recognitions) {
      RecognitionKind kind = (RecognitionKind) r[0];
      for (int i = 1; i <= (Integer) r[1]; i++) {
        DivisionCode where =
            kind == RecognitionKind.ADVANCED_TOWNSHIP
                ? DivisionCode.of(counties[i % counties.length][0] + (100 + i % 10) + "000")
                : DivisionCode.of(counties[i % counties.length][0] + "000000");
        out.add(
            new Recognition("R-" + kind.name() + "-" + i, kind, kind.termZh() + i, where, 2019));
      }
    }
    for (java.time.YearMonth m = java.time.YearMonth.of(2018, 1);
        m.isBefore(java.time.YearMonth.of(2020, 12));
        m = m.plusMonths(1)) {
      monthly(m.getYear(), m.getMonthValue());
    }
    for (int q = 0; q < 11; q++) {
      int year = 2018 + q / 4;
      ReportingPeriod period = ReportingPeriod.quarter(year, q % 4 + 1);
      LocalDate end = LocalDate.of(year, (q % 4 + 1) * 3, 1).plusMonths(1);
      out.add(
          new QuarterlyReport(
              header(ReportType.QUARTERLY, period, end.plusDays(5)),
              new Progress(new BigDecimal("0.80"), new BigDecimal("0.75")),
              statistics(),
              "季度小结"));
    }
    annual(2018);
    annual(2019);
    return out.build();
  }

  // ---- Chongqing: the 14 former national key counties; 城口县 in detail ----

  private Dataset chongqing() {
    out.scope(DivisionCode.of("500000000000"));
    enterprises();
    String[][] keys = {
      {"500229", "城口县"},
      {"500230", "丰都县"},
      {"500233", "忠县"},
      {"500235", "云阳县"},
      {"500236", "奉节县"},
      {"500237", "巫山县"},
      {"500238", "巫溪县"},
      {"500240", "石柱县"},
      {"500241", "秀山县"},
      {"500242", "酉阳县"},
      {"500243", "彭水县"},
      {"500114", "黔江区"},
      {"500116", "江津区"},
      {"500230", "丰都县"}
    };
    Set<String> seen = new HashSet<>();
    keys[13] = new String[] {"500231", "垫江县"};
    for (String[] k : keys) {
      if (!seen.add(k[0])) {
        continue;
      }
      DivisionCode code = DivisionCode.of(k[0] + "000000");
      out.add(new County(code, k[1], true, DemonstrationLevel.NATIONAL, true, 2016));
      site("CSC-" + k[0], SiteType.COUNTY_SERVICE_CENTRE, code, EnumSet.of(Equipment.COMPUTER));
    }
    deepPovertyFirst = true;
    places(3, 4, 2);
    DivisionCode deep = townships.get(0);
    for (DivisionCode t : townships) {
      site("TS-" + t.value(), SiteType.TOWNSHIP_STATION, t, EnumSet.of(Equipment.COMPUTER));
    }
    for (Village v : poorVillages) {
      site(
          "VS-" + v.code().value(),
          SiteType.VILLAGE_STATION,
          v.code(),
          EnumSet.of(Equipment.COMPUTER));
    }
    // CQ-LOG-01 (revision 2): parcels of the last 90 days before 2020-12-31, each in one day
    String centre = "CW-" + keys[0][0];
    site(
        centre,
        SiteType.COUNTY_WAREHOUSE,
        DivisionCode.of(keys[0][0] + "000000"),
        EnumSet.of(Equipment.COMPUTER));
    for (int i = 0; i < 5; i++) {
      String station = "VS-" + poorVillages.get(i % poorVillages.size()).code().value();
      LocalDate sent = LocalDate.of(2020, 12, 1 + i);
      out.add(
          new Shipment(
              "SH-D" + i,
              centre,
              station,
              null,
              Direction.DOWNWARD,
              sent,
              sent.plusDays(1),
              null,
              null));
      out.add(
          new Shipment(
              "SH-U" + i,
              station,
              centre,
              null,
              Direction.UPWARD,
              sent,
              sent.plusDays(1),
              null,
              null));
    }
    out.add(
        Site.builder()
            .id("HUB-" + deep.value())
            .type(SiteType.COLLECTION_HUB)
            .name("产地集配中心")
            .division(deep)
            .floorArea(Draw.area(5000))
            .staff(6)
            .equipment(EnumSet.of(Equipment.SHELVES))
            .hubFunctions(EnumSet.allOf(HubFunction.class))
            .operator(contractor)
            .centrallyFunded(true)
            .openedOn(LocalDate.of(2018, 5, 1))
            .build());
    households(2);
    TrainingSession s =
        session("T-1", TrainingKind.BASIC, EnumSet.of(TraineeCategory.REGISTERED_POOR));
    int k = 0;
    for (Household h : households) {
      Member m = h.members().get(0);
      k++;
      out.add(
          new Attendance(
              "A-" + k, s.id(), m.citizenId(), h.id(), null, TraineeCategory.REGISTERED_POOR));
      out.add(
          new FollowUp(
              "FU-" + k,
              m.citizenId(),
              s.id(),
              LocalDate.of(2018, 8, 1),
              EnumSet.of(TrainingOutcome.OPENED_SHOP)));
    }
    int l = 0;
    for (Village v : poorVillages) {
      List<String> linked =
          households.stream().filter(h -> h.village().equals(v.code())).map(Household::id).toList();
      out.add(new Leader("L-" + (++l), citizenId(), name(), v.code(), linked));
    }
    for (int i = 1; i <= 500; i++) {
      Household h = households.get(i % households.size());
      out.add(
          OnlineShop.builder()
              .id("SHOP-" + i)
              .name("城口山货" + i)
              .platform("淘宝")
              .majorPlatform(true)
              .division(i == 1 ? deep : h.village())
              .ownerHousehold(h.id())
              .demonstration(true)
              .annualSales(Money.ofWan(between(5, 50)))
              .linkedHouseholds(List.of(h.id()))
              .build());
    }
    long agri = between(2_000, 4_000);
    out.add(
        new AreaStatistics(
            county,
            2017,
            Money.ofWan(agri * 10),
            Money.ofWan(agri * 3),
            Money.ofWan(agri),
            100,
            100,
            100));
    out.add(
        new AreaStatistics(
            county,
            2019,
            Money.ofWan(agri * 14),
            Money.ofWan(agri * 5),
            Money.ofWan(agri * 8 / 5),
            300,
            300,
            300));
    Household first = households.get(0);
    product(
        "PR-1",
        "城口老腊肉",
        List.of(first.village()),
        EnumSet.of(CertificationType.GEOGRAPHICAL_INDICATION),
        "B-1");
    out.add(new Brand("B-1", "城口山地鸡", BrandKind.PRODUCT, county, "PR-1"));
    out.add(
        new TracedItem(
            TraceCode.householdProduct(first.village().value(), "H1", "LRR1"),
            "PR-1",
            contractor,
            first.id(),
            LocalDate.of(2019, 1, 10)));
    out.add(
        new TracedItem(
            TraceCode.product(contractor, "B20191"),
            "PR-1",
            contractor,
            null,
            LocalDate.of(2019, 1, 10)));
    annual(2019);
    return out.build();
  }

  // ---- shared parts ----

  private void enterprises() {
    contractor = creditCode("91");
    out.add(
        new Enterprise(
            contractor,
            "县电子商务运营有限公司",
            EnumSet.of(EnterpriseRole.CONTRACTOR, EnterpriseRole.ECOMMERCE),
            county,
            Money.ofWan(between(300, 800)),
            between(50, 300)));
  }

  /** Townships, villages per township, of which the first {@code poorPerTownship} are poor. */
  private void places(int townshipCount, int villagesPerTownship, int poorPerTownship) {
    for (int t = 0; t < townshipCount; t++) {
      DivisionCode township = DivisionCode.of(area + (100 + t) + "000");
      townships.add(township);
      out.add(
          new Township(
              township, "第" + (t + 1) + "镇", true, deepPovertyFirst && t == 0, true, true, true));
      for (int v = 0; v < villagesPerTownship; v++) {
        boolean poor = v < poorPerTownship;
        Village village =
            new Village(
                DivisionCode.of(area + (100 + t) + (201 + v)),
                "第" + (t + 1) + "镇" + (v + 1) + "村",
                between(300, 1500),
                poor,
                poor,
                true,
                true,
                true,
                true,
                List.of());
        villages.add(village);
        if (poor) {
          poorVillages.add(village);
        }
        out.add(village);
      }
    }
  }

  private void households(int perVillage) {
    for (Village v : poorVillages) {
      for (int h = 1; h <= perVillage; h++) {
        List<Member> members =
            List.of(
                new Member(citizenId(), name(), phone(), LabourCapacity.FULL, false, true, false),
                new Member(citizenId(), name(), null, LabourCapacity.PARTIAL, false, true, false));
        Household hh =
            Household.builder()
                .id("H-" + v.code().value() + "-" + h)
                .village(v.code())
                .registeredPoor(true)
                .status(PovertyStatus.POOR)
                .members(members)
                .build();
        households.add(hh);
        out.add(hh);
      }
    }
  }

  private void site(String id, SiteType type, DivisionCode division, Set<Equipment> equipment) {
    out.add(
        Site.builder()
            .id(id)
            .type(type)
            .name(id)
            .division(division)
            .floorArea(Draw.area(between(1000, 3000)))
            .staff(between(1, 3))
            .equipment(equipment)
            .operator(contractor)
            .centrallyFunded(true)
            .openedOn(LocalDate.of(2018, 3, 1))
            .build());
  }

  private TrainingSession session(String id, TrainingKind kind, Set<TraineeCategory> audience) {
    LocalDate start = LocalDate.of(2018, 4, between(1, 20));
    TrainingSession s =
        TrainingSession.builder()
            .id(id)
            .title("电商扶贫培训")
            .provider(contractor)
            .kind(kind)
            .startDate(start)
            .endDate(start.plusDays(2))
            .audience(audience)
            .division(county)
            .free(true)
            .subsidy(Money.ofWan(2))
            .build();
    out.add(s);
    return s;
  }

  private void product(
      String id, String name, List<DivisionCode> from, Set<CertificationType> certs, String brand) {
    List<Certificate> certificates = new ArrayList<>();
    for (CertificationType t : certs) {
      certificates.add(new Certificate(t, "中国绿色食品发展中心", "LB-" + id + "-" + t.ordinal()));
    }
    out.add(
        new Product(id, name, contractor, from, certs, brand, true, true, true)
            .toBuilder().certificates(certificates).build());
  }

  private ReportHeader header(ReportType type, ReportingPeriod period, LocalDate sent) {
    return new ReportHeader(
        contractor,
        county,
        type,
        period,
        contractor.raw() + "/" + period.id(),
        OffsetDateTime.of(sent, LocalTime.of(10, between(0, 59)), CHINA));
  }

  private ReportStatistics statistics() {
    return new ReportStatistics(
        between(20, 60),
        (long) between(10_000, 50_000),
        Money.ofWan(between(500, 900)),
        poorVillages.size(),
        households.size(),
        Money.ofWan(between(10, 50)));
  }

  private void monthly(int year, int month) {
    ReportingPeriod period = ReportingPeriod.month(year, month);
    out.add(
        new MonthlyReport(
            header(
                ReportType.MONTHLY, period, LocalDate.of(year, month, 1).plusMonths(1).plusDays(3)),
            new Progress(new BigDecimal("0.80"), new BigDecimal("0.75")),
            statistics(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
  }

  private void annual(int year) {
    out.add(
        new AnnualReport(
            header(ReportType.ANNUAL, ReportingPeriod.year(year), LocalDate.of(year + 1, 1, 20)),
            new Progress(new BigDecimal("0.95"), new BigDecimal("0.90")),
            statistics(),
            new SelfEvaluation("按方案实施", "专款专用", "制度健全", "目标完成", "按时报送"),
            new FundPerformance(
                Money.ofWan(450),
                poorVillages.size(),
                households.size(),
                between(20, 80),
                Money.ofWan(between(20, 60)),
                Money.ZERO),
            indicators(),
            year + "年度电商扶贫工作总结"));
  }

  private static Map<String, BigDecimal> indicators() {
    Map<String, BigDecimal> m = new java.util.TreeMap<>();
    for (int i = 1; i <= 20; i++) {
      m.put("indicator_" + Draw.pad(i, 2), new BigDecimal("0.9"));
    }
    return m;
  }

  int between(int min, int max) {
    return min + rnd.nextInt(max - min + 1);
  }

  private String name() {
    return Draw.SURNAMES[rnd.nextInt(Draw.SURNAMES.length)]
        + Draw.GIVEN[rnd.nextInt(Draw.GIVEN.length)];
  }

  private String phone() {
    return "13" + Draw.pad(rnd.nextInt(1_000_000_000), 9);
  }

  CitizenId citizenId() {
    return citizenId(area);
  }

  CitizenId citizenId(String area) {
    while (true) {
      LocalDate born =
          LocalDate.ofEpochDay(LocalDate.of(1960, 1, 1).toEpochDay() + rnd.nextInt(15_000));
      String body =
          area
              + born.getYear()
              + Draw.pad(born.getMonthValue(), 2)
              + Draw.pad(born.getDayOfMonth(), 2)
              + Draw.pad(rnd.nextInt(1000), 3);
      String raw = body + CitizenId.checkCharacter(body);
      if (citizenIds.add(raw)) {
        return CitizenId.of(raw);
      }
    }
  }

  CreditCode creditCode(String type) {
    while (true) {
      StringBuilder b = new StringBuilder(type).append(area);
      for (int i = 0; i < 9; i++) {
        b.append(CreditCode.ALPHABET.charAt(rnd.nextInt(CreditCode.ALPHABET.length())));
      }
      String raw = b.append(CreditCode.checkCharacter(b)).toString();
      if (creditCodes.add(raw)) {
        return CreditCode.of(raw);
      }
    }
  }
}
