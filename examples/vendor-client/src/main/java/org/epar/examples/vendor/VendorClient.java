package org.epar.examples.vendor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Direction;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Progress;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatistics;
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
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;

/**
 * A contractor's reporting job: turn the day's point-of-sale records of its village stations into a
 * daily report, and the month's into a monthly report, check both locally against the county's
 * rules, and submit them.
 *
 * <pre>
 * java org.epar.examples.vendor.VendorClient                              # against a local server
 * java org.epar.examples.vendor.VendorClient --target host:443 --token T  # against a platform
 * </pre>
 */
public final class VendorClient {

  /** This contractor (承办企业): its unified social credit code. */
  static final CreditCode CONTRACTOR = credit("91130425MA0A1B2C3");

  /** The county it serves: 大名县. */
  static final DivisionCode COUNTY = DivisionCode.of("130425000000");

  private VendorClient() {}

  /**
   * Runs the job and exits with 0 when every report was accepted.
   *
   * @param args {@code [--target HOST:PORT --token TOKEN]}
   */
  public static void main(String[] args) {
    System.exit(run(System.out, args));
  }

  /**
   * Runs the job.
   *
   * @param out where to report progress
   * @param args {@code [--target HOST:PORT --token TOKEN]}; without them a local server is started
   * @return 0 when every report was accepted, 1 otherwise
   */
  static int run(PrintStream out, String... args) {
    Map<String, String> opts = options(args);
    LocalDate day = LocalDate.of(2018, 3, 15);

    // 1. Our own records, in our own format, become model records.
    List<Transaction> month = readPointOfSale("pos-2018-03.csv");
    List<Transaction> today = month.stream().filter(t -> day.equals(t.date())).toList();
    DailyReport daily =
        new DailyReport(
            header(ReportType.DAILY, ReportingPeriod.day(day), day.plusDays(1)),
            today,
            List.of(),
            List.of());
    MonthlyReport monthly =
        new MonthlyReport(
            header(ReportType.MONTHLY, ReportingPeriod.month(2018, 3), LocalDate.of(2018, 4, 3)),
            new Progress(new BigDecimal("0.55"), new BigDecimal("0.60")),
            new ReportStatistics(
                3,
                (long) month.stream().mapToInt(Transaction::orders).sum(),
                Money.sum(
                    month.stream().map(Transaction::amount).filter(Objects::nonNull).toList()),
                3,
                40,
                Money.ofYuan(12_000)),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    out.println(
        "built daily report "
            + day
            + " with "
            + today.size()
            + " transactions and "
            + "monthly report 201803 from "
            + month.size()
            + " records");

    // 2. Check locally, exactly as the platform's EparServer will judge each report (same rules,
    //    same as-of date: the end of the report's period), before anything leaves the building.
    EparValidator local = EparValidator.builder().profile(Profiles.builtIn("daming-2017")).build();
    ValidationReport daysCheck = local.check(daily);
    ValidationReport monthsCheck = local.check(monthly);
    for (Finding f : daysCheck.merge(monthsCheck).findings()) {
      out.println("  local finding " + f.ruleId() + " " + f.severity() + ": " + f.messageEn());
    }
    if (!daysCheck.isAccepted() || !monthsCheck.isAccepted()) {
      out.println("not submitting: fix the records first");
      return 1;
    }
    out.println("local check passed");

    // 3. Submit. Without a target, run against a local server so the example is self-contained.
    EparServer local0 = null;
    String target = opts.get("--target");
    String token = opts.get("--token");
    if (target == null) {
      token = "example-token";
      local0 = localServer(token);
      target = "127.0.0.1:" + local0.port();
      out.println("started a local reporting server on " + target);
    }
    int rejected = 0;
    try (EparClient client =
        EparClient.builder()
            .target(target)
            .credentials(Objects.requireNonNull(token, "--token is required with --target"))
            .build()) {
      rejected += print(out, "daily " + day, () -> client.submitDaily(daily, "daily-20180315"));
      rejected +=
          print(out, "monthly 201803", () -> client.submitMonthly(monthly, "monthly-201803"));
      // A resend with the same request id is answered with the first result, stored once.
      rejected +=
          print(
              out,
              "monthly 201803 (resent)",
              () -> client.submitMonthly(monthly, "monthly-201803"));
    } finally {
      if (local0 != null) {
        local0.close();
      }
    }
    return rejected == 0 ? 0 : 1;
  }

  private static int print(
      PrintStream out, String what, java.util.function.Supplier<Submission> call) {
    try {
      Submission s = call.get();
      out.println(
          what
              + ": "
              + s.getState().name().replace("SUBMISSION_STATE_", "")
              + ", "
              + s.getTimeliness().name().replace("TIMELINESS_", "")
              + ", "
              + s.getName());
      return 0;
    } catch (EparRpcException e) {
      out.println(what + ": " + e.code() + " " + e.reason());
      e.violations()
          .forEach(v -> out.println("  " + v.ruleId() + " " + v.field() + ": " + v.description()));
      return 1;
    }
  }

  /** Reads our point-of-sale export: receipt,station,date,direction,amount,orders. */
  static List<Transaction> readPointOfSale(String resource) {
    List<Transaction> out = new ArrayList<>();
    try (InputStream in = VendorClient.class.getResourceAsStream(resource)) {
      BufferedReader r =
          new BufferedReader(
              new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        out.add(
            new Transaction(
                f[0],
                f[1],
                null,
                LocalDate.parse(f[2]),
                Direction.valueOf(f[3]),
                Money.parse(f[4]),
                Integer.parseInt(f[5]),
                null,
                null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static ReportHeader header(ReportType type, ReportingPeriod period, LocalDate sentOn) {
    return new ReportHeader(
        CONTRACTOR,
        COUNTY,
        type,
        period,
        CONTRACTOR.raw() + "/" + period.id(),
        OffsetDateTime.of(sentOn.atTime(9, 30), ZoneOffset.ofHours(8)));
  }

  /** A stand-in for the platform: the embedded server with the SDK's profile validator. */
  private static EparServer localServer(String token) {
    return EparServer.builder()
        .listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .authenticator(
            StaticTokenAuthenticator.fromMap(Map.of(token, Principal.allScopes(CONTRACTOR))))
        // the story happens on the morning of 16 March 2018: reports are judged on time by that
        // date
        .clock(
            java.time.Clock.fixed(
                OffsetDateTime.of(2018, 3, 16, 9, 30, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
                EparServer.CHINA))
        .validator(
            ProfileReportValidator.builder()
                .defaultProfile(Profiles.builtIn("daming-2017"))
                .build())
        .build()
        .start();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      m.put(args[i], args[i + 1]);
    }
    return m;
  }

  private static CreditCode credit(String first17) {
    return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
  }
}
