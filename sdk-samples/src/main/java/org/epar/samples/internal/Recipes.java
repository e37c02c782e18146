package org.epar.samples.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Allocation;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.DeviceDay;
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
import org.epar.core.model.FundPlan;
import org.epar.core.model.Leader;
import org.epar.core.model.LogisticsRoute;
import org.epar.core.model.Milestone;
import org.epar.core.model.MilestoneKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Personnel;
import org.epar.core.model.Product;
import org.epar.core.model.Progress;
import org.epar.core.model.SelfEvaluation;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.StationCharge;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TraceStep;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.samples.Draws;
import org.epar.samples.SampleCounties;

/**
 * The recipes of the rule breakers: for every rule ID of the catalog ({@code docs/catalog.md}), a
 * mutation of a county that satisfies the rule's profile ({@link
 * org.epar.samples.SampleCounties#conforming(String, long)}: the Daming-like county for {@code
 * daming-2017} and the CORE rules) after which the county breaks that rule and no other (but the
 * rules listed as consequential: removing a poor village's station breaks DM-SITE-02 and
 * DM-SITE-03). What a mutation changes is drawn from a {@link Draws} source: a seeded random for
 * {@code epar generate --break}, a property test's recorded source in sdk-testkit (which shrinks).
 *
 * <p>Thread-safe; the recipes are built once.
 */
public final class Recipes {

  private static final Map<String, Spec> SPECS = specs();

  private Recipes() {}

  /** A mutation of a base dataset, drawing what it changes from the edit's randomness. */
  @FunctionalInterface
  interface Mutation {
    void apply(Edit edit);
  }

  /**
   * One rule's recipe.
   *
   * @param profileId the built-in profile the base county satisfies
   * @param asOf the as-of date to validate at
   * @param consequential rules that may also be found because they follow from the break
   * @param mutation the change
   */
  record Spec(String profileId, LocalDate asOf, Set<String> consequential, Mutation mutation) {}

  /**
   * The rule IDs that have a recipe: every ID of the catalog.
   *
   * @return the IDs in catalog order, unmodifiable
   */
  public static Set<String> ruleIds() {
    return Collections.unmodifiableSet(SPECS.keySet());
  }

