package org.epar.store;

import static org.epar.store.StoreFixtures.A;
import static org.epar.store.StoreFixtures.B;
import static org.epar.store.StoreFixtures.daily;
import static org.epar.store.StoreFixtures.id;
import static org.epar.store.StoreFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import org.epar.grpc.TestReports;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionFilter;
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

  /**
   * Whether the store keeps a rejected report whole; the in-memory store keeps its header alone
   * (issue 12: its heap), a database store the official record.
   */
  boolean keepsRejectedReportsWhole() {
    return true;
  }

  /**
   * What the store gives back of {@code s}: a rejected report's header alone where it keeps that.
   */
  StoredSubmission kept(StoredSubmission s) {
    if (keepsRejectedReportsWhole() || s.status() != ReportStatus.REJECTED) {
      return s;
    }
    org.epar.core.model.Report header;
    if (s.report() instanceof DailyReport d) {
      header = new DailyReport(d.header(), List.of(), List.of(), List.of());
    } else if (s.report() instanceof org.epar.core.model.MonthlyReport m) {
      header =
          new org.epar.core.model.MonthlyReport(
              m.header(), null, null, List.of(), List.of(), List.of(), List.of());
    } else {
      throw new IllegalArgumentException("the contract rejects only daily and monthly reports");
    }
    return s.withContent(s.findings(), header);
  }

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
            submission(id(2), A, "m", TestReports.monthly(A, "201803", 100, -5, 0)),
            submission(id(3), A, "q", TestReports.quarterly(A, "2018Q1", "第一季度总结")),
            submission(id(4), A, "y", TestReports.annual(A, "2017", null)),
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
                TestReports.monthly(A, "201803", -1)));
    all.forEach(store::putIfAbsent);
    for (StoredSubmission s : all) {
      StoredSubmission back = store.get(A, s.id()).orElseThrow();
      assertEquals(kept(s), back, s.requestId());
      assertEquals(
          kept(s).report(), back.report(), "the official record is the report as received");
      assertEquals(s.receivedAt(), back.receivedAt(), "receive time to the nanosecond");
    }
    assertEquals(StoreFixtures.FINDINGS, store.get(A, id(5)).orElseThrow().findings());
  }

  @Test
  void putIfAbsent_sameRequestId_returnsTheStoredOneAndKeepsItsContent() {
    StoredSubmission first = daily(id(1), A, "r-1");
    StoredSubmission other = submission(id(2), A, "r-1", TestReports.monthly(A, "201803", 100));
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

  // ------------------------------------------------------------------ filters

  /** {@code s} with another state and timeliness. */
  static StoredSubmission with(StoredSubmission s, ReportStatus status, Timeliness timeliness) {
    return new StoredSubmission(
        s.id(),
        s.contractor(),
        s.requestId(),
        s.contentSha256(),
        s.type(),
        s.period(),
        status,
        timeliness,
        s.deadline(),
        s.receivedAt(),
        s.recordCount(),
        s.findings(),
        s.report());
  }

  private static List<String> periods(List<StoredSubmission> page) {
    return page.stream().map(StoredSubmission::period).toList();
  }

  /** Days around March 2018, the month, the quarter and the year, in this id order. */
  private void storeAroundMarch() {
    store.putIfAbsent(submission(id(1), A, "d0228", StoreFixtures.daily(A, "20180228", 1)));
    store.putIfAbsent(submission(id(2), A, "d0301", StoreFixtures.daily(A, "20180301", 1)));
    store.putIfAbsent(submission(id(3), A, "d0331", StoreFixtures.daily(A, "20180331", 1)));
    store.putIfAbsent(submission(id(4), A, "d0401", StoreFixtures.daily(A, "20180401", 1)));
    store.putIfAbsent(submission(id(5), A, "m03", TestReports.monthly(A, "201803", 1)));
    store.putIfAbsent(submission(id(6), A, "q1", TestReports.quarterly(A, "2018Q1", "s")));
    store.putIfAbsent(submission(id(7), A, "y", TestReports.annual(A, "2018", null)));
    store.putIfAbsent(submission(id(8), A, "m04", TestReports.monthly(A, "201804", 1)));
  }

  private static final LocalDate MARCH_1 = LocalDate.of(2018, 3, 1);
  private static final LocalDate MARCH_31 = LocalDate.of(2018, 3, 31);

  @Test
  void filter_periodRange_holdsThePeriodsOnItsFirstAndLastDay_notThoseADayOutside() {
    storeAroundMarch();
    SubmissionFilter march = SubmissionFilter.ANY.withPeriods(MARCH_1, MARCH_31);
    assertEquals(
        List.of("20180301", "20180331", "201803"), periods(store.list(A, march, null, 50)));
    // one day past each end: the boundary day's period drops out, and the month with it
    assertEquals(
        List.of("20180331"),
        periods(store.list(A, march.withPeriods(MARCH_1.plusDays(1), MARCH_31), null, 50)));
    assertEquals(
        List.of("20180301"),
        periods(store.list(A, march.withPeriods(MARCH_1, MARCH_31.minusDays(1)), null, 50)));
    // one day wider on each side: the neighbouring days come in, the quarter and year do not
    assertEquals(
        List.of("20180228", "20180301", "20180331", "20180401", "201803"),
        periods(
            store.list(
                A, march.withPeriods(MARCH_1.minusDays(1), MARCH_31.plusDays(1)), null, 50)));
    // a single day is a range of its first and last day
    assertEquals(
        List.of("20180331"),
        periods(store.list(A, march.withPeriods(MARCH_31, MARCH_31), null, 50)));
  }

  @Test
  void filter_openEndedRange_boundsOneSideOnly() {
    storeAroundMarch();
    assertEquals(
        List.of("20180401", "201804"),
        periods(
            store.list(A, SubmissionFilter.ANY.withPeriods(MARCH_31.plusDays(1), null), null, 50)));
    assertEquals(
        List.of("20180228", "20180301", "20180331", "201803", "2018Q1"),
        periods(store.list(A, SubmissionFilter.ANY.withPeriods(null, MARCH_31), null, 50)));
    assertEquals(
        List.of("20180228", "20180301", "20180331", "20180401", "201803", "2018Q1", "201804"),
        periods(
            store.list(
                A, SubmissionFilter.ANY.withPeriods(null, LocalDate.of(2018, 12, 30)), null, 50)),
        "a day before the year's last day: the year is out");
    assertEquals(
        List.of(
            "20180228", "20180301", "20180331", "20180401", "201803", "2018Q1", "2018", "201804"),
        periods(
            store.list(
                A, SubmissionFilter.ANY.withPeriods(null, LocalDate.of(2018, 12, 31)), null, 50)));
  }

  @Test
  void filter_eachReportType_selectsExactlyThatType() {
    storeAroundMarch();
    assertEquals(
        List.of("20180228", "20180301", "20180331", "20180401"),
        periods(store.list(A, SubmissionFilter.ANY.withType(ReportType.DAILY), null, 50)));
    assertEquals(
        List.of("201803", "201804"),
        periods(store.list(A, SubmissionFilter.ANY.withType(ReportType.MONTHLY), null, 50)));
    assertEquals(
        List.of("2018Q1"),
        periods(store.list(A, SubmissionFilter.ANY.withType(ReportType.QUARTERLY), null, 50)));
    assertEquals(
        List.of("2018"),
        periods(store.list(A, SubmissionFilter.ANY.withType(ReportType.ANNUAL), null, 50)));
  }

  @Test
  void filter_eachStateAndTimeliness_selectsExactlyThose() {
    StoredSubmission accOn = daily(id(1), A, "a");
    StoredSubmission accLate = with(daily(id(2), A, "b"), ReportStatus.ACCEPTED, Timeliness.LATE);
    StoredSubmission rejOn = with(daily(id(3), A, "c"), ReportStatus.REJECTED, Timeliness.ON_TIME);
    StoredSubmission rejLate = with(daily(id(4), A, "d"), ReportStatus.REJECTED, Timeliness.LATE);
    List.of(accOn, accLate, rejOn, rejLate).forEach(store::putIfAbsent);
    SubmissionFilter any = SubmissionFilter.ANY;
    assertEquals(
        List.of(accOn, accLate), store.list(A, any.withStatus(ReportStatus.ACCEPTED), null, 50));
    rejOn = kept(rejOn);
    rejLate = kept(rejLate);
    assertEquals(
        List.of(rejOn, rejLate), store.list(A, any.withStatus(ReportStatus.REJECTED), null, 50));
    assertEquals(
        List.of(accOn, rejOn), store.list(A, any.withTimeliness(Timeliness.ON_TIME), null, 50));
    assertEquals(
        List.of(accLate, rejLate), store.list(A, any.withTimeliness(Timeliness.LATE), null, 50));
    assertEquals(
        List.of(rejLate),
        store.list(
            A, any.withStatus(ReportStatus.REJECTED).withTimeliness(Timeliness.LATE), null, 50));
    assertEquals(List.of(accOn, accLate, rejOn, rejLate), store.list(A, any, null, 50));
    assertEquals(List.of(), store.list(B, any.withStatus(ReportStatus.REJECTED), null, 50));
  }

  @Test
  void filter_pagingWhileMatchingAndOtherRowsArrive_neverRepeatsOrSkips() {
    SubmissionFilter late = SubmissionFilter.ANY.withTimeliness(Timeliness.LATE);
    for (long n = 1; n <= 6; n++) {
      StoredSubmission s = daily(id(n * 10), A, "r-" + n);
      store.putIfAbsent(n % 2 == 0 ? with(s, ReportStatus.ACCEPTED, Timeliness.LATE) : s);
    }
    List<String> seen = new ArrayList<>();
    String after = null;
    long next = 70;
    while (true) {
      List<StoredSubmission> page = store.list(A, late, after, 1);
      if (page.isEmpty()) {
        break;
      }
      assertEquals(1, page.size());
      page.forEach(s -> seen.add(s.id()));
      after = page.get(0).id();
      if (next <= 100) { // a late and an on-time row arrive while the client pages
        StoredSubmission s = daily(id(next), A, "r-" + next);
        store.putIfAbsent(next % 20 == 0 ? with(s, ReportStatus.ACCEPTED, Timeliness.LATE) : s);
        next += 10;
      }
    }
    assertEquals(
        List.of(id(20), id(40), id(60), id(80), id(100)), seen, "every late row once, in id order");
  }

  @Test
  void filter_inDivision_selectsAcrossContractors_andPagesByKey() {
    store.putIfAbsent(submission(id(1), A, "a1", TestReports.monthly(A, "201803", 1)));
    store.putIfAbsent(submission(id(1), B, "b1", TestReports.monthly(B, "201803", 1)));
    store.putIfAbsent(submission(id(2), A, "a2", TestReports.monthly(A, "201804", 1)));
    store.putIfAbsent(
        with(
            submission(id(3), B, "b3", TestReports.monthly(B, "201803", 1)),
            ReportStatus.REJECTED,
            Timeliness.LATE));
    SubmissionFilter march = SubmissionFilter.ANY.withPeriods(MARCH_1, MARCH_31);
    List<StoredSubmission> all = store.listInDivision(StoreFixtures.DAMING, march, null, 50);
    assertEquals(
        List.of(
            new SubmissionKey(id(1), A.raw()),
            new SubmissionKey(id(1), B.raw()),
            new SubmissionKey(id(3), B.raw())),
        all.stream().map(SubmissionKey::of).toList());
    List<StoredSubmission> page2 =
        store.listInDivision(StoreFixtures.DAMING, march, SubmissionKey.of(all.get(0)), 1);
    assertEquals(List.of(all.get(1)), page2);
    assertEquals(
        List.of(all.get(2)),
        store.listInDivision(
            StoreFixtures.DAMING, march.withStatus(ReportStatus.REJECTED), null, 50));
    assertEquals(
        List.of(), store.listInDivision(DivisionCode.of("130426"), SubmissionFilter.ANY, null, 50));
  }

  @Test
  void filter_limitZero_isRefused_limitOneIsFine() {
    store.putIfAbsent(daily(id(1), A, "a"));
    store.putIfAbsent(daily(id(2), A, "b"));
    SubmissionFilter any = SubmissionFilter.ANY;
    assertThrows(IllegalArgumentException.class, () -> store.list(A, any, null, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> store.listInDivision(StoreFixtures.DAMING, any, null, 0));
    assertEquals(1, store.list(A, any, null, 1).size());
    assertEquals(1, store.listInDivision(StoreFixtures.DAMING, any, null, 1).size());
  }
}
