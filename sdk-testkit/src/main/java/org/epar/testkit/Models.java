package org.epar.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.Activity;
import org.epar.core.model.ActivityKind;
import org.epar.core.model.Allocation;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Certificate;
import org.epar.core.model.CertificationType;
import org.epar.core.model.County;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.DemonstrationStatus;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.Disclosure;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.EparRecord;
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
import org.epar.core.model.HubFunction;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Leader;
import org.epar.core.model.LogisticsRoute;
import org.epar.core.model.Member;
import org.epar.core.model.Milestone;
import org.epar.core.model.MilestoneKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.NaturalVillage;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.PlanChange;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.Product;
import org.epar.core.model.Progress;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.core.model.RecordType;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatistics;
import org.epar.core.model.Room;
import org.epar.core.model.SelfEvaluation;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.StationCharge;
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
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of every record type of {@link org.epar.core.model}.
 *
 * <p>{@link #of(RecordType)} gives realistic, valid records: valid identifiers with real division
 * structure, floor areas of 5-2000 m² that fit the site type, 50-5000 residents a village, 1-20
 * orders a transaction, dates in 2016-2020 with ends after starts, households of 1-8 members,
 * non-negative amounts. Records are valid one by one; references between them (a household's
 * village, an attendance's session) are not resolved: use {@link Counties} for a consistent
 * dataset.
 *
 * <p>{@link #lenient(RecordType)} gives the same shapes with nulls in nullable fields, invalid
 * identifiers, negative amounts and counts, and reversed date ranges: data a validator must report
 * on without throwing.
 *
 * <pre>{@code
 * for (RecordType type : RecordType.values()) {
 *   qt().forAll(Models.lenient(type)).checkAssert(r -> validator.validate(r));
 * }
 * }</pre>
 *
 * <p>All generators are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Models {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"};
  static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华",
    "桂兰", "志强"
  };
  private static final String[] PLATFORMS = {"淘宝", "天猫", "京东", "拼多多", "微店", "邮乐网", "苏宁易购", "832平台"};
  static final String[] PRODUCTS = {
    "小米", "蜂蜜", "香油", "红薯", "花生", "大蒜", "山药", "红枣", "鸡蛋", "面粉", "芝麻酱"
  };
  private static final Set<ExpenseCategory> BANNED =
      EnumSet.of(
          ExpenseCategory.ONLINE_PLATFORM,
          ExpenseCategory.BUILDING,
          ExpenseCategory.PURCHASED_TRAFFIC,
          ExpenseCategory.FOOD_LODGING,
          ExpenseCategory.SALARIES,
          ExpenseCategory.UTILITIES);

  private Models() {}

  /**
   * A generator of valid, realistic records of one type.
   *
   * @param type the record type
   * @return the generator; its records have {@code recordType() == type}
   */
  public static Gen<? extends EparRecord> of(RecordType type) {
    return generator(type, Style.STRICT);
  }

  /**
   * A generator of valid, realistic records of one Java type, e.g. {@code Models.of(Site.class)}.
   *
   * @param <R> the record class
   * @param type the record class, one of the {@link RecordType#javaType()}s
   * @return the generator
   * @throws IllegalArgumentException if the class is not a record type of the model
   */
  public static <R extends EparRecord> Gen<R> of(Class<R> type) {
    return typed(type, Style.STRICT);
  }

  /**
   * A generator of records of one type with nulls in nullable fields, invalid identifiers, negative
   * amounts and counts, and reversed date ranges mixed in; about half of the records have at least
   * one such defect. For tests that a validator never throws.
   *
   * @param type the record type
   * @return the generator; its records have {@code recordType() == type}
   */
  public static Gen<? extends EparRecord> lenient(RecordType type) {
    return generator(type, Style.LENIENT);
  }

  /**
   * Like {@link #lenient(RecordType)}, typed by the record class.
   *
   * @param <R> the record class
   * @param type the record class, one of the {@link RecordType#javaType()}s
   * @return the generator
   * @throws IllegalArgumentException if the class is not a record type of the model
   */
  public static <R extends EparRecord> Gen<R> lenient(Class<R> type) {
    return typed(type, Style.LENIENT);
  }

  /**
   * Valid records of any type, each type equally likely.
   *
   * @return the generator
   */
  public static Gen<EparRecord> anyRecord() {
    return in -> generator(Draw.pick(in, RecordType.class), Style.STRICT).generate(in);
  }

  /**
   * Lenient records of any type, each type equally likely.
   *
   * @return the generator
   */
  public static Gen<EparRecord> anyLenientRecord() {
    return in -> generator(Draw.pick(in, RecordType.class), Style.LENIENT).generate(in);
  }

  /**
   * Datasets of 0 to {@code maxPerType} valid records of every type, scoped to a real county. The
   * records are independent of each other (references are not resolved).
   *
   * @param maxPerType the largest number of records of one type, at least 0
   * @return the generator
   * @throws IllegalArgumentException if {@code maxPerType} is negative
   */
  public static Gen<Dataset> datasets(int maxPerType) {
    if (maxPerType < 0) {
      throw new IllegalArgumentException("maxPerType must not be negative");
    }
    return in -> {
      Dataset.Builder b = Dataset.builder();
      b.scope(Identifiers.divisionCodes(DivisionLevel.COUNTY).generate(in));
      for (RecordType type : RecordType.values()) {
        b.addAll(Draw.<EparRecord>list(in, of(type), 0, maxPerType));
      }
      return b.build();
    };
  }

  private static <R extends EparRecord> Gen<R> typed(Class<R> type, Style style) {
    Objects.requireNonNull(type, "type");
    for (RecordType t : RecordType.values()) {
      if (t.javaType() == type) {
        Gen<? extends EparRecord> g = generator(t, style);
        return in -> type.cast(g.generate(in));
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not a record type of the model");
  }

  private static Gen<? extends EparRecord> generator(RecordType type, Style s) {
    Objects.requireNonNull(type, "type");
    return switch (type) {
      case COUNTY -> county(s);
      case TOWNSHIP -> township(s);
      case VILLAGE -> village(s);
      case SITE -> site(s);
      case LOGISTICS_ROUTE -> logisticsRoute(s);
      case HOUSEHOLD -> household(s);
      case PERSONNEL -> personnel(s);
      case LEADER -> leader(s);
      case TRAINING_SESSION -> trainingSession(s);
      case ATTENDANCE -> attendance(s);
      case FOLLOW_UP -> followUp(s);
      case ONLINE_SHOP -> onlineShop(s);
      case TRANSACTION -> transaction(s);
      case SHIPMENT -> shipment(s);
      case PRODUCT -> product(s);
      case BRAND -> brand(s);
      case ENTERPRISE -> enterprise(s);
      case FUND -> fund(s);
      case FUND_PLAN -> fundPlan(s);
      case ALLOCATION -> allocation(s);
      case TENDER -> tender(s);
      case DISBURSEMENT -> disbursement(s);
      case EXPENSE -> expense(s);
      case TRACED_ITEM -> tracedItem(s);
      case TRACE_EVENT -> traceEvent(s);
      case DISCLOSURE -> disclosure(s);
      case ACTIVITY -> activity(s);
      case RECOGNITION -> recognition(s);
      case MILESTONE -> milestone(s);
      case PLAN_CHANGE -> planChange(s);
      case AREA_STATISTICS -> areaStatistics(s);
      case DEVICE_DAY -> deviceDay(s);
      case DAILY_REPORT -> dailyReport(s);
      case MONTHLY_REPORT -> monthlyReport(s);
      case QUARTERLY_REPORT -> quarterlyReport(s);
      case ANNUAL_REPORT -> annualReport(s);
    };
  }

  // ---- small parts ----

  static String id(RandomnessSource in, String prefix) {
    return prefix + "-" + Draw.pad(Draw.between(in, 1, 999_999), 6);
  }

  static String personName(RandomnessSource in) {
    return Draw.pick(in, SURNAMES) + Draw.pick(in, GIVEN);
  }

  static String phone(RandomnessSource in) {
    return "1" + Draw.pick(in, "3", "5", "8") + Draw.digits(in, 9);
  }

  static String productName(RandomnessSource in) {
    return Draw.pick(in, PRODUCTS);
  }

  private static <E extends Enum<E>> Set<E> nonEmpty(RandomnessSource in, Class<E> type) {
    Set<E> set = Draw.subset(in, type);
    if (set.isEmpty()) {
      set.add(Draw.pick(in, type));
    }
    return set;
  }

  /** A value a record may leave unknown (absent = unknown), in strict and lenient styles alike. */
  private static <T> @Nullable T unknownOr(RandomnessSource in, T value) {
    return Draw.chance(in, 25) ? null : value;
  }

  private static List<DemonstrationStatus> demonstrations(RandomnessSource in, Style s) {
    List<DemonstrationStatus> out = new ArrayList<>();
    for (DemonstrationProgramme p : Draw.subset(in, DemonstrationProgramme.class)) {
      DemonstrationLevel level = Draw.pick(in, DemonstrationLevel.class);
      out.add(
          new DemonstrationStatus(
              s.opt(in, p),
              s.opt(in, level),
              level == DemonstrationLevel.NONE
                  ? null
                  : unknownOr(in, Draw.between(in, 2014, 2020))));
    }
    return out;
  }

  private static String nameOf(DivisionCode code, String fallback) {
    return DivisionRegistry.nbs2023().name(code).orElse(fallback);
  }

  private static OffsetDateTime time(RandomnessSource in, LocalDate day) {
    return OffsetDateTime.of(
        day, LocalTime.of(Draw.between(in, 7, 21), Draw.between(in, 0, 59)), CHINA);
  }

  private static Member member(RandomnessSource in, Style s) {
    return new Member(
        s.opt(in, s.citizenId(in)),
        s.opt(in, personName(in)),
        s.opt(in, phone(in)),
        s.opt(in, Draw.pick(in, LabourCapacity.class)),
        Draw.chance(in, 30),
        Draw.chance(in, 60),
        Draw.chance(in, 8));
  }

  private static ReportHeader header(RandomnessSource in, Style s, ReportType type) {
    ReportingPeriod period = Values.periods(type.periodType()).generate(in);
    String reporter = s.creditCode(in).raw();
    LocalDate submitted = period.end().plusDays(Draw.between(in, 1, 5));
    return new ReportHeader(
        s.opt(in, org.epar.core.id.CreditCode.of(reporter)),
        s.opt(in, s.division(in, DivisionLevel.COUNTY)),
        s.opt(in, type),
        s.opt(in, period),
        s.opt(in, reporter + "/" + period.id() + "/" + Draw.chars(in, "0123456789abcdef", 8)),
        s.opt(in, time(in, submitted)));
  }

  private static Progress progress(RandomnessSource in, Style s) {
    return new Progress(
        s.opt(in, BigDecimal.valueOf(Draw.between(in, s.lenient ? -20 : 0, 100), 2)),
        s.opt(in, BigDecimal.valueOf(Draw.between(in, s.lenient ? -20 : 0, 100), 2)));
  }

  private static ReportStatistics statistics(RandomnessSource in, Style s) {
    return new ReportStatistics(
        s.opt(in, s.count(in, 0, 5000)),
        s.opt(in, (long) s.count(in, 0, 1_000_000)),
        s.opt(in, s.money(in, 0, 50_000_000)),
        s.opt(in, s.count(in, 0, 300)),
        s.opt(in, s.count(in, 0, 20_000)),
        s.opt(in, s.money(in, 0, 5_000_000)));
  }

  // ---- places ----

  private static Gen<County> county(Style s) {
    return in -> {
      DivisionCode code = s.division(in, DivisionLevel.COUNTY);
      DemonstrationLevel level = Draw.pick(in, DemonstrationLevel.class);
      return new County(
          code,
          s.opt(in, nameOf(code, "某县")),
          Draw.chance(in, 60),
          s.opt(in, level),
          Draw.chance(in, 40),
          level == DemonstrationLevel.NONE ? 0 : Draw.between(in, 2014, 2020),
          demonstrations(in, s));
    };
  }

  private static Gen<Township> township(Style s) {
    return in -> {
      DivisionCode code = s.division(in, DivisionLevel.TOWNSHIP);
      return new Township(
          code,
          s.opt(in, nameOf(code, "某镇")),
          Draw.chance(in, 40),
          Draw.chance(in, 10),
          Draw.chance(in, 80),
          Draw.chance(in, 95),
          Draw.chance(in, 95));
    };
  }

  private static Gen<Village> village(Style s) {
    return in -> {
      DivisionCode code = s.division(in, DivisionLevel.VILLAGE);
      List<NaturalVillage> naturals = new ArrayList<>();
      int n = Draw.between(in, 0, 3);
      for (int i = 0; i < n; i++) {
        naturals.add(
            new NaturalVillage(
                s.opt(in, Draw.pick(in, SURNAMES) + "庄"),
                s.count(in, 10, 300),
                Draw.chance(in, 90)));
      }
      boolean broadband = Draw.chance(in, 95);
      return new Village(
          code,
          s.opt(in, Draw.pick(in, SURNAMES) + Draw.pick(in, "庄村", "屯村", "营村", "集村", "寨村")),
          s.count(in, 50, 5000),
          Draw.chance(in, 30),
          Draw.chance(in, 70),
          broadband,
          broadband && Draw.chance(in, 80),
          Draw.chance(in, 95),
          Draw.chance(in, 90),
          naturals,
          unknownOr(in, Draw.chance(in, 60)));
    };
  }

  private static Gen<Site> site(Style s) {
    return in -> {
      SiteType type = Draw.pick(in, SiteType.class);
      DivisionLevel level;
      int minArea;
      int maxArea;
      switch (type) {
        case COUNTY_SERVICE_CENTRE -> {
          level = DivisionLevel.COUNTY;
          minArea = 600;
          maxArea = 2000;
        }
        case COUNTY_WAREHOUSE -> {
          level = DivisionLevel.COUNTY;
          minArea = 800;
          maxArea = 2000;
        }
        case TOWNSHIP_STATION, EXPRESS_OUTLET -> {
          level = DivisionLevel.TOWNSHIP;
          minArea = 20;
          maxArea = 300;
        }
        case TOWNSHIP_DISTRIBUTION_CENTRE -> {
          level = DivisionLevel.TOWNSHIP;
          minArea = 100;
          maxArea = 600;
        }
        case COLLECTION_HUB -> {
          level = DivisionLevel.VILLAGE;
          minArea = 100;
          maxArea = 1500;
        }
        default -> {
          level = DivisionLevel.VILLAGE;
          minArea = 5;
          maxArea = 60;
        }
      }
      boolean centre = type == SiteType.COUNTY_SERVICE_CENTRE;
      Set<Room> rooms = centre ? EnumSet.allOf(Room.class) : Set.of();
      Set<HubFunction> hub =
          type == SiteType.COLLECTION_HUB ? nonEmpty(in, HubFunction.class) : Set.of();
      Set<StationCharge> charges = s.lenient ? Draw.subset(in, StationCharge.class) : Set.of();
      Set<Equipment> equipment = nonEmpty(in, Equipment.class);
      Integer tvInches =
          equipment.contains(Equipment.TV_42_INCH) ? unknownOr(in, s.count(in, 42, 65)) : null;
      Boolean servesStations =
          type == SiteType.EXPRESS_OUTLET ? unknownOr(in, Draw.chance(in, 90)) : null;
      return new Site(
          s.opt(in, id(in, "S")),
          s.opt(in, type),
          s.opt(in, type.termZh()),
          s.opt(in, s.division(in, level)),
          s.opt(in, s.area(in, minArea, maxArea)),
          centre ? s.opt(in, s.area(in, 100, 200)) : null,
          s.count(in, 1, 30),
          rooms,
          equipment,
          type == SiteType.VILLAGE_STATION
              ? nonEmpty(in, SiteService.class)
              : Draw.subset(in, SiteService.class),
          hub,
          charges,
          s.opt(in, s.creditCode(in)),
          Draw.chance(in, 70),
          s.opt(in, s.date(in)),
          s.opt(in, s.money(in, 0, 5_000_000)),
          s.count(in, 0, 500),
          tvInches,
          servesStations);
    };
  }

  private static Gen<LogisticsRoute> logisticsRoute(Style s) {
    return in ->
        new LogisticsRoute(
            s.opt(in, id(in, "R")),
            s.opt(in, Draw.pick(in, SURNAMES) + "线"),
            s.opt(in, s.creditCode(in)),
            Draw.chance(in, 60));
  }

  // ---- people ----

  private static Gen<Household> household(Style s) {
    return in -> {
      boolean poor = Draw.chance(in, 60);
      int n = Draw.between(in, 1, 8);
      List<Member> members = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        members.add(member(in, s));
      }
      return new Household(
          s.opt(in, id(in, "H")),
          s.opt(in, s.division(in, DivisionLevel.VILLAGE)),
          poor,
          s.opt(in, poor ? Draw.pick(in, PovertyStatus.class) : PovertyStatus.LIFTED),
          members);
    };
  }

  private static Gen<Personnel> personnel(Style s) {
    return in ->
        new Personnel(
            s.opt(in, id(in, "P")),
            s.opt(in, s.citizenId(in)),
            s.opt(in, personName(in)),
            s.opt(in, phone(in)),
            s.opt(in, Draw.pick(in, PersonnelRole.class)),
            s.opt(
                in,
                s.division(
                    in,
                    Draw.pick(
                        in, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE))),
            s.opt(in, s.creditCode(in)),
            s.opt(in, s.date(in)));
  }

  private static Gen<Leader> leader(Style s) {
    return in -> {
      List<String> linked = new ArrayList<>();
      int n = Draw.between(in, 0, 5);
      for (int i = 0; i < n; i++) {
        linked.add(id(in, "H"));
      }
      return new Leader(
          s.opt(in, id(in, "L")),
          s.opt(in, s.citizenId(in)),
          s.opt(in, personName(in)),
          s.opt(in, s.division(in, DivisionLevel.VILLAGE)),
          linked);
    };
  }

  // ---- training ----

  private static Gen<TrainingSession> trainingSession(Style s) {
    return in -> {
      LocalDate[] range = s.range(in, Values.PROGRAMME_START, Values.PROGRAMME_END, 10);
      boolean free = Draw.chance(in, 90);
      return new TrainingSession(
          s.opt(in, id(in, "T")),
          s.opt(in, Draw.pick(in, "网店开设与运营", "农产品上行实务", "直播带货", "电商扶贫政策", "物流与包装")),
          s.opt(in, s.creditCode(in)),
          s.opt(in, Draw.pick(in, TrainingKind.class)),
          s.opt(in, range[0]),
          s.opt(in, range[1]),
          nonEmpty(in, TraineeCategory.class),
          s.opt(in, s.division(in, Draw.pick(in, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP))),
          free,
          s.opt(in, s.money(in, 0, 50_000)));
    };
  }

  private static Gen<Attendance> attendance(Style s) {
    return in -> {
      TraineeCategory category = Draw.pick(in, TraineeCategory.class);
      boolean household = category == TraineeCategory.REGISTERED_POOR;
      return new Attendance(
          s.opt(in, id(in, "A")),
          s.opt(in, id(in, "T")),
          s.opt(in, s.citizenId(in)),
          household ? s.opt(in, id(in, "H")) : null,
          household ? null : s.opt(in, id(in, "P")),
          s.opt(in, category));
    };
  }

  private static Gen<FollowUp> followUp(Style s) {
    return in ->
        new FollowUp(
            s.opt(in, id(in, "FU")),
            s.opt(in, s.citizenId(in)),
            s.opt(in, id(in, "T")),
            s.opt(in, s.date(in)),
            nonEmpty(in, TrainingOutcome.class));
  }

  // ---- commerce ----

  private static Gen<OnlineShop> onlineShop(Style s) {
    return in -> {
      List<String> linked = new ArrayList<>();
      int n = Draw.between(in, 0, 5);
      for (int i = 0; i < n; i++) {
        linked.add(id(in, "H"));
      }
      boolean incubated = Draw.chance(in, 50);
      return new OnlineShop(
          s.opt(in, id(in, "SHOP")),
          s.opt(in, Draw.pick(in, SURNAMES) + "家" + productName(in) + "店"),
          s.opt(in, Draw.pick(in, PLATFORMS)),
          Draw.chance(in, 70),
          s.opt(in, s.division(in, Draw.pick(in, DivisionLevel.COUNTY, DivisionLevel.VILLAGE))),
          Draw.chance(in, 50) ? s.opt(in, s.creditCode(in)) : null,
          Draw.chance(in, 50) ? s.opt(in, id(in, "H")) : null,
          Draw.chance(in, 20),
          incubated,
          incubated && Draw.chance(in, 90),
          s.opt(in, s.money(in, 0, 2_000_000)),
          linked);
    };
  }

  private static Gen<Transaction> transaction(Style s) {
    return in -> {
      Direction direction = Draw.pick(in, Direction.class);
      return new Transaction(
          s.opt(in, id(in, "TX")),
          s.opt(in, id(in, "S")),
          Draw.chance(in, 50) ? s.opt(in, id(in, "SHOP")) : null,
          s.opt(in, s.date(in)),
          s.opt(in, direction),
          s.opt(in, s.money(in, 1, 5_000)),
          s.count(in, 1, 20),
          Draw.chance(in, 50) ? s.opt(in, id(in, "H")) : null,
          direction == Direction.UPWARD ? s.opt(in, id(in, "PR")) : null);
    };
  }

  private static Gen<Shipment> shipment(Style s) {
    return in -> {
      LocalDate[] range = s.range(in, Values.PROGRAMME_START, Values.PROGRAMME_END, 7);
      return new Shipment(
          s.opt(in, id(in, "SH")),
          s.opt(in, id(in, "S")),
          s.opt(in, id(in, "S")),
          s.opt(in, s.creditCode(in)),
          s.opt(in, Draw.pick(in, Direction.class)),
          s.opt(in, range[0]),
          s.opt(in, range[1]),
          s.opt(in, s.money(in, 3, 30)),
          s.opt(in, s.money(in, 3, 30)));
    };
  }

  private static Gen<Product> product(Style s) {
    return in -> {
      List<DivisionCode> villages = new ArrayList<>();
      int n = Draw.between(in, 1, 3);
      for (int i = 0; i < n; i++) {
        villages.add(s.division(in, DivisionLevel.VILLAGE));
      }
      Set<CertificationType> certifications = Draw.subset(in, CertificationType.class);
      List<Certificate> certificates = new ArrayList<>();
      for (CertificationType t : certifications) {
        if (Draw.chance(in, 70)) {
          certificates.add(
              new Certificate(
                  s.opt(in, t),
                  s.opt(in, Draw.pick(in, "中国绿色食品发展中心", "农业农村部农产品质量安全中心", "中绿华夏有机食品认证中心")),
                  s.opt(in, "LB-" + Draw.digits(in, 10))));
        }
      }
      return new Product(
          s.opt(in, id(in, "PR")),
          s.opt(in, productName(in)),
          s.opt(in, s.creditCode(in)),
          villages,
          certifications,
          Draw.chance(in, 70) ? s.opt(in, id(in, "B")) : null,
          Draw.chance(in, 70),
          Draw.chance(in, 40),
          Draw.chance(in, 50),
          unknownOr(in, Draw.chance(in, 50)),
          certificates);
    };
  }

  private static Gen<Brand> brand(Style s) {
    return in ->
        new Brand(
            s.opt(in, id(in, "B")),
            s.opt(
                in,
                Draw.pick(in, "大名", "府", "古城", "龙乡", "沃土") + Draw.pick(in, "优品", "香", "源", "鲜")),
            s.opt(in, Draw.pick(in, BrandKind.class)),
            s.opt(in, s.division(in, DivisionLevel.COUNTY)),
            Draw.chance(in, 60) ? s.opt(in, id(in, "PR")) : null);
  }

  private static Gen<Enterprise> enterprise(Style s) {
    return in ->
        new Enterprise(
            s.opt(in, s.creditCode(in)),
            s.opt(
                in,
                Draw.pick(in, SURNAMES)
                    + Draw.pick(in, "氏电子商务有限公司", "农业科技有限公司", "种植专业合作社", "快递服务有限公司")),
            nonEmpty(in, EnterpriseRole.class),
            s.opt(in, s.division(in, DivisionLevel.COUNTY)),
            s.opt(in, s.money(in, 0, 50_000_000)),
            s.count(in, 0, 2000),
            unknownOr(in, s.money(in, 0, 80_000_000)));
  }

  // ---- funds ----

  private static Gen<Fund> fund(Style s) {
    return in -> {
      LocalDate[] range = s.range(in, LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), 400);
      return new Fund(
          s.opt(in, id(in, "F")),
          s.opt(in, "电子商务进农村综合示范专项资金"),
          s.opt(in, s.division(in, DivisionLevel.COUNTY)),
          s.opt(in, s.money(in, 1_000_000, 30_000_000)),
          s.opt(in, Draw.pick(in, FundingSource.class)),
          Draw.chance(in, 90),
          s.opt(in, range[0]),
          Draw.chance(in, 50) ? s.opt(in, range[1]) : null);
    };
  }

  private static Gen<FundPlan> fundPlan(Style s) {
    return in -> {
      LocalDate[] published = s.range(in, LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), 0);
      LocalDate reported = published[0].plusDays(Draw.between(in, 15, 40));
      LocalDate carried = reported.plusDays(Draw.between(in, 0, 30));
      boolean reversed = s.lenient && Draw.chance(in, 25);
      return new FundPlan(
          s.opt(in, id(in, "FP")),
          s.opt(in, id(in, "F")),
          s.count(in, 1, 3),
          s.opt(in, "冀商务字〔" + published[0].getYear() + "〕" + Draw.between(in, 1, 99) + "号"),
          s.opt(in, reversed ? reported : published[0]),
          s.opt(in, reversed ? published[0] : reported),
          s.opt(in, carried));
    };
  }

  private static Gen<Allocation> allocation(Style s) {
    return in ->
        new Allocation(
            s.opt(in, id(in, "AL")),
            s.opt(in, id(in, "FP")),
            s.opt(in, Draw.pick(in, FundCategory.class)),
            s.opt(in, s.money(in, 10_000, 5_000_000)));
  }

  private static Gen<Tender> tender(Style s) {
    return in -> {
      LocalDate[] range = s.range(in, LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), 60);
      return new Tender(
          s.opt(in, id(in, "TD")),
          s.opt(in, id(in, "F")),
          Draw.chance(in, 90),
          s.opt(in, s.creditCode(in)),
          s.opt(in, range[0]),
          s.opt(in, range[1]));
    };
  }

  private static Gen<Disbursement> disbursement(Style s) {
    return in ->
        new Disbursement(
            s.opt(in, id(in, "D")),
            s.opt(in, id(in, "F")),
            s.opt(in, id(in, "AL")),
            s.opt(in, Draw.pick(in, DisbursementKind.class)),
            s.opt(in, s.money(in, 1_000, 9_000_000)),
            s.opt(in, s.date(in)),
            s.opt(in, s.creditCode(in)));
  }

  private static Gen<Expense> expense(Style s) {
    return in -> {
      ExpenseCategory category = Draw.pick(in, ExpenseCategory.class);
      if (!s.lenient && BANNED.contains(category)) {
        category = ExpenseCategory.EQUIPMENT;
      }
      return new Expense(
          s.opt(in, id(in, "E")),
          s.opt(in, id(in, "F")),
          s.opt(in, category),
          s.opt(in, s.money(in, 100, 1_000_000)),
          s.opt(in, s.date(in)),
          s.opt(in, category.termZh()));
    };
  }

  // ---- traceability ----

  private static Gen<TracedItem> tracedItem(Style s) {
    return in ->
        new TracedItem(
            s.opt(in, s.traceCode(in)),
            s.opt(in, id(in, "PR")),
            s.opt(in, s.creditCode(in)),
            Draw.chance(in, 50) ? s.opt(in, id(in, "H")) : null,
            s.opt(in, s.date(in)));
  }

  private static Gen<TraceEvent> traceEvent(Style s) {
    return in -> {
      boolean bySite = Draw.chance(in, 50);
      boolean byHousehold = Draw.chance(in, 30);
      return new TraceEvent(
          s.opt(in, id(in, "EV")),
          s.opt(in, s.traceCode(in)),
          s.opt(in, time(in, s.date(in))),
          bySite ? null : s.opt(in, s.division(in, DivisionLevel.VILLAGE)),
          bySite ? s.opt(in, id(in, "S")) : null,
          byHousehold ? null : s.opt(in, s.creditCode(in)),
          byHousehold ? s.opt(in, id(in, "H")) : null,
          s.opt(in, Draw.pick(in, TraceStep.class)));
    };
  }

  // ---- governance ----

  private static Gen<Disclosure> disclosure(Style s) {
    return in -> {
      LocalDate published = s.date(in);
      List<LocalDate> updates = new ArrayList<>();
      int n = Draw.between(in, 0, 4);
      for (int i = 0; i < n; i++) {
        updates.add(published.plusDays(30L * (i + 1)));
      }
      return new Disclosure(
          s.opt(in, id(in, "DS")),
          s.opt(in, "电子商务进农村综合示范项目"),
          s.opt(in, "县乡村三级电商服务体系建设"),
          s.opt(in, s.creditCode(in)),
          s.opt(in, s.money(in, 10_000, 15_000_000)),
          s.opt(in, published.plusDays(Draw.between(in, 90, 500))),
          s.opt(in, "服务站覆盖率不低于50%"),
          s.opt(in, "大政字〔" + published.getYear() + "〕" + Draw.between(in, 1, 99) + "号"),
          s.opt(in, personName(in)),
          s.opt(in, published),
          updates,
          unknownOr(in, Draw.chance(in, 90)),
          unknownOr(in, "http://www.daming.gov.cn/zwgk/dsxm/"));
    };
  }

  private static Gen<Activity> activity(Style s) {
    return in ->
        new Activity(
            s.opt(in, id(in, "AC")),
            s.opt(in, Draw.pick(in, ActivityKind.class)),
            s.opt(in, Draw.pick(in, "农产品网上年货节", "电商扶贫现场观摩会", "直播助农活动")),
            s.opt(in, s.date(in)),
            s.opt(in, s.division(in, DivisionLevel.COUNTY)));
  }

  private static Gen<Recognition> recognition(Style s) {
    return in ->
        new Recognition(
            s.opt(in, id(in, "RC")),
            s.opt(in, Draw.pick(in, RecognitionKind.class)),
            s.opt(in, id(in, "L")),
            s.opt(in, s.division(in, DivisionLevel.COUNTY)),
            s.count(in, 2016, 2020));
  }

  private static Gen<Milestone> milestone(Style s) {
    return in -> {
      LocalDate due = s.date(in);
      return new Milestone(
          s.opt(in, id(in, "M")),
          s.opt(in, Draw.pick(in, MilestoneKind.class)),
          s.opt(in, due),
          Draw.chance(in, 70) ? s.opt(in, due.minusDays(Draw.between(in, 0, 30))) : null);
    };
  }

  private static Gen<PlanChange> planChange(Style s) {
    return in -> {
      boolean approved = !s.lenient || Draw.chance(in, 50);
      LocalDate date = s.date(in);
      return new PlanChange(
          s.opt(in, id(in, "PC")),
          s.opt(in, "调整村级站点布局"),
          s.lenient && Draw.chance(in, 30),
          approved
              ? s.opt(in, "冀商务字〔" + date.getYear() + "〕" + Draw.between(in, 1, 99) + "号")
              : null,
          s.opt(in, date));
    };
  }

  private static Gen<AreaStatistics> areaStatistics(Style s) {
    return in ->
        new AreaStatistics(
            s.opt(in, s.division(in, DivisionLevel.COUNTY)),
            s.count(in, 2016, 2020),
            s.opt(in, s.money(in, 10_000_000, 5_000_000_000L)),
            s.opt(in, s.money(in, 1_000_000, 2_000_000_000L)),
            s.opt(in, s.money(in, 100_000, 1_000_000_000L)),
            s.count(in, 0, 20_000),
            s.count(in, 0, 20_000),
            s.count(in, 0, 50_000));
  }

  private static Gen<DeviceDay> deviceDay(Style s) {
    return in ->
        new DeviceDay(
            s.opt(in, id(in, "DEV")),
            s.opt(in, id(in, "S")),
            s.opt(in, s.date(in)),
            Draw.chance(in, 97));
  }

  // ---- reports ----

  private static Gen<DailyReport> dailyReport(Style s) {
    return in ->
        new DailyReport(
            s.opt(in, header(in, s, ReportType.DAILY)),
            Draw.list(in, transaction(s), 0, 3),
            Draw.list(in, shipment(s), 0, 3),
            Draw.list(in, deviceDay(s), 0, 3));
  }

  private static Gen<MonthlyReport> monthlyReport(Style s) {
    return in ->
        new MonthlyReport(
            s.opt(in, header(in, s, ReportType.MONTHLY)),
            s.opt(in, progress(in, s)),
            s.opt(in, statistics(in, s)),
            Draw.list(in, disbursement(s), 0, 2),
            Draw.list(in, trainingSession(s), 0, 2),
            Draw.list(in, attendance(s), 0, 2),
            Draw.list(in, site(s), 0, 2));
  }

  private static Gen<QuarterlyReport> quarterlyReport(Style s) {
    return in ->
        new QuarterlyReport(
            s.opt(in, header(in, s, ReportType.QUARTERLY)),
            s.opt(in, progress(in, s)),
            s.opt(in, statistics(in, s)),
            s.opt(in, "本季度项目按计划推进。"));
  }

  private static Gen<AnnualReport> annualReport(Style s) {
    return in -> {
      Map<String, BigDecimal> indicators = new LinkedHashMap<>();
      int n = Draw.between(in, 0, 3);
      String[] names = {"station_coverage", "training_rate", "online_rate", "growth_rate"};
      for (int i = 0; i < n; i++) {
        indicators.put(names[i], BigDecimal.valueOf(Draw.between(in, 0, 100), 2));
      }
      return new AnnualReport(
          s.opt(in, header(in, s, ReportType.ANNUAL)),
          s.opt(in, progress(in, s)),
          s.opt(in, statistics(in, s)),
          s.opt(
              in,
              new SelfEvaluation(
                  s.opt(in, "项目按方案实施"),
                  s.opt(in, "资金专账核算、按进度拨付"),
                  s.opt(in, "制度健全"),
                  s.opt(in, "目标全部完成"),
                  s.opt(in, "按时报送"))),
          s.opt(
              in,
              new FundPerformance(
                  s.opt(in, s.money(in, 0, 15_000_000)),
                  s.opt(in, s.count(in, 0, 300)),
                  s.opt(in, s.count(in, 0, 20_000)),
                  s.opt(in, s.count(in, 0, 5_000)),
                  s.opt(in, s.money(in, 0, 5_000_000)),
                  s.opt(in, s.money(in, 0, 1_000_000)),
                  unknownOr(in, Draw.chance(in, 90)))),
          indicators,
          s.opt(in, "年度工作总结"));
    };
  }
}
