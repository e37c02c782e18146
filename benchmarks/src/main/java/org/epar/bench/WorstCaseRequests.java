package org.epar.bench;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.epar.assessment.CountyAssessor;
import org.epar.bench.ServerProcess.Cpu;
import org.epar.core.id.CreditCode;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.AnnualReport;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DailyReportEnd;
import org.epar.grpc.v1.GetAssessmentRequest;
import org.epar.grpc.v1.GetSubmissionRequest;
import org.epar.grpc.v1.ListCountyAssessmentsRequest;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.MonthlyReport;
import org.epar.grpc.v1.QuarterlyReport;
import org.epar.grpc.v1.ReportHeader;
import org.epar.grpc.v1.ReportType;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmitAnnualReportRequest;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.epar.grpc.v1.SubmitMonthlyReportResponse;
import org.epar.grpc.v1.SubmitQuarterlyReportRequest;
import org.epar.testkit.Counties;
import org.epar.validation.Profiles;
import org.jspecify.annotations.Nullable;

/**
 * Issue 12's "no request of at most the message-size limit costs more than 1 s of server CPU",
 * checked: crafted maximum-size requests for every RPC (decimals, dates, date-times and ids at and
 * past their longest in every field kind, the most records a message holds, the most map entries,
 * the longest request ids, names and page tokens, many tiny messages on one stream, a stream up to
 * the contractor's buffer limit, malformed and unknown-field bytes) sent over Netty on loopback to
 * a real {@link EparServer} in <b>its own JVM</b> (a child process started from this class path
 * with {@code --serve}: the SDK's validator with daming-2017, the in-memory store, the assessment
 * over it), each answer recorded with the server process's CPU time it cost.
 *
 * <p><b>What is measured.</b> The server process's CPU time, user + system, from {@code
 * /proc/PID/stat} (every thread of the process, those that ended included; clock ticks of 10 ms),
 * from just before a message is sent until its answer arrived and the server went quiet again (no
 * tick in 100 ms, so work that goes on after the answer counts). This client's work is not in it.
 * It is all of the server's CPU: its request threads, the JIT compilers, the garbage collector, the
 * VM thread and the JVM's other threads; the table splits it by thread name from {@code
 * /proc/PID/task/TID/stat} ({@link ServerProcess.Part}; "ended" is what threads that ended in
 * between used; the parts are read a moment apart from the total and round to ticks, so they may
 * differ from it by a few ticks). With {@code --jfr} the server records its JIT compilations,
 * deoptimizations, GC pauses and VM operations, and the table names those that fell into each
 * costly (over half the budget) message. A stream's messages are measured one by one, except for
 * streams of more than {@value #MEASURED_ONE_BY_ONE} messages, where the final {@code end} (which
 * validates and stores the whole report) is measured alone and the note gives the whole stream.
 *
 * <p><b>The server's JVM.</b> {@value #SERVER_JVM} by default: the heap fixed and touched at start,
 * so that the kernel's zeroing of new heap pages is not charged to the request that first grows the
 * heap. The server is started as {@code epar serve} starts it: with its own warm-up ({@code
 * EparServer.Builder.warmUp(true)}) before its port opens; {@code --no-warm-up} starts it without.
 * Beyond that, nothing warms the server for the harness except what it sends before the cases: 20
 * monthly reports of 4 MiB of disbursements (rejected) and 20 small daily reports, requests as any
 * running server receives.
 *
 * <p><b>Which send counts.</b> Each case is sent {@code --sends} times (default 4) with fresh
 * request ids. The table shows the first send (the JIT compiles the paths the request is the first
 * to run), the second, and the last: the verdict is on the last, what the request costs a server
 * that has run it before. The first sends' worst is printed beside it.
 *
 * <p>Run (prints a table, exits 1 when any last send costs more than the budget; Linux only):
 *
 * <pre>{@code
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar org.epar.bench.WorstCaseRequests [--budget-ms 1000] [--only TEXT] [--sends 4] [--server-jvm "FLAGS"] [--jfr] [--histogram] [--no-warm-up]
 * }</pre>
 */
public final class WorstCaseRequests {

  /** Streams with at most this many messages have each message measured alone. */
  static final int MEASURED_ONE_BY_ONE = 40;

  /** The message-size limit of the server (its default). */
  static final int LIMIT = 4 * 1024 * 1024;

  /** Room left for the request's own fields around the filled records. */
  private static final int SLACK = 4 * 1024;

  static final CreditCode CONTRACTOR =
      CreditCode.of("91130425MA0A1B2C3" + CreditCode.checkCharacter("91130425MA0A1B2C3"));
  private static final String TOKEN = "worst-contractor";
  private static final String COUNTY_TOKEN = "worst-county";
  private static final String PROVINCE_TOKEN = "worst-province";
  private static final String COUNTY = "130425";
  private static final Clock CLOCK =
      Clock.fixed(
          ZonedDateTime.of(2018, 4, 3, 10, 0, 0, 0, EparServer.CHINA).toInstant(),
          EparServer.CHINA);

  /** The longest decimal the server takes: 40 characters, exponent +30. */
  static final String DECIMAL_MAX = "9.99999999999999999999999999999999999E30";

  /** One character past the longest decimal. */
  static final String DECIMAL_TOO_LONG = "1" + "0".repeat(40);

