package org.epar.validation.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Locale;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.json.Ndjson;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.Direction;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Member;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.Citation;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profile;
import org.epar.validation.ParameterSpec;
import org.epar.validation.Profiles;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleKind;
import org.epar.validation.RuleScope;
import org.epar.validation.RuleSettings;
import org.epar.validation.Severity;
import org.epar.validation.ValidationAccumulator;
import org.epar.validation.ValidationReport;
import org.epar.validation.constraints.EparConstraints;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of docs/validation.md. Each region between {@code // tag::name[]} and
 * {@code // end::name[]} is quoted verbatim by the guide; {@code DocSnippetsTest} fails when the
 * guide and this file disagree.
 */
class ValidationGuideTest {

  private static final DivisionCode VILLAGE = DivisionCode.of("130425100001");

  private static Village village(int residents) {
    return new Village(VILLAGE, "北关", residents, true, true, true, true, true, true, List.of());
  }

  private static Site station(String area) {
    return new Site("st-1", SiteType.VILLAGE_STATION, "北关服务站", VILLAGE, new BigDecimal(area),
        null, 1, null, null, null, null, null, null, true, LocalDate.of(2018, 3, 1), null, 0);
  }

  private static Household household(String citizenId) {
    Member m = new Member(CitizenId.of(citizenId), "王小明", null, LabourCapacity.FULL, false,
        true, false);
    return new Household("h-1", VILLAGE, true, null, List.of(m));
  }

  @Test
  void validateARecord() {
    Household household = household("110105194912310021"); // wrong check character
    // tag::record[]
    Validator validator = EparConstraints.validator(Locale.SIMPLIFIED_CHINESE);
    Set<ConstraintViolation<Household>> violations = validator.validate(household);
    for (ConstraintViolation<Household> v : violations) {
      System.out.println(v.getPropertyPath() + ": " + v.getMessage()); // members[0].citizenId: …
    }
    // end::record[]
    assertEquals(1, violations.size());
    ConstraintViolation<Household> v = violations.iterator().next();
    assertEquals("members[0].citizenId", v.getPropertyPath().toString());
    assertFalse(v.getMessage().contains("110105194912310021"), "never the raw number");
  }

  @Test
  void writeACustomRule() {
    RuleDescriptor xxSite01 = new RuleDescriptor("XX-SITE-01", RuleScope.RECORD,
        RuleKind.CONSTRAINT, Severity.ERROR, new Citation("xx-2024", "XX plan", "3(1)"),
        "Station staff", "站点人员", "{observed} staff, at least {threshold}",
        "人员 {observed} 名，应至少 {threshold} 名",
        List.of(new ParameterSpec("staff_min", "count", "staff per village station")));
    RuleCatalog catalog = RuleCatalog.standard().with(List.of(xxSite01));
    Profile profile = new Profile("xx-2024", "1", "XX county", "XX 县", "", Map.of("XX-SITE-01",
        new RuleSettings("xx-2024", "XX-SITE-01", null, Map.of("staff_min", "2"))));
    // tag::custom-rule[]
    // A county's own rule: every village station has at least staff_min staff.
    RecordRule<Site> staff = RecordRule.of("XX-SITE-01", Site.class, (site, ctx, sink) -> {
      long min = ctx.settings().integer("staff_min");
      if (site.type() == SiteType.VILLAGE_STATION && site.staff() < min) {
        sink.violation(sink.location("site", site.key(), "staff"),
            String.valueOf(site.staff()), String.valueOf(min));
      }
    });
    RuleProvider provider = () -> List.of(staff); // list its class in META-INF/services
    EparValidator validator = EparValidator.builder()
        .catalog(catalog)      // the standard catalog with XX-SITE-01's descriptor added
        .profile(profile)      // the county's profile: XX-SITE-01 with staff_min = 2
        .providers(List.of(provider))
        .asOf(LocalDate.of(2018, 12, 31))
        .build();
    List<Finding> findings = validator.validate(Dataset.builder().add(station("12")).build())
        .findings("XX-SITE-01"); // one ERROR: site st-1 has 1 staff, at least 2
    // end::custom-rule[]
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("st-1", f.location().objectId());
    assertEquals("staff", f.location().path());
    assertEquals("1", f.observed());
    assertEquals("2", f.threshold());
    // the boundary: exactly staff_min staff is no finding
    Profile one = new Profile("xx-2024", "1", "XX county", "XX 县", "", Map.of("XX-SITE-01",
        new RuleSettings("xx-2024", "XX-SITE-01", null, Map.of("staff_min", "1"))));
    assertEquals(List.of(), EparValidator.builder().catalog(catalog).profile(one)
        .providers(List.of(provider)).asOf(LocalDate.of(2018, 12, 31)).build()
        .validate(Dataset.builder().add(station("12")).build()).findings("XX-SITE-01"));
  }

  @Test
  void validateADataset() {
    Dataset dataset = Dataset.builder().add(village(800)).add(station("9.99")).build();
    // tag::dataset[]
    EparValidator validator =
        EparValidator.builder()
            .profile(Profiles.builtIn("daming-2017"))
            .asOf(LocalDate.of(2018, 12, 31))
            .build();
    ValidationReport report = validator.validate(dataset);
    for (Finding f : report.findings("DM-SITE-09")) {
      System.out.println(f.severity() + " " + f.location() + " " + f.messageEn());
    }
    boolean accepted = report.isAccepted(); // false: an ERROR or a VETO blocks acceptance
    // end::dataset[]
    assertFalse(accepted);
    Finding f = report.findings("DM-SITE-09").get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("site", f.location().objectType());
    assertEquals("st-1", f.location().objectId());
  }

  @Test
  void validateAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("daming.ndjson");
    Ndjson.writeDataset(file, Dataset.builder().add(village(800)).add(station("12")).build());
    Files.writeString(file, "{\"type\":\"village\",\n", java.nio.file.StandardOpenOption.APPEND);
    EparValidator validator =
        EparValidator.builder()
            .profile(Profiles.builtIn("daming-2017"))
            .asOf(LocalDate.of(2018, 12, 31))
            .build();
    // tag::file[]
    ValidationReport report = validator.validateNdjson(file);
    report.inputProblems().forEach(p -> System.out.println("line " + p.line() + ": " + p.problem()));
    report.findings().forEach(f -> System.out.println("line " + f.location().index() + ": "
        + f.ruleId() + " " + f.messageZh()));
    // end::file[]
    assertEquals(3, report.inputProblems().get(0).line());
    assertTrue(report.findings("DM-SITE-09").isEmpty(), "12 m² is enough for 800 residents");
    assertFalse(report.isAccepted(), "an unreadable line blocks acceptance");
  }

  @Test
  void writeACountyProfile(@TempDir Path dir) throws IOException {
    // tag::profile[]
    Path file = dir.resolve("my-county-2019.json");
    Files.writeString(file, """
        {
          "id": "my-county-2019",
          "version": "1",
          "extends": "daming-2017",
          "rules": {
            "DM-SITE-01": {"parameters": {"village_stations_min": "200", "village_stations_deadline": "2019-12-31"}}
          }
        }
        """);
    Profile profile = Profiles.load(file); // unknown rules or missing parameters are rejected
    // end::profile[]
    assertEquals(200, profile.settings("DM-SITE-01").orElseThrow().integer("village_stations_min"));
    assertEquals("600", profile.settings("DM-SITE-04").orElseThrow().string("floor_area_min"));
  }

  @Test
  void targetsBeforeAndAfterTheirDeadline() {
    Dataset dataset = Dataset.builder().add(village(800)).add(station("12")).build();
    // tag::targets[]
    Profile daming = Profiles.builtIn("daming-2017");
    ValidationReport early = EparValidator.builder().profile(daming)
        .asOf(LocalDate.of(2018, 6, 30)).build().validate(dataset);
    ValidationReport late = EparValidator.builder().profile(daming)
        .asOf(LocalDate.of(2018, 12, 31)).build().validate(dataset);
    // DM-TRAIN-01 asks for 3,000 training person-times by 2018-12-31: none yet is progress in June …
    Finding progress = early.findings("DM-TRAIN-01").get(0); // INFO, observed 0, threshold 3000
    // … and a miss at the deadline.
    Finding miss = late.findings("DM-TRAIN-01").get(0); // ERROR
    // end::targets[]
    assertTrue(early.findings("DM-TRAIN-01").stream().allMatch(f -> f.severity() == Severity.INFO));
    assertEquals(Severity.INFO, progress.severity());
    assertEquals(Severity.ERROR, miss.severity());
    assertEquals(LocalDate.of(2018, 12, 31), miss.deadline());
  }

  @Test
  void checkAReportAsTheServerWill() {
    // tag::check[]
    // A contractor's daily report: the day's transactions travel inside it.
    ReportHeader header = new ReportHeader(null, DivisionCode.of("130425"), ReportType.DAILY,
        ReportingPeriod.day(LocalDate.of(2018, 3, 15)), "dr-20180315",
        OffsetDateTime.of(2018, 3, 16, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
    Transaction sale = new Transaction("t-1", "station-7", null, LocalDate.of(2018, 3, 17),
        Direction.UPWARD, Money.ofYuan(120), 3, null, null);
    DailyReport daily = new DailyReport(header, List.of(sale), List.of(), List.of());

    // The same rules, the same reading and the same as-of date (the period's end) as EparServer.
    EparValidator validator = EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .build();
    ValidationReport verdict = validator.check(daily);
    // The sale is dated after the report was submitted: CORE-DATE-01, so the server would reject.
    Finding late = verdict.findings("CORE-DATE-01").get(0);
    // late.location(): transaction t-1, path "date", carrier "daily_report/dr-20180315/transactions[0]"
    // end::check[]
    assertFalse(verdict.isAccepted());
    assertEquals("t-1", late.location().objectId());
    assertEquals("daily_report/dr-20180315/transactions[0]", late.location().carrier());
  }

  @Test
  void threadsAndTimeAreTheCallers() {
    ExecutorService platformPool = Executors.newFixedThreadPool(2);
    try {
      // tag::threads[]
      EparValidator validator = EparValidator.builder()
          .profile(Profiles.builtIn("daming-2017"))
          .parallelism(2)                  // chunks validated at once; 1 = the calling thread only
          .executor(platformPool)          // your threads; default: one shared daemon pool
          .clock(Clock.fixed(Instant.parse("2018-12-30T16:00:00Z"), ZoneOffset.UTC))
          .build();
      LocalDate asOf = validator.asOf();   // 2018-12-31: the clock's date in China
      // end::threads[]
      assertEquals(LocalDate.of(2018, 12, 31), asOf);
      assertTrue(validator.validate(List.of(station("30"))).findings("DM-SITE-01").stream()
          .anyMatch(f -> f.severity() == Severity.ERROR), "judged at the deadline");
    } finally {
      platformPool.shutdown();
    }
  }

  @Test
  void runInsideAParallelEngine() {
    List<Object> records = List.of(village(800), station("9.99"), household("11010519491231002X"));
    EparValidator validator =
        EparValidator.builder()
            .profile(Profiles.builtIn("daming-2017"))
            .asOf(LocalDate.of(2018, 12, 31))
            .build();
    // tag::parallel[]
    // Each worker validates its own part …
    ValidationAccumulator first = validator.newAccumulator();
    ValidationAccumulator second = validator.newAccumulator();
    first.add(records.get(0), 0);
    second.add(records.get(1), 1).add(records.get(2), 2);
    // … and the parts are combined in input order: the same report as one pass.
    ValidationReport report = first.combine(second).finish();
    // end::parallel[]
    assertEquals(validator.validate(records), report);
  }
}
