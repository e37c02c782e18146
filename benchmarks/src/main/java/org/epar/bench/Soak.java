package org.epar.bench;

import io.grpc.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Progress;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Shipment;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.v1.ListSubmissionsResponse;
import org.epar.grpc.v1.Submission;

/**
 * A bounded load and soak run against a real {@code epar serve} in a child process on loopback: N
 * concurrent clients (each its own contractor and channel) for T minutes, mixing daily streams and
 * monthly reports, sequential and concurrent same-id resends and conflicting resends. It prints,
 * every interval, the calls, throughput and the server's RSS (from {@code /proc/PID/status}); at
 * the end, what the clients were told against what the server stored (listed back per contractor):
 * lost, duplicated, stored-but-unacknowledged, p50/p99 latency.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.epar.bench.Soak \
 *     --clients 50 --minutes 10 --jar epar-cli/target/epar.jar --server-heap 512m
 * </pre>
 *
 * <p>Exit code 0 when nothing was lost or duplicated and every answer was one the protocol allows,
 * 1 otherwise.
 */
public final class Soak {

  private static final PrintStream OUT = System.out;
  private static final DivisionCode DAMING = DivisionCode.of("130425");
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

  private final int clients;
  private final Duration duration;
  private final Path jar;
  private final String serverHeap;
  private final int capacity;
  private final Duration interval;
  private final String store;

  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong storeFull = new AtomicLong();
  private final AtomicLong reusedAsExpected = new AtomicLong();
  private final AtomicLong resendsMatched = new AtomicLong();
  private final Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
  private final List<long[]> latencies = new ArrayList<>();

