package org.epar.store;

import static org.epar.store.StoreFixtures.A;
import static org.epar.store.StoreFixtures.B;
import static org.epar.store.StoreFixtures.daily;
import static org.epar.store.StoreFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.epar.grpc.spi.StoredSubmission;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on H2 in a file, the embedded default, and what survives a restart. */
class H2SubmissionStoreTest extends JdbcStoreContract {

  @TempDir Path dir;

  @Override
  JdbcSubmissionStore open() {
    return track(SubmissionStores.h2(dir));
  }

  @Override
  JdbcSubmissionStore openReplica() {
    return SubmissionStores.h2(dir);
  }

  @Override
  DataSource dataSource() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve(SubmissionStores.H2_FILE));
    ds.setUser("sa");
    return ds;
  }

  @Test
  void h2_keepsItsDataInTheDirectory() {
    store.putIfAbsent(daily(id(1), A, "r-1"));
    assertTrue(Files.exists(dir.resolve(SubmissionStores.H2_FILE + ".mv.db")));
    assertEquals("h2", jdbc().dialect());
  }

  @Test
  void closeAndReopen_everySubmissionIsThere_andResendsFindTheOriginal() {
    List<StoredSubmission> all = new ArrayList<>();
    for (int n = 1; n <= 50; n++) {
      StoredSubmission s = daily(id(n), n % 3 == 0 ? B : A, "r-" + n);
      all.add(s);
      assertSame(s, store.putIfAbsent(s));
    }
    jdbc().close();

    JdbcSubmissionStore reopened = track(SubmissionStores.h2(dir));
    assertEquals(50, reopened.count());
    for (StoredSubmission s : all) {
      assertEquals(s, reopened.get(s.contractor(), s.id()).orElseThrow());
      assertEquals(
          s,
          reopened.putIfAbsent(daily(id(999), s.contractor(), s.requestId())),
          "a resend after the restart gets the original");
    }
    assertEquals(50, reopened.count(), "and stores nothing new");
  }

  @Test
  void rowsStoredBeforeSchemaVersion2_getTheirDivisionOnTheNextStart() throws Exception {
    store.putIfAbsent(SubmissionStoreContract.inScope(1, A, "130425"));
    store.putIfAbsent(SubmissionStoreContract.inScope(2, B, null));
    try (var c = dataSource().getConnection();
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE epar_submission SET division = NULL"); // as V2 leaves old rows
    }
    assertEquals(
        List.of(),
        store.listInDivision(org.epar.core.id.DivisionCode.of("130425"), null, 10),
        "before the fill, an old row is in no division");
    jdbc().close();

    JdbcSubmissionStore reopened = track(SubmissionStores.h2(dir));
    assertEquals(
        List.of(id(1)),
        reopened.listInDivision(org.epar.core.id.DivisionCode.of("130425"), null, 10).stream()
            .map(StoredSubmission::id)
            .toList());
    try (var c = dataSource().getConnection();
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM epar_submission WHERE division IS NULL")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "the scope-less row is filled with '' (in no division)");
    }
  }

  @Test
  void rowsStoredBeforeSchemaVersion3_getTheirPeriodDaysOnTheNextStart() throws Exception {
    store.putIfAbsent(daily(id(1), A, "d")); // 20180402
    store.putIfAbsent(
        StoreFixtures.submission(id(2), A, "m", StoreFixtures.monthly(A, "201803", 1)));
    try (var c = dataSource().getConnection();
        var st = c.createStatement()) {
      // as V3 leaves old rows
      st.executeUpdate("UPDATE epar_submission SET period_start = NULL, period_end = NULL");
    }
    var march =
        org.epar.grpc.spi.SubmissionFilter.ANY.withPeriods(
            java.time.LocalDate.of(2018, 3, 1), java.time.LocalDate.of(2018, 3, 31));
    assertEquals(List.of(), store.list(A, march, null, 10), "before the fill: in no range");
    jdbc().close();

    JdbcSubmissionStore reopened = track(SubmissionStores.h2(dir));
    assertEquals(
        List.of(id(2)),
        reopened.list(A, march, null, 10).stream().map(StoredSubmission::id).toList());
    assertEquals(
        List.of(id(1)),
        reopened
            .list(
                A,
                march.withPeriods(
                    java.time.LocalDate.of(2018, 4, 2), java.time.LocalDate.of(2018, 4, 2)),
                null,
                10)
            .stream()
            .map(StoredSubmission::id)
            .toList());
  }
}
