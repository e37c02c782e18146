package org.epar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Direction;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatus;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.core.period.Timeliness;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.store.EmbeddedPg;
import org.epar.store.JdbcSubmissionStore;
import org.epar.store.SubmissionStores;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
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
 * {@code SubmissionStore.putIfAbsent} of a small daily report (30 records, 2 findings, a fresh
 * request id each time) into the H2 file store and the PostgreSQL store (a real one, started here
 * with the test's embedded binaries, on this machine) against the in-memory store, in the same run.
 * Report the ratios {@code h2 / memory} and {@code postgresql / memory}. The in-memory store keeps
 * everything, so its runs are short.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 2, time = 5)
@Fork(1)
public class StoreBenchmark {

  static final CreditCode A = CreditCode.of("91130425MA0A1B2C3P");

  /** Which store. */
  @Param({"memory", "h2", "postgresql"})
  public String store;

  SubmissionStore target;
  JdbcSubmissionStore jdbc;
  Path dir;
  DailyReport report;
  final AtomicLong next = new AtomicLong();

  /** Opens the store on an empty database. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    report = daily(10);
    switch (store) {
      case "memory" -> target = new InMemorySubmissionStore();
      case "h2" -> {
        dir = Files.createTempDirectory("epar-bench-h2");
        jdbc = SubmissionStores.h2(dir);
        target = jdbc;
      }
      case "postgresql" -> {
        jdbc = SubmissionStores.postgres(EmbeddedPg.url(EmbeddedPg.newDatabase()), "postgres", "");
        target = jdbc;
      }
      default -> throw new IllegalArgumentException(store);
    }
  }

  /** Closes the store. */
  @TearDown(Level.Trial)
  public void close() {
    if (jdbc != null) {
      jdbc.close();
    }
  }

  /**
   * One new submission.
   *
   * @return the stored submission
   */
  @Benchmark
  public StoredSubmission putIfAbsent() {
    long n = next.incrementAndGet();
    return target.putIfAbsent(
        new StoredSubmission(
            String.format("%016x", n),
            A,
            "r-" + n,
            "0".repeat(64),
            ReportType.DAILY,
            "20180402",
            ReportStatus.ACCEPTED,
            Timeliness.ON_TIME,
            LocalDate.of(2018, 4, 3),
            Instant.now(),
            30,
            FINDINGS,
            report));
  }

  static final List<Finding> FINDINGS =
      List.of(
          FindingText.stored(
              "CORE-MONEY-01", Severity.WARNING, "transaction/t1/amount", "Check.", "检查。"),
          FindingText.stored(
              "DM-TARGET-01", Severity.INFO, "dataset//", "Progress 45%.", "进度 45%。"));

  static DailyReport daily(int n) {
    LocalDate day = LocalDate.of(2018, 4, 2);
    ReportHeader h =
        new ReportHeader(
            A,
            DivisionCode.of("130425"),
            ReportType.DAILY,
            ReportingPeriod.parse("20180402"),
            null,
            null);
    List<Transaction> t = new ArrayList<>();
    for (int i = 0; i < n * 3; i++) {
      t.add(
          new Transaction(
              "t" + i,
              "site-1",
              null,
              day,
              Direction.UPWARD,
              Money.ofFen(1250 + i),
              1,
              "h" + i,
              null));
    }
    return new DailyReport(h, t, List.of(), List.of());
  }
}
