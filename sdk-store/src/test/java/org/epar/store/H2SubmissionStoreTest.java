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
import org.epar.grpc.TestReports;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.store.internal.RowCodec;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
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

  /**
   * The findings column as every version since 0.1.0 wrote it (the server kit's former {@code
   * spi.Finding} as JSON), taken from a row written before the one Finding type: read without a
   * migration, and written back byte for byte.
   */
  static final String OLD_FINDINGS =
      "[{\"ruleId\":\"CORE-MONEY-01\",\"severity\":\"ERROR\",\"location\":"
          + "\"disbursement/d0/amount\",\"messageEn\":\"An amount must not be negative. (×2)\","
          + "\"messageZh\":\"金额不能为负数。（共 2 处）\"},"
          + "{\"ruleId\":\"DM-TARGET-01\",\"severity\":\"INFO\",\"location\":\"dataset//\","
          + "\"messageEn\":\"Progress 45%.\",\"messageZh\":\"进度 45%。\"},"
          + "{\"ruleId\":\"DM-VETO-01\",\"severity\":\"VETO\",\"location\":"
          + "\"fund/f/1/amount\",\"messageEn\":\"Veto \\\"item\\\" \\\\ breached.\","
          + "\"messageZh\":\"一票否决项未达标。\"}]";

  @Test
  void findingsWrittenInTheOldFormat_readWithoutMigration_andAreWrittenBackByteForByte()
      throws Exception {
    store.putIfAbsent(daily(id(1), A, "r-1"));
    try (var c = dataSource().getConnection();
        var ps = c.prepareStatement("UPDATE epar_submission SET findings = ?, finding_count = 3")) {
      ps.setString(1, OLD_FINDINGS);
      assertEquals(1, ps.executeUpdate());
    }
    jdbc().close();

    JdbcSubmissionStore reopened = track(SubmissionStores.h2(dir));
    List<Finding> read = reopened.get(A, id(1)).orElseThrow().findings();
    assertEquals(3, read.size());
    Finding money = read.get(0);
    assertEquals("CORE-MONEY-01", money.ruleId());
    assertEquals(Severity.ERROR, money.severity());
    assertEquals(new Location("disbursement", "d0", "amount", -1), money.location());
    assertEquals("An amount must not be negative. (×2)", FindingText.messageEn(money));
    assertEquals("金额不能为负数。（共 2 处）", FindingText.messageZh(money));
    assertEquals(1, money.count(), "the count is already in the stored messages");
    assertEquals(Location.dataset(), read.get(1).location());
    assertEquals("f/1", read.get(2).location().objectId(), "an id may hold a slash");
    assertEquals("fund/f/1/amount", FindingText.location(read.get(2)));
    assertEquals(OLD_FINDINGS, RowCodec.findings(read), "written back byte for byte");
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
    store.putIfAbsent(StoreFixtures.submission(id(2), A, "m", TestReports.monthly(A, "201803", 1)));
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