  /**
   * What a case is expected to answer: a status code and, when not OK, the ErrorInfo reason ({@code
   * *}: any); or, for {@link #handled()}, validated and stored either way (OK, or INVALID_ARGUMENT
   * VALIDATION_FAILED: a rejected report is stored with its findings).
   */
  record Expect(String code, String reasonOrState) {
    static Expect ok(String state) {
      return new Expect("OK", state);
    }

    static Expect refused(String code, String reason) {
      return new Expect(code, reason);
    }

    static Expect handled() {
      return new Expect("VALIDATED", "*");
    }

    boolean matches(Answer a) {
      if (code.equals("VALIDATED")) {
        return a.code.equals("OK")
            || a.code.equals("INVALID_ARGUMENT") && a.detail.equals("VALIDATION_FAILED");
      }
      return code.equals(a.code) && (reasonOrState.equals("*") || reasonOrState.equals(a.detail));
    }

    @Override
    public String toString() {
      return code.equals("VALIDATED") ? "OK or VALIDATION_FAILED" : code + " " + reasonOrState;
    }
  }

  /** The answer to a request: its code and ErrorInfo reason, or OK and the submission state. */
  record Answer(String code, String detail) {
    @Override
    public String toString() {
      return code + " " + detail;
    }
  }

  /**
   * One worst case: which RPC, what it sends, the token it sends it with, and what it must answer.
   * A unary case has one message; a stream case several (built lazily: they are large).
   */
  record Case(
      String rpc, String name, String token, Supplier<List<byte[]>> messages, Expect expect) {}

  /**
   * One measured case: the costliest message of its first send (JIT compilation of new paths
   * included), of its second, and of its last send (the warm server: {@code repeat}), and the last
   * send's whole call.
   */
  record Result(
      Case c,
      long bytes,
      int messages,
      Answer answer,
      Cpu first,
      Cpu second,
      Cpu repeat,
      Cpu repeatTotal,
      String note) {}

  private final ServerProcess server;
  private final ManagedChannel channel;
  private int seq;

  /**
   * Starts the server in a child JVM with the given flags and connects to it; with {@code warmUp}
   * the server warms up before its port opens, as {@code epar serve} does by default.
   */
  WorstCaseRequests(List<String> serverJvm, boolean jfr, boolean warmUp) throws IOException {
    server = ServerProcess.start(serverJvm, jfr, warmUp ? List.of() : List.of(NO_WARM_UP));
    channel =
        Grpc.newChannelBuilder("127.0.0.1:" + server.port(), InsecureChannelCredentials.create())
            .maxInboundMessageSize(64 * 1024 * 1024)
            .build();
  }

  /**
   * The server of the harness: the SDK's validator with daming-2017, the in-memory store, the
   * county assessment over it, on a free loopback port; with {@code warmUp} (as {@code epar serve}
   * by default) the server's warm-up runs before the port opens.
   */
  static EparServer startServer(boolean warmUp) {
    InMemorySubmissionStore store = new InMemorySubmissionStore(100_000);
    CountyAssessor assessor =
        CountyAssessor.builder()
            .store(store)
            .profile(COUNTY, Profiles.builtIn(Counties.DAMING_2017))
            .programmeStart(LocalDate.of(2018, 1, 1))
            .divisionRegistry(Counties.damingRegistry())
            .build();
    return EparServer.builder()
        .listen(new InetSocketAddress("127.0.0.1", 0))
        .authenticator(
            StaticTokenAuthenticator.fromMap(
                Map.of(
                    TOKEN,
                    Principal.allScopes(CONTRACTOR),
                    COUNTY_TOKEN,
                    Principal.county(org.epar.core.id.DivisionCode.of(COUNTY)),
                    PROVINCE_TOKEN,
                    Principal.province("13"))))
        .validator(
            ProfileReportValidator.builder()
                .defaultProfile(Profiles.builtIn(Counties.DAMING_2017))
                .parallelism(1)
                .build())
        .store(store)
        .assessor(assessor.asGrpcAssessor())
        .clock(CLOCK)
        .warmUp(warmUp)
        .build()
        .start();
  }

  /** The flag that starts the server without its warm-up. */
  static final String NO_WARM_UP = "--no-warm-up";

  /**
   * The child's side ({@code --serve PORT_FILE [--no-warm-up]}): starts the server, writes its port
   * into the file, and runs until its standard input ends.
   */
  static void serve(Path portFile, boolean warmUp) throws IOException {
    EparServer s = startServer(warmUp);
    Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(tmp, String.valueOf(s.port()));
    Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
    while (System.in.read() >= 0) {
      // until the harness closes the pipe
    }
    s.close();
  }

  /** Closes the channel and ends the server process. */
  void close() {
    channel.shutdownNow();
    server.close();
  }

  /** The server JVM's flags unless {@code --server-jvm} says otherwise. */
  static final String SERVER_JVM = "-Xms6g -Xmx6g -XX:+AlwaysPreTouch";