  /** Runs the second sender of a concurrent resend. */
  private final ExecutorService seconds =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "soak-second-sender");
            t.setDaemon(true);
            return t;
          });

  private Soak(
      int clients,
      Duration duration,
      Path jar,
      String serverHeap,
      int capacity,
      Duration interval,
      String store) {
    this.store = store;
    this.clients = clients;
    this.duration = duration;
    this.jar = jar;
    this.serverHeap = serverHeap;
    this.capacity = capacity;
    this.interval = interval;
  }

  /**
   * Runs the soak.
   *
   * @param args {@code --clients N} (50), {@code --minutes T} (10, fractions allowed), {@code --jar
   *     PATH} (epar-cli/target/epar.jar), {@code --server-heap SIZE} (512m), {@code --capacity N}
   *     (the in-memory store's capacity; 10000, as {@code epar serve}), {@code --interval-seconds
   *     S} (30), {@code --store memory|h2|postgresql} (memory; h2 in a temporary {@code --data}
   *     directory; postgresql in a new database of a PostgreSQL started here with the tests'
   *     embedded binaries, passed as {@code --jdbc-url})
   * @throws Exception if the server cannot be started
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a =
        new HashMap<>(
            Map.of(
                "--clients",
                "50",
                "--minutes",
                "10",
                "--jar",
                "epar-cli/target/epar.jar",
                "--server-heap",
                "512m",
                "--capacity",
                "10000",
                "--interval-seconds",
                "30",
                "--store",
                "memory"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!a.containsKey(args[i])) {
        throw new IllegalArgumentException(
            "unknown option " + args[i] + "; options: " + a.keySet());
      }
      a.put(args[i], args[i + 1]);
    }
    Soak soak =
        new Soak(
            Integer.parseInt(a.get("--clients")),
            Duration.ofMillis((long) (Double.parseDouble(a.get("--minutes")) * 60_000)),
            Path.of(a.get("--jar")),
            a.get("--server-heap"),
            Integer.parseInt(a.get("--capacity")),
            Duration.ofSeconds(Long.parseLong(a.get("--interval-seconds"))),
            a.get("--store"));
    System.exit(soak.run() ? 0 : 1);
  }

  /** A contractor's valid credit code: 91130425MA0 + six digits + the check character. */
  static CreditCode contractor(int i) {
    String first17 = "91130425MA0" + String.format("%06d", i);
    return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
  }

  private boolean run() throws Exception {
    Path dir = Files.createTempDirectory("epar-soak");
    StringBuilder tokens = new StringBuilder("# epar soak\n");
    for (int i = 0; i < clients; i++) {
      tokens.append("soak-").append(i).append(" = ").append(contractor(i).raw()).append('\n');
    }
    Path tokensFile = dir.resolve("tokens.properties");
    Files.writeString(tokensFile, tokens, StandardCharsets.UTF_8);
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-Xmx" + serverHeap,
                "-Xss512k",
                "-XX:MaxDirectMemorySize=128m",
                "-jar",
                jar.toString(),
                "--lang",
                "en",
                "serve",
                "--port",
                "0",
                "--tokens",
                tokensFile.toString()));
    switch (store) {
      case "memory" ->
          command.addAll(
              List.of("--store", "memory", "--store-capacity", String.valueOf(capacity)));
      case "h2" -> command.addAll(List.of("--data", dir.resolve("data").toString()));
      case "postgresql" ->
          command.addAll(
              List.of(
                  "--jdbc-url",
                  org.epar.store.EmbeddedPg.url(org.epar.store.EmbeddedPg.newDatabase()),
                  "--db-user",
                  "postgres"));
      default ->
          throw new IllegalArgumentException("--store " + store + ": memory, h2 or postgresql");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(dir.resolve("serve.err").toFile());
    builder.environment().remove("EPAR_DB_PASSWORD");
    Process server = builder.start();
    int port = awaitPort(server);
    OUT.printf(
        "epar serve pid %d on 127.0.0.1:%d (-Xmx%s, store %s%s); %d clients for"
            + " %s; load average at start %s%n",
        server.pid(),
        port,
        serverHeap,
        store,
        store.equals("memory") ? String.format(" capacity %,d", capacity) : "",
        clients,
        duration,
        loadAverage());
    OUT.printf("%8s %10s %8s %10s %9s%n", "elapsed", "calls", "calls/s", "RSS MiB", "load");
    long startRss = rssKib(server.pid());
    long maxRss = startRss;
    List<Client> all = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try {
      List<CompletableFuture<Void>> running = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Client c = new Client(i, port, end);
        all.add(c);
        synchronized (latencies) {
          latencies.add(c.latency);
        }
        running.add(CompletableFuture.runAsync(c, pool));
      }
      long lastCalls = 0;
      long lastAt = start;
      while (!running.stream().allMatch(CompletableFuture::isDone)) {
        Thread.sleep(Math.min(interval.toMillis(), 1_000));
        long now = System.nanoTime();
        boolean done = running.stream().allMatch(CompletableFuture::isDone);
        if (now - lastAt >= interval.toNanos() || done) {
          long rss = rssKib(server.pid());
          maxRss = Math.max(maxRss, rss);
          long c = calls.get();
          OUT.printf(
              "%7ds %10d %8.0f %10.1f %9s%n",
              (now - start) / 1_000_000_000,
              c,
              (c - lastCalls) / ((now - lastAt) / 1e9),
              rss / 1024.0,
              loadAverage());
          lastCalls = c;
          lastAt = now;
        }
      }
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
      double seconds = (System.nanoTime() - start) / 1e9;
      return verdict(all, seconds, startRss, maxRss, rssKib(server.pid()));
    } finally {
      pool.shutdownNow();
      for (Client c : all) {
        c.client.close();
      }
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private boolean verdict(
      List<Client> all, double seconds, long startRss, long maxRss, long endRss) {
    long acknowledged = 0;
    long stored = 0;
    long lost = 0;
    long duplicated = 0;
    long unacknowledged = 0;
    for (Client c : all) {
      Map<String, List<String>> byRequestId = new HashMap<>();
      String token = "";
      do {
        ListSubmissionsResponse page = c.client.listSubmissions(1000, token);
        for (Submission s : page.getSubmissionsList()) {
          byRequestId.computeIfAbsent(s.getRequestId(), k -> new ArrayList<>()).add(s.getName());
          stored++;
        }
        token = page.getNextPageToken();
      } while (!token.isEmpty());
      acknowledged += c.acknowledged.size();
      for (Map.Entry<String, String> ack : c.acknowledged.entrySet()) {
        List<String> names = byRequestId.get(ack.getKey());
        if (names == null || !names.contains(ack.getValue())) {
          lost++;
        }
      }
      for (Map.Entry<String, List<String>> e : byRequestId.entrySet()) {
        if (e.getValue().size() > 1) {
          duplicated += e.getValue().size() - 1;
        }
        if (!c.acknowledged.containsKey(e.getKey()) && !c.unanswered.contains(e.getKey())) {
          unacknowledged++;
        }
      }
    }
    long[] merged;
    synchronized (latencies) {
      int n = 0;
      for (long[] l : latencies) {
        n += (int) Math.min(l[0], l.length - 1);
      }
      merged = new long[n];
      int k = 0;
      for (long[] l : latencies) {
        int m = (int) Math.min(l[0], l.length - 1);
        System.arraycopy(l, 1, merged, k, m);
        k += m;
      }
    }
    Arrays.sort(merged);
    OUT.println();
    OUT.printf(
        "calls %,d in %.0f s: %.1f calls/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        calls.get(),
        seconds,
        calls.get() / seconds,
        pct(merged, 0.50),
        pct(merged, 0.99),
        merged.length == 0 ? 0.0 : merged[merged.length - 1] / 1e6);
    OUT.printf(
        "acknowledged %,d, stored %,d (incl. rejected), lost %d, duplicated %d, "
            + "stored but unacknowledged %d%n",
        acknowledged, stored, lost, duplicated, unacknowledged);
    OUT.printf(
        "resends answered with the first submission %,d; conflicting resends refused "
            + "REQUEST_ID_REUSED %,d; refused STORE_FULL %,d; transport failures %,d%n",
        resendsMatched.get(), reusedAsExpected.get(), storeFull.get(), failures.get());
    OUT.printf(
        "server RSS: start %.1f MiB, max %.1f MiB, end %.1f MiB%n",
        startRss / 1024.0, maxRss / 1024.0, endRss / 1024.0);
    OUT.printf("unexpected answers: %s%n", unexpected.isEmpty() ? "none" : unexpected);
    return lost == 0 && duplicated == 0 && unexpected.isEmpty();
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private void unexpected(String what) {
    unexpected.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  /** One contractor's client, its own channel, one thread. */
  private final class Client implements Runnable {
    final int index;
    final CreditCode code;
    final EparClient client;
    final long endNanos;
    final Random random;

    /** request id → submission name the client was told. */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    /** request ids of calls that ended without an answer (deadline, transport). */
    final java.util.Set<String> unanswered = ConcurrentHashMap.newKeySet();

    /** request id → the report sent, for resends. */
    final List<Object[]> sent = new ArrayList<>();

    /** [0] = count, then nanos per call. */
    final long[] latency = new long[1 << 17];

    int serial;

    Client(int index, int port, long endNanos) {
      this.index = index;
      this.code = contractor(index);
      this.endNanos = endNanos;
      this.random = new Random(20180315L + index);
      this.client =
          EparClient.builder()
              .target("127.0.0.1:" + port)
              .credentials("soak-" + index)
              .deadline(Duration.ofSeconds(60))
              .build();
    }

    @Override
    public void run() {
      while (System.nanoTime() < endNanos) {
        int op = random.nextInt(100);
        if (op < 40) {
          fresh(daily());
        } else if (op < 70) {
          fresh(monthly(random.nextLong()));
        } else if (op < 80 && !sent.isEmpty()) {
          resendSequential();
        } else if (op < 90) {
          resendConcurrent();
        } else if (!sent.isEmpty()) {
          conflicting();
        }
      }
    }

    private Object daily() {
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(365));
      ReportingPeriod period = ReportingPeriod.parse(day.toString().replace("-", ""));
      List<Transaction> tx = new ArrayList<>();
      List<Shipment> sh = new ArrayList<>();
      List<DeviceDay> dd = new ArrayList<>();
      int n = 5 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(3)) {
          case 0 ->
              tx.add(
                  new Transaction(
                      "t" + i,
                      "site-" + index,
                      null,
                      day,
                      Direction.UPWARD,
                      Money.ofFen(100 + random.nextInt(100_000)),
                      1,
                      null,
                      null));
          case 1 ->
              sh.add(
                  new Shipment(
                      "s" + i,
                      "site-" + index,
                      "site-0",
                      code,
                      Direction.DOWNWARD,
                      day,
                      null,
                      Money.ofFen(500 + random.nextInt(5_000)),
                      null));
          default -> dd.add(new DeviceDay("dev" + i, "site-" + index, day, random.nextBoolean()));
        }
      }
      return new DailyReport(
          new ReportHeader(code, DAMING, ReportType.DAILY, period, null, null), tx, sh, dd);
    }

    private Object monthly(long salt) {
      int month = 1 + (int) Math.floorMod(salt, 12L);
      List<Disbursement> ds = new ArrayList<>();
      int n = 1 + random.nextInt(5);
      for (int i = 0; i < n; i++) {
        // about one report in ten has a negative amount: rejected (stored, VALIDATION_FAILED)
        long fen = random.nextInt(10) == 0 ? -100 : 1_000 + random.nextInt(1_000_000);
        ds.add(
            new Disbursement(
                "d" + i + "-" + Long.toHexString(salt),
                "fund-1",
                null,
                DisbursementKind.PROGRESS,
                Money.ofFen(fen),
                null,
                code));
      }
      return new MonthlyReport(
          new ReportHeader(
              code,
              DAMING,
              ReportType.MONTHLY,
              ReportingPeriod.parse(String.format("2018%02d", month)),
              null,
              null),
          new Progress(new java.math.BigDecimal("0.45"), new java.math.BigDecimal("0.30")),
          null,
          ds,
          null,
          null,
          null);
    }

    private String nextId() {
      return "soak-" + index + "-" + (serial++);
    }

    private void fresh(Object report) {
      String id = nextId();
      String name = submit(report, id);
      if (name != null) {
        sent.add(new Object[] {id, report});
      }
    }

    private void resendSequential() {
      Object[] old = sent.get(random.nextInt(sent.size()));
      String name = submit(old[1], (String) old[0]);
      if (name != null) {
        resendsMatched.incrementAndGet();
      }
    }

    private void resendConcurrent() {
      Object report = random.nextBoolean() ? daily() : monthly(random.nextLong());
      String id = nextId();
      CompletableFuture<String> other =
          CompletableFuture.supplyAsync(() -> submit(report, id), seconds);
      String mine = submit(report, id);
      String theirs = other.join();
      if (mine != null && theirs != null) {
        if (mine.equals(theirs)) {
          resendsMatched.incrementAndGet();
        } else {
          unexpected("concurrent resends answered different submissions");
        }
      }
      if (mine != null || theirs != null) {
        sent.add(new Object[] {id, report});
      }
    }

    private void conflicting() {
      Object[] old = sent.get(random.nextInt(sent.size()));
      Object other = old[1] instanceof DailyReport ? daily() : monthly(random.nextLong());
      long t0 = System.nanoTime();
      try {
        call(other, (String) old[0]);
        unexpected("a conflicting resend was accepted");
      } catch (EparRpcException e) {
        if ("REQUEST_ID_REUSED".equals(e.reason())) {
          reusedAsExpected.incrementAndGet();
        } else {
          classify(e, (String) old[0]);
        }
      } finally {
        record(t0);
      }
    }

    /**
     * Sends and records what the server answered: the submission name (accepted, or rejected and
     * stored: VALIDATION_FAILED names it), or null when nothing was stored (STORE_FULL) or no
     * answer came.
     */
    private String submit(Object report, String id) {
      long t0 = System.nanoTime();
      try {
        String name = call(report, id).getName();
        answered(id, name);
        return name;
      } catch (EparRpcException e) {
        if ("VALIDATION_FAILED".equals(e.reason())) {
          String name = e.metadata().get("submission");
          answered(id, name);
          return name;
        }
        classify(e, id);
        return null;
      } finally {
        record(t0);
      }
    }

    private void answered(String id, String name) {
      String before = acknowledged.putIfAbsent(id, name);
      if (before != null && !before.equals(name)) {
        unexpected("a resend answered another submission");
      }
    }

    private void classify(EparRpcException e, String id) {
      if ("STORE_FULL".equals(e.reason())) {
        storeFull.incrementAndGet();
      } else if (e.code() == Status.Code.UNAVAILABLE || e.code() == Status.Code.DEADLINE_EXCEEDED) {
        failures.incrementAndGet();
        unanswered.add(id);
      } else {
        unexpected(e.code() + " " + e.reason());
      }
    }

    private Submission call(Object report, String id) {
      calls.incrementAndGet();
      if (report instanceof DailyReport d) {
        return client.submitDaily(d, id);
      }
      return client.submitMonthly((MonthlyReport) report, id);
    }

    private void record(long t0) {
      long n = latency[0];
      if (n < latency.length - 1) {
        latency[(int) n + 1] = System.nanoTime() - t0;
        latency[0] = n + 1;
      }
    }
  }

  private static int awaitPort(Process server) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+) ");
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (r.readLine() != null) {
                      // keep the pipe empty
                    }
                  } catch (IOException ignored) {
                    // the server stopped
                  }
                },
                "soak-server-stdout");
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IOException("epar serve ended without listening (see its stderr)");
  }

  /** VmRSS of a process in KiB, from /proc; -1 where /proc is not available. */
  static long rssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0];
    } catch (IOException e) {
      return "?";
    }
  }
}
