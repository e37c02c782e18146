package org.epar.grpc.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.KnownLength;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.AnnualReport;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DailyReportEnd;
import org.epar.grpc.v1.MonthlyReport;
import org.epar.grpc.v1.QuarterlyReport;
import org.epar.grpc.v1.ReportHeader;
import org.epar.grpc.v1.ReportType;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmitAnnualReportRequest;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.epar.grpc.v1.SubmitQuarterlyReportRequest;
import org.jspecify.annotations.Nullable;

/**
 * The server's warm-up (docs/protocol.md, "Warm-up at start"): before the port opens,
 * representative reports of every report type and record kind go through the service's own request
 * path, so that the JIT compiles that path before a client's first request pays for it. Each report
 * is sent as protobuf bytes over a private server (Netty on an ephemeral loopback port, gated by a
 * random secret, or in-process for an in-process server), parsed by the server's own marshallers,
 * through the size limit and the malformed-message guard, to the service implementation, as a
 * <b>validate-only</b> submission of a warm-up contractor that no token names: nothing is stored,
 * no submission id is drawn, and no real contractor's request ids, stream slots or buffered bytes
 * are touched (the warm-up contractor's counters are released when each stream ends). The service
 * logs nothing for these calls ({@link #ACTIVE}).
 *
 * <p><b>Settling.</b> HotSpot raises C2's thresholds while C2's queue is long, as it is throughout
 * the first rounds, so methods that ran far more often than C2's plain thresholds can still wait in
 * C1 when the rounds end, and a client's first request pays for their compilation (the site rules
 * did, 0.9 s of CPU). So from the last of the {@link #ROUNDS} rounds on, each round starts once the
 * process has gone quiet (at most {@link #DRAIN}: the compilations under way are done) and ends
 * with the same wait, and the rounds go on, up to {@link #MAX_ROUNDS}, until one leaves the JIT
 * compilers less than {@link #SETTLED} of work. C2's queue refills within a round, so HotSpot asks
 * a method for some 50,000 calls before C2 takes it: the site rules, called once per site, get
 * about 6,000 a round, hence up to {@link #MAX_ROUNDS} rounds (docs/performance.md, "Settling
 * rounds").
 *
 * <p>Two shapes of every record, every field set: plausible values (valid identifiers, small
 * decimals, dates in the period) and the longest valid ones (64-character text, 40-character
 * decimals with an exponent, date-times with nanoseconds and an offset; in every third record
 * 64-character identifiers, in every fourth text that looks like personal data, which findings echo
 * masked), and each list of a report type filled with records of both shapes. A round sends them
 * all; the warm-up runs the rounds above or stops starting new ones once {@link #BUDGET} has
 * passed.
 */
public final class WarmUp {

  /** Rounds of the whole corpus at least. */
  public static final int ROUNDS = 4;

  /** Rounds at most: settling rounds run after {@link #ROUNDS} while the JIT still compiles. */
  public static final int MAX_ROUNDS = 12;

  /**
   * A settling round (one that starts with the compilers' queue drained) whose compilations took
   * less than this is the last: the request path is compiled as far as the corpus takes it.
   */
  static final Duration SETTLED = Duration.ofMillis(150);

  /** No new round starts after this much time. */
  static final Duration BUDGET = Duration.ofSeconds(30);

  /**
   * Each report or daily batch is filled with this many records (whatever their size: the JIT
   * counts calls, and the record kinds with the most rules, sites, are also the largest)...
   */
  static final int MESSAGE_RECORDS = 3_000;

  /**
   * ...or up to this many bytes, whichever comes first; at most three quarters of the server's
   * message-size limit where that is lower, so that the server takes every message of the warm-up.
   */
  static final int MESSAGE_BYTES = 3 * 1024 * 1024;

  /** One-record batches of the stream that warms the per-message path. */
  static final int SMALL_BATCHES = 2_000;

  /** Text of the longest shape, in characters. */
  static final int LONG_TEXT = 64;

  /** Set in the context of the warm-up's calls: the service logs nothing for them. */
  public static final Context.Key<Boolean> ACTIVE = Context.keyWithDefault("epar-warm-up", false);

  /** The warm-up contractor: a valid credit code no registration authority hands out as is. */
  static final CreditCode CONTRACTOR =
      CreditCode.of("91130425WARMUP000" + CreditCode.checkCharacter("91130425WARMUP000"));