  /**
   * Runs the harness.
   *
   * @param args {@code [--budget-ms N]} (default 1000), {@code [--only TEXT]} (the cases whose RPC
   *     and name contain it), {@code [--sends N]} (default 4, at least 2: each case is sent N
   *     times, the verdict is on the last send), {@code [--server-jvm "FLAGS"]} (the server JVM's
   *     flags, default {@value #SERVER_JVM}), {@code [--jfr]} (the server records JIT,
   *     deoptimization and GC events, summarised per measured message), {@code [--histogram]} (the
   *     server's live heap after the warm-up and after the cases, from {@code jcmd
   *     GC.class_histogram}: a full GC), {@code [--no-warm-up]} (the server opens its port without
   *     its warm-up); {@code --serve PORT_FILE [--no-warm-up]} is the server process's own mode
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("--serve")) {
      serve(Path.of(args[1]), !(args.length == 3 && args[2].equals(NO_WARM_UP)));
      System.exit(0);
    }
    long budgetMs = 1000;
    String only = "";
    int sends = 4;
    String serverJvm = SERVER_JVM;
    boolean jfr = false;
    boolean histogram = false;
    boolean warmUp = true;
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals(NO_WARM_UP)) {
        warmUp = false;
        i--;
      } else if (args[i].equals("--jfr")) {
        jfr = true;
        i--;
      } else if (args[i].equals("--histogram")) {
        histogram = true;
        i--;
      } else if (i + 1 < args.length && args[i].equals("--budget-ms")) {
        budgetMs = Long.parseLong(args[i + 1]);
      } else if (i + 1 < args.length && args[i].equals("--only")) {
        only = args[i + 1];
      } else if (i + 1 < args.length && args[i].equals("--sends")) {
        sends = Math.max(2, Integer.parseInt(args[i + 1]));
      } else if (i + 1 < args.length && args[i].equals("--server-jvm")) {
        serverJvm = args[i + 1];
      } else {
        System.err.println(
            "usage: WorstCaseRequests [--budget-ms N] [--only TEXT] [--sends N]"
                + " [--server-jvm \"FLAGS\"] [--jfr] [--histogram] [--no-warm-up]");
        System.exit(2);
      }
    }
    List<String> flags =
        Arrays.stream(serverJvm.trim().split("\\s+")).filter(f -> !f.isEmpty()).toList();
    WorstCaseRequests h = new WorstCaseRequests(flags, jfr, warmUp);
    System.out.printf(
        Locale.ROOT,
        "server process pid %d (%s): %s%nits output, error output and recording in %s; load"
            + " average at start %s%n",
        h.server.pid(),
        warmUp ? "warmed up before its port opened" : "without its warm-up",
        String.join(" ", h.server.command()),
        h.server.dir(),
        loadAverage());
    List<Result> results = new ArrayList<>();
    try {
      h.warmUp();
      if (histogram) {
        System.out.println("server heap after the warm-up: " + h.server.liveHeap());
      }
      for (Case c : cases()) {
        if (!(c.rpc() + " " + c.name()).contains(only)) {
          continue;
        }
        Result r = h.run(c, sends);
        results.add(r);
        System.err.printf(
            Locale.ROOT,
            "%-22s %-56s first %,6.0f ms, last %,6.0f ms (app %,.0f, JIT %,.0f, GC %,.0f, VM"
                + " %,.0f, ended %,.0f; top %s)%n",
            c.rpc(),
            c.name(),
            r.first().process() / 1e6,
            r.repeat().process() / 1e6,
            r.repeat().part(ServerProcess.Part.APP) / 1e6,
            r.repeat().part(ServerProcess.Part.JIT) / 1e6,
            r.repeat().part(ServerProcess.Part.GC) / 1e6,
            r.repeat().part(ServerProcess.Part.VM) / 1e6,
            r.repeat().ended() / 1e6,
            r.repeat().top());
      }
      if (histogram) {
        System.out.println("server heap after the cases: " + h.server.liveHeap());
      }
    } finally {
      h.close();
    }
    ServerEvents events = null;
    if (jfr) {
      events = ServerEvents.read(h.server.jfr());
    }
    System.out.printf(Locale.ROOT, "load average at the end %s%n", loadAverage());
    boolean over = print(results, budgetMs * 1_000_000L, events);
    System.exit(over ? 1 : 0);
  }

  /** The 1-, 5- and 15-minute load averages, from /proc/loadavg. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "n/a";
    }
  }

  /**
   * Prints the table; true when the last send of a case (the warm server) cost the server process
   * more than the budget or a case answered other than expected.
   */
  static boolean print(List<Result> results, long budgetNanos, @Nullable ServerEvents events) {
    System.out.println(
        "| RPC | worst case | request bytes | messages | answer | first send (ms) | second send"
            + " (ms) | last send (ms) | last send: application threads | JIT | GC | VM thread |"
            + " JVM other | ended threads | costliest thread | whole call, last send (ms) | |");
    System.out.println(
        "|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
    boolean bad = false;
    long worst = 0;
    long worstFirst = 0;
    long worstSecond = 0;
    long worstWithoutJit = 0;
    long worstApp = 0;
    for (Result r : results) {
      boolean over = r.repeat.process() > budgetNanos;
      boolean unexpected = !r.c.expect().matches(r.answer);
      bad |= over || unexpected;
      worst = Math.max(worst, r.repeat.process());
      worstFirst = Math.max(worstFirst, r.first.process());
      worstSecond = Math.max(worstSecond, r.second.process());
      worstWithoutJit =
          Math.max(worstWithoutJit, r.repeat.process() - r.repeat.part(ServerProcess.Part.JIT));
      worstApp = Math.max(worstApp, r.repeat.part(ServerProcess.Part.APP));
      String note = r.note;
      if (events != null && (over || r.repeat.process() > budgetNanos / 2)) {
        note = (note.isEmpty() ? "" : note + "; ") + events.between(r.repeat.from(), r.repeat.to());
      }
      if (events != null && r.first.process() > budgetNanos / 2) {
        note =
            (note.isEmpty() ? "" : note + "; ")
                + "first send: "
                + events.between(r.first.from(), r.first.to());
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %,d | %,d | %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f |"
              + " %,.0f | %,.0f | %s | %,.0f | %s |%n",
          r.c.rpc(),
          r.c.name(),
          r.bytes,
          r.messages,
          r.answer,
          r.first.process() / 1e6,
          r.second.process() / 1e6,
          r.repeat.process() / 1e6,
          r.repeat.part(ServerProcess.Part.APP) / 1e6,
          r.repeat.part(ServerProcess.Part.JIT) / 1e6,
          r.repeat.part(ServerProcess.Part.GC) / 1e6,
          r.repeat.part(ServerProcess.Part.VM) / 1e6,
          r.repeat.part(ServerProcess.Part.JVM) / 1e6,
          r.repeat.ended() / 1e6,
          r.repeat.top(),
          r.repeatTotal.process() / 1e6,
          (over ? "OVER BUDGET " : "")
              + (unexpected ? "UNEXPECTED (wanted " + r.c.expect() + ") " : "")
              + note);
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d cases; costliest message of a warm server (last sends) %,.0f ms of the server"
            + " process's CPU (first sends, JIT included: %,.0f ms; second sends: %,.0f ms);"
            + " budget %,d ms: %s%n"
            + "(for attribution only, not the verdict: the costliest last send without the JIT"
            + " compiler threads %,.0f ms, the application threads' costliest %,.0f ms)%n",
        results.size(),
        worst / 1e6,
        worstFirst / 1e6,
        worstSecond / 1e6,
        budgetNanos / 1_000_000,
        bad ? "FAILED" : "met",
        worstWithoutJit / 1e6,
        worstApp / 1e6);
    return bad;
  }

  // ------------------------------------------------------------------------ the cases

  /**
   * Every worst case, in the order they run (later cases read what earlier ones stored).
   *
   * @return the cases
   */
  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    Map<String, HostileMessages.Fill> fills = fills();
    Expect malformed = Expect.refused("INVALID_ARGUMENT", "MALFORMED_MESSAGE");
    Expect anyOk = Expect.handled();
    Expect malformedField = Expect.refused("INVALID_ARGUMENT", "MALFORMED_FIELD");
    // ---- assessments first, over the warm-up's reports: an assessment reads every report of the
    // county, so its cost grows with the county's stored data, not with the request (docs/
    // performance.md gives the figure after the hostile reports below are stored)
    out.add(
        new Case(
            "GetAssessment",
            "the county (the warm-up's 40 small reports)",
            COUNTY_TOKEN,
            () ->
                List.of(
                    GetAssessmentRequest.newBuilder()
                        .setCounty(COUNTY)
                        .setAsOf("2018-04-03")
                        .build()
                        .toByteArray()),
            anyOk));
    out.add(
        new Case(
            "GetAssessment",
            "county and as_of of 2 MiB each",
            COUNTY_TOKEN,
            () ->
                List.of(
                    GetAssessmentRequest.newBuilder()
                        .setCounty("1".repeat(LIMIT / 2 - SLACK))
                        .setAsOf("2".repeat(LIMIT / 2 - SLACK))
                        .build()
                        .toByteArray()),
            Expect.refused("INVALID_ARGUMENT", "*")));
    out.add(
        new Case(
            "ListCountyAssessments",
            "page_size 1000, province token",
            PROVINCE_TOKEN,
            () ->
                List.of(
                    ListCountyAssessmentsRequest.newBuilder()
                        .setPageSize(1000)
                        .setAsOf("2018-04-03")
                        .build()
                        .toByteArray()),
            anyOk));
    out.add(
        new Case(
            "ListCountyAssessments",
            "page_token of 4 MiB",
            PROVINCE_TOKEN,
            () ->
                List.of(
                    ListCountyAssessmentsRequest.newBuilder()
                        .setPageToken("B".repeat(LIMIT - SLACK))
                        .build()
                        .toByteArray()),
            Expect.refused("INVALID_ARGUMENT", "INVALID_PAGE_TOKEN")));
    // ---- monthly: each record list filled to the limit, with each fill
    for (String list : List.of("disbursements", "training_sessions", "attendances", "sites")) {
      for (var fill : fills.entrySet()) {
        // an over-long value is refused where the record has a field of its kind (an attendance
        // has neither a decimal nor a date: there the fill is plain text)
        com.google.protobuf.Descriptors.Descriptor record =
            MonthlyReport.getDescriptor().findFieldByName(list).getMessageType();
        Expect e =
            fill.getKey().equals("over-long dates")
                        && HostileMessages.has(record, HostileMessages.Kind.DATE, 2)
                    || fill.getKey().equals("over-long decimals")
                        && HostileMessages.has(record, HostileMessages.Kind.DECIMAL, 2)
                ? malformedField
                : anyOk;
        out.add(
            new Case(
                "SubmitMonthlyReport",
                list + " to the limit, " + fill.getKey(),
                TOKEN,
                () -> List.of(monthly(list, fill.getValue())),
                e));
      }
    }
    out.add(
        new Case(
            "SubmitMonthlyReport",
            "one decimal of 3,000,000 digits",
            TOKEN,
            () -> List.of(monthlyOneField("9".repeat(3_000_000))),
            malformedField));
    out.add(
        new Case(
            "SubmitMonthlyReport",
            "request_id of 4 MiB",
            TOKEN,
            () ->
                List.of(
                    SubmitMonthlyReportRequest.newBuilder()
                        .setRequestId("r".repeat(LIMIT - SLACK))
                        .setReport(
                            MonthlyReport.newBuilder()
                                .setHeader(header(ReportType.REPORT_TYPE_MONTHLY, "201803")))
                        .build()
                        .toByteArray()),
            Expect.refused("INVALID_ARGUMENT", "*")));
    out.add(
        new Case(
            "SubmitMonthlyReport",
            "1,048,576 nested unclosed groups (malformed)",
            TOKEN,
            () -> List.of(HostileMessages.nestedGroups(1 << 20)),
            Expect.refused("INVALID_ARGUMENT", "MALFORMED_MESSAGE")));
    out.add(
        new Case(
            "SubmitMonthlyReport",
            "4 MiB of 0xFF bytes (malformed)",
            TOKEN,
            () -> {
              byte[] b = new byte[LIMIT - SLACK];
              Arrays.fill(b, (byte) 0xFF);
              return List.of(b);
            },
            Expect.refused("INVALID_ARGUMENT", "MALFORMED_MESSAGE")));
    out.add(
        new Case(
            "SubmitMonthlyReport",
            "valid report + one unknown field of 4 MiB",
            TOKEN,
            () ->
                List.of(
                    HostileMessages.withUnknownField(
                        monthlyRequest(
                                MonthlyReport.newBuilder()
                                    .setHeader(header(ReportType.REPORT_TYPE_MONTHLY, "201803"))
                                    .build())
                            .toByteArray(),
                        LIMIT - 2 * SLACK)),
            anyOk));
    // ---- quarterly and annual: every field filled (nested three deep), long text
    out.add(
        new Case(
            "SubmitQuarterlyReport",
            "every field, text of 1 MiB each",
            TOKEN,
            () -> List.of(quarterly(fills.get("long text"), 1 << 20)),
            anyOk));
    out.add(
        new Case(
            "SubmitAnnualReport",
            "every field, text of 256 KiB each",
            TOKEN,
            () -> List.of(annual(fills.get("long text"), 256 * 1024, 0, 0)),
            anyOk));
    out.add(
        new Case(
            "SubmitAnnualReport",
            "indicators: most entries (tiny keys, longest decimals)",
            TOKEN,
            () -> List.of(annual(fills.get("max valid"), 16, 200_000, 8)),
            anyOk));
    out.add(
        new Case(
            "SubmitAnnualReport",
            "indicators: 64 keys of 64 KiB of digits",
            TOKEN,
            () -> List.of(annual(fills.get("max valid"), 16, 60, 64 * 1024)),
            anyOk));
    out.add(
        new Case(
            "SubmitAnnualReport",
            "indicators: decimals one past the longest",
            TOKEN,
            () -> List.of(annual(fills.get("over-long decimals"), 16, 100_000, 8)),
            malformedField));
    // ---- daily streams
    for (String list : List.of("transactions", "shipments", "device_days")) {
      for (String fill : List.of("max valid", "long text", "digit runs")) {
        out.add(
            new Case(
                "SubmitDailyReport",
                "one batch of " + list + " to the limit, " + fill,
                TOKEN,
                () -> daily(list, fills.get(fill), 1, 1),
                anyOk));
      }
    }
    out.add(
        new Case(
            "SubmitDailyReport",
            "15 batches of 4 MiB (60 MiB: the contractor's buffer), texts of 512 characters"
                + " (within the 50,000-record limit)",
            TOKEN,
            // 512-character texts make a transaction about 1.5 KiB, so 15 full batches hold fewer
            // records than the stream limit (with 64-character texts they hold more than 50,000,
            // and the stream is refused TOO_MANY_RECORDS, as the 50,001-message case checks)
            () -> daily("transactions", fill(DECIMAL_MAX, "2018-03-02", 512), 15, 1),
            anyOk));
    out.add(
        new Case(
            "SubmitDailyReport",
            "50,000 messages of one device day each (the default maxRecordsPerStream)",
            TOKEN,
            () ->
                daily(
                    "device_days",
                    fills.get("max valid"),
                    EparServer.DEFAULT_MAX_RECORDS_PER_STREAM,
                    0),
            anyOk));
    out.add(
        new Case(
            "SubmitDailyReport",
            "50,001 messages of one device day each (one past the limit)",
            TOKEN,
            () ->
                daily(
                    "device_days",
                    fills.get("max valid"),
                    EparServer.DEFAULT_MAX_RECORDS_PER_STREAM + 1,
                    0),
            Expect.refused("RESOURCE_EXHAUSTED", "TOO_MANY_RECORDS")));
    out.add(
        new Case(
            "SubmitDailyReport",
            "one batch of transactions, over-long dates",
            TOKEN,
            () -> daily("transactions", fills.get("over-long dates"), 1, 1),
            malformedField));
    // ---- reads
    out.add(
        new Case(
            "GetSubmission",
            "name of 4 MiB",
            TOKEN,
            () ->
                List.of(
                    GetSubmissionRequest.newBuilder()
                        .setName("submissions/" + "9".repeat(LIMIT - SLACK))
                        .build()
                        .toByteArray()),
            // a well-formed name of no stored submission: NOT_FOUND, as docs/protocol.md says
            // (one map lookup; the id is compared, not parsed)
            Expect.refused("NOT_FOUND", "SUBMISSION_NOT_FOUND")));
    out.add(
        new Case(
            "ListSubmissions",
            "page_size 1000 over everything stored",
            TOKEN,
            () ->
                List.of(
                    ListSubmissionsRequest.newBuilder().setPageSize(1000).build().toByteArray()),
            anyOk));
    out.add(
        new Case(
            "ListSubmissions",
            "page_token of 4 MiB",
            TOKEN,
            () ->
                List.of(
                    ListSubmissionsRequest.newBuilder()
                        .setPageToken("A".repeat(LIMIT - SLACK))
                        .build()
                        .toByteArray()),
            Expect.refused("INVALID_ARGUMENT", "INVALID_PAGE_TOKEN")));
    return out;
  }

