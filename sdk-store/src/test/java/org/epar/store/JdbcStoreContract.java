package org.epar.store;

import static org.epar.store.StoreFixtures.A;
import static org.epar.store.StoreFixtures.daily;
import static org.epar.store.StoreFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionFilter;
import org.junit.jupiter.api.Test;

/**
 * The store contract plus what only a database store promises: key limits, two stores (replicas) on
 * one database, ids taken by another replica, rows that cannot be read.
 */
abstract class JdbcStoreContract extends SubmissionStoreContract {

  final List<JdbcSubmissionStore> opened = new ArrayList<>();

  /** A second store on the same database as {@link #store}: another replica. */
  abstract JdbcSubmissionStore openReplica();

  /** A plain data source on the same database, to reach behind the store's back. */
  abstract DataSource dataSource();

  JdbcSubmissionStore track(JdbcSubmissionStore s) {
    opened.add(s);
    return s;
  }

  @Override
  void release() throws Exception {
    opened.forEach(JdbcSubmissionStore::close);
  }

  JdbcSubmissionStore jdbc() {
    return (JdbcSubmissionStore) store;
  }

  @Test
  void requestIdOf129Characters_isRefused_andNothingIsStored() {
    StoredSubmission s = daily(id(1), A, "x".repeat(129));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> store.putIfAbsent(s));
    assertEquals("requestId has 129 characters; the store keeps at most 128", e.getMessage());
    assertEquals(0, jdbc().count());
  }

  @Test
  void idOf64CharactersIsKept_65IsRefused() {
    StoredSubmission longest = daily("i".repeat(64), A, "r-1");
    assertSame(longest, store.putIfAbsent(longest));
    assertThrows(
        IllegalArgumentException.class, () -> store.putIfAbsent(daily("i".repeat(65), A, "r-2")));
    assertEquals(1, jdbc().count());
  }

  @Test
  void aSubmission_isVisibleToAnotherReplica_whenPutIfAbsentReturns() {
    JdbcSubmissionStore replica = track(openReplica());
    StoredSubmission s = daily(id(1), A, "r-1");
    store.putIfAbsent(s);
    assertEquals(s, replica.get(A, id(1)).orElseThrow());
    assertEquals(s, replica.putIfAbsent(daily(id(2), A, "r-1")), "the replica answers the resend");
    assertEquals(1, jdbc().count());
  }

  @Test
  void idTakenByAnotherReplica_isStoredUnderTheNextFreeId() {
    StoredSubmission first = daily(id(7), A, "r-1");
    StoredSubmission sameId = daily(id(7), A, "r-2");
    store.putIfAbsent(daily(id(8), A, "r-0"));
    store.putIfAbsent(first);
    StoredSubmission stored = track(openReplica()).putIfAbsent(sameId);
    assertEquals(id(9), stored.id(), "7 and 8 are taken");
    assertEquals("r-2", stored.requestId());
    assertEquals(sameId.report(), stored.report());
    assertEquals(stored, store.findByRequestId(A, "r-2").orElseThrow());
    assertEquals(first, store.get(A, id(7)).orElseThrow(), "the first keeps its id");
    assertEquals(List.of(id(7), id(8), id(9)), ids(store.list(A, null, 10)));
  }

  @Test
  void twoReplicas_manyThreads_oneRequestId_oneRow_sameAnswerForAll() throws Exception {
    JdbcSubmissionStore replica = track(openReplica());
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<StoredSubmission>> answers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        JdbcSubmissionStore target = t % 2 == 0 ? jdbc() : replica;
        // each replica draws ids on its own; half of them collide with the other replica's
        StoredSubmission mine = daily(id(1000 + t / 2), A, "shared");
        Callable<StoredSubmission> put =
            () -> {
              go.await();
              return target.putIfAbsent(mine);
            };
        answers.add(pool.submit(put));
      }
      go.countDown();
      Set<StoredSubmission> distinct = new HashSet<>();
      for (Future<StoredSubmission> f : answers) {
        distinct.add(f.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, distinct.size(), "every caller, on either replica, gets the same submission");
      assertEquals(1, jdbc().count(), "exactly one row");
      assertEquals(distinct.iterator().next(), replica.findByRequestId(A, "shared").orElseThrow());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRowThatCannotBeRead_isAStoreException_namingTheIdOnly() throws Exception {
    store.putIfAbsent(daily(id(1), A, "r-1"));
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE epar_submission SET report = ?")) {
      ps.setBytes(1, new byte[] {(byte) 0xff, 0x01, 0x02});
      assertEquals(1, ps.executeUpdate());
    }
    StoreException e = assertThrows(StoreException.class, () -> store.get(A, id(1)));
    assertEquals("stored submission " + id(1) + " cannot be read", e.getMessage());
    assertThrows(StoreException.class, () -> store.list(A, null, 1));
  }

  @Test
  void listWithLimitZero_isRefused_limitOneIsFine() {
    store.putIfAbsent(daily(id(1), A, "r-1"));
    assertThrows(IllegalArgumentException.class, () -> store.list(A, null, 0));
    assertEquals(1, store.list(A, null, 1).size());
  }

  @Test
  void health_andDatabaseName() {
    assertTrue(jdbc().isHealthy(Duration.ofSeconds(2)));
    String db = jdbc().database();
    assertTrue(db.startsWith(jdbc().dialect().equals("h2") ? "H2 " : "PostgreSQL "), db);
    assertFalse(jdbc().toString().contains("jdbc:"), "toString names no URL");
  }

  @Test
  void aClosedStore_isNotHealthy_andFailsWithAStoreException() {
    JdbcSubmissionStore replica = openReplica();
    replica.close();
    assertFalse(replica.isHealthy(Duration.ofSeconds(1)));
    StoreException e = assertThrows(StoreException.class, () -> replica.get(A, id(1)));
    assertNotEquals("", e.getMessage());
  }

  @Test
  void aClosedStore_refusesToStore_andStoresNothing() {
    JdbcSubmissionStore replica = openReplica();
    replica.close();
    assertThrows(StoreException.class, () -> replica.putIfAbsent(daily(id(9), A, "closed")));
    assertEquals(Optional.empty(), store.findByRequestId(A, "closed"));
  }

  @Test
  void groupCommit_manyConcurrentSubmissions_eachAnsweredOnlyOnceCommitted_noneLostOrDoubled()
      throws Exception {
    int threads = 8;
    int each = 40;
    JdbcSubmissionStore replica = openReplica();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<StoredSubmission>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  List<StoredSubmission> answers = new ArrayList<>();
                  for (int i = 0; i < each; i++) {
                    int n = thread * each + i + 1;
                    // every third submission resends the request id before it: it gets the first
                    // answer
                    String requestId = "g-" + (n % 3 == 0 ? n - 1 : n);
                    StoredSubmission answer = jdbc().putIfAbsent(daily(id(n), A, requestId));
                    // answered only after the commit: another replica sees it now
                    assertEquals(
                        answer, replica.findByRequestId(A, requestId).orElseThrow(), requestId);
                    answers.add(answer);
                  }
                  return answers;
                }));
      }
      java.util.Map<String, StoredSubmission> byRequest = new java.util.HashMap<>();
      for (Future<List<StoredSubmission>> f : futures) {
        for (StoredSubmission a : f.get(2, TimeUnit.MINUTES)) {
          StoredSubmission earlier = byRequest.putIfAbsent(a.requestId(), a);
          if (earlier != null) {
            assertEquals(earlier, a, "one request id, one answer");
          }
        }
      }
      long distinct = byRequest.size();
      assertEquals(distinct, jdbc().count(), "one row per request id");
      assertEquals(
          distinct,
          store.list(A, SubmissionFilter.ANY, null, 1000).stream()
              .map(StoredSubmission::requestId)
              .distinct()
              .count());
    } finally {
      pool.shutdownNow();
    }
  }
}