  private static final String LANG_EN = "en";

  /**
   * What a warm-up did.
   *
   * @param rounds rounds of the corpus sent
   * @param compiledMillis per round, the time the JIT compilers spent in it and in the wait for
   *     them after it ({@link java.lang.management.CompilationMXBean#getTotalCompilationTime()}),
   *     -1 where the JVM does not tell
   * @param requests calls made (a daily stream is one call)
   * @param records records sent
   * @param bytes request bytes sent
   * @param unexpected calls answered other than OK or VALIDATION_FAILED, by status code and reason
   *     (none when the path works)
   * @param elapsed wall time
   * @param processCpu CPU time of the whole process meanwhile (every thread: the JIT compilers
   *     too), or negative where the JVM does not tell
   */
  public record Summary(
      int rounds,
      List<Long> compiledMillis,
      int requests,
      long records,
      long bytes,
      Map<String, Integer> unexpected,
      Duration elapsed,
      Duration processCpu) {
    /** Copies the list and the map. */
    public Summary {
      compiledMillis = List.copyOf(compiledMillis);
      unexpected = Map.copyOf(unexpected);
    }
  }

  private WarmUp() {}

  /** The header that carries the warm-up's secret. */
  static final Metadata.Key<String> SECRET =
      Metadata.Key.of("x-epar-warm-up", Metadata.ASCII_STRING_MARSHALLER);

  /** After the rounds, wait at most this long for the JIT compilers to finish what they queued. */
  static final Duration DRAIN = Duration.ofSeconds(10);

