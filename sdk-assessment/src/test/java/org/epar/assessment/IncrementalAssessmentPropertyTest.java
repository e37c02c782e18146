package org.epar.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.epar.assessment.spi.CheckpointStore;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.ReportStatus;
import org.epar.grpc.ForwardingStore;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.store.EmbeddedPg;
import org.epar.store.SubmissionStores;
import org.epar.validation.Profiles;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Incremental re-assessment gives what a full one gives: over random stored histories appended in
 * random batches, assessing after each batch with checkpoints equals assessing from scratch (the
 * findings, with their input indexes, and the reporting completeness), while reading only the
 * submissions stored since the last assessment, with a live state or after a restart (from the
 * persisted checkpoint and its deltas), with two assessors on one persisted state; a checkpoint of
 * another as-of date or format, or a damaged one, is ignored.
 */
class IncrementalAssessmentPropertyTest {

  static final LocalDate START = AssessmentPropertyTest.START;
  static final LocalDate AS_OF = AssessmentPropertyTest.AS_OF;
  static final DivisionCode DAMING = DivisionCode.of("130425");

  /** A store that counts the submissions it lists. */
  static final class Counting extends ForwardingStore {
    final AtomicInteger listed = new AtomicInteger();

    Counting() {
      this(new InMemorySubmissionStore());
    }

    Counting(SubmissionStore inner) {
      super(inner);
    }

    @Override
    public List<StoredSubmission> listInDivision(
        DivisionCode division, @Nullable SubmissionKey after, int limit) {
      List<StoredSubmission> page = inner.listInDivision(division, after, limit);
      listed.addAndGet(page.size());
      return page;
    }
  }

  static CountyAssessor assessor(SubmissionStore store, int pageSize, CheckpointStore cps) {
    return assessor(store, pageSize, cps, 4, 32);
  }

  /** An assessor keeping some live states, saving a checkpoint every so many deltas. */
  static CountyAssessor assessor(
      SubmissionStore store, int pageSize, CheckpointStore cps, int live, int deltas) {
    return CountyAssessor.builder()
        .store(store)
        .profile("130425", Profiles.builtIn("daming-2017"))
        .programmeStart(START)
        .expected(java.util.Set.of(org.epar.core.period.ReportType.DAILY))
        .pageSize(pageSize)
        .checkpoints(cps)
        .liveStates(live)
        .deltasPerCheckpoint(deltas)
        .build();
  }

  /** The submission a random code stands for; ids are unique and grow with {@code n}. */
  static StoredSubmission submission(int code, long n) {
    var contractor = History.CONTRACTORS.get(code % 3);
    String scope = History.SCOPES.get(code / 3 % 3);
    LocalDate day = START.plusDays(code / 9 % 25);
    LocalDate received = day.plusDays(code / 225 % 4);
    ReportStatus status = code / 900 % 5 == 0 ? ReportStatus.REJECTED : ReportStatus.ACCEPTED;
    int tx = 1 + code / 4500 % 3;
    boolean negative = code / 13500 % 4 == 0;
    return History.stored(
        n,
        contractor,
        History.daily(contractor, scope, day, tx, negative, received),
        status,
        received);
  }

  /** Every part of the assessment: findings, targets, vetoes, fund shares, completeness. */
  static void assertSame(Assessment full, Assessment incremental) {
    assertEquals(full, incremental);
  }

