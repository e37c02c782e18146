package org.epar.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.epar.core.model.DailyReport;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.grpc.v1.Submission;
import org.epar.store.EmbeddedPg;
import org.epar.store.JdbcSubmissionStore;
import org.epar.store.SubmissionStores;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13's ingest ratios: a small daily report ({@code transactions} transactions) streamed by
 * {@code DailyUploader} over Netty on loopback into an {@link EparServer} that validates it
 * (daming-2017's record rules) and stores it, from 8 client threads at once, with a fresh request
 * id each time, into the in-memory store, H2 in a temporary directory, and a real PostgreSQL (the
 * tests' embedded binaries, on this machine) in the same run. Every upload is acknowledged only
 * after its row committed. Report {@code h2 / memory} and {@code postgresql / memory}. The server
 * logs at WARN (one INFO line per stored submission would be measured too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class GrpcStoreIngestBenchmark {

  private static final String TOKEN = "bench-token";

  /** Which store. */
  @Param({"memory", "h2", "postgresql", "h2-single", "postgresql-single"})
  public String store;

  /** Transactions in each daily report. */
  @Param({"30"})
  public int transactions;

  private final AtomicLong requests = new AtomicLong();
  private DailyReport report;
  private JdbcSubmissionStore jdbc;
  private HikariDataSource pool;
  private EparServer server;
  private EparClient client;

  /** Opens the store on an empty database, starts the server, connects a client. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    report = GrpcIngestBenchmark.dailyReport(transactions);
    SubmissionStore target;
    switch (store) {
      // the in-memory store keeps everything: a capacity no run reaches
      case "memory" -> target = new InMemorySubmissionStore(50_000_000);
      case "h2" -> {
        Path dir = Files.createTempDirectory("epar-bench-h2");
        jdbc = SubmissionStores.h2(dir);
        target = jdbc;
      }
      case "postgresql" -> {
        jdbc = SubmissionStores.postgres(EmbeddedPg.url(EmbeddedPg.newDatabase()), "postgres", "");
        target = jdbc;
      }
      // the same databases with group commit off: one transaction per submission
      case "h2-single" -> {
        Path dir = Files.createTempDirectory("epar-bench-h2");
        jdbc = single("jdbc:h2:file:" + dir.resolve("epar") + ";WRITE_DELAY=0", "sa", 8);
        target = jdbc;
      }
      case "postgresql-single" -> {
        jdbc = single(EmbeddedPg.url(EmbeddedPg.newDatabase()), "postgres", 10);
        target = jdbc;
      }
      default -> throw new IllegalArgumentException(store);
    }
    server =
        EparServer.builder()
            .listen(new InetSocketAddress("127.0.0.1", 0))
            .authenticator(
                StaticTokenAuthenticator.fromMap(
                    Map.of(TOKEN, Principal.allScopes(GrpcIngestBenchmark.CONTRACTOR))))
            .validator(GrpcIngestBenchmark.reportValidator())
            .store(target)
            // one contractor, 8 uploads at once: above the default of 8 streams while one finishes
            .maxStreamsPerContractor(64)
            .build()
            .start();
    ManagedChannel channel =
        Grpc.newChannelBuilder("127.0.0.1:" + server.port(), InsecureChannelCredentials.create())
            .build();
    client = EparClient.builder().channel(channel).credentials(TOKEN).build();
  }

  /** A store with group commit off, on a pool like the one {@link SubmissionStores} builds. */
  private JdbcSubmissionStore single(String url, String user, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(poolSize);
    pool = new HikariDataSource(config);
    return SubmissionStores.on(pool, 1);
  }

  /** Closes the client, the server and the store. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    server.close();
    if (jdbc != null) {
      System.err.println(store + ": " + jdbc.count() + " submissions stored");
      jdbc.close();
    }
    if (pool != null) {
      pool.close();
    }
  }

  /**
   * One daily upload, validated and stored.
   *
   * @return the submission
   */
  @Benchmark
  public Submission ingest() {
    return client.dailyUploader().upload(report, "ingest-" + requests.incrementAndGet()).join();
  }
}
