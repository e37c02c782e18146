package org.epar.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.epar.store.internal.Dialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a migrated {@link JdbcSubmissionStore}: on H2 in a directory (the embedded default), on
 * PostgreSQL, or on a {@link DataSource} the platform already has.
 *
 * <pre>{@code
 * JdbcSubmissionStore embedded = SubmissionStores.h2(Path.of("epar-data"));
 * JdbcSubmissionStore production = SubmissionStores.postgres(
 *     "jdbc:postgresql://db.example:5432/epar", "epar", System.getenv("EPAR_DB_PASSWORD"));
 * }</pre>
 *
 * <p>Every factory runs the store's Flyway migrations first (history table {@code
 * epar_schema_history}); running them on an up-to-date schema changes nothing, and two replicas
 * starting at once are serialized by Flyway's lock. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SubmissionStores {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionStores.class);

  /** The Flyway history table of the store's own migrations. */
  public static final String HISTORY_TABLE = "epar_schema_history";

  /** File name (without H2's {@code .mv.db}) of the embedded database in its directory. */
  public static final String H2_FILE = "epar";

  private SubmissionStores() {}

  /**
   * A store in an H2 database file in {@code dir}, created if absent: the embedded default, for a
   * single server process (H2 locks the file). Commits are written to the file before {@link
   * JdbcSubmissionStore#putIfAbsent} returns ({@code WRITE_DELAY=0}), so a killed process loses
   * nothing it acknowledged; H2 does not fsync each commit, so an operating-system crash or power
   * loss may lose the last ones (use PostgreSQL where that matters).
   *
   * @param dir the data directory, created with its parents if absent
   * @return the store, owning its pool: close it
   * @throws UncheckedIOException if the directory cannot be created
   * @throws StoreException if the database cannot be opened or migrated (e.g. another process holds
   *     it)
   */
  public static JdbcSubmissionStore h2(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + abs, e);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("epar-store-h2");
    config.setJdbcUrl("jdbc:h2:file:" + abs.resolve(H2_FILE) + ";WRITE_DELAY=0");
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(8);
    return pooled(config);
  }

  /**
   * A store on PostgreSQL, with a HikariCP pool of at most 10 connections. The driver is told to
   * keep the server's row detail out of exception messages ({@code logServerErrorDetail=false}), so
   * no report content reaches a log through an error.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://db.example:5432/epar}
   * @param user the database user
   * @param password the password; take it from the environment or a secret store, never from a
   *     command line
   * @return the store, owning its pool: close it
   * @throws IllegalArgumentException if the URL is not a PostgreSQL one
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static JdbcSubmissionStore postgres(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://...)");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("epar-store-postgresql");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    config.addDataSourceProperty("logServerErrorDetail", "false");
    config.addDataSourceProperty("ApplicationName", "epar");
    return pooled(config);
  }

  /**
   * A store on a data source the caller owns and closes (a container's pool, a test database).
   * Migrates first.
   *
   * @param dataSource a PostgreSQL or H2 data source
   * @return the store; closing it leaves the data source open
   * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static JdbcSubmissionStore on(DataSource dataSource) {
    return on(dataSource, GROUP_COMMIT_BATCH);
  }

  /**
   * At most this many submissions share one commit by default (group commit, see {@link
   * #on(DataSource, int)}).
   */
  public static final int GROUP_COMMIT_BATCH = 64;

  /**
   * A store on a data source the caller owns, with a chosen group commit. Submissions that arrive
   * while the previous ones commit are inserted together in one transaction by one writer thread,
   * at most {@code maxBatch} at a time, and each is answered only after that transaction committed:
   * one commit (one WAL flush) serves many concurrent submissions, and nothing is acknowledged
   * early. {@code 1} turns this off: each submission is its own transaction on the caller's thread.
   * Migrates first.
   *
   * @param dataSource a PostgreSQL or H2 data source
   * @param maxBatch at most this many submissions per commit, at least 1
   * @return the store; closing it leaves the data source open
   * @throws IllegalArgumentException if {@code maxBatch} is less than 1, or the database is neither
   *     PostgreSQL nor H2
   * @throws StoreException if the database cannot be reached or migrated
   * @since 0.2.0
   */
  public static JdbcSubmissionStore on(DataSource dataSource, int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
    }
    JdbcSubmissionStore store =
        new JdbcSubmissionStore(dataSource, migrate(dataSource), null, maxBatch);
    try {
      store.fillDivisions();
      store.fillPeriods();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Brings the schema of the store up to date, e.g. before an upgrade is rolled out to all
   * replicas.
   *
   * @param dataSource a PostgreSQL or H2 data source
   * @return the dialect of the database
   * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
   * @throws StoreException if the database cannot be reached or migrated
   */
  static Dialect migrate(DataSource dataSource) {
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.of(c.getMetaData());
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      throw new StoreException(
          "cannot connect to the submission database (SQLSTATE " + state + ")", state, e);
    }
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations(dialect.migrations())
              .table(HISTORY_TABLE)
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      LOG.info(
          "submission store schema on {}: version {} ({} migrations applied now)",
          dialect.name().toLowerCase(java.util.Locale.ROOT),
          result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new StoreException("migrating the submission store failed", "", e);
    }
    return dialect;
  }

  private static JdbcSubmissionStore pooled(HikariConfig config) {
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the submission database", "", e);
    }
    try {
      JdbcSubmissionStore store =
          new JdbcSubmissionStore(pool, migrate(pool), pool, GROUP_COMMIT_BATCH);
      try {
        store.fillDivisions();
        store.fillPeriods();
      } catch (RuntimeException e) {
        store.close(); // closes the pool too
        throw e;
      }
      return store;
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }
}