  /** The fills, by name: how every string field of a kind is written. */
  static Map<String, HostileMessages.Fill> fills() {
    Map<String, HostileMessages.Fill> m = new LinkedHashMap<>();
    m.put("max valid", fill(DECIMAL_MAX, "2018-03-02", 64));
    m.put("long text", fill(DECIMAL_MAX, "2018-03-02", 64 * 1024));
    m.put("digit runs", digitRuns());
    m.put("over-long decimals", fill(DECIMAL_TOO_LONG, "2018-03-02", 16));
    m.put("over-long dates", fill(DECIMAL_MAX, "+99999999-03-02", 16));
    return m;
  }

  private static HostileMessages.Fill fill(String decimal, String date, int textChars) {
    return (kind, field, index) ->
        switch (kind) {
          case DECIMAL -> decimal;
          case DATE -> date;
          case DATE_TIME -> "2018-03-02T10:00:00.123456789+08:00";
          case PERIOD -> "201803";
          case TEXT -> text(field, index, textChars);
        };
  }

  /** Text fields made of citizen-id-, phone- and name-like runs (the masking's input), 8 KiB. */
  private static HostileMessages.Fill digitRuns() {
    String run = "11010119900307123X 13800138000 张三丰 ".repeat(256);
    return (kind, field, index) ->
        switch (kind) {
          case DECIMAL -> DECIMAL_MAX;
          case DATE -> "2018-03-02";
          case DATE_TIME -> "2018-03-02T10:00:00+08:00";
          case PERIOD -> "201803";
          case TEXT -> index + run;
        };
  }

