package org.epar.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.epar.core.id.CreditCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.FundCategory;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.EparServer;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmissionState;
import org.epar.grpc.v1.Timeliness;
import org.epar.samples.SampleCounties;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleKind;
import org.epar.validation.RuleSettings;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar demo}: a month of reporting in a Daming-like county, end to end, on this machine.
 *
 * <p>Starts the embedded reporting server on the loopback interface (an H2 store in {@code --data}
 * or a new temporary directory, one token per contractor), generates the county on its real 668
 * villages with {@link SampleCounties} (no test library), and has three contractors submit through
 * the client: contractor A a month of daily reports, a monthly and an annual report, all on time;
 * contractor B its monthly report late; contractor C a monthly report that pays out more of the
 * fund than the retention cap allows (DM-FUND-05); A misses two days of daily reports, B and C send
 * theirs (empty) every day. Then prints what was accepted or rejected and why, timeliness, the
 * profile's targets against their thresholds, and the county's assessment over the store (the
 * DM-RPT-02 veto fails for A), and writes it as an HTML report whose path it prints.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

  private static final String PROFILE = "daming-2017";
  private static final String FUND_ID = "F-130425-2017";

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", descriptionKey = "demo.seed")
  private long seed = 42;

  @Option(
      names = "--month",
      defaultValue = "2018-06",
      paramLabel = "YYYY-MM",
      descriptionKey = "demo.month")
  private String monthText = "2018-06";

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "demo.data")
  private java.nio.file.@Nullable Path data;

  /** The two days of the month contractor A sends no daily report for. */
  static final List<Integer> MISSED_DAYS = List.of(11, 12);

  DemoCommand(Messages msgs) {
    this.msgs = msgs;
  }

  /** One line of the submissions table. */
  record Row(
      String contractor,
      String type,
      String period,
      String result,
      String timeliness,
      List<String> rules) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    YearMonth month;
    try {
      month = YearMonth.parse(monthText);
    } catch (java.time.format.DateTimeParseException e) {
      throw new Failures.CliException(msgs.get("demo.bad-month", monthText));
    }
    Profile profile = Profiles.builtIn(PROFILE);
    out.println(msgs.get("demo.generating", seed));
    out.flush();
    Dataset county = SampleCounties.daming(seed);
    CreditCode a =
        county.monthlyReports().stream()
            .map(MonthlyReport::header)
            .filter(Objects::nonNull)
            .map(ReportHeader::reporter)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(credit("91130425MA0A1B2C2"));
    CreditCode b = credit("91130425MA0A1B2C3");
    CreditCode c = credit("91130425MA0A1B2C4");
    Map<CreditCode, String> tokens = new LinkedHashMap<>();
    SecureRandom random = new SecureRandom();
    for (CreditCode code : List.of(a, b, c)) {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      tokens.put(code, HexFormat.of().formatHex(bytes));
    }
    Map<String, Principal> byToken = new LinkedHashMap<>();
    tokens.forEach((code, token) -> byToken.put(token, Principal.allScopes(code)));
    DemoClock clock = new DemoClock(month.atDay(1).atTime(9, 0).atZone(EparServer.CHINA));
    List<Row> rows = new ArrayList<>();
    java.nio.file.Path dir =
        data != null ? data : java.nio.file.Files.createTempDirectory("epar-demo-");
    try (org.epar.store.JdbcSubmissionStore store = org.epar.store.SubmissionStores.h2(dir);
        EparServer server =
            EparServer.builder()
                .listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .store(store)
                .authenticator(StaticTokenAuthenticator.fromMap(byToken))
                .validator(ReportChecks.validator(profile))
                .clock(clock)
                .build()
                .start()) {
      String target = InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.port();
      out.println(msgs.get("demo.server", target, tokens.size(), dir.toAbsolutePath().toString()));
      out.println(msgs.get("demo.contractors", a.raw(), b.raw(), c.raw()));
      out.flush();
      try (EparClient ca = client(target, tokens.get(a));
          EparClient cb = client(target, tokens.get(b));
          EparClient cc = client(target, tokens.get(c))) {
        rows.add(dailies(ca, a, county, month, clock, MISSED_DAYS));
        rows.add(dailies(cb, b, county, month, clock, List.of()));
        rows.add(dailies(cc, c, county, month, clock, List.of()));
        MonthlyReport template =
            county.monthlyReports().isEmpty() ? null : county.monthlyReports().get(0);
        ReportingPeriod.Month period = ReportingPeriod.month(month);
        LocalDate due = month.plusMonths(1).atDay(5);
        rows.add(
            submit(
                ca,
                a,
                ReportType.MONTHLY,
                period,
                monthly(
                    template, header(a, ReportType.MONTHLY, period, due.minusDays(2)), List.of()),
                clock,
                due.minusDays(2)));
        rows.add(
            submit(
                cb,
                b,
                ReportType.MONTHLY,
                period,
                monthly(
                    template, header(b, ReportType.MONTHLY, period, due.plusDays(4)), List.of()),
                clock,
                due.plusDays(4)));
        List<Disbursement> overpaid =
            List.of(
                new Disbursement(
                    "D-C-1",
                    FUND_ID,
                    null,
                    DisbursementKind.ADVANCE,
                    Money.ofYuan(9_000_000),
                    month.atDay(10),
                    c),
                new Disbursement(
                    "D-C-2",
                    FUND_ID,
                    null,
                    DisbursementKind.PROGRESS,
                    Money.ofYuan(5_250_000),
                    month.atDay(25),
                    c));
        rows.add(
            submit(
                cc,
                c,
                ReportType.MONTHLY,
                period,
                monthly(
                    template, header(c, ReportType.MONTHLY, period, due.minusDays(1)), overpaid),
                clock,
                due.minusDays(1)));
        ReportingPeriod.Year year = ReportingPeriod.year(month.getYear());
        LocalDate annualOn = LocalDate.of(month.getYear() + 1, 1, 20);
        AnnualReport annualTemplate =
            county.annualReports().isEmpty() ? null : county.annualReports().get(0);
        rows.add(
            submit(
                ca,
                a,
                ReportType.ANNUAL,
                year,
                annual(annualTemplate, header(a, ReportType.ANNUAL, year, annualOn)),
                clock,
                annualOn));
      }
      printSubmissions(out, rows);
      printTargets(out, county, profile, month.atEndOfMonth());
      printFundShares(out, county, profile);
      printAssessment(out, store, profile, month, dir);
    }
    out.flush();
    return Epar.OK;
  }

  /**
   * The county's assessment over the stored submissions as of the month's last day: the veto items
   * (DM-RPT-02 fails for contractor A's two missing days), the gaps per contractor, and the HTML
   * report written next to the store.
   */
  private void printAssessment(
      PrintWriter out,
      org.epar.grpc.spi.SubmissionStore store,
      Profile profile,
      YearMonth month,
      java.nio.file.Path dir)
      throws java.io.IOException {
    LocalDate asOf = month.atEndOfMonth();
    org.epar.assessment.Assessment a =
        org.epar.assessment.CountyAssessor.builder()
            .store(store)
            .profile(SampleCounties.DAMING.value().substring(0, 6), profile)
            .programmeStart(month.atDay(1))
            .divisionRegistry(SampleCounties.damingRegistry())
            .build()
            .assess(SampleCounties.DAMING, asOf);
    out.println();
    out.println(
        msgs.get(
            "demo.assessment.heading",
            asOf.toString(),
            msgs.get(a.vetoesPassed() ? "assess.vetoes.passed" : "assess.vetoes.failed")));
    for (org.epar.assessment.VetoItem v : a.vetoes()) {
      out.println(
          "  "
              + msgs.get(
                  "demo.assessment.veto",
                  Columns.pad(v.ruleId(), 11),
                  msgs.pick(v.titleEn(), v.titleZh()),
                  msgs.get(v.passed() ? "assess.passed" : "assess.failed")));
    }
    for (org.epar.assessment.ReportingCompleteness r : a.reporting()) {
      out.println(
          "  "
              + msgs.get(
                  "demo.assessment.gaps",
                  r.contractor(),
                  r.count(
                      ReportType.DAILY, org.epar.assessment.ReportingCompleteness.Status.MISSING),
                  r.count(
                      ReportType.DAILY, org.epar.assessment.ReportingCompleteness.Status.LATE)));
    }
    java.nio.file.Path html = dir.resolve("assessment-" + a.county() + "-" + asOf + ".html");
    AssessCommand.write(a, AssessCommand.Format.html, html, msgs);
    out.println(msgs.get("demo.assessment.report", html.toAbsolutePath().toString()));
  }

  private EparClient client(String target, @Nullable String token) {
    return EparClient.builder()
        .target(target)
        .credentials(Objects.requireNonNull(token))
        .language(msgs.lang().locale())
        .deadline(Duration.ofSeconds(60))
        .build();
  }

  private static CreditCode credit(String first17) {
    return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
  }

  private static ReportHeader header(
      CreditCode reporter, ReportType type, ReportingPeriod period, LocalDate on) {
    return new ReportHeader(
        reporter,
        SampleCounties.DAMING,
        type,
        period,
        reporter.raw() + "/" + type.name().toLowerCase(Locale.ROOT) + "/" + period.id(),
        OffsetDateTime.of(on.atTime(10, 0), java.time.ZoneOffset.ofHours(8)));
  }

  private static MonthlyReport monthly(
      @Nullable MonthlyReport template, ReportHeader header, List<Disbursement> disbursements) {
    return new MonthlyReport(
        header,
        template == null ? null : template.progress(),
        template == null ? null : template.statistics(),
        disbursements,
        List.of(),
        List.of(),
        List.of());
  }

  private static AnnualReport annual(@Nullable AnnualReport template, ReportHeader header) {
    if (template == null) {
      return new AnnualReport(header, null, null, null, null, Map.of(), null);
    }
    return new AnnualReport(
        header,
        template.progress(),
        template.statistics(),
        template.selfEvaluation(),
        template.fundPerformance(),
        template.indicators(),
        template.summary());
  }

  /**
   * A contractor's daily reports for every day of the month but {@code skipped}, each sent the next
   * morning: contractor A with the county's records of the day, the others with one transaction of
   * their own.
   */
  private Row dailies(
      EparClient client,
      CreditCode a,
      Dataset county,
      YearMonth month,
      DemoClock clock,
      List<Integer> skipped) {
    int accepted = 0;
    int late = 0;
    List<String> rules = new ArrayList<>();
    int sent = 0;
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      if (skipped.contains(day)) {
        continue;
      }
      sent++;
      LocalDate d = month.atDay(day);
      ReportingPeriod.Day period = ReportingPeriod.day(d);
      DailyReport report =
          new DailyReport(
              header(a, ReportType.DAILY, period, d.plusDays(1)),
              skipped.isEmpty()
                  ? own(county, d, a)
                  : county.transactions().stream().filter(t -> d.equals(t.date())).toList(),
              List.of(),
              skipped.isEmpty()
                  ? List.of()
                  : county.deviceDays().stream().filter(x -> d.equals(x.date())).toList());
      Row r = submit(client, a, ReportType.DAILY, period, report, clock, d.plusDays(1));
      if (r.result().equals(msgs.get("demo.accepted"))) {
        accepted++;
      }
      if (r.timeliness().equals(msgs.get("demo.late"))) {
        late++;
      }
      r.rules().stream().filter(x -> !rules.contains(x)).forEach(rules::add);
    }
    int n = sent;
    return new Row(
        a.raw(),
        "DAILY ×" + n,
        ReportingPeriod.day(month.atDay(1)).id()
            + "–"
            + ReportingPeriod.day(month.atEndOfMonth()).id(),
        msgs.get("demo.daily-result", accepted, n - accepted),
        msgs.get("demo.daily-timeliness", n - late, late),
        rules);
  }

  /** One transaction of the day for another contractor: the county's first, under its own id. */
  private static List<org.epar.core.model.Transaction> own(
      Dataset county, LocalDate d, CreditCode who) {
    return county.transactions().stream()
        .filter(t -> d.equals(t.date()))
        .limit(1)
        .map(
            t ->
                new org.epar.core.model.Transaction(
                    t.id() + "-" + who.raw().substring(14),
                    t.site(),
                    t.shop(),
                    t.date(),
                    t.direction(),
                    t.amount(),
                    t.orders(),
                    null,
                    t.product()))
        .toList();
  }

  /** Sends one report at a story time and reads back the outcome. */
  private Row submit(
      EparClient client,
      CreditCode who,
      ReportType type,
      ReportingPeriod period,
      Report report,
      DemoClock clock,
      LocalDate on) {
    clock.set(ZonedDateTime.of(on.atTime(10, 0), EparServer.CHINA));
    String requestId = type.name().toLowerCase(Locale.ROOT) + "-" + period.id();
    Submission s;
    try {
      s = Submit.send(client, report, requestId);
    } catch (EparRpcException e) {
      String name = e.metadata().get("submission");
      if (name == null) {
        return new Row(who.raw(), type.name(), period.id(), e.reason(), "", List.of());
      }
      s = client.getSubmission(name);
    }
    List<String> rules = new ArrayList<>();
    s.getFindingsList()
        .forEach(
            f -> {
              if (!rules.contains(f.getRuleId())) {
                rules.add(f.getRuleId());
              }
            });
    return new Row(
        who.raw(),
        type.name(),
        period.id(),
        s.getState() == SubmissionState.SUBMISSION_STATE_ACCEPTED
            ? msgs.get("demo.accepted")
            : msgs.get("demo.rejected"),
        s.getTimeliness() == Timeliness.TIMELINESS_LATE
            ? msgs.get("demo.late")
            : msgs.get("demo.on-time"),
        rules);
  }

  private void printSubmissions(PrintWriter out, List<Row> rows) {
    out.println();
    out.println(msgs.get("demo.submissions.heading"));
    out.println(
        "  "
            + Columns.pad(msgs.get("demo.col.contractor"), 20)
            + Columns.pad(msgs.get("demo.col.report"), 11)
            + Columns.pad(msgs.get("demo.col.period"), 19)
            + Columns.pad(msgs.get("demo.col.result"), 25)
            + Columns.pad(msgs.get("demo.col.timeliness"), 21)
            + msgs.get("demo.col.rules"));
    for (Row r : rows) {
      out.println(
          "  "
              + Columns.pad(r.contractor(), 20)
              + Columns.pad(r.type(), 11)
              + Columns.pad(r.period(), 19)
              + Columns.pad(r.result(), 25)
              + Columns.pad(r.timeliness(), 21)
              + (r.rules().isEmpty() ? "-" : String.join(", ", r.rules())));
    }
    for (Row r : rows) {
      for (String id : r.rules()) {
        RuleCatalog.standard()
            .find(id)
            .ifPresent(d -> out.println("    " + id + ": " + msgs.pick(d.titleEn(), d.titleZh())));
      }
    }
  }

  /** The profile's targets, evaluated on the whole county before their deadline (progress). */
  private void printTargets(PrintWriter out, Dataset county, Profile profile, LocalDate asOf) {
    ValidationReport report =
        EparValidator.builder()
            .profile(profile)
            .asOf(asOf)
            .divisionRegistry(SampleCounties.damingRegistry())
            .build()
            .validate(county);
    out.println();
    out.println(msgs.get("demo.targets.heading", profile.id(), asOf.toString()));
    out.println(
        "  "
            + Columns.pad(msgs.get("col.rule"), 13)
            + Columns.pad(msgs.get("demo.col.observed"), 13)
            + Columns.pad(msgs.get("demo.col.target"), 13)
            + Columns.pad(msgs.get("demo.col.deadline"), 12)
            + Columns.pad(msgs.get("demo.col.status"), 9)
            + msgs.get("col.title"));
    for (Finding f : report.findings()) {
      Optional<RuleDescriptor> d = RuleCatalog.standard().find(f.ruleId());
      if (d.isEmpty() || d.get().kind() != RuleKind.TARGET) {
        continue;
      }
      out.println(
          "  "
              + Columns.pad(f.ruleId(), 13)
              + Columns.pad(abbreviate(f.observed()), 13)
              + Columns.pad(abbreviate(f.threshold()), 13)
              + Columns.pad(f.deadline() == null ? "" : f.deadline().toString(), 12)
              + Columns.pad(status(f), 9)
              + String.format(
                  Locale.ROOT,
                  "%s",
                  msgs.pick(d.get().titleEn(), d.get().titleZh())
                      + (f.location().objectId().isEmpty()
                          ? ""
                          : " (" + f.location().objectId() + ")")));
    }
  }

  private String status(Finding f) {
    try {
      BigDecimal observed = new BigDecimal(f.observed().trim());
      BigDecimal threshold = new BigDecimal(f.threshold().trim());
      return observed.compareTo(threshold) >= 0 ? msgs.get("demo.met") : msgs.get("demo.below");
    } catch (NumberFormatException e) {
      return f.severity().blocksAcceptance() ? msgs.get("demo.below") : msgs.get("demo.info");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 12 ? s : s.substring(0, 11) + "…";
  }

  /** Allocation shares of the fund per DM-FUND-01 category, against the profile's caps. */
  private void printFundShares(PrintWriter out, Dataset county, Profile profile) {
    RuleSettings caps = profile.settings("DM-FUND-01").orElse(null);
    if (caps == null) {
      return;
    }
    Money total =
        county.funds().stream()
            .map(f -> f.total())
            .filter(Objects::nonNull)
            .reduce(Money.ZERO, Money::plus);
    if (total.signum() <= 0) {
      total = caps.money("fund_total");
    }
    Map<FundCategory, Money> sums = new EnumMap<>(FundCategory.class);
    county
        .allocations()
        .forEach(
            x -> {
              if (x.category() != null && x.amount() != null) {
                sums.merge(x.category(), x.amount(), Money::plus);
                FundCategory parent =
                    switch (x.category()) {
                      case UPWARD_STANDARDS, UPWARD_PROCESSING, UPWARD_LOGISTICS ->
                          FundCategory.UPWARD;
                      case SERVICE_CENTRE, VILLAGE_STATIONS -> FundCategory.SERVICE_SYSTEM;
                      default -> null;
                    };
                if (parent != null) {
                  sums.merge(parent, x.amount(), Money::plus);
                }
              }
            });
    Map<FundCategory, String> capParameter = new EnumMap<>(FundCategory.class);
    capParameter.put(FundCategory.UPWARD, "upward_share_max");
    capParameter.put(FundCategory.UPWARD_STANDARDS, "standardisation_share_max");
    capParameter.put(FundCategory.UPWARD_PROCESSING, "processing_infrastructure_share_max");
    capParameter.put(FundCategory.UPWARD_LOGISTICS, "logistics_share_max");
    capParameter.put(FundCategory.SERVICE_SYSTEM, "service_system_share_max");
    capParameter.put(FundCategory.SERVICE_CENTRE, "service_centre_share_max");
    capParameter.put(FundCategory.VILLAGE_STATIONS, "village_stations_share_max");
    capParameter.put(FundCategory.TRAINING, "training_share_max");
    out.println();
    out.println(msgs.get("demo.funds.heading", total.format()));
    out.println(
        "  "
            + Columns.pad(msgs.get("demo.col.category"), 18)
            + Columns.padLeft(msgs.get("demo.col.amount"), 14)
            + " "
            + Columns.padLeft(msgs.get("demo.col.share"), 7)
            + " "
            + Columns.pad(msgs.get("demo.col.cap"), 8)
            + msgs.get("demo.col.status"));
    for (Map.Entry<FundCategory, Money> e : sums.entrySet()) {
      BigDecimal share =
          e.getValue()
              .toBigDecimal()
              .divide(total.toBigDecimal(), MathContext.DECIMAL64)
              .setScale(4, RoundingMode.HALF_UP);
      String param = capParameter.get(e.getKey());
      BigDecimal cap = param != null && caps.has(param) ? caps.decimal(param) : null;
      String capText =
          cap == null ? "" : cap.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      String verdict =
          cap == null
              ? ""
              : share.compareTo(cap) <= 0 ? msgs.get("demo.within") : msgs.get("demo.over");
      out.println(
          String.format(
                  Locale.ROOT,
                  "  %-17s %14s %6.2f%% %-7s ",
                  e.getKey().name(),
                  e.getValue().format(),
                  share.movePointRight(2),
                  capText)
              + Columns.pad(verdict, 9)
              + e.getKey().termZh());
    }
  }
}