  @Test
  void incrementalEqualsFull_afterRandomAppends() {
    qt().withExamples(30)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40),
            lists().of(integers().between(1, 8)).ofSizeBetween(1, 6),
            integers().between(1, 7),
            integers().between(1, 4))
        .checkAssert(
            (codes, batches, pageSize, deltas) -> {
              Counting store = new Counting();
              CheckpointStore cps = CheckpointStore.inMemory();
              // two live assessors on the same persisted state (two replicas), and after each
              // batch a restarted one (no live state: the checkpoint and its deltas only)
              CountyAssessor incremental = assessor(store, pageSize, cps, 4, deltas);
              CountyAssessor replica = assessor(store, pageSize, cps, 1, deltas + 1);
              CountyAssessor full = CountyAssessorTest.assessor(store, pageSize);
              int at = 0;
              long n = 1;
              for (int b = 0; at < codes.size() || b == 0; b++) {
                int size = batches.get(b % batches.size());
                int end = Math.min(codes.size(), at + size);
                for (; at < end; at++) {
                  store.putIfAbsent(submission(codes.get(at), n++));
                }
                int storedBefore = store.inner().listInDivision(DAMING, null, 10_000).size();
                store.listed.set(0);
                Assessment inc = incremental.assess(DAMING, AS_OF);
                int listedIncrementally = store.listed.get();
                Assessment expected = full.assess(DAMING, AS_OF);
                assertSame(expected, inc);
                // after the first assessment, only what was appended since is read
                if (b > 0) {
                  assertTrue(
                      listedIncrementally <= size,
                      "read " + listedIncrementally + " of " + storedBefore + " submissions");
                }
                if (b % 2 == 1) {
                  assertSame(expected, replica.assess(DAMING, AS_OF));
                }
                store.listed.set(0);
                Assessment restarted =
                    assessor(store, pageSize, cps, 0, deltas).assess(DAMING, AS_OF);
                assertSame(expected, restarted);
                assertEquals(0, store.listed.get(), "a restart reads no submission twice");
                assertTrue(cps.deltas("130425").size() <= 2 * deltas, "deltas are compacted");
              }
            });
  }

  @Test
  void aLiveState_isDroppedForAnotherAsOfDate_andReadAgainFromTheStore() {
    Counting store = new Counting();
    for (int i = 0; i < 20; i++) {
      store.putIfAbsent(submission(i * 7919 + 13, i + 1));
    }
    CheckpointStore cps = CheckpointStore.inMemory();
    CountyAssessor incremental = assessor(store, 5, cps);
    CountyAssessor full = CountyAssessorTest.assessor(store, 5);
    int inCounty = store.inner().listInDivision(DAMING, null, 1000).size();
    assertSame(full.assess(DAMING, AS_OF), incremental.assess(DAMING, AS_OF));
    // an earlier as-of date than the live state's: everything is read again, nothing later counts
    Assessment expected = full.assess(DAMING, AS_OF.minusDays(20));
    store.listed.set(0);
    assertSame(expected, incremental.assess(DAMING, AS_OF.minusDays(20)));
    assertEquals(inCounty, store.listed.get());
    store.putIfAbsent(submission(903, 21));
    expected = full.assess(DAMING, AS_OF);
    store.listed.set(0);
    assertSame(expected, incremental.assess(DAMING, AS_OF));
    assertEquals(
        inCounty + 1, store.listed.get(), "the checkpoint is of the other date: a full reading");
    store.putIfAbsent(submission(909, 22));
    expected = full.assess(DAMING, AS_OF);
    store.listed.set(0);
    assertSame(expected, incremental.assess(DAMING, AS_OF));
    assertEquals(1, store.listed.get());
  }

  @Test
  void aCheckpointOfTheFormerFormat_readsAsStale_andEverythingIsReadAgain() {
    Counting store = new Counting();
    for (int i = 0; i < 15; i++) {
      store.putIfAbsent(submission(i * 104729 + 3, i + 1));
    }
    CheckpointStore cps = CheckpointStore.inMemory();
    CountyAssessor full = CountyAssessorTest.assessor(store, 5);
    Assessment expected = full.assess(DAMING, AS_OF);
    assertSame(expected, assessor(store, 5, cps, 0, 32).assess(DAMING, AS_OF));
    byte[] saved = cps.load("130425").orElseThrow();
    assertEquals(2, saved[7], "format 2 follows the magic EPARCKP");
    store.listed.set(0);
    assertSame(expected, assessor(store, 5, cps, 0, 32).assess(DAMING, AS_OF));
    assertEquals(0, store.listed.get(), "format 2: restored, nothing read");
    saved[7] = 1;
    cps.save("130425", saved);
    store.listed.set(0);
    assertSame(expected, assessor(store, 5, cps, 0, 32).assess(DAMING, AS_OF));
    assertEquals(
        store.inner().listInDivision(DAMING, null, 1000).size(),
        store.listed.get(),
        "format 1 is stale: every submission is read");
  }

  @Test
  void checkpointOfAnotherDate_orDamaged_isIgnored_andTheResultIsTheSame() {
    Counting store = new Counting();
    for (int i = 0; i < 30; i++) {
      store.putIfAbsent(submission(i * 7919 + 13, i + 1));
    }
    CheckpointStore cps = CheckpointStore.inMemory();
    // no live state: every assessment restores what is persisted
    CountyAssessor incremental = assessor(store, 5, cps, 0, 32);
    CountyAssessor full = CountyAssessorTest.assessor(store, 5);
    incremental.assess(DAMING, AS_OF.minusDays(1));
    Assessment expected = full.assess(DAMING, AS_OF);
    store.listed.set(0);
    assertSame(expected, incremental.assess(DAMING, AS_OF));
    assertEquals(
        store.inner().listInDivision(DAMING, null, 1000).size(),
        store.listed.get(),
        "a checkpoint of another as-of date is not used: every submission is read");
    byte[] saved = cps.load("130425").orElseThrow();
    saved[saved.length / 2] ^= 0x5A;
    cps.save("130425", saved);
    store.putIfAbsent(submission(4, 31));
    assertSame(full.assess(DAMING, AS_OF), incremental.assess(DAMING, AS_OF));
    cps.save("130425", new byte[] {1, 2, 3});
    assertSame(full.assess(DAMING, AS_OF), incremental.assess(DAMING, AS_OF));
    store.putIfAbsent(submission(5, 32));
    expected = full.assess(DAMING, AS_OF);
    store.listed.set(0);
    assertSame(expected, incremental.assess(DAMING, AS_OF));
    assertEquals(1, store.listed.get(), "the restored checkpoint is used again");
  }

  @Test
  void jdbcCheckpoints_liveNextToTheSubmissions() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:checkpoints-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    assertCheckpointsNextToTheSubmissions(ds);
  }

  /** The same on a real PostgreSQL (the deltas' SQL: insert, order, delete on save). */
  @Test
  void jdbcCheckpoints_onPostgres_liveNextToTheSubmissions() {
    assertCheckpointsNextToTheSubmissions(EmbeddedPg.dataSource(EmbeddedPg.newDatabase()));
  }

  /**
   * A checkpoint and deltas in the submissions' database: appended, restored by a second assessor,
   * dropped when the next checkpoint is saved, and read on from by the first assessor.
   */
  static void assertCheckpointsNextToTheSubmissions(DataSource ds) {
    Counting store = new Counting(SubmissionStores.on(ds));
    JdbcCheckpointStore cps = new JdbcCheckpointStore(ds);
    assertEquals(Optional.empty(), cps.load("130425"));
    assertEquals(List.of(), cps.deltas("130425"));
    for (int i = 0; i < 12; i++) {
      store.putIfAbsent(submission(i * 104729 + 3, i + 1));
    }
    CountyAssessor incremental = assessor(store, 4, cps, 4, 3);
    CountyAssessor full = CountyAssessorTest.assessor(store, 4);
    assertSame(full.assess(DAMING, AS_OF), incremental.assess(DAMING, AS_OF));
    byte[] first = cps.load("130425").orElseThrow();
    store.putIfAbsent(submission(903, 13));
    assertSame(full.assess(DAMING, AS_OF), incremental.assess(DAMING, AS_OF));
    assertArrayEquals(first, cps.load("130425").orElseThrow(), "a delta, not a new checkpoint");
    assertEquals(1, cps.deltas("130425").size());
    store.putIfAbsent(submission(909, 14));
    assertSame(full.assess(DAMING, AS_OF), incremental.assess(DAMING, AS_OF));
    assertEquals(2, cps.deltas("130425").size());
    // a second assessor on the same database (a restart) starts from the checkpoint and deltas
    CountyAssessor other = assessor(store, 4, new JdbcCheckpointStore(ds), 4, 3);
    Assessment expected = full.assess(DAMING, AS_OF);
    store.listed.set(0);
    assertSame(expected, other.assess(DAMING, AS_OF));
    assertEquals(0, store.listed.get(), "a restart reads no submission again");
    // the third delta is a checkpoint: the deltas are dropped
    store.putIfAbsent(submission(912, 15));
    assertSame(full.assess(DAMING, AS_OF), other.assess(DAMING, AS_OF));
    assertEquals(List.of(), cps.deltas("130425"));
    assertTrue(cps.load("130425").orElseThrow().length > first.length);
    // the first assessor's live state is still right: it reads on from the store
    store.putIfAbsent(submission(918, 16));
    expected = full.assess(DAMING, AS_OF);
    store.listed.set(0);
    assertSame(expected, incremental.assess(DAMING, AS_OF));
    assertEquals(2, store.listed.get(), "from where it stopped: what the other one read, and more");
    store.listed.set(0);
    assertSame(
        expected, assessor(store, 4, new JdbcCheckpointStore(ds), 0, 3).assess(DAMING, AS_OF));
    assertEquals(0, store.listed.get(), "the persisted state covers every submission");
  }
}
