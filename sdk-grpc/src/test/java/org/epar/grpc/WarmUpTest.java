package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.inprocess.InProcessChannelBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epar.core.id.CreditCode;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.v1.Submission;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warm-up of {@link EparServer.Builder#warmUp(boolean)}: it runs every report type through the
 * real validator and answers (no call refused before validation), and leaves every observable as a
 * server without it: nothing stored, the first request ids of a contractor still fresh, its stream
 * slots all free, one INFO line.
 */
class WarmUpTest {

  private static final Pattern LINE =
      Pattern.compile("warm-up: (\\d+) validate-only calls .*\\((\\d+) records, (\\d+) KiB");

  private static final Pattern ROUNDS =
      Pattern.compile("(\\d+) rounds, JIT compilation per round \\[([-0-9, ]+)\\] ms");

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  /** The in-memory store, counting every write and every read the server makes. */
  static final class CountingStore extends ForwardingStore {
    final AtomicInteger puts = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();

    CountingStore() {
      super(new InMemorySubmissionStore(100));
    }

    @Override
    public StoredSubmission putIfAbsent(StoredSubmission s) {
      puts.incrementAndGet();
      return inner.putIfAbsent(s);
    }

    @Override
    public Optional<StoredSubmission> findByRequestId(CreditCode contractor, String requestId) {
      lookups.incrementAndGet();
      return inner.findByRequestId(contractor, requestId);
    }
  }

  private String serve(CountingStore store, boolean warmUp) {
    return serve(store, warmUp, 1, 1);
  }

  private String serve(CountingStore store, boolean warmUp, int rounds, int maxRounds) {
    return serve(store, warmUp, rounds, maxRounds, 4 * 1024 * 1024);
  }

  private String serve(
      CountingStore store, boolean warmUp, int rounds, int maxRounds, int maxMessageBytes) {
    String name = "warm-up-" + UUID.randomUUID();
    EparServer server =
        EparServer.builder()
            .inProcess(name)
            .authenticator(Fixtures.authenticator())
            .validator(
                ProfileReportValidator.builder()
                    .profile(Fixtures.DAMING, Profiles.builtIn("daming-2017"))
                    .build())
            .store(store)
            .clock(Fixtures.CLOCK)
            .maxStreamsPerContractor(1)
            .maxInboundMessageSize(maxMessageBytes)
            .warmUp(warmUp)
            .warmUpRounds(rounds, maxRounds)
            .build()
            .start();
    open.add(server);
    return name;
  }

  private EparClient client(String name) {
    EparClient c =
        EparClient.builder()
            .channel(InProcessChannelBuilder.forName(name).build())
            .credentials(Fixtures.TOKEN_A)
            .build();
    open.add(0, c);
    return c;
  }

  @Test
  void warmUp_validatesEveryReportType_storesNothing_andLogsOneLine() {
    CountingStore store = new CountingStore();
    String log;
    try (LogCapture capture = new LogCapture()) {
      serve(store, true);
      log = capture.text();
    }
    Matcher m = LINE.matcher(log);
    assertTrue(m.find(), log);
    int calls = Integer.parseInt(m.group(1));
    assertTrue(calls >= 20, "every type and list, both shapes: " + calls);
    assertTrue(Long.parseLong(m.group(2)) > 50_000, "records: " + m.group(2));
    assertFalse(m.find(), "one line: " + log);
    // every call reached the validator and was answered OK or VALIDATION_FAILED: no call stopped
    // at the mapping, the header or the request checks
    assertFalse(log.contains("answered other than"), log);
    // the service logged nothing else: no submission stored, no stream refused, no profile missing
    assertFalse(log.contains("ReportingServiceImpl"), log);
    assertEquals(0, store.puts.get());
    assertEquals(calls, store.lookups.get(), "one request-id lookup per call, all of its own");
    assertEquals(0, ((InMemorySubmissionStore) store.inner()).size());
  }

  /**
   * Settling rounds: after the first rounds, the warm-up goes on until a round leaves the JIT
   * compilers less than {@code WarmUp.SETTLED} of work, or the maximum; the log line gives each
   * round's compilation time.
   */
  @Test
  void settlingRounds_stopAtTheFirstQuietRound_orAtTheMaximum() {
    String log;
    try (LogCapture capture = new LogCapture()) {
      serve(new CountingStore(), true, 1, 3);
      log = capture.text();
    }
    Matcher m = ROUNDS.matcher(log);
    assertTrue(m.find(), log);
    int rounds = Integer.parseInt(m.group(1));
    List<Long> compiled = Arrays.stream(m.group(2).split(", ")).map(Long::parseLong).toList();
    assertTrue(rounds >= 2 && rounds <= 3, "one round, then settling ones: " + log);
    assertEquals(rounds, compiled.size(), log);
    for (int r = 1; r < rounds - 1; r++) {
      assertTrue(compiled.get(r) >= 150, "a quiet settling round is the last: " + log);
    }
    if (rounds < 3) {
      assertTrue(compiled.get(rounds - 1) < 150, "stopped early only when quiet: " + log);
    }
  }

  /**
   * A server with a message-size limit below the warm-up's 3 MiB messages: the warm-up's messages
   * stay under three quarters of the limit, so the server takes every one of them (none is answered
   * other than OK or VALIDATION_FAILED), and still every report type and list is sent.
   */
  @Test
  void aSmallMessageLimit_takesEveryMessageOfTheWarmUp() {
    String log;
    try (LogCapture capture = new LogCapture()) {
      serve(new CountingStore(), true, 1, 1, 256 * 1024);
      log = capture.text();
    }
    Matcher m = LINE.matcher(log);
    assertTrue(m.find(), log);
    assertTrue(Integer.parseInt(m.group(1)) >= 20, "every type and list, both shapes: " + log);
    assertFalse(log.contains("answered other than"), log);
    assertFalse(log.contains("RESOURCE_EXHAUSTED"), log);
  }

  @Test
  void afterTheWarmUp_theServerAnswersAsOneWithout() throws Exception {
    List<String> seen = new ArrayList<>();
    for (boolean warmUp : new boolean[] {false, true}) {
      CountingStore store = new CountingStore();
      EparClient a = client(serve(store, warmUp));
      // the contractor's one stream slot is free: a daily stream is served
      Submission daily =
          a.submitDaily(TestReports.daily(A, "20180402", 3, 1, 1), "first-request-id");
      // its request ids are fresh: a new submission, not a replay of anything
      Submission monthly = a.submitMonthly(TestReports.monthly(A, "201803", 100, 200), "r-2");
      assertEquals(2, store.puts.get());
      assertEquals(2, a.listSubmissions(50, "").getSubmissionsCount());
      assertEquals(daily, a.getSubmission(daily.getName()));
      assertEquals("", a.listSubmissions(50, "").getNextPageToken());
      seen.add(
          daily.getState()
              + " "
              + daily.getRecordCount()
              + " "
              + daily.getContentSha256()
              + " / "
              + monthly.getState()
              + " "
              + monthly.getContentSha256());
    }
    assertEquals(seen.get(0), seen.get(1));
  }
}