  private static String text(FieldDescriptor field, int index, int chars) {
    String head = field.getName() + "-" + index + "-";
    return chars <= head.length() ? head : head + "x".repeat(chars - head.length());
  }

  static ReportHeader header(ReportType type, String period) {
    return ReportHeader.newBuilder()
        .setReporter(CONTRACTOR.raw())
        .setScope(COUNTY)
        .setType(type)
        .setPeriod(period)
        .build();
  }

  private String requestId() {
    return "worst-" + (++seq);
  }

  private static SubmitMonthlyReportRequest monthlyRequest(MonthlyReport r) {
    return SubmitMonthlyReportRequest.newBuilder().setRequestId(RID).setReport(r).build();
  }

  /** Replaced by a fresh request id when sent (see {@link #withRequestId}). */
  private static final String RID = "worst-case-request-id";

  private static byte[] monthly(String list, HostileMessages.Fill fill) {
    MonthlyReport.Builder b =
        MonthlyReport.newBuilder().setHeader(header(ReportType.REPORT_TYPE_MONTHLY, "201803"));
    FieldDescriptor f = MonthlyReport.getDescriptor().findFieldByName(list);
    HostileMessages.fillTo(
        b, f, i -> HostileMessages.record(b.newBuilderForField(f), fill, i, 2), LIMIT - SLACK);
    return monthlyRequest(b.build()).toByteArray();
  }