  /**
   * The profile of a rule's recipe.
   *
   * @param ruleId a rule ID with a recipe
   * @return the built-in profile ID
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static String profileId(String ruleId) {
    return spec(ruleId).profileId();
  }

  /**
   * The as-of date of a rule's recipe.
   *
   * @param ruleId a rule ID with a recipe
   * @return the date
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static LocalDate asOf(String ruleId) {
    return spec(ruleId).asOf();
  }

  /**
   * The rules a rule's recipe may break too.
   *
   * @param ruleId a rule ID with a recipe
   * @return the IDs, unmodifiable
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static Set<String> consequential(String ruleId) {
    return spec(ruleId).consequential();
  }

  /**
   * Applies a rule's recipe to a base county.
   *
   * @param ruleId a rule ID with a recipe
   * @param base a county that satisfies the recipe's profile
   * @param in where the mutation draws what it changes
   * @return the broken county
   * @throws IllegalArgumentException if there is no recipe for that ID
   */
  public static Dataset apply(String ruleId, Dataset base, Draws in) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(in, "in");
    Edit edit = new Edit(base, in);
    spec(ruleId).mutation().apply(edit);
    return edit.build();
  }

  private static Spec spec(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    Spec spec = SPECS.get(ruleId);
    if (spec == null) {
      throw new IllegalArgumentException("no recipe for rule " + ruleId);
    }
    return spec;
  }

  // ---- the breakers ----

  private static Map<String, Spec> specs() {
    Map<String, Spec> m = new LinkedHashMap<>();
    BiConsumer<String, Mutation> dm =
        (id, mu) ->
            m.put(
                id,
                new Spec(
                    SampleCounties.DAMING_2017,
                    SampleCounties.asOf(SampleCounties.DAMING_2017),
                    Set.of(),
                    mu));
    coreBreakers(dm);
    damingBreakers(m, dm);
    OtherRecipes.add(m);
    return m;
  }

  private static void coreBreakers(BiConsumer<String, Mutation> dm) {
    dm.accept(
        "CORE-ID-01",
        e ->
            e.replaceOne(
                Leader.class,
                l -> true,
                l ->
                    new Leader(
                        l.id(),
                        CitizenId.of(wrongCheck(l.citizenId().raw())),
                        l.name(),
                        l.village(),
                        l.linkedHouseholds())));
    dm.accept(
        "CORE-ID-02",
        e ->
            e.replaceOne(
                Disbursement.class,
                d -> d.payee() != null,
                d ->
                    new Disbursement(
                        d.id(),
                        d.fund(),
                        d.allocation(),
                        d.kind(),
                        d.amount(),
                        d.date(),
                        CreditCode.of(wrongCheck(d.payee().raw())))));
    dm.accept(
        "CORE-ID-03",
        e ->
            e.replaceOne(
                Leader.class,
                l -> true,
                l ->
                    new Leader(
                        l.id(),
                        l.citizenId(),
                        l.name(),
                        DivisionCode.of(l.village().value().substring(0, 9) + "000"),
                        l.linkedHouseholds())));
    dm.accept(
        "CORE-ID-04",
        e -> {
          TracedItem t = e.pick(TracedItem.class, x -> true);
          e.add(
              new TracedItem(
                  TraceCode.of(wrongCheck(t.code().raw())),
                  t.product(),
                  t.producer(),
                  null,
                  t.issuedOn()));
        });
    dm.accept(
        "CORE-REF-01",
        e ->
            e.replaceOne(
                Attendance.class,
                a -> a.household() == null,
                a ->
                    new Attendance(
                        a.id(),
                        "T-999",
                        a.citizenId(),
                        a.household(),
                        a.personnel(),
                        a.category())));
    dm.accept("CORE-DUP-01", e -> e.add(e.pick(Leader.class, l -> true)));
    dm.accept(
        "CORE-MONEY-01",
        e ->
            e.replaceOne(
                Expense.class,
                x -> true,
                x ->
                    new Expense(
                        x.id(),
                        x.fund(),
                        x.category(),
                        Money.ofFen(-e.draw(1, 100_000)),
                        x.date(),
                        x.description())));
    dm.accept(
        "CORE-DATE-01",
        e ->
            e.replaceOne(
                TrainingSession.class,
                s -> s.kind() == TrainingKind.PROFESSIONAL,
                s ->
                    TrainingSession.builder()
                        .id(s.id())
                        .title(s.title())
                        .provider(s.provider())
                        .kind(s.kind())
                        .startDate(s.startDate())
                        .endDate(s.startDate().minusDays(e.draw(1, 5)))
                        .audience(s.audience())
                        .division(s.division())
                        .free(s.free())
                        .subsidy(s.subsidy())
                        .build()));
    dm.accept(
        "CORE-TRACE-01",
        e ->
            e.replaceOne(
                TraceEvent.class,
                t -> t.step() == TraceStep.SELL,
                t ->
                    new TraceEvent(
                        t.id(),
                        t.code(),
                        t.time().minusDays(30),
                        t.whereDivision(),
                        t.whereSite(),
                        t.whoEnterprise(),
                        t.whoHousehold(),
                        t.step())));
  }

  private static void damingBreakers(Map<String, Spec> m, BiConsumer<String, Mutation> dm) {
    LocalDate asOf = SampleCounties.asOf(SampleCounties.DAMING_2017);
    dm.accept(
        "DM-SITE-01",
        e -> e.removeOne(Site.class, s -> s.type() == SiteType.TOWNSHIP_DISTRIBUTION_CENTRE));
    // Removing a poor village's station also leaves a village that needs one (DM-SITE-03).
    m.put(
        "DM-SITE-02",
        new Spec(
            SampleCounties.DAMING_2017,
            asOf,
            Set.of("DM-SITE-03"),
            e -> {
              Site s =
                  e.pick(
                      Site.class,
                      x ->
                          x.type() == SiteType.VILLAGE_STATION
                              && e.all(
                                          Village.class,
                                          v -> v.registeredPoor() && v.code().equals(x.division()))
                                      .size()
                                  == 1);
              removeStation(e, s);
            }));
    dm.accept(
        "DM-SITE-03",
        e -> {
          Set<DivisionCode> stations = new java.util.HashSet<>();
          e.all(Site.class, s -> s.type() == SiteType.VILLAGE_STATION)
              .forEach(s -> stations.add(s.division()));
          e.replaceOne(
              Village.class,
              v -> !stations.contains(v.code()),
              v ->
                  new Village(
                      v.code(),
                      v.name(),
                      500 + e.draw(0, 800),
                      v.registeredPoor(),
                      v.eligible(),
                      v.broadband(),
                      v.fibre(),
                      v.mobile4g(),
                      v.inDatabase(),
                      v.naturalVillages()));
        });
    dm.accept(
        "DM-SITE-04",
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.COUNTY_SERVICE_CENTRE,
                s ->
                    site(
                        s,
                        BigDecimal.valueOf(e.draw(300, 599)),
                        s.equipment(),
                        s.services(),
                        s.chargesLevied())));
    dm.accept(
        "DM-SITE-05",
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.COUNTY_WAREHOUSE,
                s ->
                    site(
                        s,
                        BigDecimal.valueOf(e.draw(300, 799)),
                        s.equipment(),
                        s.services(),
                        s.chargesLevied())));
    dm.accept(
        "DM-SITE-06",
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.TOWNSHIP_DISTRIBUTION_CENTRE,
                s ->
                    site(
                        s,
                        BigDecimal.valueOf(e.draw(30, 99)),
                        s.equipment(),
                        s.services(),
                        s.chargesLevied())));
    dm.accept(
        "DM-SITE-07",
        e -> {
          List<Enterprise> express =
              e.all(Enterprise.class, x -> x.roles().contains(EnterpriseRole.EXPRESS_COMPANY));
          String name = "大名县城至" + e.draw(1, 20) + "号乡镇配送线路";
          for (int i = 0; i < 2; i++) {
            e.add(new LogisticsRoute("LR-X" + i, name, express.get(i).creditCode(), true));
          }
        });
    dm.accept("DM-SITE-08", e -> e.removeOne(Site.class, s -> s.type() == SiteType.EXPRESS_OUTLET));
    dm.accept(
        "DM-SITE-09",
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.VILLAGE_STATION,
                s ->
                    site(
                        s,
                        Draw.area(e.draw(10, 49)),
                        s.equipment(),
                        s.services(),
                        s.chargesLevied())));
    dm.accept(
        "DM-SITE-10",
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.VILLAGE_STATION,
                s -> {
                  Set<Equipment> eq = EnumSet.copyOf(s.equipment());
                  eq.remove(Draw.pick(e.in(), List.copyOf(eq)));
                  return site(s, s.floorArea(), eq, s.services(), s.chargesLevied());
                }));
    dm.accept(
        "DM-SITE-11",
        e -> {
          Site s = e.pick(Site.class, x -> x.type() == SiteType.VILLAGE_STATION);
          e.add(
              Site.builder()
                  .id(s.id() + "-B")
                  .type(s.type())
                  .name(s.name() + "二站")
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
                  .centrallyFunded(true)
                  .openedOn(s.openedOn())
                  .annualOnlineRetail(s.annualOnlineRetail())
                  .build());
        });
    dm.accept(
        "DM-SITE-12",
        e -> {
          int villages = e.all(Village.class).size();
          int keep = (int) Math.floor(villages * 0.9) - e.draw(1, 20);
          int[] broadband = {0};
          e.replaceAll(
              Village.class,
              v -> v.broadband() && ++broadband[0] > keep,
              v ->
                  new Village(
                      v.code(),
                      v.name(),
                      v.residents(),
                      v.registeredPoor(),
                      v.eligible(),
                      false,
                      v.fibre(),
                      v.mobile4g(),
                      v.inDatabase(),
                      v.naturalVillages()));
        });
    m.put(
        "DM-SVC-01",
        new Spec(
            SampleCounties.DAMING_2017,
            asOf,
            Set.of(),
            e ->
                e.replaceOne(
                    Site.class,
                    s -> s.type() == SiteType.VILLAGE_STATION,
                    s -> {
                      Set<SiteService> svc = EnumSet.copyOf(s.services());
                      svc.remove(
                          Draw.pick(
                              e.in(),
                              SiteService.BUY_ON_BEHALF,
                              SiteService.SELL_ON_BEHALF,
                              SiteService.FEE_COLLECTION,
                              SiteService.CASH_WITHDRAWAL,
                              SiteService.INSURANCE_CREDIT,
                              SiteService.LIFE_SERVICES));
                      return site(s, s.floorArea(), s.equipment(), svc, s.chargesLevied());
                    })));
    dm.accept(
        "DM-OPS-01",
        e ->
            e.replaceAll(
                DeviceDay.class,
                d -> d.date().getDayOfMonth() <= 2,
                d -> new DeviceDay(d.device(), d.site(), d.date(), false)));
    dm.accept(
        "DM-OPS-02",
        e ->
            e.replaceAll(
                Transaction.class,
                t -> t.direction() == org.epar.core.model.Direction.DOWNWARD,
                t ->
                    new Transaction(
                        t.id(),
                        t.site(),
                        t.shop(),
                        t.date(),
                        t.direction(),
                        t.amount(),
                        10,
                        t.household(),
                        t.product())));
    dm.accept(
        "DM-LOG-01",
        e -> {
          List<Enterprise> express =
              e.all(Enterprise.class, x -> x.roles().contains(EnterpriseRole.EXPRESS_COMPANY));
          Enterprise drop = express.get(express.size() - 1);
          e.replace(
              drop,
              new Enterprise(
                  drop.creditCode(),
                  drop.name(),
                  EnumSet.of(EnterpriseRole.ECOMMERCE),
                  drop.division(),
                  drop.annualOnlineRetail(),
                  drop.poorHouseholdsDriven()));
        });
    dm.accept(
        "DM-PROD-01",
        e -> {
          List<Product> developed = e.all(Product.class, Product::developed);
          int undevelop = developed.size() - 4;
          int[] n = {0};
          e.replaceAll(
              Product.class,
              p -> p.developed() && n[0]++ < undevelop,
              p ->
                  new Product(
                      p.id(),
                      p.name(),
                      p.producer(),
                      p.villages(),
                      p.certifications(),
                      p.brand(),
                      false,
                      p.circulationStandard(),
                      p.traced()));
        });
    dm.accept(
        "DM-INC-01",
        e ->
            e.replaceOne(
                OnlineShop.class,
                OnlineShop::incubated,
                s ->
                    OnlineShop.builder()
                        .id(s.id())
                        .name(s.name())
                        .platform(s.platform())
                        .majorPlatform(s.majorPlatform())
                        .division(s.division())
                        .ownerCreditCode(s.ownerCreditCode())
                        .ownerHousehold(s.ownerHousehold())
                        .demonstration(s.demonstration())
                        .incubated(s.incubated())
                        .onRoster(s.onRoster())
                        .annualSales(Money.ofFen(e.draw(0, 2_999_999)))
                        .linkedHouseholds(s.linkedHouseholds())
                        .build()));
    dm.accept(
        "DM-TRACE-01",
        e ->
            e.replaceAll(
                Enterprise.class,
                x -> x.roles().contains(EnterpriseRole.TRACEABILITY_MEMBER),
                x -> {
                  Set<EnterpriseRole> roles = EnumSet.copyOf(x.roles());
                  roles.remove(EnterpriseRole.TRACEABILITY_MEMBER);
                  return new Enterprise(
                      x.creditCode(),
                      x.name(),
                      roles,
                      x.division(),
                      x.annualOnlineRetail(),
                      x.poorHouseholdsDriven());
                }));
    dm.accept(
        "DM-TRAIN-01",
        e -> {
          // Keep every poor household's attendance and at least 1,000 professional trainees.
          int total = e.all(Attendance.class).size();
          int drop = total - 2999 + e.draw(0, 50);
          int[] n = {0};
          Set<String> professional =
              ids(e.all(TrainingSession.class, s -> s.kind() != TrainingKind.BASIC));
          e.removeIf(
              r ->
                  r instanceof Attendance a
                      && a.household() == null
                      && professional.contains(a.session())
                      && n[0]++ < drop);
        });
    // Fewer than 1,000 professional trainees may also take the person-times under 3,000
    // (DM-TRAIN-01).
    m.put(
        "DM-TRAIN-02",
        new Spec(
            SampleCounties.DAMING_2017,
            asOf,
            Set.of("DM-TRAIN-01"),
            e -> {
              Set<String> professional =
                  ids(e.all(TrainingSession.class, s -> s.kind() == TrainingKind.PROFESSIONAL));
              int keep = e.draw(0, 999);
              int[] n = {0};
              e.removeIf(
                  r ->
                      r instanceof Attendance a
                          && professional.contains(a.session())
                          && n[0]++ >= keep);
            }));
    // Dropping poor households' attendances may also take the person-times under 3,000
    // (DM-TRAIN-01).
    m.put(
        "DM-TRAIN-03",
        new Spec(
            SampleCounties.DAMING_2017,
            asOf,
            Set.of("DM-TRAIN-01"),
            e -> {
              int households =
                  e.all(org.epar.core.model.Household.class, h -> h.registeredPoor()).size();
              int keep = (int) Math.ceil(households * 0.8) - e.draw(1, 20);
              int[] n = {0};
              e.removeIf(r -> r instanceof Attendance a && a.household() != null && n[0]++ >= keep);
            }));
    dm.accept("DM-TRAIN-04", e -> e.removeOne(FollowUp.class, f -> true));
    m.put(
        "DM-FUND-01",
        new Spec(
            SampleCounties.DAMING_2017,
            asOf,
            Set.of(),
            e -> {
              Money over = Money.ofWan(e.draw(1, 30));
              e.replaceOne(
                  Allocation.class,
                  a -> a.category() == FundCategory.UPWARD_STANDARDS,
                  a -> new Allocation(a.id(), a.plan(), a.category(), a.amount().plus(over)));
              e.replaceOne(
                  Allocation.class,
                  a -> a.category() == FundCategory.TRAINING,
                  a -> new Allocation(a.id(), a.plan(), a.category(), a.amount().minus(over)));
            }));
    // Moving more than 2% beyond a cap necessarily exceeds that cap (DM-FUND-01, a WARNING).
    m.put(
        "DM-FUND-02",
        new Spec(
            SampleCounties.DAMING_2017,
            asOf,
            Set.of("DM-FUND-01"),
            e -> {
              Money over = Money.ofWan(e.draw(31, 60));
              e.replaceOne(
                  Allocation.class,
                  a -> a.category() == FundCategory.UPWARD_STANDARDS,
                  a -> new Allocation(a.id(), a.plan(), a.category(), a.amount().plus(over)));
              e.replaceOne(
                  Allocation.class,
                  a -> a.category() == FundCategory.TRAINING,
                  a -> new Allocation(a.id(), a.plan(), a.category(), a.amount().minus(over)));
            }));
    dm.accept(
        "DM-FUND-03",
        e -> {
          Expense x = e.pick(Expense.class, y -> true);
          ExpenseCategory banned =
              Draw.pick(
                  e.in(),
                  ExpenseCategory.ONLINE_PLATFORM,
                  ExpenseCategory.BUILDING,
                  ExpenseCategory.PURCHASED_TRAFFIC,
                  ExpenseCategory.FOOD_LODGING,
                  ExpenseCategory.SALARIES,
                  ExpenseCategory.UTILITIES);
          e.add(
              new Expense(
                  "E-X", x.fund(), banned, Money.ofWan(e.draw(1, 10)), x.date(), banned.termZh()));
        });
    dm.accept(
        "DM-FUND-04",
        e ->
            e.replaceOne(
                FundPlan.class,
                p -> true,
                p ->
                    new FundPlan(
                        p.id(),
                        p.fund(),
                        p.version(),
                        p.approvalReference(),
                        p.publishedOn(),
                        p.publishedOn().plusDays(e.draw(0, 9)),
                        p.carriedOutOn())));
    dm.accept(
        "DM-FUND-05",
        e -> {
          Disbursement d = e.pick(Disbursement.class, x -> x.kind() == DisbursementKind.PROGRESS);
          e.add(
              new Disbursement(
                  "D-FINAL",
                  d.fund(),
                  d.allocation(),
                  DisbursementKind.FINAL,
                  Money.ofWan(e.draw(1, 10)),
                  d.date().plusDays(e.draw(1, 60)),
                  d.payee()));
        });
    dm.accept(
        "DM-FUND-06",
        e -> {
          if (Draw.chance(e.in(), 50)) {
            e.replaceOne(
                Fund.class,
                f -> true,
                f ->
                    new Fund(
                        f.id(),
                        f.name(),
                        f.county(),
                        f.total(),
                        f.source(),
                        false,
                        f.workStartedOn(),
                        f.acceptedOn()));
          } else {
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.VILLAGE_STATION,
                s ->
                    site(
                        s,
                        s.floorArea(),
                        s.equipment(),
                        s.services(),
                        EnumSet.of(Draw.pick(e.in(), StationCharge.class))));
          }
        });
    dm.accept(
        "DM-FUND-07",
        e ->
            e.replaceOne(
                AnnualReport.class,
                a -> true,
                a -> {
                  SelfEvaluation s = a.selfEvaluation();
                  SelfEvaluation blank =
                      switch (e.draw(0, 4)) {
                        case 0 ->
                            new SelfEvaluation(
                                "",
                                s.fundInputAndUse(),
                                s.systems(),
                                s.targetCompletion(),
                                s.fundReporting());
                        case 1 ->
                            new SelfEvaluation(
                                s.implementation(),
                                "",
                                s.systems(),
                                s.targetCompletion(),
                                s.fundReporting());
                        case 2 ->
                            new SelfEvaluation(
                                s.implementation(),
                                s.fundInputAndUse(),
                                "",
                                s.targetCompletion(),
                                s.fundReporting());
                        case 3 ->
                            new SelfEvaluation(
                                s.implementation(),
                                s.fundInputAndUse(),
                                s.systems(),
                                "",
                                s.fundReporting());
                        default ->
                            new SelfEvaluation(
                                s.implementation(),
                                s.fundInputAndUse(),
                                s.systems(),
                                s.targetCompletion(),
                                "");
                      };
                  return new AnnualReport(
                      a.header(),
                      a.progress(),
                      a.statistics(),
                      blank,
                      a.fundPerformance(),
                      a.indicators(),
                      a.summary());
                }));
    // Without the contractor's liaison the liaison-list milestone may be judged unmet (DM-TIME-01).
    m.put(
        "DM-RPT-01",
        new Spec(
            SampleCounties.DAMING_2017,
            asOf,
            Set.of("DM-TIME-01"),
            e -> e.removeIf(r -> r instanceof Personnel p && p.organisation() != null)));
    dm.accept(
        "DM-RPT-02",
        e -> e.removeOne(DailyReport.class, d -> !d.header().period().id().endsWith("0101")));
    dm.accept(
        "DM-PUB-01",
        e ->
            e.replaceOne(
                Disclosure.class, d -> true, d -> d.toBuilder().responsiblePerson("").build()));
    // Revision 2: progress is judged at the evaluation date (2018-10-31), on the latest monthly
    // report whose period ended by then (the annual report's year has not ended by then).
    dm.accept(
        "DM-VETO-01",
        e -> {
          LocalDate evaluation = LocalDate.of(2018, 10, 31);
          LocalDate judged =
              e.all(MonthlyReport.class).stream()
                  .map(r -> r.header().period().end())
                  .filter(end -> !end.isAfter(evaluation))
                  .max(LocalDate::compareTo)
                  .orElseThrow();
          e.replaceOne(
              MonthlyReport.class,
              r -> r.header().period().end().equals(judged),
              r ->
                  new MonthlyReport(
                      r.header(),
                      new Progress(
                          BigDecimal.valueOf(e.draw(0, 39), 2), r.progress().disbursement()),
                      r.statistics(),
                      r.disbursements(),
                      r.trainingSessions(),
                      r.attendances(),
                      r.sites()));
        });
    dm.accept(
        "DM-VETO-02",
        e -> {
          FundPlan p = e.pick(FundPlan.class, x -> true);
          e.add(
              new FundPlan(
                  p.id() + "-v2",
                  p.fund(),
                  2,
                  "",
                  p.publishedOn().plusMonths(3),
                  p.reportedOn().plusMonths(3),
                  p.carriedOutOn().plusMonths(3)));
        });
    dm.accept(
        "DM-GROW-01",
        e ->
            e.replaceOne(
                AreaStatistics.class,
                s -> s.year() == 2018,
                s -> {
                  AreaStatistics before = e.pick(AreaStatistics.class, x -> x.year() == 2017);
                  Money flat = before.transactionVolume().share(new BigDecimal("1.1"));
                  return new AreaStatistics(
                      s.division(),
                      s.year(),
                      flat,
                      s.ruralOnlineRetail(),
                      s.agriculturalOnlineRetail(),
                      s.poorHouseholdsSelling(),
                      s.poorHouseholdsBuyingInputs(),
                      s.peopleLiftedOut());
                }));
    dm.accept(
        "DM-TIME-01",
        e ->
            e.replaceOne(
                Milestone.class,
                x -> x.kind() == MilestoneKind.LOGISTICS_LAYOUT,
                x ->
                    new Milestone(x.id(), x.kind(), x.dueOn(), x.dueOn().plusDays(e.draw(1, 30)))));
  }

  // ---- helpers ----

  static void removeStation(Edit e, Site s) {
    e.removeIf(
        r ->
            r == s
                || r instanceof Transaction t && s.id().equals(t.site())
                || r instanceof DeviceDay d && s.id().equals(d.site())
                || r instanceof TraceEvent t && s.id().equals(t.whereSite()));
  }

  static Site site(
      Site s,
      BigDecimal floorArea,
      Set<Equipment> equipment,
      Set<SiteService> services,
      Set<StationCharge> charges) {
    return Site.builder()
        .id(s.id())
        .type(s.type())
        .name(s.name())
        .division(s.division())
        .floorArea(floorArea)
        .experienceArea(s.experienceArea())
        .staff(s.staff())
        .rooms(s.rooms())
        .equipment(equipment)
        .services(services)
        .hubFunctions(s.hubFunctions())
        .chargesLevied(charges)
        .operator(s.operator())
        .centrallyFunded(s.centrallyFunded())
        .openedOn(s.openedOn())
        .annualOnlineRetail(s.annualOnlineRetail())
        .poorHouseholdsServed(s.poorHouseholdsServed())
        .build();
  }

  static Set<String> ids(List<TrainingSession> sessions) {
    Set<String> out = new java.util.HashSet<>();
    sessions.forEach(s -> out.add(s.id()));
    return out;
  }

  /** The same text with another last (check) character. */
  static String wrongCheck(String raw) {
    char last = raw.charAt(raw.length() - 1);
    char other = last == '0' ? '1' : '0';
    return raw.substring(0, raw.length() - 1) + other;
  }
}
