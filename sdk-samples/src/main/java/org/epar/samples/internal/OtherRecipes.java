package org.epar.samples.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Activity;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.Certificate;
import org.epar.core.model.CertificationType;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.Direction;
import org.epar.core.model.Equipment;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Fund;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.HubFunction;
import org.epar.core.model.Leader;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Product;
import org.epar.core.model.Progress;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.core.model.ReportStatistics;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.Township;
import org.epar.core.model.TracedItem;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.samples.SampleCounties;

/**
 * Rule breakers of the provincial profiles (GD, HLJ, HN, CQ), each on {@link
 * org.epar.samples.SampleCounties#conforming(String, long)} of its profile.
 */
final class OtherRecipes {

  private OtherRecipes() {}

  static void add(Map<String, Recipes.Spec> m) {
    guangdong(m);
    heilongjiang(m);
    henan(m);
    chongqing(m);
  }

  private static void henan(Map<String, Recipes.Spec> m) {
    String hn = Conforming.HENAN_2018;
    put(
        m,
        hn,
        "HN-DEMO-01",
        Set.of(),
        e ->
            e.replaceOne(
                County.class,
                c -> true,
                c ->
                    new County(
                        c.code(),
                        c.name(),
                        c.poor(),
                        DemonstrationLevel.NONE,
                        c.formerNationalKey(),
                        0)));
    put(
        m,
        hn,
        "HN-SITE-01",
        Set.of(),
        e -> e.removeOne(Site.class, s -> s.type() == SiteType.VILLAGE_STATION));
    put(
        m,
        hn,
        "HN-SITE-02",
        Set.of(),
        e -> e.removeOne(Site.class, s -> s.type() == SiteType.COUNTY_SERVICE_CENTRE));
    put(
        m,
        hn,
        "HN-TRAIN-01",
        Set.of(),
        e -> e.removeOne(Attendance.class, a -> a.household() != null));
    put(
        m,
        hn,
        "HN-TRAIN-02",
        Set.of(),
        e -> e.removeOne(Attendance.class, a -> a.personnel() != null));
    put(m, hn, "HN-LEAD-01", Set.of(), e -> e.removeOne(Leader.class, l -> true));
    put(m, hn, "HN-ACT-01", Set.of(), e -> e.removeOne(Activity.class, a -> true));
    put(
        m,
        hn,
        "HN-SVC-01",
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
                          SiteService.DAILY_GOODS,
                          SiteService.PRODUCT_SALES,
                          SiteService.POLICY_INFO,
                          SiteService.FEE_COLLECTION,
                          SiteService.AGENCY,
                          SiteService.PARCELS));
                  return Recipes.site(s, s.floorArea(), s.equipment(), svc, s.chargesLevied());
                }));
    put(m, hn, "HN-TRAIN-03", Set.of(), e -> e.removeOne(FollowUp.class, f -> true));
    put(
        m,
        hn,
        "HN-NET-01",
        Set.of(),
        e ->
            e.replaceOne(
                Village.class,
                Village::registeredPoor,
                v ->
                    new Village(
                        v.code(),
                        v.name(),
                        v.residents(),
                        v.registeredPoor(),
                        v.eligible(),
                        v.broadband(),
                        false,
                        v.mobile4g(),
                        v.inDatabase(),
                        v.naturalVillages())));
    put(
        m,
        hn,
        "HN-DEMO-02",
        Set.of(),
        e -> {
          RecognitionKind kind =
              Draw.pick(
                  e.in(),
                  RecognitionKind.ADVANCED_COUNTY,
                  RecognitionKind.ADVANCED_TOWNSHIP,
                  RecognitionKind.EXCELLENT_LEADER,
                  RecognitionKind.BEST_SELLING_BRAND);
          e.removeOne(Recognition.class, x -> x.kind() == kind);
        });
    put(
        m,
        hn,
        "HN-RPT-01",
        Set.of(),
        e -> {
          if (Draw.chance(e.in(), 50)) {
            MonthlyReport gone =
                e.pick(MonthlyReport.class, x -> !x.header().period().id().equals("201801"));
            e.removeIf(r -> r == gone);
          } else {
            QuarterlyReport gone =
                e.pick(QuarterlyReport.class, x -> !x.header().period().id().equals("2018Q1"));
            e.removeIf(r -> r == gone);
          }
        });
    // HN-FUND-01 (revision 2): a failed performance evaluation, or a disbursement far below the
    // elapsed share
    put(
        m,
        hn,
        "HN-FUND-01",
        Set.of(),
        e -> {
          if (Draw.chance(e.in(), 50)) {
            e.replaceOne(
                AnnualReport.class,
                a -> true,
                a ->
                    a.toBuilder()
                        .fundPerformance(
                            a.fundPerformance().toBuilder().evaluationPassed(false).build())
                        .build());
          } else {
            e.replaceOne(
                QuarterlyReport.class,
                q -> true,
                q ->
                    new QuarterlyReport(
                        q.header(),
                        new Progress(q.progress().construction(), BigDecimal.ZERO),
                        q.statistics(),
                        q.summary()));
          }
        });
  }

  private static void chongqing(Map<String, Recipes.Spec> m) {
    String cq = Conforming.CHONGQING_2017;
    put(
        m,
        cq,
        "CQ-SHOP-01",
        Set.of(),
        e ->
            e.replaceOne(
                OnlineShop.class,
                x -> !x.id().equals("SHOP-1"),
                x ->
                    OnlineShop.builder()
                        .id(x.id())
                        .name(x.name())
                        .platform(x.platform())
                        .majorPlatform(x.majorPlatform())
                        .division(x.division())
                        .ownerCreditCode(x.ownerCreditCode())
                        .ownerHousehold(x.ownerHousehold())
                        .incubated(x.incubated())
                        .onRoster(x.onRoster())
                        .annualSales(x.annualSales())
                        .linkedHouseholds(x.linkedHouseholds())
                        .build()));
    put(
        m,
        cq,
        "CQ-GROW-01",
        Set.of(),
        e -> {
          AreaStatistics first = e.pick(AreaStatistics.class, s -> s.year() == 2017);
          e.replaceOne(
              AreaStatistics.class,
              s -> s.year() == 2019,
              s ->
                  new AreaStatistics(
                      s.division(),
                      s.year(),
                      s.transactionVolume(),
                      s.ruralOnlineRetail(),
                      first.agriculturalOnlineRetail().plus(Money.ofWan(e.draw(0, 100))),
                      s.poorHouseholdsSelling(),
                      s.poorHouseholdsBuyingInputs(),
                      s.peopleLiftedOut()));
        });
    put(
        m,
        cq,
        "CQ-SITE-01",
        Set.of(),
        e -> {
          Site gone =
              e.pick(
                  Site.class,
                  s ->
                      s.type() == SiteType.COUNTY_SERVICE_CENTRE
                          || s.type() == SiteType.TOWNSHIP_STATION
                          || s.type() == SiteType.VILLAGE_STATION);
          // the site's parcels go with it (CQ-LOG-01 keeps the parcels of the other stations)
          e.removeIf(
              r ->
                  r == gone
                      || r instanceof Shipment sh
                          && (gone.id().equals(sh.fromSite()) || gone.id().equals(sh.toSite())));
        });
    put(
        m,
        cq,
        "CQ-LOG-01",
        Set.of(),
        e -> {
          Site from = e.pick(Site.class, s -> s.type() == SiteType.COUNTY_SERVICE_CENTRE);
          Site to = e.pick(Site.class, s -> s.type() == SiteType.VILLAGE_STATION);
          java.time.LocalDate sent = java.time.LocalDate.of(2020, 12, e.draw(1, 20));
          e.add(
              new Shipment(
                  "SH-1",
                  from.id(),
                  to.id(),
                  from.operator(),
                  Direction.DOWNWARD,
                  sent,
                  sent.plusDays(e.draw(2, 5)),
                  null,
                  null));
        });
    put(m, cq, "CQ-LEAD-01", Set.of(), e -> e.removeOne(Leader.class, l -> true));
    put(
        m,
        cq,
        "CQ-HUB-01",
        Set.of(),
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.COLLECTION_HUB,
                s -> {
                  Set<HubFunction> f = EnumSet.copyOf(s.hubFunctions());
                  f.remove(Draw.pick(e.in(), HubFunction.class));
                  return Site.builder()
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
                      .hubFunctions(f)
                      .chargesLevied(s.chargesLevied())
                      .operator(s.operator())
                      .centrallyFunded(s.centrallyFunded())
                      .openedOn(s.openedOn())
                      .annualOnlineRetail(s.annualOnlineRetail())
                      .poorHouseholdsServed(s.poorHouseholdsServed())
                      .build();
                }));
    put(
        m,
        cq,
        "CQ-TRACE-01",
        Set.of(),
        e -> {
          if (Draw.chance(e.in(), 50)) {
            e.replaceOne(
                Product.class,
                p -> p.brand() != null,
                p ->
                    new Product(
                        p.id(),
                        p.name(),
                        p.producer(),
                        p.villages(),
                        p.certifications(),
                        p.brand(),
                        p.developed(),
                        p.circulationStandard(),
                        false));
          } else {
            e.replaceOne(
                TracedItem.class,
                t -> t.household() != null,
                t -> new TracedItem(t.code(), t.product(), t.producer(), null, t.issuedOn()));
          }
        });
    put(
        m,
        cq,
        "CQ-SHOP-02",
        Set.of(),
        e -> {
          Township deep = e.pick(Township.class, Township::deepPoverty);
          String prefix = deep.code().value().substring(0, 9);
          e.replaceAll(
              OnlineShop.class,
              x -> x.division() != null && x.division().value().startsWith(prefix),
              x ->
                  OnlineShop.builder()
                      .id(x.id())
                      .name(x.name())
                      .platform(x.platform())
                      .division(x.division())
                      .ownerCreditCode(x.ownerCreditCode())
                      .ownerHousehold(x.ownerHousehold())
                      .demonstration(x.demonstration())
                      .incubated(x.incubated())
                      .onRoster(x.onRoster())
                      .annualSales(x.annualSales())
                      .linkedHouseholds(x.linkedHouseholds())
                      .build());
        });
    put(
        m,
        cq,
        "CQ-NET-01",
        Set.of(),
        e ->
            e.replaceOne(
                Village.class,
                Village::registeredPoor,
                v -> {
                  boolean noBroadband = Draw.chance(e.in(), 50);
                  return new Village(
                      v.code(),
                      v.name(),
                      v.residents(),
                      v.registeredPoor(),
                      v.eligible(),
                      !noBroadband,
                      v.fibre(),
                      noBroadband,
                      v.inDatabase(),
                      v.naturalVillages());
                }));
    put(
        m,
        cq,
        "CQ-SUB-01",
        Set.of(),
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.VILLAGE_STATION,
                s ->
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
                        .annualOnlineRetail(Money.ofWan(e.draw(200, 500)))
                        .poorHouseholdsServed(e.draw(10, 30))
                        .build()));
    put(
        m,
        cq,
        "CQ-TRAIN-01",
        Set.of(),
        e -> e.removeOne(Attendance.class, a -> a.household() != null));
    put(
        m,
        cq,
        "CQ-LINK-01",
        Set.of(),
        e -> {
          if (Draw.chance(e.in(), 50)) {
            e.replaceOne(
                Leader.class,
                l -> true,
                l -> new Leader(l.id(), l.citizenId(), l.name(), l.village(), List.of()));
          } else {
            e.replaceOne(
                OnlineShop.class,
                OnlineShop::demonstration,
                x ->
                    OnlineShop.builder()
                        .id(x.id())
                        .name(x.name())
                        .platform(x.platform())
                        .majorPlatform(x.majorPlatform())
                        .division(x.division())
                        .ownerCreditCode(x.ownerCreditCode())
                        .ownerHousehold(x.ownerHousehold())
                        .demonstration(x.demonstration())
                        .incubated(x.incubated())
                        .onRoster(x.onRoster())
                        .annualSales(x.annualSales())
                        .build());
          }
        });
  }

  private static void put(
      Map<String, Recipes.Spec> m,
      String profile,
      String id,
      Set<String> consequential,
      Recipes.Mutation mutation) {
    m.put(id, new Recipes.Spec(profile, SampleCounties.asOf(profile), consequential, mutation));
  }

  private static void guangdong(Map<String, Recipes.Spec> m) {
    String gd = Conforming.GUANGDONG_2018;
    put(
        m,
        gd,
        "GD-DEMO-01",
        Set.of(),
        e ->
            e.replaceOne(
                County.class,
                c -> true,
                c ->
                    new County(
                        c.code(),
                        c.name(),
                        c.poor(),
                        DemonstrationLevel.NONE,
                        c.formerNationalKey(),
                        0)));
    put(m, gd, "GD-SITE-01", Set.of(), e -> e.removeOne(Site.class, s -> true));
    put(
        m,
        gd,
        "GD-TRAIN-01",
        Set.of(),
        e -> {
          int labour = e.all(Attendance.class).size();
          int keep = e.draw(0, labour / 2 - 1);
          int[] n = {0};
          e.removeIf(r -> r instanceof Attendance && n[0]++ >= keep);
        });
    put(
        m,
        gd,
        "GD-GROW-01",
        Set.of(),
        e -> {
          AreaStatistics first = e.pick(AreaStatistics.class, s -> s.year() == 2017);
          e.replaceOne(
              AreaStatistics.class,
              s -> s.year() == 2019,
              s ->
                  new AreaStatistics(
                      s.division(),
                      s.year(),
                      first.transactionVolume().plus(Money.ofWan(e.draw(0, 1000))),
                      s.ruralOnlineRetail(),
                      first.agriculturalOnlineRetail(),
                      s.poorHouseholdsSelling(),
                      s.poorHouseholdsBuyingInputs(),
                      s.peopleLiftedOut()));
        });
    put(
        m,
        gd,
        "GD-TRACE-01",
        Set.of(),
        e -> {
          // revision 2: another scheme is INFO; the ERROR is a code that identifies no producing
          // body
          TracedItem t = e.pick(TracedItem.class, x -> true);
          e.add(
              new TracedItem(
                  TraceCode.product(t.producer(), "NP" + e.draw(1, 99)),
                  t.product(),
                  null,
                  null,
                  t.issuedOn()));
        });
    put(
        m,
        gd,
        "GD-BRAND-01",
        Set.of(),
        e ->
            e.replaceOne(
                Product.class,
                p -> p.brand() != null,
                p -> {
                  int keep = e.draw(0, (int) Math.ceil(p.villages().size() * 0.6) - 1);
                  return new Product(
                      p.id(),
                      p.name(),
                      p.producer(),
                      p.villages().subList(0, keep),
                      p.certifications(),
                      p.brand(),
                      p.developed(),
                      p.circulationStandard(),
                      p.traced());
                }));
    put(
        m,
        gd,
        "GD-FUND-01",
        Set.of(),
        e ->
            e.replaceOne(
                AnnualReport.class,
                a -> true,
                a -> {
                  FundPerformance f = a.fundPerformance();
                  FundPerformance broken =
                      switch (e.draw(0, 3)) {
                        case 0 ->
                            new FundPerformance(
                                null,
                                f.poorVillagesSelling(),
                                f.poorHouseholdsSelling(),
                                f.employment(),
                                f.incomeGrowth(),
                                f.idleFunds());
                        case 1 ->
                            new FundPerformance(
                                f.fundsUsed(),
                                null,
                                f.poorHouseholdsSelling(),
                                f.employment(),
                                f.incomeGrowth(),
                                f.idleFunds());
                        case 2 ->
                            new FundPerformance(
                                f.fundsUsed(),
                                f.poorVillagesSelling(),
                                f.poorHouseholdsSelling(),
                                null,
                                f.incomeGrowth(),
                                f.idleFunds());
                        default ->
                            new FundPerformance(
                                f.fundsUsed(),
                                f.poorVillagesSelling(),
                                f.poorHouseholdsSelling(),
                                f.employment(),
                                null,
                                f.idleFunds());
                      };
                  return new AnnualReport(
                      a.header(),
                      a.progress(),
                      a.statistics(),
                      a.selfEvaluation(),
                      broken,
                      a.indicators(),
                      a.summary());
                }));
  }

  /** A GTIN-13 from 12 digits and their GS1 check digit. */
  private static TraceCode gtin(String twelveDigits) {
    return TraceCode.gtin(twelveDigits + TraceCode.gs1CheckDigit(twelveDigits));
  }

  private static void heilongjiang(Map<String, Recipes.Spec> m) {
    String hlj = Conforming.HEILONGJIANG_2016;
    put(
        m,
        hlj,
        "HLJ-SITE-01",
        Set.of(),
        e ->
            e.replaceOne(
                Village.class,
                Village::registeredPoor,
                v ->
                    new Village(
                        v.code(),
                        v.name(),
                        v.residents(),
                        v.registeredPoor(),
                        v.eligible(),
                        v.broadband(),
                        v.fibre(),
                        v.mobile4g(),
                        false,
                        v.naturalVillages())));
    put(
        m,
        hlj,
        "HLJ-SITE-02",
        Set.of(),
        e ->
            e.replaceOne(
                Site.class,
                s -> s.type() == SiteType.VILLAGE_STATION,
                s -> {
                  Set<Equipment> eq = EnumSet.copyOf(s.equipment());
                  eq.remove(
                      Draw.pick(
                          e.in(),
                          Equipment.OFFICE_EQUIPMENT,
                          Equipment.NETWORK_LINE,
                          Equipment.MANAGEMENT_SYSTEM));
                  return Recipes.site(s, s.floorArea(), eq, s.services(), s.chargesLevied());
                }));
    put(
        m,
        hlj,
        "HLJ-LOG-01",
        Set.of(),
        e -> e.removeOne(Site.class, s -> s.type() == SiteType.EXPRESS_OUTLET));
    put(
        m,
        hlj,
        "HLJ-DEMO-01",
        Set.of(),
        e -> {
          switch (e.draw(0, 3)) {
            case 0 ->
                e.replaceOne(
                    County.class,
                    c -> true,
                    c ->
                        new County(
                            c.code(),
                            c.name(),
                            c.poor(),
                            DemonstrationLevel.NONE,
                            c.formerNationalKey(),
                            0));
            case 1 -> dropAbove(e, Leader.class, 999);
            case 2 -> {
              List<Recognition> v =
                  e.all(
                      Recognition.class, r -> r.kind() == RecognitionKind.ONE_VILLAGE_ONE_PRODUCT);
              e.removeIf(r -> r == v.get(0));
            }
            default -> {
              List<Recognition> c =
                  e.all(Recognition.class, r -> r.kind() == RecognitionKind.TYPICAL_CASE);
              e.removeIf(r -> r == c.get(0));
            }
          }
        });
    put(
        m,
        hlj,
        "HLJ-GROW-01",
        Set.of(),
        e ->
            e.replaceAll(
                AreaStatistics.class,
                s -> true,
                s ->
                    new AreaStatistics(
                        s.division(),
                        s.year(),
                        s.transactionVolume(),
                        s.ruralOnlineRetail(),
                        s.agriculturalOnlineRetail(),
                        s.poorHouseholdsSelling(),
                        s.poorHouseholdsBuyingInputs(),
                        e.draw(0, 1_000))));
    put(
        m,
        hlj,
        "HLJ-FUND-01",
        Set.of(),
        e ->
            e.replaceOne(
                Fund.class,
                f -> true,
                f ->
                    new Fund(
                        f.id(),
                        f.name(),
                        f.county(),
                        f.total(),
                        null,
                        f.separateAccount(),
                        f.workStartedOn(),
                        f.acceptedOn())));
    // HLJ-CERT-01 (revision 2): its ERROR is a certification claimed without an issuer or a number
    put(
        m,
        hlj,
        "HLJ-CERT-01",
        Set.of(),
        e ->
            e.replaceOne(
                Product.class,
                p -> true,
                p -> {
                  boolean noNumber = Draw.chance(e.in(), 50);
                  return p.toBuilder()
                      .certifications(EnumSet.of(CertificationType.GREEN_FOOD))
                      .certificates(
                          List.of(
                              new Certificate(
                                  CertificationType.GREEN_FOOD,
                                  noNumber ? "中国绿色食品发展中心" : null,
                                  noNumber ? null : "LB-0000000001")))
                      .build();
                }));
    put(
        m,
        hlj,
        "HLJ-RPT-01",
        Set.of(),
        e ->
            e.replaceOne(
                MonthlyReport.class,
                r -> true,
                r -> {
                  ReportStatistics s = r.statistics();
                  ReportStatistics broken =
                      switch (e.draw(0, 2)) {
                        case 0 ->
                            new ReportStatistics(
                                null,
                                s.salesVolume(),
                                s.transactionAmount(),
                                s.poorVillagesDriven(),
                                s.poorHouseholdsDriven(),
                                s.incomeIncrease());
                        case 1 ->
                            new ReportStatistics(
                                s.onlineShops(),
                                null,
                                s.transactionAmount(),
                                s.poorVillagesDriven(),
                                s.poorHouseholdsDriven(),
                                s.incomeIncrease());
                        default ->
                            new ReportStatistics(
                                s.onlineShops(),
                                s.salesVolume(),
                                s.transactionAmount(),
                                s.poorVillagesDriven(),
                                s.poorHouseholdsDriven(),
                                null);
                      };
                  return new MonthlyReport(
                      r.header(),
                      r.progress(),
                      broken,
                      r.disbursements(),
                      r.trainingSessions(),
                      r.attendances(),
                      r.sites());
                }));
    put(
        m,
        hlj,
        "HLJ-TRAIN-01",
        Set.of(),
        e -> e.removeOne(Attendance.class, a -> a.personnel() != null));
  }

  private static <R extends org.epar.core.model.EparRecord> void dropAbove(
      Edit e, Class<R> type, int keep) {
    List<R> all = new ArrayList<>(e.all(type));
    int target = e.draw(0, keep);
    Set<Object> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    drop.addAll(all.subList(target, all.size()));
    e.removeIf(drop::contains);
  }
}
