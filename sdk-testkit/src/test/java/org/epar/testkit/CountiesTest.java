package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epar.core.id.DivisionLevel;
import org.epar.core.model.Attendance;
import org.epar.core.model.Dataset;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.Direction;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.FundCategory;
import org.epar.core.model.Household;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.core.period.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountiesTest {

  static Dataset daming;

  @BeforeAll
  static void build() {
    daming = Counties.damingLike(42L);
  }

  @Test
  void damingLike_isDeterministicForASeed() {
    assertEquals(daming, Counties.damingLike(42L));
    assertTrue(!daming.equals(Counties.damingLike(43L)));
  }

  @Test
  void damingLike_hasTheRealVillages_andTheCounty() {
    assertEquals(668, daming.villages().size());
    assertEquals(1, daming.counties().size());
    assertEquals(DemonstrationLevel.NATIONAL, daming.counties().get(0).demonstration());
    assertTrue(
        daming.villages().stream()
            .allMatch(v -> Counties.damingRegistry().containsAt(v.code(), DivisionLevel.VILLAGE)));
    long poor = daming.villages().stream().filter(Village::registeredPoor).count();
    assertEquals(200, poor);
    long broadband = daming.villages().stream().filter(Village::broadband).count();
    assertTrue(broadband >= 0.9 * 668);
    assertEquals(
        Counties.damingRegistry().children(Counties.DAMING).size(), daming.townships().size());
  }

  @Test
  void damingLike_meetsTheSiteTargets() {
    Map<SiteType, List<Site>> byType =
        daming.sites().stream().collect(Collectors.groupingBy(Site::type));
    Site centre = byType.get(SiteType.COUNTY_SERVICE_CENTRE).get(0);
    assertEquals(1, byType.get(SiteType.COUNTY_SERVICE_CENTRE).size());
    assertTrue(centre.floorArea().compareTo(BigDecimal.valueOf(600)) >= 0);
    assertEquals(0, centre.experienceArea().compareTo(BigDecimal.valueOf(150)));
    assertEquals(1, byType.get(SiteType.COUNTY_WAREHOUSE).size());
    assertTrue(
        byType.get(SiteType.COUNTY_WAREHOUSE).get(0).floorArea().compareTo(BigDecimal.valueOf(800))
            >= 0);
    assertEquals(5, byType.get(SiteType.TOWNSHIP_DISTRIBUTION_CENTRE).size());
    List<Site> stations = byType.get(SiteType.VILLAGE_STATION);
    assertTrue(stations.size() >= 350, "stations " + stations.size());
    assertTrue(stations.size() >= 334);
    Set<String> covered =
        stations.stream().map(s -> s.division().value()).collect(Collectors.toSet());
    assertEquals(stations.size(), covered.size(), "one station per village");
    for (Village v : daming.villages()) {
      if (v.registeredPoor() || v.residents() >= 500) {
        assertTrue(covered.contains(v.code().value()), v.code().raw());
      }
    }
    Map<String, Village> villages =
        daming.villages().stream().collect(Collectors.toMap(v -> v.code().value(), v -> v));
    for (Site s : stations) {
      int residents = villages.get(s.division().value()).residents();
      BigDecimal area = s.floorArea();
      assertTrue(
          residents >= 500
              ? area.compareTo(BigDecimal.TEN) >= 0
              : area.compareTo(BigDecimal.valueOf(5)) >= 0 && area.compareTo(BigDecimal.TEN) <= 0);
      assertTrue(s.chargesLevied().isEmpty());
    }
  }

  @Test
  void damingLike_meetsTheTrainingTargets() {
    assertTrue(daming.attendances().size() >= 3000);
    Set<String> trainedHouseholds =
        daming.attendances().stream()
            .map(Attendance::household)
            .filter(h -> h != null)
            .collect(Collectors.toSet());
    long poor = daming.households().stream().filter(Household::registeredPoor).count();
    assertTrue(trainedHouseholds.size() >= 0.8 * poor);
    Set<String> trainees = new HashSet<>();
    daming.attendances().forEach(a -> trainees.add(a.citizenId().raw()));
    Set<String> followed = new HashSet<>();
    daming.followUps().forEach(f -> followed.add(f.citizenId().raw()));
    assertEquals(trainees, followed);
    Set<String> ids = new HashSet<>();
    daming
        .households()
        .forEach(h -> h.members().forEach(m -> assertTrue(ids.add(m.citizenId().raw()))));
  }

  @Test
  void damingLike_fundsFollowThePlan() {
    assertEquals(Money.ofWan(1500), daming.funds().get(0).total());
    var plan = daming.fundPlans().get(0);
    assertEquals(1, plan.version());
    assertTrue(
        WorkingDayCalendar.china().workingDaysBetween(plan.publishedOn(), plan.reportedOn()) >= 10);
    Map<FundCategory, Money> caps =
        Map.of(
            FundCategory.UPWARD_STANDARDS,
            Money.ofWan(300),
            FundCategory.UPWARD_PROCESSING,
            Money.ofWan(225),
            FundCategory.UPWARD_LOGISTICS,
            Money.ofWan(450),
            FundCategory.SERVICE_CENTRE,
            Money.ofWan(150),
            FundCategory.VILLAGE_STATIONS,
            Money.ofWan(150),
            FundCategory.TRAINING,
            Money.ofWan(225));
    daming
        .allocations()
        .forEach(a -> assertTrue(a.amount().compareTo(caps.get(a.category())) <= 0));
    assertEquals(
        Money.ofWan(1500), Money.sum(daming.allocations().stream().map(a -> a.amount()).toList()));
    Money advance =
        Money.sum(
            daming.disbursements().stream()
                .filter(d -> d.kind() == DisbursementKind.ADVANCE)
                .map(Disbursement::amount)
                .toList());
    assertEquals(Money.ofWan(900), advance);
    Money paid = Money.sum(daming.disbursements().stream().map(Disbursement::amount).toList());
    assertTrue(paid.compareTo(Money.ofWan(1350)) <= 0);
    daming
        .disbursements()
        .forEach(d -> assertTrue(d.date().isAfter(daming.funds().get(0).workStartedOn())));
  }

  @Test
  void damingLike_stationsTradeEnoughAndDevicesAreOnline() {
    long stations =
        daming.sites().stream().filter(s -> s.type() == SiteType.VILLAGE_STATION).count();
    long stationMonths = stations * 8;
    long proxyOrders =
        daming.transactions().stream()
            .filter(t -> t.direction() == Direction.DOWNWARD)
            .mapToLong(Transaction::orders)
            .sum();
    assertTrue(proxyOrders >= 50 * stationMonths);
    Money amount = Money.sum(daming.transactions().stream().map(Transaction::amount).toList());
    assertTrue(amount.compareTo(Money.ofYuan(2000 * stationMonths)) >= 0);
    long online = daming.deviceDays().stream().filter(d -> d.online()).count();
    assertTrue(online >= 0.95 * daming.deviceDays().size());
    Map<String, Integer> perSite = new HashMap<>();
    daming.transactions().forEach(t -> perSite.merge(t.site(), 1, Integer::sum));
    assertEquals(stations, perSite.size());
  }

  @Test
  void damingLike_fromTheDataCsv_equalsTheShippedCopy() {
    Path csv = Path.of("..", "data", "divisions", "villages-seed-counties.csv");
    assertEquals(daming, Counties.damingLike(42L, csv));
  }
}
