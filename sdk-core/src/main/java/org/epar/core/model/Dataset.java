package org.epar.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * Everything one submission carries: the records of a county (or any scope), grouped by kind.
 *
 * <p>Immutable; every list is copied and never null (a missing list is empty). {@link #records()}
 * streams all records in a fixed order (the order of {@link RecordType}), which is the order in
 * which validation numbers its input.
 *
 * <pre>{@code
 * Dataset ds = Dataset.builder().scope(DivisionCode.of("130425"))
 *     .add(village).add(household).build();
 * }</pre>
 *
 * @param scope the division the dataset covers; may be null
 * @param counties the county records
 * @param townships the township records
 * @param villages the village records
 * @param sites the site records
 * @param logisticsRoutes the logistics route records
 * @param households the household records
 * @param personnel the personnel records
 * @param leaders the leader records
 * @param trainingSessions the training session records
 * @param attendances the attendance records
 * @param followUps the follow up records
 * @param onlineShops the online shop records
 * @param transactions the transaction records
 * @param shipments the shipment records
 * @param products the product records
 * @param brands the brand records
 * @param enterprises the enterprise records
 * @param funds the fund records
 * @param fundPlans the fund plan records
 * @param allocations the allocation records
 * @param tenders the tender records
 * @param disbursements the disbursement records
 * @param expenses the expense records
 * @param tracedItems the traced item records
 * @param traceEvents the trace event records
 * @param disclosures the disclosure records
 * @param activities the activity records
 * @param recognitions the recognition records
 * @param milestones the milestone records
 * @param planChanges the plan change records
 * @param areaStatistics the area statistics records
 * @param deviceDays the device day records
 * @param dailyReports the daily report records
 * @param monthlyReports the monthly report records
 * @param quarterlyReports the quarterly report records
 * @param annualReports the annual report records
 * @since 0.1.0
 */
public record Dataset(
    @Nullable DivisionCode scope,
    List<County> counties,
    List<Township> townships,
    List<Village> villages,
    List<Site> sites,
    List<LogisticsRoute> logisticsRoutes,
    List<Household> households,
    List<Personnel> personnel,
    List<Leader> leaders,
    List<TrainingSession> trainingSessions,
    List<Attendance> attendances,
    List<FollowUp> followUps,
    List<OnlineShop> onlineShops,
    List<Transaction> transactions,
    List<Shipment> shipments,
    List<Product> products,
    List<Brand> brands,
    List<Enterprise> enterprises,
    List<Fund> funds,
    List<FundPlan> fundPlans,
    List<Allocation> allocations,
    List<Tender> tenders,
    List<Disbursement> disbursements,
    List<Expense> expenses,
    List<TracedItem> tracedItems,
    List<TraceEvent> traceEvents,
    List<Disclosure> disclosures,
    List<Activity> activities,
    List<Recognition> recognitions,
    List<Milestone> milestones,
    List<PlanChange> planChanges,
    List<AreaStatistics> areaStatistics,
    List<DeviceDay> deviceDays,
    List<DailyReport> dailyReports,
    List<MonthlyReport> monthlyReports,
    List<QuarterlyReport> quarterlyReports,
    List<AnnualReport> annualReports) {

  /** Copies every list; a null list becomes empty. */
  public Dataset {
    counties = Copies.list(counties);
    townships = Copies.list(townships);
    villages = Copies.list(villages);
    sites = Copies.list(sites);
    logisticsRoutes = Copies.list(logisticsRoutes);
    households = Copies.list(households);
    personnel = Copies.list(personnel);
    leaders = Copies.list(leaders);
    trainingSessions = Copies.list(trainingSessions);
    attendances = Copies.list(attendances);
    followUps = Copies.list(followUps);
    onlineShops = Copies.list(onlineShops);
    transactions = Copies.list(transactions);
    shipments = Copies.list(shipments);
    products = Copies.list(products);
    brands = Copies.list(brands);
    enterprises = Copies.list(enterprises);
    funds = Copies.list(funds);
    fundPlans = Copies.list(fundPlans);
    allocations = Copies.list(allocations);
    tenders = Copies.list(tenders);
    disbursements = Copies.list(disbursements);
    expenses = Copies.list(expenses);
    tracedItems = Copies.list(tracedItems);
    traceEvents = Copies.list(traceEvents);
    disclosures = Copies.list(disclosures);
    activities = Copies.list(activities);
    recognitions = Copies.list(recognitions);
    milestones = Copies.list(milestones);
    planChanges = Copies.list(planChanges);
    areaStatistics = Copies.list(areaStatistics);
    deviceDays = Copies.list(deviceDays);
    dailyReports = Copies.list(dailyReports);
    monthlyReports = Copies.list(monthlyReports);
    quarterlyReports = Copies.list(quarterlyReports);
    annualReports = Copies.list(annualReports);
  }

  /**
   * An empty dataset.
   *
   * @return a dataset with no records and no scope
   */
  public static Dataset empty() {
    return builder().build();
  }

  /**
   * All records, in the order of {@link RecordType} and, within a type, in list order.
   *
   * @return a sequential stream
   */
  public Stream<EparRecord> records() {
    return Stream.<Stream<? extends EparRecord>>of(
            counties.stream(),
            townships.stream(),
            villages.stream(),
            sites.stream(),
            logisticsRoutes.stream(),
            households.stream(),
            personnel.stream(),
            leaders.stream(),
            trainingSessions.stream(),
            attendances.stream(),
            followUps.stream(),
            onlineShops.stream(),
            transactions.stream(),
            shipments.stream(),
            products.stream(),
            brands.stream(),
            enterprises.stream(),
            funds.stream(),
            fundPlans.stream(),
            allocations.stream(),
            tenders.stream(),
            disbursements.stream(),
            expenses.stream(),
            tracedItems.stream(),
            traceEvents.stream(),
            disclosures.stream(),
            activities.stream(),
            recognitions.stream(),
            milestones.stream(),
            planChanges.stream(),
            areaStatistics.stream(),
            deviceDays.stream(),
            dailyReports.stream(),
            monthlyReports.stream(),
            quarterlyReports.stream(),
            annualReports.stream())
        .flatMap(s -> s);
  }

  /**
   * The number of records of every kind.
   *
   * @return the total count
   */
  public int size() {
    return counties.size()
        + townships.size()
        + villages.size()
        + sites.size()
        + logisticsRoutes.size()
        + households.size()
        + personnel.size()
        + leaders.size()
        + trainingSessions.size()
        + attendances.size()
        + followUps.size()
        + onlineShops.size()
        + transactions.size()
        + shipments.size()
        + products.size()
        + brands.size()
        + enterprises.size()
        + funds.size()
        + fundPlans.size()
        + allocations.size()
        + tenders.size()
        + disbursements.size()
        + expenses.size()
        + tracedItems.size()
        + traceEvents.size()
        + disclosures.size()
        + activities.size()
        + recognitions.size()
        + milestones.size()
        + planChanges.size()
        + areaStatistics.size()
        + deviceDays.size()
        + dailyReports.size()
        + monthlyReports.size()
        + quarterlyReports.size()
        + annualReports.size();
  }

  /**
   * A dataset of the given records, each put in the list of its type, in order.
   *
   * @param scope the scope; may be null
   * @param records the records
   * @return the dataset
   */
  public static Dataset of(@Nullable DivisionCode scope, Iterable<? extends EparRecord> records) {
    return builder().scope(scope).addAll(records).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this dataset's scope and records, to build a changed copy: {@code
   * d.toBuilder().build().equals(d)}.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = builder().scope(scope);
    records().forEach(b::add);
    return b;
  }

  /** Collects records of any kind into a {@link Dataset}. Not thread-safe. */
  public static final class Builder {
    private @Nullable DivisionCode scope;
    private final List<County> counties = new ArrayList<>();
    private final List<Township> townships = new ArrayList<>();
    private final List<Village> villages = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<LogisticsRoute> logisticsRoutes = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<Personnel> personnel = new ArrayList<>();
    private final List<Leader> leaders = new ArrayList<>();
    private final List<TrainingSession> trainingSessions = new ArrayList<>();
    private final List<Attendance> attendances = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final List<OnlineShop> onlineShops = new ArrayList<>();
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<Brand> brands = new ArrayList<>();
    private final List<Enterprise> enterprises = new ArrayList<>();
    private final List<Fund> funds = new ArrayList<>();
    private final List<FundPlan> fundPlans = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<Tender> tenders = new ArrayList<>();
    private final List<Disbursement> disbursements = new ArrayList<>();
    private final List<Expense> expenses = new ArrayList<>();
    private final List<TracedItem> tracedItems = new ArrayList<>();
    private final List<TraceEvent> traceEvents = new ArrayList<>();
    private final List<Disclosure> disclosures = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Recognition> recognitions = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<PlanChange> planChanges = new ArrayList<>();
    private final List<AreaStatistics> areaStatistics = new ArrayList<>();
    private final List<DeviceDay> deviceDays = new ArrayList<>();
    private final List<DailyReport> dailyReports = new ArrayList<>();
    private final List<MonthlyReport> monthlyReports = new ArrayList<>();
    private final List<QuarterlyReport> quarterlyReports = new ArrayList<>();
    private final List<AnnualReport> annualReports = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the scope.
     *
     * @param scope the division the dataset covers; may be null
     * @return this builder
     */
    public Builder scope(@Nullable DivisionCode scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Adds a record to the list of its type.
     *
     * @param r the record
     * @return this builder
     */
    public Builder add(EparRecord r) {
      switch (r.recordType()) {
        case COUNTY -> counties.add((County) r);
        case TOWNSHIP -> townships.add((Township) r);
        case VILLAGE -> villages.add((Village) r);
        case SITE -> sites.add((Site) r);
        case LOGISTICS_ROUTE -> logisticsRoutes.add((LogisticsRoute) r);
        case HOUSEHOLD -> households.add((Household) r);
        case PERSONNEL -> personnel.add((Personnel) r);
        case LEADER -> leaders.add((Leader) r);
        case TRAINING_SESSION -> trainingSessions.add((TrainingSession) r);
        case ATTENDANCE -> attendances.add((Attendance) r);
        case FOLLOW_UP -> followUps.add((FollowUp) r);
        case ONLINE_SHOP -> onlineShops.add((OnlineShop) r);
        case TRANSACTION -> transactions.add((Transaction) r);
        case SHIPMENT -> shipments.add((Shipment) r);
        case PRODUCT -> products.add((Product) r);
        case BRAND -> brands.add((Brand) r);
        case ENTERPRISE -> enterprises.add((Enterprise) r);
        case FUND -> funds.add((Fund) r);
        case FUND_PLAN -> fundPlans.add((FundPlan) r);
        case ALLOCATION -> allocations.add((Allocation) r);
        case TENDER -> tenders.add((Tender) r);
        case DISBURSEMENT -> disbursements.add((Disbursement) r);
        case EXPENSE -> expenses.add((Expense) r);
        case TRACED_ITEM -> tracedItems.add((TracedItem) r);
        case TRACE_EVENT -> traceEvents.add((TraceEvent) r);
        case DISCLOSURE -> disclosures.add((Disclosure) r);
        case ACTIVITY -> activities.add((Activity) r);
        case RECOGNITION -> recognitions.add((Recognition) r);
        case MILESTONE -> milestones.add((Milestone) r);
        case PLAN_CHANGE -> planChanges.add((PlanChange) r);
        case AREA_STATISTICS -> areaStatistics.add((AreaStatistics) r);
        case DEVICE_DAY -> deviceDays.add((DeviceDay) r);
        case DAILY_REPORT -> dailyReports.add((DailyReport) r);
        case MONTHLY_REPORT -> monthlyReports.add((MonthlyReport) r);
        case QUARTERLY_REPORT -> quarterlyReports.add((QuarterlyReport) r);
        case ANNUAL_REPORT -> annualReports.add((AnnualReport) r);
        default -> throw new AssertionError(r.recordType());
      }
      return this;
    }

    /**
     * Adds every record.
     *
     * @param records the records
     * @return this builder
     */
    public Builder addAll(Iterable<? extends EparRecord> records) {
      for (EparRecord r : records) {
        add(r);
      }
      return this;
    }

    /**
     * Builds the dataset; the builder can be used again.
     *
     * @return the dataset
     */
    public Dataset build() {
      return new Dataset(
          scope,
          counties,
          townships,
          villages,
          sites,
          logisticsRoutes,
          households,
          personnel,
          leaders,
          trainingSessions,
          attendances,
          followUps,
          onlineShops,
          transactions,
          shipments,
          products,
          brands,
          enterprises,
          funds,
          fundPlans,
          allocations,
          tenders,
          disbursements,
          expenses,
          tracedItems,
          traceEvents,
          disclosures,
          activities,
          recognitions,
          milestones,
          planChanges,
          areaStatistics,
          deviceDays,
          dailyReports,
          monthlyReports,
          quarterlyReports,
          annualReports);
    }
  }
}
