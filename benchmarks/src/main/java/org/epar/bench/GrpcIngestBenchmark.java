package org.epar.bench;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Direction;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparServer;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.Submission;
import org.epar.validation.Profiles;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Goal 4: a daily report of {@code transactions} transactions streamed by {@code DailyUploader}
 * over Netty on loopback into an embedded {@link EparServer} that validates it with the SDK's
 * {@link ProfileReportValidator} (the record rules of daming-2017 on the report and on each of its
 * transactions; its dataset rules judge a whole county's data, not one day's upload), against the
 * same stream into the same server with a no-op validator. Both servers discard stored submissions
 * so memory stays flat; every upload has a fresh request id, so idempotent replay never short-cuts
 * the work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class GrpcIngestBenchmark {

  static final CreditCode CONTRACTOR =
      CreditCode.of("91130425MA0A1B2C3" + CreditCode.checkCharacter("91130425MA0A1B2C3"));
  private static final String TOKEN = "bench-token";
  private static final Clock CLOCK =
      Clock.fixed(
          ZonedDateTime.of(2018, 4, 3, 10, 0, 0, 0, EparServer.CHINA).toInstant(),
          EparServer.CHINA);

  /** Transactions in the daily report. */
  @Param({"100000"})
  public int transactions;

  private final AtomicLong requests = new AtomicLong();
  private DailyReport report;
  private EparServer validating;
  private EparServer noop;
  private EparClient toValidating;
  private EparClient toNoop;

  /** Starts both servers and connects a client to each. */
  @Setup(Level.Trial)
  public void setUp() {
    report = dailyReport(transactions);
    validating = server(reportValidator());
    noop = server((r, who) -> ValidationOutcome.of(List.of()));
    toValidating = client(validating);
    toNoop = client(noop);
    Submission s = upload(toValidating);
    System.err.println(
        "validated upload: " + s.getState() + ", " + s.getFindingsCount() + " findings");
  }

  /** Closes clients and servers. */
  @TearDown(Level.Trial)
  public void tearDown() {
    toValidating.close();
    toNoop.close();
    validating.close();
    noop.close();
  }

  /**
   * EPAR: the stream into the validating server.
   *
   * @return the submission
   */
  @Benchmark
  public Submission ingestValidated() {
    return upload(toValidating);
  }

  /**
   * Baseline: the same stream into the no-op server.
   *
   * @return the submission
   */
  @Benchmark
  public Submission ingestNoop() {
    return upload(toNoop);
  }

  private Submission upload(EparClient c) {
    return c.dailyUploader().upload(report, "bench-" + requests.incrementAndGet()).join();
  }

  /**
   * The server-side validation a platform runs: the SDK's {@link ProfileReportValidator} with
   * daming-2017 for every county (its record rules; dataset rules judge a county's whole data, not
   * one report). It validates the report with its record lists emptied and every transaction as a
   * record of its own, so nothing is checked twice.
   *
   * @return the validator
   */
  static ProfileReportValidator reportValidator() {
    return ProfileReportValidator.builder()
        .defaultProfile(Profiles.builtIn("daming-2017"))
        .parallelism(1)
        .build();
  }

  /** The stream limit of both servers: above the largest {@link #transactions} measured. */
  private static final int MAX_RECORDS = 1_000_000;

  private static EparServer server(ReportValidator validator) {
    return EparServer.builder()
        .listen(new InetSocketAddress("127.0.0.1", 0))
        .authenticator(
            StaticTokenAuthenticator.fromMap(Map.of(TOKEN, Principal.allScopes(CONTRACTOR))))
        .validator(validator)
        .store(new DiscardingStore())
        // one report of 100,000 transactions: past the default limit of records per stream, which
        // a server that takes such days raises the same way
        .maxRecordsPerStream(MAX_RECORDS)
        .clock(CLOCK)
        .build()
        .start();
  }

  private static EparClient client(EparServer server) {
    ManagedChannel channel =
        Grpc.newChannelBuilder("127.0.0.1:" + server.port(), InsecureChannelCredentials.create())
            .build();
    return EparClient.builder().channel(channel).credentials(TOKEN).build();
  }

  /** A day of transactions at the stations of the testkit's Daming-like county. */
  static DailyReport dailyReport(int n) {
    SplittableRandom rnd = new SplittableRandom(BenchData.SEED);
    LocalDate day = LocalDate.of(2018, 4, 2);
    List<Transaction> tx = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tx.add(
          new Transaction(
              "T-20180402-" + i,
              "S-" + (1 + rnd.nextInt(350)),
              null,
              day,
              rnd.nextInt(10) < 7 ? Direction.UPWARD : Direction.DOWNWARD,
              Money.ofFen(100 + rnd.nextInt(100_000)),
              1 + rnd.nextInt(5),
              null,
              null));
    }
    ReportHeader header =
        new ReportHeader(
            CONTRACTOR,
            DivisionCode.of("130425"),
            ReportType.DAILY,
            ReportingPeriod.parse("20180402"),
            null,
            null);
    return new DailyReport(header, tx, List.of(), List.of());
  }

  /** Keeps nothing: the benchmark measures ingest, not storage. */
  static final class DiscardingStore implements SubmissionStore {
    @Override
    public StoredSubmission putIfAbsent(StoredSubmission submission) {
      return submission;
    }

    @Override
    public Optional<StoredSubmission> findByRequestId(CreditCode contractor, String requestId) {
      return Optional.empty();
    }

    @Override
    public Optional<StoredSubmission> get(CreditCode contractor, String id) {
      return Optional.empty();
    }

    @Override
    public List<StoredSubmission> list(CreditCode contractor, @Nullable String afterId, int limit) {
      return List.of();
    }

    @Override
    public List<StoredSubmission> listInDivision(
        DivisionCode division, org.epar.grpc.spi.@Nullable SubmissionKey after, int limit) {
      return List.of();
    }
  }
}
