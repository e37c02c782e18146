package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of issue 13: {@code epar serve --data DIR} in a child process under continuous
 * submissions (daily streams and monthly reports), killed with SIGKILL mid-stream, restarted on the
 * same directory. Every acknowledged submission is there, whole, under the same name; nothing
 * unacknowledged is there except, whole, the one in flight at the kill; resends of acknowledged
 * request ids answer the original submission.
 */
class ServeCrashTest {

  static final CreditCode CODE = CreditCode.of("91130425MA0A1B2C3P");
  static final DivisionCode DAMING = DivisionCode.of("130425");

  /** Acknowledgements to wait for before the kill. */
  static final int BEFORE_KILL = 40;

  /** What a client was told for one request id, and what it sent. */
  record Ack(String requestId, Object report, String name, Submission answer) {}

  @Test
  void sigkillUnderLoad_restart_everyAcknowledgedSubmissionIsThere(@TempDir Path dir)
      throws Exception {
    Path tokens = dir.resolve("tokens.properties");
    Files.writeString(tokens, "tok-crash = " + CODE.raw() + "\n", StandardCharsets.UTF_8);
    Path data = dir.resolve("epar-data");
    String[] serve = {
      "--lang",
      "en",
      "serve",
      "--port",
      "0",
      "--tokens",
      tokens.toString(),
      "--data",
      data.toString(),
      // durability is the point here, not the first request's JIT: start at once (the warm-up is
      // WarmUpTest's, and the Node interop suite runs epar serve with it)
      "--no-warm-up"
    };

    Map<String, Ack> acked = new ConcurrentHashMap<>();
    Map<String, Object> attempted = new ConcurrentHashMap<>();
    AtomicReference<String> inFlight = new AtomicReference<>();
    AtomicReference<Throwable> clientFailure = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();

    ChildServe first = ChildServe.start(dir.resolve("logs"), Map.of(), serve);
    try {
      int port = first.awaitPort();
      assertTrue(first.logs().contains("Submissions stored in H2 "), first::logs);
      Thread sender =
          new Thread(
              () -> {
                Random random = new Random(20180402L);
                try (EparClient c = client(port)) {
                  for (int n = 0; !stop.get(); n++) {
                    String id = "crash-" + n;
                    Object report = n % 2 == 0 ? daily(random, n) : monthly(random, n);
                    attempted.put(id, report);
                    inFlight.set(id);
                    Ack ack = submit(c, id, report);
                    if (ack == null) {
                      return; // the server is gone: this request was unanswered
                    }
                    acked.put(id, ack);
                  }
                } catch (RuntimeException | AssertionError e) {
                  clientFailure.set(e);
                }
              },
              "crash-test-sender");
      sender.setDaemon(true);
      sender.start();
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (acked.size() < BEFORE_KILL && sender.isAlive() && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertTrue(
          acked.size() >= BEFORE_KILL,
          () ->
              "only "
                  + acked.size()
                  + " acknowledged before the kill; "
                  + clientFailure.get()
                  + "\n"
                  + first.logs());
      first.kill();
      sender.join(TimeUnit.MINUTES.toMillis(2));
      stop.set(true);
      assertFalse(sender.isAlive(), "the sender ended after the kill");
      assertEquals(null, clientFailure.get(), "the sender saw only answers or a dead server");
    } finally {
      stop.set(true);
      first.close();
    }
    String lastAttempt = inFlight.get();
    assertNotNull(lastAttempt);
    assertFalse(acked.containsKey(lastAttempt), "the last request was in flight at the kill");

    try (ChildServe second = ChildServe.start(dir.resolve("logs"), Map.of(), serve)) {
      int port = second.awaitPort();
      try (EparClient c = client(port)) {
        Map<String, List<Submission>> stored = listAll(c);
        // every acknowledged submission is there, once, under the same name, whole
        for (Ack ack : acked.values()) {
          List<Submission> same = stored.get(ack.requestId());
          assertNotNull(same, () -> ack.requestId() + " was acknowledged and is lost");
          assertEquals(1, same.size(), () -> ack.requestId() + " stored more than once");
          assertEquals(ack.name(), same.get(0).getName());
          Submission got = c.getSubmission(ack.name());
          assertEquals(ack.answer(), got, () -> ack.requestId() + " reads back different");
        }
        // nothing unacknowledged is there, except the request in flight at the kill
        for (Map.Entry<String, List<Submission>> e : stored.entrySet()) {
          assertEquals(1, e.getValue().size(), () -> e.getKey() + " stored more than once");
          assertTrue(
              acked.containsKey(e.getKey()) || e.getKey().equals(lastAttempt),
              () -> e.getKey() + " is stored but was never sent or answered");
        }
        // the request in flight: stored whole (a resend answers it) or free (a resend stores it)
        List<Submission> flight = stored.get(lastAttempt);
        Ack resent = submit(c, lastAttempt, attempted.get(lastAttempt));
        assertNotNull(resent, "the in-flight request id is answered after the restart");
        if (flight != null) {
          assertEquals(flight.get(0).getName(), resent.name(), "stored whole: the same one");
          assertEquals(c.getSubmission(resent.name()), resent.answer());
        }
        // resends of acknowledged request ids return the original submission
        for (Ack ack : acked.values()) {
          Ack again = submit(c, ack.requestId(), ack.report());
          assertNotNull(again);
          assertEquals(ack.name(), again.name(), () -> "resend of " + ack.requestId());
          assertEquals(ack.answer().getContentSha256(), again.answer().getContentSha256());
          assertEquals(ack.answer().getReceiveTime(), again.answer().getReceiveTime());
        }
        int expected = acked.size() + 1;
        assertEquals(
            expected,
            listAll(c).values().stream().mapToInt(List::size).sum(),
            "acknowledged + the in-flight one, nothing else");
      }
    }
  }

  private static EparClient client(int port) {
    return EparClient.builder()
        .target("127.0.0.1:" + port)
        .credentials("tok-crash")
        .deadline(Duration.ofSeconds(60))
        .build();
  }

  /**
   * Sends one report: the acknowledgement (accepted, or rejected and stored, which
   * VALIDATION_FAILED names), or null when no answer came (the server is gone).
   */
  private static Ack submit(EparClient c, String id, Object report) {
    try {
      Submission s =
          report instanceof DailyReport d
              ? c.submitDaily(d, id)
              : c.submitMonthly((MonthlyReport) report, id);
      return new Ack(id, report, s.getName(), s);
    } catch (EparRpcException e) {
      if ("VALIDATION_FAILED".equals(e.reason())) {
        String name = e.metadata().get("submission");
        assertNotNull(name, "VALIDATION_FAILED names the stored submission");
        Submission s;
        try {
          s = c.getSubmission(name);
        } catch (EparRpcException gone) {
          return null;
        }
        return new Ack(id, report, name, s);
      }
      if (e.code() == io.grpc.Status.Code.UNAVAILABLE
          || e.code() == io.grpc.Status.Code.DEADLINE_EXCEEDED
          || e.code() == io.grpc.Status.Code.CANCELLED
          || e.code() == io.grpc.Status.Code.INTERNAL && e.reason().isEmpty()) {
        return null;
      }
      throw new AssertionError("unexpected answer " + e.code() + " " + e.reason(), e);
    } catch (io.grpc.StatusRuntimeException e) {
      return null;
    }
  }

  private static Map<String, List<Submission>> listAll(EparClient c) {
    Map<String, List<Submission>> byRequestId = new HashMap<>();
    String token = "";
    do {
      ListSubmissionsResponse page = c.listSubmissions(100, token);
      for (Submission s : page.getSubmissionsList()) {
        byRequestId.computeIfAbsent(s.getRequestId(), k -> new ArrayList<>()).add(s);
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return byRequestId;
  }

  static DailyReport daily(Random random, int n) {
    LocalDate day = LocalDate.of(2018, 1, 1).plusDays(n % 365);
    ReportingPeriod period = ReportingPeriod.parse(day.toString().replace("-", ""));
    List<Transaction> tx = new ArrayList<>();
    List<Shipment> sh = new ArrayList<>();
    List<DeviceDay> dd = new ArrayList<>();
    int records = 5 + random.nextInt(60);
    for (int i = 0; i < records; i++) {
      switch (i % 3) {
        case 0 ->
            tx.add(
                new Transaction(
                    "t" + i,
                    "site-1",
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
                    "site-1",
                    "site-0",
                    CODE,
                    Direction.DOWNWARD,
                    day,
                    null,
                    Money.ofFen(500 + random.nextInt(5_000)),
                    null));
        default -> dd.add(new DeviceDay("dev" + i, "site-1", day, random.nextBoolean()));
      }
    }
    return new DailyReport(
        new ReportHeader(CODE, DAMING, ReportType.DAILY, period, null, null), tx, sh, dd);
  }

  static MonthlyReport monthly(Random random, int n) {
    List<Disbursement> ds = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(5); i++) {
      ds.add(
          new Disbursement(
              "d" + i + "-" + n,
              "fund-1",
              null,
              DisbursementKind.PROGRESS,
              Money.ofFen(1_000 + random.nextInt(1_000_000)),
              null,
              CODE));
    }
    return new MonthlyReport(
        new ReportHeader(
            CODE,
            DAMING,
            ReportType.MONTHLY,
            ReportingPeriod.parse(String.format("2018%02d", 1 + n % 12)),
            null,
            null),
        new Progress(new BigDecimal("0.45"), new BigDecimal("0.30")),
        null,
        ds,
        null,
        null,
        null);
  }
}
