package org.epar.testkit;

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
import org.epar.core.model.AnnualReport;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.CertificationType;
import org.epar.core.model.County;
import org.epar.core.model.Dataset;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.Equipment;
import org.epar.core.model.Fund;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.FundingSource;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Leader;
import org.epar.core.model.Member;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.Product;
import org.epar.core.model.Progress;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatistics;
import org.epar.core.model.SelfEvaluation;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TraineeCategory;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Township;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;

/**
 * Small counties that satisfy the provincial profiles at {@link #asOf(String)}; see {@link
 * Counties#conforming(String, long)}. Single use per call; deterministic for a seed.
 */
final class Conforming {

  static final String GUANGDONG_2018 = "guangdong-2018";
  static final String HEILONGJIANG_2016 = "heilongjiang-2016";
  static final String HENAN_2018 = "henan-2018";
  static final String CHONGQING_2017 = "chongqing-2017";

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

  private Conforming(long seed, String county6) {
    this.rnd = new SplittableRandom(seed);
    this.area = county6;
    this.county = DivisionCode.of(county6 + "000000");
  }

  static LocalDate asOf(String profileId) {
    return switch (profileId) {
      case GUANGDONG_2018, HEILONGJIANG_2016 -> LocalDate.of(2021, 1, 1);
      default -> throw new IllegalArgumentException("no conforming county for profile " + profileId);
    };
  }

  static Dataset county(String profileId, long seed) {
    return switch (profileId) {
      case GUANGDONG_2018 -> new Conforming(seed, "441427").guangdong();
      case HEILONGJIANG_2016 -> new Conforming(seed, "230223").heilongjiang();
      default -> throw new IllegalArgumentException("no conforming county for profile " + profileId);
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
      site("VS-" + v.code().value(), SiteType.VILLAGE_STATION, v.code(), EnumSet.of(Equipment.COMPUTER));
    }
    households(2);
    TrainingSession s = session("T-1", TrainingKind.BASIC, EnumSet.of(TraineeCategory.REGISTERED_POOR));
    int k = 0;
    for (Household h : households) {
      for (Member m : h.members()) {
        out.add(new Attendance("A-" + (++k), s.id(), m.citizenId(), h.id(), null, TraineeCategory.REGISTERED_POOR));
      }
    }
    DivisionCode city = DivisionCode.of(area.substring(0, 4) + "00000000");
    long base = between(50_000, 90_000);
    out.add(new AreaStatistics(city, 2017, Money.ofWan(base), Money.ofWan(base / 3), Money.ofWan(base / 10), 100, 100, 100));
    out.add(new AreaStatistics(city, 2019, Money.ofWan(base * 3 / 2), Money.ofWan(base / 2), Money.ofWan(base / 6), 300, 300, 300));
    List<DivisionCode> all = poorVillages.stream().map(Village::code).toList();
    product("PR-1", "蕉岭绿茶", all, EnumSet.of(CertificationType.GREEN_FOOD), "B-1");
    out.add(new Brand("B-1", "长寿蕉岭", BrandKind.REGIONAL_PUBLIC, county, "PR-1"));
    for (int i = 1; i <= 3; i++) {
      out.add(new TracedItem(TraceCode.product(contractor, "B2019" + i), "PR-1", contractor, null,
          LocalDate.of(2019, 4, i)));
    }
    out.add(new TracedItem(TraceCode.village(poorVillages.get(0).code().value(), "T2019"), "PR-1", contractor,
        null, LocalDate.of(2019, 5, 1)));
    annual(2019);
    return out.build();
  }

  // ---- Heilongjiang: 依安县 and four other poor counties of Qiqihar ----

