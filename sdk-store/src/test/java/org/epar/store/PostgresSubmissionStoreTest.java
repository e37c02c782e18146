package org.epar.store;

import static org.epar.store.StoreFixtures.A;
import static org.epar.store.StoreFixtures.daily;
import static org.epar.store.StoreFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL the test starts itself. */
class PostgresSubmissionStoreTest extends JdbcStoreContract {

  String database;

  @Override
  JdbcSubmissionStore open() {
    database = EmbeddedPg.newDatabase();
    return track(openReplica());
  }

  @Override
  JdbcSubmissionStore openReplica() {
    return SubmissionStores.postgres(EmbeddedPg.url(database), "postgres", "");
  }

  @Override
  DataSource dataSource() {
    return EmbeddedPg.dataSource(database);
  }

  @Test
  void migrations_areRecordedInTheStoresOwnHistoryTable_andRunOnce() throws Exception {
    store.putIfAbsent(daily(id(1), A, "r-1"));
    track(SubmissionStores.on(dataSource())); // a second start migrates nothing
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version FROM "
                    + SubmissionStores.HISTORY_TABLE
                    + " WHERE success"
                    + " AND version IS NOT NULL AND version <> '0' ORDER BY installed_rank")) {
      rs.next();
      assertEquals("1", rs.getString(1));
      rs.next();
      assertEquals("2", rs.getString(1), "V2: the division column");
      rs.next();
      assertEquals("3", rs.getString(1), "V3: the period days");
      rs.next();
      assertEquals("4", rs.getString(1), "V4: the assessment checkpoints");
      rs.next();
      assertEquals("5", rs.getString(1), "V5: the assessment state deltas");
      assertEquals(false, rs.next());
    }
    assertEquals(1, jdbc().count());
  }

  @Test
  void postgresFactory_refusesAnotherDatabasesUrl() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SubmissionStores.postgres("jdbc:h2:mem:x", "sa", "secret"));
    assertEquals("not a PostgreSQL JDBC URL (jdbc:postgresql://...)", e.getMessage());
  }
}
