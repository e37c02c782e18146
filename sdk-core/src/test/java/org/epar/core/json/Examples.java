package org.epar.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.*;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;

/** Hand-built examples of every record type, with every component set. */
final class Examples {

  static final CitizenId PERSON = CitizenId.of("11010519491231002X");
  static final String PERSON_NAME = "张三丰";
  static final CreditCode COMPANY = CreditCode.of("91350100M000100Y43");
  static final DivisionCode COUNTY = DivisionCode.of("130425000000");
  static final DivisionCode TOWNSHIP = DivisionCode.of("130425100000");
  static final DivisionCode VILLAGE = DivisionCode.of("130425100001");
  static final TraceCode TRACE = TraceCode.village("441481103201", "HONEY2018");
  static final LocalDate DAY = LocalDate.of(2018, 3, 15);
  static final Money AMOUNT = Money.parse("1500.00");

  private Examples() {}

  static Member member() {
    return new Member(PERSON, PERSON_NAME, "13800000000", LabourCapacity.FULL, true, true, false);
  }

  static ReportHeader header(ReportType type, ReportingPeriod period) {
    return new ReportHeader(
        COMPANY,
        COUNTY,
        type,
        period,
        "key-" + period.id(),
        OffsetDateTime.of(2018, 4, 2, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
  }

  static ReportStatistics statistics() {
    return new ReportStatistics(12, 3400L, AMOUNT, 3, 40, Money.parse("250.50"));
  }

  static Transaction transaction() {
    return new Transaction(
        "tx-1", "site-1", "shop-1", DAY, Direction.UPWARD, AMOUNT, 3, "hh-1", "prod-1");
  }

  static Shipment shipment() {
    return new Shipment(
        "sh-1",
        "site-1",
        "site-2",
        COMPANY,
        Direction.DOWNWARD,
        DAY,
        DAY.plusDays(2),
        Money.parse("8.00"),
        Money.parse("10.00"));
  }

  static DeviceDay deviceDay() {
    return new DeviceDay("dev-1", "site-1", DAY, true);
  }

  static Site site() {
    return Site.builder()
        .id("site-1")
        .type(SiteType.VILLAGE_STATION)
        .name("大街村服务站")
        .division(VILLAGE)
        .floorArea(new BigDecimal("40.5"))
        .experienceArea(new BigDecimal("12"))
        .staff(2)
        .rooms(Set.of(Room.OFFICE))
        .equipment(Set.of(Equipment.COMPUTER, Equipment.SHELVES))
        .services(Set.of(SiteService.BUY_ON_BEHALF, SiteService.PARCELS))
        .hubFunctions(Set.of(HubFunction.COLLECTION))
        .chargesLevied(Set.of(StationCharge.DEPOSIT))
        .operator(COMPANY)
        .centrallyFunded(true)
        .openedOn(DAY)
        .annualOnlineRetail(Money.parse("120000.00"))
        .poorHouseholdsServed(15)
        .build();
  }

  static TrainingSession trainingSession() {
    return TrainingSession.builder()
        .id("ts-1")
        .title("网店运营")
        .provider(COMPANY)
        .kind(TrainingKind.BASIC)
        .startDate(DAY)
        .endDate(DAY.plusDays(1))
        .audience(Set.of(TraineeCategory.REGISTERED_POOR))
        .division(TOWNSHIP)
        .free(true)
        .subsidy(Money.parse("3000.00"))
        .build();
  }

  static Attendance attendance() {
    return new Attendance("at-1", "ts-1", PERSON, "hh-1", "pe-1", TraineeCategory.REGISTERED_POOR);
  }

  static Disbursement disbursement() {
    return new Disbursement(
        "di-1", "fund-1", "al-1", DisbursementKind.ADVANCE, AMOUNT, DAY, COMPANY);
  }

  /**
   * An example of the given type with every component set.
   *
   * @param t the type
   * @return the example
   */
  static EparRecord of(RecordType t) {
    return switch (t) {
      case COUNTY -> new County(COUNTY, "大名县", true, DemonstrationLevel.NATIONAL, true, 2017);
      case TOWNSHIP -> new Township(TOWNSHIP, "大街镇", true, false, true, true, true);
      case VILLAGE ->
          new Village(
              VILLAGE,
              "大街村",
              1200,
              true,
              true,
              true,
              false,
              true,
              true,
              List.of(new NaturalVillage("东庄", 40, true)));
      case SITE -> site();
      case LOGISTICS_ROUTE -> new LogisticsRoute("lr-1", "县乡线", COMPANY, true);
      case HOUSEHOLD ->
          Household.builder()
              .id("hh-1")
              .village(VILLAGE)
              .registeredPoor(true)
              .status(PovertyStatus.POOR)
              .members(List.of(member()))
              .build();
      case PERSONNEL ->
          new Personnel(
              "pe-1",
              PERSON,
              PERSON_NAME,
              "13800000000",
              PersonnelRole.FIRST_SECRETARY,
              VILLAGE,
              COMPANY,
              DAY);
      case LEADER -> new Leader("le-1", PERSON, PERSON_NAME, VILLAGE, List.of("hh-1", "hh-2"));
      case TRAINING_SESSION -> trainingSession();
      case ATTENDANCE -> attendance();
      case FOLLOW_UP ->
          new FollowUp("fu-1", PERSON, "ts-1", DAY, Set.of(TrainingOutcome.OPENED_SHOP));
      case ONLINE_SHOP ->
          OnlineShop.builder()
              .id("shop-1")
              .name("大名小磨香油")
              .platform("taobao")
              .majorPlatform(true)
              .division(VILLAGE)
              .ownerCreditCode(COMPANY)
              .ownerHousehold("hh-1")
              .demonstration(true)
              .incubated(true)
              .onRoster(true)
              .annualSales(Money.parse("56000.00"))
              .linkedHouseholds(List.of("hh-1"))
              .build();
      case TRANSACTION -> transaction();
      case SHIPMENT -> shipment();
      case PRODUCT ->
          new Product(
              "prod-1",
              "小磨香油",
              COMPANY,
              List.of(VILLAGE),
              Set.of(CertificationType.GREEN_FOOD),
              "br-1",
              true,
              true,
              true);
      case BRAND -> new Brand("br-1", "大名香", BrandKind.COUNTY_PUBLIC, COUNTY, "prod-1");
      case ENTERPRISE ->
          new Enterprise(
              COMPANY,
              "某电商公司",
              Set.of(EnterpriseRole.CONTRACTOR),
              COUNTY,
              Money.parse("1000000.00"),
              30);
      case FUND ->
          new Fund(
              "fund-1",
              "示范县资金",
              COUNTY,
              Money.ofWan(1500),
              FundingSource.CENTRAL_GOVERNMENT,
              true,
              DAY,
              DAY.plusYears(2));
      case FUND_PLAN -> new FundPlan("fp-1", "fund-1", 2, "冀商〔2017〕1号", DAY, DAY, DAY);
      case ALLOCATION -> new Allocation("al-1", "fp-1", FundCategory.TRAINING, AMOUNT);
      case TENDER -> new Tender("te-1", "fund-1", true, COMPANY, DAY, DAY.plusDays(20));
      case DISBURSEMENT -> disbursement();
      case EXPENSE -> new Expense("ex-1", "fund-1", ExpenseCategory.TRAINING, AMOUNT, DAY, "讲师费");
      case TRACED_ITEM -> new TracedItem(TRACE, "prod-1", COMPANY, "hh-1", DAY);
      case TRACE_EVENT ->
          new TraceEvent(
              "ev-1",
              TRACE,
              OffsetDateTime.of(2018, 3, 15, 8, 0, 0, 0, ZoneOffset.ofHours(8)),
              VILLAGE,
              "site-1",
              COMPANY,
              "hh-1",
              TraceStep.PRODUCE);
      case DISCLOSURE ->
          Disclosure.builder()
              .id("dc-1")
              .projectName("服务站建设")
              .content("建设服务站 30 个")
              .contractor(COMPANY)
              .supportAmount(AMOUNT)
              .deadline(DAY)
              .performanceTargets("覆盖 30 村")
              .decisionDocument("文件")
              .responsiblePerson("李四")
              .publishedOn(DAY)
              .progressUpdates(List.of(DAY, DAY.plusDays(30)))
              .build();
      case ACTIVITY -> new Activity("ac-1", ActivityKind.SPECIAL_EVENT, "年货节", DAY, COUNTY);
      case RECOGNITION ->
          new Recognition("re-1", RecognitionKind.EXCELLENT_LEADER, "le-1", COUNTY, 2018);
      case MILESTONE -> new Milestone("mi-1", MilestoneKind.WORK_START, DAY, DAY.plusDays(3));
      case PLAN_CHANGE -> new PlanChange("pc-1", "调整", false, "批复", DAY);
      case AREA_STATISTICS ->
          new AreaStatistics(
              COUNTY, 2018, Money.ofWan(30000), Money.ofWan(2000), Money.ofWan(800), 120, 80, 900);
      case DEVICE_DAY -> deviceDay();
      case DAILY_REPORT ->
          new DailyReport(
              header(ReportType.DAILY, ReportingPeriod.parse("20180315")),
              List.of(transaction()),
              List.of(shipment()),
              List.of(deviceDay()));
      case MONTHLY_REPORT ->
          new MonthlyReport(
              header(ReportType.MONTHLY, ReportingPeriod.parse("201803")),
              new Progress(new BigDecimal("0.45"), new BigDecimal("0.30")),
              statistics(),
              List.of(disbursement()),
              List.of(trainingSession()),
              List.of(attendance()),
              List.of(site()));
      case QUARTERLY_REPORT ->
          new QuarterlyReport(
              header(ReportType.QUARTERLY, ReportingPeriod.parse("2018Q1")),
              new Progress(new BigDecimal("0.5"), null),
              statistics(),
              "一季度小结");
      case ANNUAL_REPORT ->
          new AnnualReport(
              header(ReportType.ANNUAL, ReportingPeriod.parse("2018")),
              new Progress(BigDecimal.ONE, new BigDecimal("0.95")),
              statistics(),
              new SelfEvaluation("好", "合规", "健全", "完成", "及时"),
              new FundPerformance(AMOUNT, 10, 200, 35, Money.parse("99.99"), Money.ZERO),
              Map.of("online_retail_growth", new BigDecimal("0.25")),
              "年度总结");
    };
  }

  /** A dataset with one example of every type. */
  static Dataset dataset() {
    Dataset.Builder b = Dataset.builder().scope(COUNTY);
    for (RecordType t : RecordType.values()) {
      b.add(of(t));
    }
    return b.build();
  }
}