  private Dataset heilongjiang() {
    out.scope(DivisionCode.of("230200000000"));
    String[][] counties = {{"230223", "依安县"}, {"230224", "泰来县"}, {"230225", "甘南县"},
      {"230227", "富裕县"}, {"230229", "克山县"}};
    for (String[] c : counties) {
      DivisionCode code = DivisionCode.of(c[0] + "000000");
      out.add(new County(code, c[1], true, DemonstrationLevel.PROVINCIAL, false, 2017));
      out.add(new AreaStatistics(code, 2019, Money.ofWan(between(20_000, 40_000)), Money.ofWan(8_000),
          Money.ofWan(between(2_000, 4_000)), 2_000, 5_000, 20_000));
      out.add(new AreaStatistics(code, 2020, Money.ofWan(between(40_000, 60_000)), Money.ofWan(9_000),
          Money.ofWan(between(4_000, 6_000)), 2_500, 6_000, 21_000));
    }
    enterprises();
    places(2, 4, 2);
    Set<Equipment> fourItems = EnumSet.of(Equipment.COMPUTER, Equipment.OFFICE_EQUIPMENT,
        Equipment.NETWORK_LINE, Equipment.MANAGEMENT_SYSTEM);
    for (DivisionCode t : townships) {
      site("TDC-" + t.value(), SiteType.TOWNSHIP_DISTRIBUTION_CENTRE, t, EnumSet.of(Equipment.SHELVES));
    }
    for (Village v : poorVillages) {
      site("VS-" + v.code().value(), SiteType.VILLAGE_STATION, v.code(), fourItems);
      site("EX-" + v.code().value(), SiteType.EXPRESS_OUTLET, v.code(), EnumSet.noneOf(Equipment.class));
    }
    households(2);
    for (int i = 1; i <= 1000; i++) {
      Village v = villages.get(i % villages.size());
      out.add(new Leader("L-" + Draw.pad(i, 4), citizenId(), name(), v.code(), List.of()));
    }
    for (int i = 1; i <= 100; i++) {
      Village v = villages.get(i % villages.size());
      out.add(new Recognition("R-V" + i, RecognitionKind.ONE_VILLAGE_ONE_PRODUCT, v.name() + "电商专业村",
          v.code(), 2019));
      out.add(new Recognition("R-C" + i, RecognitionKind.TYPICAL_CASE, "电商脱贫典型" + i, v.code(), 2019));
    }
    TrainingSession s = session("T-1", TrainingKind.PROFESSIONAL,
        EnumSet.of(TraineeCategory.PRACTITIONER, TraineeCategory.ENTREPRENEUR));
    PersonnelRole[] roles = {PersonnelRole.PROGRAMME_MANAGER, PersonnelRole.PRACTITIONER};
    for (int i = 1; i <= 6; i++) {
      String id = "P-" + i;
      CitizenId person = citizenId();
      out.add(new Personnel(id, person, name(), phone(), roles[i % 2], county, contractor, LocalDate.of(2017, 3, 1)));
      out.add(new Attendance("A-P" + i, s.id(), person, null, id, TraineeCategory.PRACTITIONER));
    }
    out.add(new Fund("F-1", "依安县电商扶贫专项资金", county, Money.ofWan(500), FundingSource.LOCAL_GOVERNMENT,
        true, LocalDate.of(2017, 5, 1), null));
    out.add(new Fund("F-2", "合作企业投入", county, Money.ofWan(100), FundingSource.PARTNER_ENTERPRISE,
        true, LocalDate.of(2017, 5, 1), null));
    product("PR-1", "依安大鹅", List.of(poorVillages.get(0).code()),
        EnumSet.of(CertificationType.GEOGRAPHICAL_INDICATION, CertificationType.ORGANIC), null);
    monthly(2019, 6);
    annual(2019);
    return out.build();
  }

  // ---- shared parts ----

  private void enterprises() {
    contractor = creditCode("91");
    out.add(new Enterprise(contractor, "县电子商务运营有限公司", EnumSet.of(EnterpriseRole.CONTRACTOR,
        EnterpriseRole.ECOMMERCE), county, Money.ofWan(between(300, 800)), between(50, 300)));
  }