  private static byte[] monthlyOneField(String decimal) {
    MonthlyReport r =
        MonthlyReport.newBuilder()
            .setHeader(header(ReportType.REPORT_TYPE_MONTHLY, "201803"))
            .setProgress(
                org.epar.grpc.v1.Progress.newBuilder()
                    .setConstruction(decimal)
                    .setDisbursement("0.5"))
            .build();
    return monthlyRequest(r).toByteArray();
  }

  private static byte[] quarterly(HostileMessages.Fill fill, int textChars) {
    QuarterlyReport.Builder b = QuarterlyReport.newBuilder();
    HostileMessages.record(b, shortText(fill, textChars), 0, 3);
    b.setHeader(header(ReportType.REPORT_TYPE_QUARTERLY, "2018Q1"));
    return SubmitQuarterlyReportRequest.newBuilder()
        .setRequestId(RID)
        .setReport(b.build())
        .build()
        .toByteArray();
  }

  private static byte[] annual(
      HostileMessages.Fill fill, int textChars, int indicators, int keyChars) {
    AnnualReport.Builder b = AnnualReport.newBuilder();
    HostileMessages.record(b, shortText(fill, textChars), 0, 3);
    b.setHeader(header(ReportType.REPORT_TYPE_ANNUAL, "2017"));
    if (indicators > 0) {
      b.clearIndicators();
      String decimal = fill.text(HostileMessages.Kind.DECIMAL, null, 0);
      long size = b.build().getSerializedSize();
      for (int i = 0; i < indicators && size < LIMIT - 2 * SLACK; i++) {
        String key = i + "-" + "1".repeat(Math.max(0, keyChars - 8));
        b.putIndicators(key, decimal);
        size += key.length() + decimal.length() + 8;
      }
    }
    return SubmitAnnualReportRequest.newBuilder()
        .setRequestId(RID)
        .setReport(b.build())
        .build()
        .toByteArray();
  }

