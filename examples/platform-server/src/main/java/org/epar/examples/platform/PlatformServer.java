package org.epar.examples.platform;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Progress;
import org.epar.core.model.ReportHeader;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.EparServer;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.v1.Submission;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleScope;
import org.epar.validation.RuleSettings;

/**
 * A county platform's reporting server: the SDK supplies the service (authentication, validation,
 * idempotency, timeliness, limits, health); the platform supplies its store, its contractor
 * registry and the profile its reports are checked against.
 *
 * <pre>
 * java org.epar.examples.platform.PlatformServer --port 8980 --journal submissions.tsv
 * java org.epar.examples.platform.PlatformServer --self-check    # start, submit, print, stop
 * </pre>
 */
public final class PlatformServer {

  static final CreditCode CONTRACTOR = credit("91130425MA0A1B2C5");
  static final CreditCode REVOKED = credit("91130425MA0A1B2C6");
  static final String KEY = "key-for-example-only";
  static final String REVOKED_KEY = "key-of-a-former-contractor";

  private PlatformServer() {}

  /**
   * Starts the server; with {@code --self-check}, submits two reports through the client, prints
   * the outcome and stops.
   *
   * @param args {@code [--port N] [--journal FILE] [--self-check]}
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    System.exit(run(System.out, args));
  }

  static int run(PrintStream out, String... args) throws Exception {
    List<String> list = List.of(args);
    int port = list.contains("--port") ? Integer.parseInt(list.get(list.indexOf("--port") + 1)) : 0;
    Path journal =
        list.contains("--journal")
            ? Path.of(list.get(list.indexOf("--journal") + 1))
            : Files.createTempFile("epar-journal", ".tsv");
    ContractorRegistry registry =
        new ContractorRegistry(
            List.of(
                new ContractorRegistry.Entry(CONTRACTOR, ContractorRegistry.sha256(KEY), true),
                new ContractorRegistry.Entry(
                    REVOKED, ContractorRegistry.sha256(REVOKED_KEY), false)));
    try (EparServer server =
        EparServer.builder()
            .port(port)
            .store(new JournalSubmissionStore(journal))
            .authenticator(registry)
            .validator(profileValidator(Profiles.builtIn("daming-2017")))
            .build()
            .start()) {
      out.println("reporting server on port " + server.port() + ", journal " + journal);
      if (!list.contains("--self-check")) {
        server.awaitTermination();
        return 0;
      }
      String target = "127.0.0.1:" + server.port();
      try (EparClient client = EparClient.builder().target(target).credentials(KEY).build();
          EparClient former =
              EparClient.builder().target(target).credentials(REVOKED_KEY).build()) {
        show(out, "monthly 201803", () -> client.submitMonthly(monthly(List.of()), "m-201803"));
        show(
            out,
            "monthly 201804 paying 95% before acceptance",
            () ->
                client.submitMonthly(
                    monthly(
                        List.of(
                            new Disbursement(
                                "D-1",
                                "F-1",
                                null,
                                DisbursementKind.PROGRESS,
                                Money.ofYuan(14_250_000),
                                null,
                                CONTRACTOR))),
                    "m-201804"));
        show(
            out,
            "revoked contractor",
            () ->
                former.submitDaily(
                    new DailyReport(
                        header(REVOKED, ReportType.DAILY, ReportingPeriod.day(2018, 3, 15)),
                            List.of(),
                        List.of(), List.of()),
                    "d-20180315"));
      }
      out.println("journal:");
      Files.readAllLines(journal).forEach(l -> out.println("  " + l));
      return 0;
    }
  }

  /**
   * Checks each report of county 130425 with the Daming profile's rules that can judge one report
   * (record, plan and report rules, without "every kind of report was sent"), using the SDK's
   * {@link ProfileReportValidator}; reports of other counties have no profile and are refused.
   */
  static ReportValidator profileValidator(Profile profile) {
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    profile
        .rules()
        .forEach(
            (id, s) ->
                RuleCatalog.standard()
                    .find(id)
                    .filter(d -> d.scope() != RuleScope.DATASET && !id.startsWith("DM-RPT-"))
                    .ifPresent(d -> rules.put(id, s)));
    return ProfileReportValidator.builder()
        .profile(
            DivisionCode.of("130425000000"),
            new Profile(
                profile.id(),
                profile.version(),
                profile.nameEn(),
                profile.nameZh(),
                profile.document(),
                rules))
        .datasetRules(true)
        .build();
  }

  private static void show(
      PrintStream out, String what, java.util.function.Supplier<Submission> call) {
    try {
      Submission s = call.get();
      out.println(what + ": " + s.getState().name().replace("SUBMISSION_STATE_", ""));
    } catch (EparRpcException e) {
      out.println(what + ": " + e.code() + " " + e.reason());
      e.violations().forEach(v -> out.println("  " + v.ruleId()));
    }
  }

  private static MonthlyReport monthly(List<Disbursement> paid) {
    ReportingPeriod.Month period =
        paid.isEmpty() ? ReportingPeriod.month(2018, 3) : ReportingPeriod.month(2018, 4);
    return new MonthlyReport(
        header(CONTRACTOR, ReportType.MONTHLY, period),
        new Progress(new BigDecimal("0.55"), new BigDecimal("0.60")),
        null,
        paid,
        List.of(),
        List.of(),
        List.of());
  }

  private static ReportHeader header(CreditCode who, ReportType type, ReportingPeriod period) {
    return new ReportHeader(
        who,
        DivisionCode.of("130425000000"),
        type,
        period,
        who.raw() + "/" + period.id(),
        OffsetDateTime.of(2018, 4, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
  }

  private static CreditCode credit(String first17) {
    return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
  }
}