  /** Townships, villages per township, of which the first {@code poorPerTownship} are poor. */
  private void places(int townshipCount, int villagesPerTownship, int poorPerTownship) {
    for (int t = 0; t < townshipCount; t++) {
      DivisionCode township = DivisionCode.of(area + (100 + t) + "000");
      townships.add(township);
      out.add(new Township(township, "第" + (t + 1) + "镇", true, false, true, true, true));
      for (int v = 0; v < villagesPerTownship; v++) {
        boolean poor = v < poorPerTownship;
        Village village = new Village(DivisionCode.of(area + (100 + t) + (201 + v)), "第" + (t + 1) + "镇"
            + (v + 1) + "村", between(300, 1500), poor, poor, true, true, true, true, List.of());
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
        List<Member> members = List.of(
            new Member(citizenId(), name(), phone(), LabourCapacity.FULL, false, true, false),
            new Member(citizenId(), name(), null, LabourCapacity.PARTIAL, false, true, false));
        Household hh = new Household("H-" + v.code().value() + "-" + h, v.code(), true, PovertyStatus.POOR, members);
        households.add(hh);
        out.add(hh);
      }
    }
  }

  private void site(String id, SiteType type, DivisionCode division, Set<Equipment> equipment) {
    out.add(new Site(id, type, id, division, Counties.area(between(1000, 3000)), null, between(1, 3),
        Set.of(), equipment, EnumSet.noneOf(SiteService.class), Set.of(), Set.of(), contractor, true,
        LocalDate.of(2018, 3, 1), null, 0));
  }

  private TrainingSession session(String id, TrainingKind kind, Set<TraineeCategory> audience) {
    LocalDate start = LocalDate.of(2018, 4, between(1, 20));
    TrainingSession s = new TrainingSession(id, "电商扶贫培训", contractor, kind, start, start.plusDays(2),
        audience, county, true, Money.ofWan(2));
    out.add(s);
    return s;
  }

  private void product(String id, String name, List<DivisionCode> from, Set<CertificationType> certs,
      String brand) {
    out.add(new Product(id, name, contractor, from, certs, brand, true, true, true));
  }

  private ReportHeader header(ReportType type, ReportingPeriod period, LocalDate sent) {
    return new ReportHeader(contractor, county, type, period, contractor.raw() + "/" + period.id(),
        OffsetDateTime.of(sent, LocalTime.of(10, between(0, 59)), CHINA));
  }

  private ReportStatistics statistics() {
    return new ReportStatistics(between(20, 60), (long) between(10_000, 50_000), Money.ofWan(between(500, 900)),
        poorVillages.size(), households.size(), Money.ofWan(between(10, 50)));
  }

  private void monthly(int year, int month) {
    ReportingPeriod period = ReportingPeriod.month(year, month);
    out.add(new MonthlyReport(header(ReportType.MONTHLY, period, LocalDate.of(year, month, 1).plusMonths(1).plusDays(3)),
        new Progress(new BigDecimal("0.80"), new BigDecimal("0.75")), statistics(),
        List.of(), List.of(), List.of(), List.of()));
  }

  private void annual(int year) {
    out.add(new AnnualReport(header(ReportType.ANNUAL, ReportingPeriod.year(year), LocalDate.of(year + 1, 1, 20)),
        new Progress(new BigDecimal("0.95"), new BigDecimal("0.90")), statistics(),
        new SelfEvaluation("按方案实施", "专款专用", "制度健全", "目标完成", "按时报送"),
        new FundPerformance(Money.ofWan(450), poorVillages.size(), households.size(), between(20, 80),
            Money.ofWan(between(20, 60)), Money.ZERO),
        Map.of(), year + "年度电商扶贫工作总结"));
  }

  int between(int min, int max) {
    return min + rnd.nextInt(max - min + 1);
  }

  private String name() {
    return Models.SURNAMES[rnd.nextInt(Models.SURNAMES.length)] + Models.GIVEN[rnd.nextInt(Models.GIVEN.length)];
  }

  private String phone() {
    return "13" + Draw.pad(rnd.nextInt(1_000_000_000), 9);
  }

  CitizenId citizenId() {
    while (true) {
      LocalDate born = LocalDate.ofEpochDay(LocalDate.of(1960, 1, 1).toEpochDay() + rnd.nextInt(15_000));
      String body = area + born.getYear() + Draw.pad(born.getMonthValue(), 2)
          + Draw.pad(born.getDayOfMonth(), 2) + Draw.pad(rnd.nextInt(1000), 3);
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