  /** The fill with its text cut or padded to {@code chars} (a quarterly report has one record). */
  private static HostileMessages.Fill shortText(HostileMessages.Fill fill, int chars) {
    return (kind, field, index) -> {
      String t = fill.text(kind, field, index);
      if (kind != HostileMessages.Kind.TEXT) {
        return t;
      }
      return t.length() >= chars ? t.substring(0, chars) : t + "y".repeat(chars - t.length());
    };
  }

  /**
   * A daily stream: the header, {@code batches} batches (each filled to the limit when {@code full}
   * is 1, else one record each) and the end with the right count and digest.
   */
  private static List<byte[]> daily(String list, HostileMessages.Fill fill, int batches, int full) {
    List<byte[]> out = new ArrayList<>(batches + 2);
    out.add(
        SubmitDailyReportRequest.newBuilder()
            .setRequestId(RID)
            .setHeader(header(ReportType.REPORT_TYPE_DAILY, "20180402"))
            .build()
            .toByteArray());
    MessageDigest sha = sha256();
    long records = 0;
    FieldDescriptor f = DailyRecordBatch.getDescriptor().findFieldByName(list);
    int index = 0;
    for (int i = 0; i < batches; i++) {
      DailyRecordBatch.Builder b = DailyRecordBatch.newBuilder();
      final int from = index;
      HostileDaily fillDaily = new HostileDaily(fill);
      if (full == 1) {
        records +=
            HostileMessages.fillTo(
                b,
                f,
                j -> HostileMessages.record(b.newBuilderForField(f), fillDaily, from + j, 2),
                LIMIT - SLACK);
      } else {
        b.addRepeatedField(f, HostileMessages.record(b.newBuilderForField(f), fillDaily, from, 2));
        records++;
      }
      index += b.getTransactionsCount() + b.getShipmentsCount() + b.getDeviceDaysCount();
      DailyRecordBatch batch = b.build();
      sha.update(batch.toByteArray());
      out.add(
          SubmitDailyReportRequest.newBuilder()
              .setRequestId(RID)
              .setBatch(batch)
              .build()
              .toByteArray());
    }
    out.add(
        SubmitDailyReportRequest.newBuilder()
            .setRequestId(RID)
            .setEnd(
                DailyReportEnd.newBuilder()
                    .setRecordCount(records)
                    .setRecordsSha256(HexFormat.of().formatHex(sha.digest())))
            .build()
            .toByteArray());
    return out;
  }

