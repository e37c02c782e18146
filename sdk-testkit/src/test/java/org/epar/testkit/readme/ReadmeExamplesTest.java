package org.epar.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.json.EparJson;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.Direction;
import org.epar.core.model.Disbursement;
import org.epar.core.model.Household;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Progress;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.EparServer;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.Submission;
import org.epar.testkit.Counties;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three examples of README.md and README.zh-CN.md, compiled and run. Each region between
 * {@code // tag::name[]} and {@code // end::name[]} is quoted verbatim by both READMEs;
 * {@link #readmes_quoteTheseExamplesVerbatim()} fails when they drift apart.
 */
class ReadmeExamplesTest {

  private static final CreditCode CONTRACTOR = CreditCode.of("91130425MA0CXY015E");

  @Test
  void validateADataset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("daming-county.json");
    EparJson.mapper().writeValue(file.toFile(), Counties.damingLike(7));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      // tag::validate[]
      // Read a county's data (one JSON document; NDJSON files stream with validateNdjson).
      Dataset county = EparJson.readDataset(file);

      // Check it against the Daming 2017 plan as of the acceptance date.
      EparValidator validator = EparValidator.builder()
          .profile(Profiles.builtIn("daming-2017"))
          .asOf(LocalDate.of(2018, 12, 31))
          .build();
      ValidationReport report = validator.validate(county);

      // Every finding names its rule, where it is, what was observed and the threshold.
      System.out.println(report.isAccepted() ? "accepted" : "rejected");
      report.findings().forEach(f -> System.out.println(
          f.severity() + " " + f.ruleId() + " " + f.location().objectType() + "/"
              + f.location().objectId() + " observed " + f.observed()
              + " threshold " + f.threshold() + ": " + f.messageEn()));
      // end::validate[]
    } finally {
      System.setOut(stdout);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("accepted") || printed.startsWith("rejected"), printed);
  }

  @Test
  void submitAReport() throws Exception {
    Principal principal = new Principal(CONTRACTOR, java.util.Set.of(Principal.SUBMIT, Principal.READ));
    try (EparServer server = EparServer.builder()
        .port(0)
        .authenticator(StaticTokenAuthenticator.fromMap(Map.of("secret-token", principal)))
        .validator(ProfileReportValidator.builder()
            .defaultProfile(Profiles.builtIn("daming-2017")).build())
        .build()
        .start()) {
      String target = "localhost:" + server.port();
      String token = "secret-token";
      ReportHeader header = new ReportHeader(CONTRACTOR, DivisionCode.of("130425"),
          ReportType.MONTHLY, ReportingPeriod.month(2018, 3), "daming-2018-03", null);
      MonthlyReport march = new MonthlyReport(header,
          new Progress(new java.math.BigDecimal("0.55"), new java.math.BigDecimal("0.62")),
          null,
          List.of(new Disbursement("d-7", "fund-1", "alloc-3", DisbursementKind.PROGRESS,
              Money.ofWan(-30), LocalDate.of(2018, 3, 20), CONTRACTOR)),
          List.of(), List.of(), List.of());
      List<String> ruleIds = new ArrayList<>();

      // tag::submit[]
      try (EparClient client = EparClient.builder()
          .target(target)                        // host:port of the platform
          .credentials(token)                    // the bearer token the platform gave you
          .language(Locale.SIMPLIFIED_CHINESE)   // messages of findings in Chinese
          .build()) {
        // The request id makes a resend safe: the same report twice is stored once.
        Submission s = client.submitMonthly(march, "daming-2018-03-monthly");
        System.out.println(s.getState() + " " + s.getTimeliness() + " " + s.getName());
      } catch (EparRpcException rejected) {
        // Rejected: the status carries a reason and the findings' rule IDs.
        System.out.println(rejected.code() + " " + rejected.reason());
        rejected.violations().forEach(v -> ruleIds.add(v.ruleId()));
      }
      // end::submit[]

      assertTrue(ruleIds.contains("CORE-MONEY-01"), ruleIds::toString);
    }
  }

  @Test
  void checkAReportAsTheServerWill() throws Exception {
    CreditCode contractor = CONTRACTOR;
    List<String> printed = new ArrayList<>();
    // tag::check[]
    // A village station and a registered poor household it serves, built with builders.
    DivisionCode village = DivisionCode.of("130425100228"); // 七里店村
    Site station = Site.builder()
        .id("VS-130425100228").type(SiteType.VILLAGE_STATION).name("七里店村电子商务服务站")
        .division(village).operator(contractor).centrallyFunded(true)
        .openedOn(LocalDate.of(2017, 11, 20))
        .build();
    Household household = Household.builder()
        .id("H-130425100228-01").village(village).registeredPoor(true)
        .build();

    // The day's report: one upward sale of the household's produce through the station.
    DailyReport day = new DailyReport(
        ReportHeader.builder().reporter(contractor).scope(DivisionCode.of("130425"))
            .type(ReportType.DAILY).period(ReportingPeriod.day(2018, 3, 15))
            .build(),
        List.of(Transaction.builder()
            .id("T-20180315-1").site(station.id()).household(household.id())
            .date(LocalDate.of(2018, 3, 15)).direction(Direction.UPWARD)
            .amount(Money.ofYuan(86)).orders(1)
            .build()),
        List.of(), List.of());

    // The one check: what the platform's server judges before it stores the report.
    EparValidator validator = EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .build();
    ValidationReport verdict = validator.check(day);
    printed.add(verdict.isAccepted() ? "the server will accept it" : "fix first: " + verdict);
    // end::check[]
    assertEquals(List.of("the server will accept it"), printed);

    // The server says the same, for this report and for a broken copy of it.
    DailyReport broken = new DailyReport(day.header(),
        List.of(day.transactions().get(0).toBuilder().amount(Money.ofYuan(-86)).build()),
        List.of(), List.of());
    assertFalse(validator.check(broken).isAccepted());
    Principal principal = new Principal(contractor, java.util.Set.of(Principal.SUBMIT));
    try (EparServer server = EparServer.builder()
        .port(0)
        .authenticator(StaticTokenAuthenticator.fromMap(Map.of("t", principal)))
        .validator(ProfileReportValidator.builder()
            .defaultProfile(Profiles.builtIn("daming-2017")).build())
        .build()
        .start();
        EparClient client = EparClient.builder()
            .target("localhost:" + server.port()).credentials("t").build()) {
      for (DailyReport r : List.of(day, broken)) {
        ValidationReport local = validator.check(r);
        List<String> localErrors = local.findings().stream()
            .filter(f -> f.severity().compareTo(org.epar.validation.Severity.ERROR) <= 0)
            .map(f -> f.ruleId()).distinct().sorted().toList();
        try {
          Submission s = client.submitDaily(r, "readme-" + r.transactions().get(0).amount());
          assertTrue(local.isAccepted(), "server accepted what check rejected: " + local);
          assertEquals(List.of(), localErrors, s.toString());
        } catch (EparRpcException rejected) {
          assertFalse(local.isAccepted(), "server rejected what check accepted: " + rejected);
          List<String> serverErrors = rejected.violations().stream().map(v -> v.ruleId())
              .filter(id -> !id.isEmpty()).distinct().sorted().toList();
          assertEquals(localErrors, serverErrors);
        }
      }
    }
  }

  @Test
  void readmes_quoteTheseExamplesVerbatim() throws IOException {
    Path root = repoRoot();
    String source = Files.readString(root.resolve(
        "sdk-testkit/src/test/java/org/epar/testkit/readme/ReadmeExamplesTest.java"));
    for (String readme : List.of("README.md", "README.zh-CN.md")) {
      String text = Files.readString(root.resolve(readme));
      Matcher m = Pattern.compile("<!-- snippet: ([a-z]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
          .matcher(text);
      int n = 0;
      while (m.find()) {
        String expected = region(source, m.group(1));
        assertEquals(expected, m.group(2), readme + " snippet " + m.group(1) + " is stale");
        n++;
      }
      assertEquals(3, n, readme + " quotes the three examples");
    }
  }

  static String region(String source, String name) {
    int start = source.indexOf("// tag::" + name + "[]");
    int end = source.indexOf("// end::" + name + "[]");
    assertFalse(start < 0 || end < start, "no region " + name);
    String body = source.substring(source.indexOf('\n', start) + 1, source.lastIndexOf('\n', end) + 1);
    int indent = Integer.MAX_VALUE;
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
    }
    return out.toString().replaceAll("\n+$", "\n");
  }

  private static Path repoRoot() {
    String dir = System.getProperty("maven.multiModuleProjectDirectory");
    Path p = dir != null ? Path.of(dir) : Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("README.md"))) {
      p = p.getParent();
    }
    return new File(String.valueOf(p)).toPath();
  }
}