  /**
   * The interceptor that stands in for authentication on the warm-up's private server: a call that
   * presents the warm-up's secret (random, held in memory only) runs as the warm-up contractor with
   * every scope, in the caller's language, with {@link #ACTIVE}; any other is UNAUTHENTICATED.
   */
  static ServerInterceptor principal(String secret) {
    Principal who = Principal.allScopes(CONTRACTOR);
    byte[] expected = secret.getBytes(StandardCharsets.US_ASCII);
    return new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(
          ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String presented = headers.get(SECRET);
        if (presented == null
            || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.US_ASCII))) {
          call.close(Status.UNAUTHENTICATED, new Metadata());
          return new ServerCall.Listener<>() {};
        }
        Context ctx =
            Context.current()
                .withValue(Lang.CONTEXT, Lang.parse(headers.get(Lang.ACCEPT_LANGUAGE)))
                .withValue(AuthInterceptor.PRINCIPAL, who)
                .withValue(ACTIVE, true);
        return Contexts.interceptCall(ctx, call, headers, next);
      }
    };
  }

  /**
   * Runs the warm-up against the service on a private server: over Netty on an ephemeral loopback
   * port (the transport a client's call takes: HTTP/2 framing, deframing, flow control) when {@code
   * overLoopback}, else in-process. Either server takes only calls that present the warm-up's
   * secret, and is closed before this returns.
   *
   * @param service the reporting service, guarded and intercepted as the real server's, with the
   *     given interceptor in place of authentication
   * @param scope the county code the reports are of (one the validator has a profile for)
   * @param overLoopback whether to go over Netty on loopback
   * @param maxMessageBytes the server's message-size limit: no message of the warm-up is larger
   * @param minRounds rounds of the corpus at least ({@link #ROUNDS}; fewer in tests)
   * @param maxRounds rounds at most ({@link #MAX_ROUNDS}): after {@code minRounds}, each round
   *     starts with the compilers' queue drained, and the rounds stop at the first whose
   *     compilations took less than {@link #SETTLED}
   * @return what it did
   */
  public static Summary run(
      Function<ServerInterceptor, ServerServiceDefinition> service,
      String scope,
      boolean overLoopback,
      int maxMessageBytes,
      int minRounds,
      int maxRounds) {
    Duration budget = BUDGET;
    long start = System.nanoTime();
    long cpuAtStart = processCpuNanos();
    byte[] nonce = new byte[24];
    new SecureRandom().nextBytes(nonce);
    String secret = HexFormat.of().formatHex(nonce);
    ServerServiceDefinition guarded = service.apply(principal(secret));
    Server server;
    ManagedChannel channel;
    try {
      if (overLoopback) {
        server =
            NettyServerBuilder.forAddress(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .addService(guarded)
                .build()
                .start();
        channel =
            NettyChannelBuilder.forAddress(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()))
                .usePlaintext()
                .build();
      } else {
        String name = "epar-warm-up-" + secret.substring(0, 16);
        server = InProcessServerBuilder.forName(name).directExecutor().addService(guarded).build();
        server.start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the warm-up's private server", e);
    }
    Counter n = new Counter();
    List<Long> compiled = new ArrayList<>();
    try {
      Corpus corpus = new Corpus(scope, (int) Math.min(MESSAGE_BYTES, maxMessageBytes * 3L / 4));
      boolean drained = false;
      for (int r = 0; r < maxRounds; r++) {
        if (r > 0 && System.nanoTime() - start > budget.toNanos()) {
          break;
        }
        boolean settling = r > 0 && r >= minRounds - 1;
        if (settling && !drained) {
          // HotSpot raises the thresholds of C2 while its queue is long (Tier4LoadFeedback), as it
          // is throughout the first rounds, so methods whose counters are far past the plain
          // thresholds wait in C1 (the site rules did: first compiled by C2 inside a client's
          // request). A settling round starts once the compilations under way are done.
          drain(start + budget.toNanos() + DRAIN.toNanos());
        }
        long jitBefore = compileMillis();
        corpus.sendAll(channel, secret, n, r);
        drained = false;
        if (settling || r == maxRounds - 1) {
          drain(start + budget.toNanos() + DRAIN.toNanos());
          drained = true;
        }
        long jit = jitBefore < 0 ? -1 : compileMillis() - jitBefore;
        compiled.add(jit);
        if (settling && jit >= 0 && jit < SETTLED.toMillis()) {
          break; // this round, its queue drained first, left the compilers (nearly) nothing to do
        }
      }
      if (!drained) {
        drain(start + budget.toNanos() + DRAIN.toNanos());
      }
    } finally {
      channel.shutdownNow();
      server.shutdownNow();
      try {
        channel.awaitTermination(5, TimeUnit.SECONDS);
        server.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new Summary(
        compiled.size(),
        compiled,
        n.requests,
        n.records,
        n.bytes,
        n.unexpected,
        Duration.ofNanos(System.nanoTime() - start),
        Duration.ofNanos(cpuAtStart < 0 ? -1 : processCpuNanos() - cpuAtStart));
  }

  /**
   * Waits until the process has been quiet (under a tenth of a core) for 300 ms, or until the
   * deadline: what the JIT compilers queued during the rounds is compiled before the port opens,
   * not during the first client's request. Returns at once where the process's CPU time is not
   * available.
   */
  private static void drain(long deadlineNanos) {
    if (!(ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os)) {
      return;
    }
    long last = os.getProcessCpuTime();
    int quiet = 0;
    while (quiet < 3 && System.nanoTime() < deadlineNanos && last >= 0) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = os.getProcessCpuTime();
      quiet = now - last < 10_000_000L ? quiet + 1 : 0;
      last = now;
    }
  }

  /** The JIT compilers' total time so far, or -1 where the JVM does not tell. */
  private static long compileMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : -1;
  }

  /** The process's CPU time, or -1 where the JVM does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  private static final class Counter {
    int requests;
    long records;
    long bytes;
    final Map<String, Integer> unexpected = new TreeMap<>();
    int seq;

    void answered(@Nullable Throwable t) {
      String why = unexpected(t);
      if (why != null) {
        unexpected.merge(why, 1, Integer::sum);
      }
    }
  }

  // ------------------------------------------------------------------ the corpus

  /** How the text of a string field is made. */
  private enum Kind {
    DECIMAL,
    DATE,
    DATE_TIME,
    PERIOD,
    CREDIT_CODE,
    DIVISION,
    CITIZEN_ID,
    TRACE_CODE,
    TEXT
  }

  /** The two shapes of a record. */
  private enum Shape {
    PLAIN,
    LONGEST
  }

  /** The reports of one round, built once (as bytes) and sent every round. */
  private static final class Corpus {
    private final List<byte[]> monthly = new ArrayList<>();
    private final List<byte[]> quarterly = new ArrayList<>();
    private final List<byte[]> annual = new ArrayList<>();
    private final List<List<byte[]>> daily = new ArrayList<>();
    private final List<Long> monthlyRecords = new ArrayList<>();
    private final List<Long> dailyRecords = new ArrayList<>();
    private final Map<String, Map<String, Kind>> kinds = new HashMap<>();
    private final String scope;
    private final String citizenId;
    private final String traceCode;

    /** Records are added to a message while it stays under this many bytes. */
    private final int messageBytes;

    Corpus(String county, int messageBytes) {
      this.messageBytes = messageBytes;
      // a county code, six digits or padded to twelve
      this.scope = county.substring(0, 6);
      String first17 = scope + "19900307123";
      this.citizenId = first17 + CitizenId.checkCharacter(first17);
      this.traceCode = TraceCode.product(CONTRACTOR, "WARMUP1").raw();
      for (Shape shape : Shape.values()) {
        Values v = new Values(shape, "201803", LocalDate.of(2018, 3, 2));
        // every record list of a monthly report filled alone, then one report with every field
        for (FieldDescriptor f : MonthlyReport.getDescriptor().getFields()) {
          if (f.isRepeated() && f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            MonthlyReport.Builder b = MonthlyReport.newBuilder();
            long added = fillTo(b, f, i -> record(b.newBuilderForField(f), v, i, 2));
            b.setHeader(header(ReportType.REPORT_TYPE_MONTHLY, "201803"));
            monthly.add(monthlyRequest(b.build()));
            monthlyRecords.add(added);
          }
        }
        MonthlyReport.Builder all = MonthlyReport.newBuilder();
        record(all, v, 0, 3);
        all.setHeader(header(ReportType.REPORT_TYPE_MONTHLY, "201803"));
        monthly.add(monthlyRequest(all.build()));
        monthlyRecords.add(4L);
        QuarterlyReport.Builder q = QuarterlyReport.newBuilder();
        record(q, new Values(shape, "2018Q1", LocalDate.of(2018, 2, 14)), 0, 3);
        q.setHeader(header(ReportType.REPORT_TYPE_QUARTERLY, "2018Q1"));
        quarterly.add(
            SubmitQuarterlyReportRequest.newBuilder()
                .setRequestId("r")
                .setValidateOnly(true)
                .setReport(q)
                .build()
                .toByteArray());
        Values year = new Values(shape, "2017", LocalDate.of(2017, 12, 31));
        AnnualReport.Builder a = AnnualReport.newBuilder();
        record(a, year, 0, 3);
        a.setHeader(header(ReportType.REPORT_TYPE_ANNUAL, "2017"));
        for (int i = 0; i < 500; i++) {
          a.putIndicators("indicator-" + i, year.text(Kind.DECIMAL, "indicators", i));
        }
        annual.add(
            SubmitAnnualReportRequest.newBuilder()
                .setRequestId("r")
                .setValidateOnly(true)
                .setReport(a)
                .build()
                .toByteArray());
        Values day = new Values(shape, "20180402", LocalDate.of(2018, 4, 2));
        for (FieldDescriptor f : DailyRecordBatch.getDescriptor().getFields()) {
          if (f.isRepeated() && f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            daily.add(dailyStream(f, day, 2, true));
          }
        }
        if (shape == Shape.PLAIN) {
          // a stream of many one-record batches: the per-message path of a stream
          daily.add(
              dailyStream(
                  DailyRecordBatch.getDescriptor().findFieldByName("device_days"),
                  day,
                  SMALL_BATCHES,
                  false));
        }
      }
    }

    private List<byte[]> dailyStream(FieldDescriptor list, Values v, int batches, boolean full) {
      List<byte[]> out = new ArrayList<>();
      out.add(
          SubmitDailyReportRequest.newBuilder()
              .setRequestId("r")
              .setValidateOnly(true)
              .setHeader(header(ReportType.REPORT_TYPE_DAILY, "20180402"))
              .build()
              .toByteArray());
      MessageDigest sha = ReportingServiceImpl.sha256();
      long records = 0;
      for (int batch = 0; batch < batches; batch++) {
        DailyRecordBatch.Builder b = DailyRecordBatch.newBuilder();
        long from = records;
        if (full) {
          records += fillTo(b, list, i -> record(b.newBuilderForField(list), v, (int) from + i, 2));
        } else {
          b.addRepeatedField(list, record(b.newBuilderForField(list), v, (int) from, 2));
          records++;
        }
        DailyRecordBatch built = b.build();
        sha.update(built.toByteArray());
        out.add(SubmitDailyReportRequest.newBuilder().setBatch(built).build().toByteArray());
      }
      out.add(
          SubmitDailyReportRequest.newBuilder()
              .setEnd(
                  DailyReportEnd.newBuilder()
                      .setRecordCount(records)
                      .setRecordsSha256(HexFormat.of().formatHex(sha.digest())))
              .build()
              .toByteArray());
      dailyRecords.add(records);
      return out;
    }

    private static byte[] monthlyRequest(MonthlyReport r) {
      return SubmitMonthlyReportRequest.newBuilder()
          .setRequestId("r")
          .setValidateOnly(true)
          .setReport(r)
          .build()
          .toByteArray();
    }

    private ReportHeader header(ReportType type, String period) {
      return ReportHeader.newBuilder()
          .setReporter(CONTRACTOR.raw())
          .setScope(scope)
          .setType(type)
          .setPeriod(period)
          .build();
    }

    /** Sends the whole corpus once, each call with a request id of its own. */
    void sendAll(ManagedChannel plain, String secret, Counter n, int round) {
      Metadata h = new Metadata();
      h.put(SECRET, secret);
      Channel channel =
          ClientInterceptors.intercept(plain, MetadataUtils.newAttachHeadersInterceptor(h));
      for (int i = 0; i < monthly.size(); i++) {
        unary(
            channel,
            ReportingServiceGrpc.getSubmitMonthlyReportMethod(),
            monthly.get(i),
            monthlyRecords.get(i),
            n,
            round);
      }
      for (byte[] q : quarterly) {
        unary(channel, ReportingServiceGrpc.getSubmitQuarterlyReportMethod(), q, 1, n, round);
      }
      for (byte[] a : annual) {
        unary(channel, ReportingServiceGrpc.getSubmitAnnualReportMethod(), a, 500, n, round);
      }
      for (int i = 0; i < daily.size(); i++) {
        stream(channel, daily.get(i), dailyRecords.get(i), n, round);
      }
    }

    // ---------------------------------------------------------------- records

    /**
     * The record in {@code b} with every field set: strings by their kind, numbers, bools, enums (a
     * different value per record), repeated scalars with three elements, maps with two entries,
     * nested messages to {@code depth} levels (one element in repeated message fields).
     */
    Message record(Message.Builder b, Values v, int index, int depth) {
      Descriptor d = b.getDescriptorForType();
      for (FieldDescriptor f : d.getFields()) {
        if (f.isMapField()) {
          Message.Builder entry = b.newBuilderForField(f);
          FieldDescriptor key = entry.getDescriptorForType().findFieldByName("key");
          FieldDescriptor value = entry.getDescriptorForType().findFieldByName("value");
          for (int i = 0; i < 2; i++) {
            entry.setField(key, "k" + index + "-" + i);
            entry.setField(value, scalar(value, kind(d, f), v, index + i));
            b.addRepeatedField(f, entry.build());
          }
        } else if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
          if (depth <= 0) {
            continue;
          }
          Message nested = record(b.newBuilderForField(f), v, index, depth - 1);
          if (f.isRepeated()) {
            b.addRepeatedField(f, nested);
          } else {
            b.setField(f, nested);
          }
        } else if (f.isRepeated()) {
          for (int i = 0; i < 3; i++) {
            b.addRepeatedField(f, scalar(f, kind(d, f), v, index + i));
          }
        } else {
          b.setField(f, scalar(f, kind(d, f), v, index));
        }
      }
      return b.build();
    }

    private Object scalar(FieldDescriptor f, Kind kind, Values v, int index) {
      boolean longest = v.shape == Shape.LONGEST;
      return switch (f.getJavaType()) {
        case STRING -> v.text(kind, f.getName(), index);
        case INT -> longest ? Integer.MAX_VALUE - index : 1 + index % 97;
        case LONG -> longest ? Long.MAX_VALUE - index : 100L * (1 + index % 997);
        case BOOLEAN -> index % 2 == 0;
        case DOUBLE -> longest ? Double.MAX_VALUE : 1.5 + index % 7;
        case FLOAT -> longest ? Float.MAX_VALUE : 1.5f + index % 7;
        case BYTE_STRING -> ByteString.copyFromUtf8(v.text(Kind.TEXT, f.getName(), index));
        case ENUM -> {
          EnumDescriptor e = f.getEnumType();
          int n = e.getValues().size();
          yield e.getValues().get(n == 1 ? 0 : 1 + index % (n - 1));
        }
        case MESSAGE -> throw new IllegalArgumentException(f.getFullName());
      };
    }

    /** The kind of a string field, from the sdk-core record of the message's name. */
    private Kind kind(Descriptor message, FieldDescriptor f) {
      if (f.getJavaType() != FieldDescriptor.JavaType.STRING && !f.isMapField()) {
        return Kind.TEXT;
      }
      Kind k = kinds.computeIfAbsent(message.getName(), Corpus::readKinds).get(f.getName());
      return k == null ? Kind.TEXT : k;
    }

    private static Map<String, Kind> readKinds(String simpleName) {
      Class<?> c;
      try {
        c = Class.forName("org.epar.core.model." + simpleName);
      } catch (ClassNotFoundException e) {
        return Map.of();
      }
      if (!c.isRecord()) {
        return Map.of();
      }
      Map<String, Kind> out = new HashMap<>();
      for (RecordComponent rc : c.getRecordComponents()) {
        Type t = rc.getGenericType();
        if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > 0) {
          Type[] args = p.getActualTypeArguments();
          t = args[args.length - 1];
        }
        out.put(snake(rc.getName()), kindOf(t));
      }
      return out;
    }

    private static Kind kindOf(Type t) {
      if (t == BigDecimal.class) {
        return Kind.DECIMAL;
      }
      if (t == LocalDate.class) {
        return Kind.DATE;
      }
      if (t == OffsetDateTime.class) {
        return Kind.DATE_TIME;
      }
      if (t == ReportingPeriod.class) {
        return Kind.PERIOD;
      }
      if (t == CreditCode.class) {
        return Kind.CREDIT_CODE;
      }
      if (t == DivisionCode.class) {
        return Kind.DIVISION;
      }
      if (t == CitizenId.class) {
        return Kind.CITIZEN_ID;
      }
      if (t == TraceCode.class) {
        return Kind.TRACE_CODE;
      }
      return Kind.TEXT;
    }

    private static String snake(String camel) {
      StringBuilder s = new StringBuilder(camel.length() + 4);
      for (char ch : camel.toCharArray()) {
        if (Character.isUpperCase(ch)) {
          s.append('_').append(Character.toLowerCase(ch));
        } else {
          s.append(ch);
        }
      }
      return s.toString();
    }

    /** The text of a field in one shape, for a report of one period. */
    private final class Values {
      private static final String[] PLAIN_DECIMALS = {"12.5", "0.75", "1000", "3.14159", "-2"};
      private static final String[] LONG_DECIMALS = {
        "9.99999999999999999999999999999999999E30",
        "1234567890123456789012345678901234.56789",
        "-0.0000000000000000000000000000000000001",
        "1.0000000000000000000000000000000000e-30"
      };

      /** Runs a masking pass rewrites: not a real person's data (a test identity number). */
      private static final String PERSONAL_LOOKING = "11010119900307123X 13800138000 张三丰 ";

      final Shape shape;
      final String period;
      final LocalDate day;

      Values(Shape shape, String period, LocalDate day) {
        this.shape = shape;
        this.period = period;
        this.day = day;
      }

      String text(Kind kind, String field, int index) {
        boolean longest = shape == Shape.LONGEST;
        if (longest && index % 3 == 2 && kind.ordinal() >= Kind.CREDIT_CODE.ordinal()) {
          // every third record of the longest shape has 64 characters in its identifiers too:
          // the findings (and their masked echoes) of identifiers that are not valid
          kind = Kind.TEXT;
        }
        return switch (kind) {
          case DECIMAL ->
              longest
                  ? LONG_DECIMALS[index % LONG_DECIMALS.length]
                  : PLAIN_DECIMALS[index % PLAIN_DECIMALS.length];
          case DATE -> day.minusDays(index % 2).toString();
          case DATE_TIME ->
              longest
                  ? day + "T23:59:59.999999999+08:00"
                  : day + "T" + (10 + index % 10) + ":30:00+08:00";
          case PERIOD -> period;
          case CREDIT_CODE -> CONTRACTOR.raw();
          case DIVISION -> index % 2 == 0 ? scope : scope + "100201";
          case CITIZEN_ID -> citizenId;
          case TRACE_CODE -> traceCode;
          case TEXT -> {
            String head = field + "-" + index + "-";
            if (longest && index % 4 == 3) {
              // every fourth record of the longest shape has text that looks like personal data
              // (an identity number, a phone number, a name): what the findings' echoes mask
              yield head + PERSONAL_LOOKING;
            }
            yield longest && head.length() < LONG_TEXT
                ? head + "x".repeat(LONG_TEXT - head.length())
                : head;
          }
        };
      }
    }

    /**
     * Adds {@link #MESSAGE_RECORDS} records made by {@code make}, fewer if the message would pass
     * {@link #messageBytes}.
     */
    private long fillTo(Message.Builder b, FieldDescriptor repeated, IntFunction<Message> make) {
      long size = 0;
      int added = 0;
      while (true) {
        Message m = make.apply(added);
        int each = CodedOutputStream.computeMessageSize(repeated.getNumber(), m);
        if (added > 0 && (size + each > messageBytes || added >= MESSAGE_RECORDS)) {
          return added;
        }
        b.addRepeatedField(repeated, m);
        size += each;
        added++;
      }
    }
  }

  // ------------------------------------------------------------------ calls

  private static final MethodDescriptor.Marshaller<byte[]> BYTES =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
          return new KnownLengthStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
          try {
            return stream.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  /** The bytes as a stream of known length, like the one a transport hands to a marshaller. */
  private static final class KnownLengthStream extends ByteArrayInputStream implements KnownLength {
    KnownLengthStream(byte[] b) {
      super(b);
    }
  }

  private static MethodDescriptor<byte[], byte[]> bytes(MethodDescriptor<?, ?> m) {
    return MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(m.getType())
        .setFullMethodName(m.getFullMethodName())
        .setRequestMarshaller(BYTES)
        .setResponseMarshaller(BYTES)
        .build();
  }

  private static CallOptions options() {
    return CallOptions.DEFAULT.withDeadlineAfter(60, TimeUnit.SECONDS);
  }

  private static Channel withLanguage(Channel channel, int seq) {
    if (seq % 2 == 0) {
      return channel;
    }
    Metadata h = new Metadata();
    h.put(Lang.ACCEPT_LANGUAGE, LANG_EN);
    return ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(h));
  }

  private static void unary(
      Channel channel,
      MethodDescriptor<?, ?> method,
      byte[] request,
      long records,
      Counter n,
      int round) {
    byte[] sent = withRequestId(request, n, round);
    n.requests++;
    n.records += records;
    n.bytes += sent.length;
    try {
      ClientCalls.blockingUnaryCall(withLanguage(channel, n.seq), bytes(method), options(), sent);
    } catch (StatusRuntimeException e) {
      n.answered(e);
    }
  }

  private static void stream(
      Channel channel, List<byte[]> messages, long records, Counter n, int round) {
    n.requests++;
    n.records += records;
    CompletableFuture<Void> answered = new CompletableFuture<>();
    StreamObserver<byte[]> in =
        ClientCalls.asyncClientStreamingCall(
            withLanguage(channel, n.seq)
                .newCall(bytes(ReportingServiceGrpc.getSubmitDailyReportMethod()), options()),
            new StreamObserver<>() {
              @Override
              public void onNext(byte[] value) {}

              @Override
              public void onError(Throwable t) {
                n.answered(t);
                answered.complete(null);
              }

              @Override
              public void onCompleted() {
                answered.complete(null);
              }
            });
    for (int i = 0; i < messages.size(); i++) {
      byte[] m = i == 0 ? withRequestId(messages.get(i), n, round) : messages.get(i);
      n.bytes += m.length;
      in.onNext(m);
    }
    in.onCompleted();
    try {
      answered.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      n.answered(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      n.answered(e);
    }
  }

  /**
   * The request with a request id of its own: field 1 of every submit request is its request_id,
   * and a later occurrence of a field replaces an earlier one when parsed.
   */
  private static byte[] withRequestId(byte[] request, Counter n, int round) {
    n.seq++;
    String id = "epar-warm-up-" + round + "-" + n.seq;
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(request.length + 40);
      out.write(request);
      CodedOutputStream c = CodedOutputStream.newInstance(out);
      c.writeString(1, id);
      c.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Null for OK or VALIDATION_FAILED, else the status code and reason. */
  private static @Nullable String unexpected(@Nullable Throwable t) {
    if (t == null) {
      return null;
    }
    EparRpcException e = EparRpcException.from(t);
    if (e.code() == Status.Code.INVALID_ARGUMENT
        && e.reason().equals(Reason.VALIDATION_FAILED.name())) {
      return null;
    }
    return e.reason().isEmpty() ? e.code().name() : e.code() + " " + e.reason();
  }
}