  /** A daily record's dates are the report's day. */
  private record HostileDaily(HostileMessages.Fill fill) implements HostileMessages.Fill {
    @Override
    public String text(HostileMessages.Kind kind, FieldDescriptor field, int index) {
      String t = fill.text(kind, field, index);
      return kind == HostileMessages.Kind.DATE && t.equals("2018-03-02") ? "2018-04-02" : t;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------------ running

  /** Sends a few ordinary requests of every kind so that class loading and JIT are not measured. */
  void warmUp() {
    for (int i = 0; i < 20; i++) {
      send(
          "SubmitMonthlyReport",
          TOKEN,
          List.of(monthly("disbursements", fill(DECIMAL_MAX, "2018-03-02", 16))),
          false);
      send(
          "SubmitDailyReport", TOKEN, daily("transactions", fills().get("max valid"), 2, 0), false);
    }
  }

  /**
   * Sends one case {@code sends} times (fresh request ids) and measures every send: the first (new
   * code paths compiled while it runs), the second, and the last (the warm server, where the JIT
   * has compiled what the request runs; the verdict).
   */
  Result run(Case c, int sends) {
    List<byte[]> messages = c.messages().get();
    long bytes = messages.stream().mapToLong(m -> m.length).sum();
    Measured first = send(c.rpc(), c.token(), messages, true);
    Measured second = send(c.rpc(), c.token(), messages, true);
    Measured repeat = second;
    for (int i = 2; i < sends; i++) {
      repeat = send(c.rpc(), c.token(), messages, true);
    }
    String note = repeat.note;
    if (!first.answer.equals(repeat.answer)) {
      note = "first answer " + first.answer + "; " + note;
    }
    return new Result(
        c,
        bytes,
        messages.size(),
        repeat.answer,
        first.maxMessage,
        second.maxMessage,
        repeat.maxMessage,
        repeat.total,
        note);
  }

  private record Measured(Answer answer, Cpu maxMessage, Cpu total, String note) {}

  private Measured send(String rpc, String token, List<byte[]> messages, boolean measure) {
    Channel ch =
        ClientInterceptors.intercept(
            channel, MetadataUtils.newAttachHeadersInterceptor(bearer(token)));
    String rid = requestId();
    List<byte[]> sent = messages.stream().map(b -> withRequestId(rpc, b, rid)).toList();
    if (!rpc.equals("SubmitDailyReport")) {
      ServerProcess.Reading before = measure ? server.quiet() : null;
      Answer a;
      try {
        byte[] response =
            ClientCalls.blockingUnaryCall(
                ch,
                method(rpc, MethodDescriptor.MethodType.UNARY),
                CallOptions.DEFAULT.withDeadlineAfter(120, TimeUnit.SECONDS),
                sent.get(0));
        a = ok(rpc, response);
      } catch (StatusRuntimeException e) {
        a = refused(e);
      }
      Cpu cost = before != null ? since(before) : Cpu.ZERO;
      return new Measured(a, cost, cost, "");
    }
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    StreamObserver<byte[]> out =
        ClientCalls.asyncClientStreamingCall(
            ch.newCall(
                method(rpc, MethodDescriptor.MethodType.CLIENT_STREAMING),
                CallOptions.DEFAULT.withDeadlineAfter(600, TimeUnit.SECONDS)),
            new StreamObserver<>() {
              @Override
              public void onNext(byte[] value) {
                answer.complete(ok(rpc, value));
              }

              @Override
              public void onError(Throwable t) {
                answer.complete(
                    t instanceof StatusRuntimeException e
                        ? refused(e)
                        : new Answer("CLIENT", t.getClass().getSimpleName()));
              }

              @Override
              public void onCompleted() {
                answer.complete(new Answer("OK", "?"));
              }
            });
    if (!measure) {
      sent.forEach(out::onNext);
      out.onCompleted();
      return new Measured(await(answer), Cpu.ZERO, Cpu.ZERO, "");
    }
    ServerProcess.Reading start = server.quiet();
    Cpu maxMessage = Cpu.ZERO;
    boolean oneByOne = sent.size() <= MEASURED_ONE_BY_ONE;
    for (int i = 0; i < sent.size() - 1; i++) {
      ServerProcess.Reading before = oneByOne ? server.quiet() : null;
      out.onNext(sent.get(i));
      if (before != null) {
        maxMessage = Cpu.max(maxMessage, since(before));
      }
    }
    ServerProcess.Reading beforeEnd = server.quiet();
    out.onNext(sent.get(sent.size() - 1));
    out.onCompleted();
    Answer a = await(answer);
    ServerProcess.Reading after = server.quiet();
    Cpu end = Cpu.between(beforeEnd, after);
    Cpu total = Cpu.between(start, after);
    maxMessage = Cpu.max(maxMessage, end);
    String note = "";
    if (!oneByOne) {
      long average = total.process() / sent.size();
      note =
          String.format(
              Locale.ROOT,
              "the end alone; the whole stream %,.0f ms, %,.3f ms per message",
              total.process() / 1e6,
              average / 1e6);
    }
    return new Measured(a, maxMessage, total, note);
  }

  private static Answer await(CompletableFuture<Answer> f) {
    try {
      return f.get(600, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer("CLIENT", "interrupted");
    } catch (ExecutionException | TimeoutException e) {
      return new Answer("CLIENT", e.getClass().getSimpleName());
    }
  }

  /**
   * The request with its request_id set to a fresh one: every submit request built here starts with
   * field 1, the placeholder {@link #RID}; other bytes (a case's own request id, malformed bytes)
   * are sent as built.
   */
  private static byte[] withRequestId(String rpc, byte[] request, String rid) {
    byte[] old = SubmitMonthlyReportRequest.newBuilder().setRequestId(RID).build().toByteArray();
    if (!rpc.startsWith("Submit")
        || request.length < old.length
        || !Arrays.equals(request, 0, old.length, old, 0, old.length)) {
      return request;
    }
    byte[] head = SubmitMonthlyReportRequest.newBuilder().setRequestId(rid).build().toByteArray();
    byte[] out = new byte[request.length - old.length + head.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(request, old.length, out, head.length, request.length - old.length);
    return out;
  }

  private static Answer ok(String rpc, byte[] response) {
    if (!rpc.startsWith("Submit")) {
      return new Answer("OK", "-");
    }
    try {
      // every Submit*Response is {Submission submission = 1}
      SubmitMonthlyReportResponse r = SubmitMonthlyReportResponse.parseFrom(response);
      return new Answer("OK", r.getSubmission().getState().name().replace("SUBMISSION_STATE_", ""));
    } catch (InvalidProtocolBufferException e) {
      return new Answer("CLIENT", "unreadable response");
    }
  }

  private static Answer refused(StatusRuntimeException e) {
    com.google.rpc.Status s = StatusProto.fromThrowable(e);
    String reason = "-";
    if (s != null) {
      for (com.google.protobuf.Any any : s.getDetailsList()) {
        if (any.is(ErrorInfo.class)) {
          try {
            reason = any.unpack(ErrorInfo.class).getReason();
          } catch (InvalidProtocolBufferException ignored) {
            reason = "unreadable ErrorInfo";
          }
        }
      }
    }
    return new Answer(e.getStatus().getCode().name(), reason);
  }

  private static Metadata bearer(String token) {
    Metadata h = new Metadata();
    h.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    return h;
  }

  private static MethodDescriptor<byte[], byte[]> method(
      String rpc, MethodDescriptor.MethodType type) {
    return MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(type)
        .setFullMethodName(
            MethodDescriptor.generateFullMethodName(ReportingServiceGrpc.SERVICE_NAME, rpc))
        .setRequestMarshaller(BYTES)
        .setResponseMarshaller(BYTES)
        .build();
  }

  private static final MethodDescriptor.Marshaller<byte[]> BYTES =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
          return new ByteArrayInputStream(value);
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

  /** The server process's CPU since {@code from}, read once it went quiet. */
  private Cpu since(ServerProcess.Reading from) {
    return Cpu.between(from, server.quiet());
  }
}
