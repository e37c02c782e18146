package org.epar.store;

import static org.epar.store.StoreFixtures.A;
import static org.epar.store.StoreFixtures.B;
import static org.epar.store.StoreFixtures.daily;
import static org.epar.store.StoreFixtures.id;
import static org.epar.store.StoreFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.core.period.Timeliness;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SubmissionStore} must do, run against the in-memory store, H2 in a file and a
 * real PostgreSQL. Subclasses say how to open a store on an empty database.
 */
abstract class SubmissionStoreContract {

  SubmissionStore store;

  /** A store on an empty database. */
  abstract SubmissionStore open() throws Exception;

  /** Releases what {@link #open()} took. */
  void release() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = open();
  }

  @AfterEach
  void releaseStore() throws Exception {
    release();
  }

  // ------------------------------------------------------------------ put-if-absent

  @Test
  void putIfAbsent_new_returnsTheSubmissionAndKeepsEveryField() {
    StoredSubmission s = daily(id(1), A, "r-1");
    assertSame(s, store.putIfAbsent(s));
    assertEquals(s, store.get(A, id(1)).orElseThrow());
    assertEquals(s, store.findByRequestId(A, "r-1").orElseThrow());
  }

  @Test
  void everyReportType_comesBackEqual_withFindingsStateTimelinessAndNanoseconds() {
    List<StoredSubmission> all =
        List.of(
            daily(id(1), A, "d"),
            submission(id(2), A, "m", StoreFixtures.monthly(A, "201803", 100, -5, 0)),
            submission(id(3), A, "q", StoreFixtures.quarterly(A, "2018Q1", "第一季度总结")),
            submission(id(4), A, "y", StoreFixtures.annual(A, "2017", null)),
            new StoredSubmission(
                id(5),
                A,
                "rejected",
                "f".repeat(64),
                org.epar.core.period.ReportType.MONTHLY,
                "201803",
                ReportStatus.REJECTED,
                Timeliness.LATE,
                java.time.LocalDate.of(2018, 4, 5),
                StoreFixtures.RECEIVED,
                0,
                StoreFixtures.FINDINGS,
                StoreFixtures.monthly(A, "201803", -1)));
    all.forEach(store::putIfAbsent);
    for (StoredSubmission s : all) {
      StoredSubmission back = store.get(A, s.id()).orElseThrow();
      assertEquals(s, back, s.requestId());
      assertEquals(s.report(), back.report(), "the official record is the report as received");
      assertEquals(s.receivedAt(), back.receivedAt(), "receive time to the nanosecond");
    }
    assertEquals(StoreFixtures.FINDINGS, store.get(A, id(5)).orElseThrow().findings());
  }

  @Test
  void putIfAbsent_sameRequestId_returnsTheStoredOneAndKeepsItsContent() {
    StoredSubmission first = daily(id(1), A, "r-1");
    StoredSubmission other = submission(id(2), A, "r-1", StoreFixtures.monthly(A, "201803", 100));
    store.putIfAbsent(first);
    StoredSubmission answer = store.putIfAbsent(other);
    assertEquals(first, answer);
    assertEquals(first, store.findByRequestId(A, "r-1").orElseThrow());
    assertTrue(store.get(A, id(2)).isEmpty(), "the second is not stored");
    assertEquals(List.of(first), store.list(A, null, 10));
  }

  @Test
  void sameRequestId_ofAnotherContractor_isAnotherSubmission() {
    StoredSubmission a = daily(id(1), A, "r-1");
    StoredSubmission b = daily(id(2), B, "r-1");
    assertSame(a, store.putIfAbsent(a));
    assertSame(b, store.putIfAbsent(b));
    assertEquals(b, store.findByRequestId(B, "r-1").orElseThrow());
    assertEquals(a, store.findByRequestId(A, "r-1").orElseThrow());
  }

  @Test
  void requestIdOf128Characters_isKept() {
    String longest = "x".repeat(128);
    StoredSubmission s = daily(id(1), A, longest);
    assertSame(s, store.putIfAbsent(s));
    assertEquals(s, store.findByRequestId(A, longest).orElseThrow());
  }

  // ------------------------------------------------------------------ reads are per contractor

  @Test
  void anotherContractor_seesNothing() {
    store.putIfAbsent(daily(id(1), A, "r-1"));
    assertTrue(store.get(B, id(1)).isEmpty());
    assertTrue(store.findByRequestId(B, "r-1").isEmpty());
    assertTrue(store.list(B, null, 10).isEmpty());
  }

  @Test
  void unknownIdAndRequestId_areEmpty() {
    store.putIfAbsent(daily(id(1), A, "r-1"));
    assertTrue(store.get(A, id(2)).isEmpty());
    assertTrue(store.findByRequestId(A, "r-2").isEmpty());
    assertTrue(store.get(A, "").isEmpty());
  }

  // ------------------------------------------------------------------ paging by key

  @Test
  void list_isInIdOrder_andLimitIsExact() {
    for (long n : new long[] {5, 1, 4, 2, 3}) {
      store.putIfAbsent(daily(id(n), A, "r-" + n));
    }
    assertEquals(List.of(id(1), id(2), id(3), id(4), id(5)), ids(store.list(A, null, 5)));
    assertEquals(List.of(id(1), id(2), id(3), id(4)), ids(store.list(A, null, 4)));
    assertEquals(List.of(id(1), id(2), id(3), id(4), id(5)), ids(store.list(A, null, 6)));
    assertEquals(List.of(id(1)), ids(store.list(A, null, 1)));
  }

  @Test
  void list_afterId_startsPastIt_evenWhenItIsNotStored() {
    for (long n : new long[] {10, 20, 30}) {
      store.putIfAbsent(daily(id(n), A, "r-" + n));
    }
    assertEquals(List.of(id(20), id(30)), ids(store.list(A, id(10), 10)));
    assertEquals(List.of(id(20), id(30)), ids(store.list(A, id(19), 10)));
    assertEquals(List.of(id(30)), ids(store.list(A, id(20), 10)));
    assertEquals(List.of(), ids(store.list(A, id(30), 10)), "past the last id: empty");
  }

  @Test
  void paging_whileRowsArrive_neverRepeatsOrSkips() {
    for (long n = 1; n <= 5; n++) {
      store.putIfAbsent(daily(id(n * 10), A, "r-" + n));
    }
    List<String> seen = new ArrayList<>();
    String after = null;
    long next = 60;
    while (true) {
      List<StoredSubmission> page = store.list(A, after, 2);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(s -> seen.add(s.id()));
      after = page.get(page.size() - 1).id();
      if (next <= 80) { // rows keep arriving while the client pages
        store.putIfAbsent(daily(id(next), A, "r-" + next));
        next += 10;
      }
    }
    List<String> expected = new ArrayList<>();
    for (long n = 10; n <= 80; n += 10) {
      expected.add(id(n));
    }
    assertEquals(expected, seen);
  }

  // ------------------------------------------------------------------ concurrency

  @Test
  void concurrentPutsOfOneRequestId_storeOnce_andEveryoneGetsTheSameSubmission() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<StoredSubmission>> answers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        StoredSubmission mine = daily(id(100 + t), A, "same");
        Callable<StoredSubmission> put =
            () -> {
              go.await();
              return store.putIfAbsent(mine);
            };
        answers.add(pool.submit(put));
      }
      go.countDown();
      Set<String> ids = new HashSet<>();
      for (Future<StoredSubmission> f : answers) {
        ids.add(f.get(60, TimeUnit.SECONDS).id());
      }
      assertEquals(1, ids.size(), "everyone gets the one stored submission");
      assertEquals(1, store.list(A, null, 100).size(), "exactly one stored");
      assertEquals(ids.iterator().next(), store.findByRequestId(A, "same").orElseThrow().id());
    } finally {
      pool.shutdownNow();
    }
  }

  static List<String> ids(List<StoredSubmission> page) {
    return page.stream().map(StoredSubmission::id).toList();
  }

  // ------------------------------------------------------------------ by division

  /** A daily submission of {@code contractor} whose report covers {@code scope} (null: none). */
  static StoredSubmission inScope(long n, CreditCode contractor, String scope) {
    DailyReport d = StoreFixtures.daily(contractor, "20180402", 1);
    ReportHeader h =
        new ReportHeader(
            contractor,
            scope == null ? null : DivisionCode.of(scope),
            ReportType.DAILY,
            ReportingPeriod.parse("20180402"),
            null,
            null);
    return StoreFixtures.submission(
        id(n),
        contractor,
        "r-" + n,
        new DailyReport(h, d.transactions(), d.shipments(), d.deviceDays()));
  }

  private static List<String> keys(List<StoredSubmission> page) {
    return page.stream().map(s -> s.id() + "/" + s.contractor().raw()).toList();
  }

  @Test
  void listInDivision_county_seesEveryContractorOfItsCountyOnly_inKeyOrder() {
    store.putIfAbsent(inScope(5, A, "130425"));
    store.putIfAbsent(inScope(4, B, "130425100001")); // a village of the county
    store.putIfAbsent(inScope(3, A, "130426")); // the next county
    store.putIfAbsent(inScope(2, B, "140105")); // another province
    store.putIfAbsent(inScope(1, A, null)); // no scope: in no division
    store.putIfAbsent(inScope(6, B, "not-a-code"));
    assertEquals(
        List.of(id(4) + "/" + B.raw(), id(5) + "/" + A.raw()),
        keys(store.listInDivision(DivisionCode.of("130425"), null, 100)));
    assertEquals(
        List.of(id(3) + "/" + A.raw()),
        keys(store.listInDivision(DivisionCode.of("130426"), null, 100)));
    assertEquals(
        List.of(id(3), id(4), id(5)),
        store.listInDivision(DivisionCode.of("130000"), null, 100).stream()
            .map(StoredSubmission::id)
            .toList(),
        "the province sees both its counties");
    assertEquals(
        List.of(id(2)),
        store.listInDivision(DivisionCode.of("140000"), null, 100).stream()
            .map(StoredSubmission::id)
            .toList());
    assertEquals(List.of(), store.listInDivision(DivisionCode.of("not-a-code"), null, 100));
  }

  @Test
  void listInDivision_pagesByKey_sameIdOfTwoContractors_orderedByContractor() {
    store.putIfAbsent(inScope(7, B, "130425"));
    store.putIfAbsent(inScope(7, A, "130425"));
    store.putIfAbsent(inScope(8, A, "130425"));
    DivisionCode daming = DivisionCode.of("130425");
    List<StoredSubmission> first = store.listInDivision(daming, null, 1);
    assertEquals(List.of(id(7) + "/" + A.raw()), keys(first));
    List<StoredSubmission> second = store.listInDivision(daming, SubmissionKey.of(first.get(0)), 1);
    assertEquals(List.of(id(7) + "/" + B.raw()), keys(second));
    List<StoredSubmission> rest = store.listInDivision(daming, SubmissionKey.of(second.get(0)), 2);
    assertEquals(List.of(id(8) + "/" + A.raw()), keys(rest), "a page past the end is short");
    assertEquals(3, store.listInDivision(daming, null, 3).size(), "limit = count: all");
    assertEquals(2, store.listInDivision(daming, null, 2).size(), "limit = count - 1");
    assertEquals(List.of(), store.listInDivision(daming, SubmissionKey.of(rest.get(0)), 5));
  }

  @Test
  void listInDivision_limitZero_isRefused_limitOneIsFine() {
    store.putIfAbsent(inScope(1, A, "130425"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> store.listInDivision(DivisionCode.of("130425"), null, 0));
    assertEquals(1, store.listInDivision(DivisionCode.of("130425"), null, 1).size());
  }
}
