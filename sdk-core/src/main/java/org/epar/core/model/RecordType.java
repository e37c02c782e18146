package org.epar.core.model;

import java.util.Optional;

/**
 * The kinds of {@link EparRecord}, with the name each has on the wire (the {@code type} property of
 * an NDJSON line) and the {@link Dataset} list that holds it.
 *
 * @since 0.1.0
 */
public enum RecordType {
  /** A {@link County}, held in {@link Dataset#counties()}. */
  COUNTY("county", "counties", County.class),
  /** A {@link Township}, held in {@link Dataset#townships()}. */
  TOWNSHIP("township", "townships", Township.class),
  /** A {@link Village}, held in {@link Dataset#villages()}. */
  VILLAGE("village", "villages", Village.class),
  /** A {@link Site}, held in {@link Dataset#sites()}. */
  SITE("site", "sites", Site.class),
  /** A {@link LogisticsRoute}, held in {@link Dataset#logisticsRoutes()}. */
  LOGISTICS_ROUTE("logistics_route", "logisticsRoutes", LogisticsRoute.class),
  /** A {@link Household}, held in {@link Dataset#households()}. */
  HOUSEHOLD("household", "households", Household.class),
  /** A {@link Personnel}, held in {@link Dataset#personnel()}. */
  PERSONNEL("personnel", "personnel", Personnel.class),
  /** A {@link Leader}, held in {@link Dataset#leaders()}. */
  LEADER("leader", "leaders", Leader.class),
  /** A {@link TrainingSession}, held in {@link Dataset#trainingSessions()}. */
  TRAINING_SESSION("training_session", "trainingSessions", TrainingSession.class),
  /** A {@link Attendance}, held in {@link Dataset#attendances()}. */
  ATTENDANCE("attendance", "attendances", Attendance.class),
  /** A {@link FollowUp}, held in {@link Dataset#followUps()}. */
  FOLLOW_UP("follow_up", "followUps", FollowUp.class),
  /** A {@link OnlineShop}, held in {@link Dataset#onlineShops()}. */
  ONLINE_SHOP("online_shop", "onlineShops", OnlineShop.class),
  /** A {@link Transaction}, held in {@link Dataset#transactions()}. */
  TRANSACTION("transaction", "transactions", Transaction.class),
  /** A {@link Shipment}, held in {@link Dataset#shipments()}. */
  SHIPMENT("shipment", "shipments", Shipment.class),
  /** A {@link Product}, held in {@link Dataset#products()}. */
  PRODUCT("product", "products", Product.class),
  /** A {@link Brand}, held in {@link Dataset#brands()}. */
  BRAND("brand", "brands", Brand.class),
  /** A {@link Enterprise}, held in {@link Dataset#enterprises()}. */
  ENTERPRISE("enterprise", "enterprises", Enterprise.class),
  /** A {@link Fund}, held in {@link Dataset#funds()}. */
  FUND("fund", "funds", Fund.class),
  /** A {@link FundPlan}, held in {@link Dataset#fundPlans()}. */
  FUND_PLAN("fund_plan", "fundPlans", FundPlan.class),
  /** A {@link Allocation}, held in {@link Dataset#allocations()}. */
  ALLOCATION("allocation", "allocations", Allocation.class),
  /** A {@link Tender}, held in {@link Dataset#tenders()}. */
  TENDER("tender", "tenders", Tender.class),
  /** A {@link Disbursement}, held in {@link Dataset#disbursements()}. */
  DISBURSEMENT("disbursement", "disbursements", Disbursement.class),
  /** A {@link Expense}, held in {@link Dataset#expenses()}. */
  EXPENSE("expense", "expenses", Expense.class),
  /** A {@link TracedItem}, held in {@link Dataset#tracedItems()}. */
  TRACED_ITEM("traced_item", "tracedItems", TracedItem.class),
  /** A {@link TraceEvent}, held in {@link Dataset#traceEvents()}. */
  TRACE_EVENT("trace_event", "traceEvents", TraceEvent.class),
  /** A {@link Disclosure}, held in {@link Dataset#disclosures()}. */
  DISCLOSURE("disclosure", "disclosures", Disclosure.class),
  /** A {@link Activity}, held in {@link Dataset#activities()}. */
  ACTIVITY("activity", "activities", Activity.class),
  /** A {@link Recognition}, held in {@link Dataset#recognitions()}. */
  RECOGNITION("recognition", "recognitions", Recognition.class),
  /** A {@link Milestone}, held in {@link Dataset#milestones()}. */
  MILESTONE("milestone", "milestones", Milestone.class),
  /** A {@link PlanChange}, held in {@link Dataset#planChanges()}. */
  PLAN_CHANGE("plan_change", "planChanges", PlanChange.class),
  /** A {@link AreaStatistics}, held in {@link Dataset#areaStatistics()}. */
  AREA_STATISTICS("area_statistics", "areaStatistics", AreaStatistics.class),
  /** A {@link DeviceDay}, held in {@link Dataset#deviceDays()}. */
  DEVICE_DAY("device_day", "deviceDays", DeviceDay.class),
  /** A {@link DailyReport}, held in {@link Dataset#dailyReports()}. */
  DAILY_REPORT("daily_report", "dailyReports", DailyReport.class),
  /** A {@link MonthlyReport}, held in {@link Dataset#monthlyReports()}. */
  MONTHLY_REPORT("monthly_report", "monthlyReports", MonthlyReport.class),
  /** A {@link QuarterlyReport}, held in {@link Dataset#quarterlyReports()}. */
  QUARTERLY_REPORT("quarterly_report", "quarterlyReports", QuarterlyReport.class),
  /** A {@link AnnualReport}, held in {@link Dataset#annualReports()}. */
  ANNUAL_REPORT("annual_report", "annualReports", AnnualReport.class);

  private final String wireName;
  private final String datasetProperty;
  private final Class<? extends EparRecord> javaType;

  RecordType(String wireName, String datasetProperty, Class<? extends EparRecord> javaType) {
    this.wireName = wireName;
    this.datasetProperty = datasetProperty;
    this.javaType = javaType;
  }

  /**
   * The name on the wire, e.g. {@code household}.
   *
   * @return the wire name
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The name of the {@link Dataset} component that holds records of this type, e.g. {@code
   * households}.
   *
   * @return the component name
   */
  public String datasetProperty() {
    return datasetProperty;
  }

  /**
   * The Java record class.
   *
   * @return the class
   */
  public Class<? extends EparRecord> javaType() {
    return javaType;
  }

  /**
   * The type with the given wire name.
   *
   * @param wireName e.g. {@code household}
   * @return the type, or empty when no type has that name
   */
  public static Optional<RecordType> fromWireName(String wireName) {
    for (RecordType t : Holder.ALL) {
      if (t.wireName.equals(wireName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The type of a record.
   *
   * @param record the record
   * @return its type
   */
  public static RecordType of(EparRecord record) {
    Class<?> c = record.getClass();
    for (RecordType t : Holder.ALL) {
      if (t.javaType == c) {
        return t;
      }
    }
    throw new IllegalStateException("no record type for " + c.getName());
  }

  /** The constants, copied once: {@code values()} copies its array on every call. */
  private static final class Holder {
    static final RecordType[] ALL = values();
  }
}
