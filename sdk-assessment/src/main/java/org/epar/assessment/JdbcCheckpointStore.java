package org.epar.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.epar.assessment.spi.CheckpointStore;

/**
 * Keeps assessment checkpoints next to the submissions, in the tables that the submission store's
 * Flyway migrations V4 and V5 create (H2 and PostgreSQL): {@code epar_assessment_checkpoint}, one
 * row per county, replaced now and then, and {@code epar_assessment_delta}, the deltas appended
 * since (one row each, numbered per county), deleted with each new checkpoint.
 *
 * <pre>{@code
 * JdbcSubmissionStore store = SubmissionStores.on(dataSource); // migrates, V5 included
 * CountyAssessor assessor = CountyAssessor.builder()
 *     .store(store)
 *     .checkpoints(new JdbcCheckpointStore(dataSource))
 *     ...
 * }</pre>
 *
 * <p>Thread-safe; two replicas on one database may both save, the last one wins (either checkpoint
 * is valid), and both append (a delta records where it starts, so the assessor skips one that does
 * not follow the deltas before it). A database failure surfaces as {@link IllegalStateException};
 * the assessor then logs it and reads every submission.
 *
 * @since 0.2.0
 */
public final class JdbcCheckpointStore implements CheckpointStore {

  private final DataSource dataSource;
  private final Clock clock;

  /**
   * A store on the database of a submission store migrated to V5 or later.
   *
   * @param dataSource the submissions' database
   */
  public JdbcCheckpointStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  JdbcCheckpointStore(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = clock;
  }

  @Override
  public Optional<byte[]> load(String county) {
    Objects.requireNonNull(county, "county");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT checkpoint FROM epar_assessment_checkpoint WHERE county = ?")) {
      s.setString(1, county);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the assessment checkpoint (SQLState " + e.getSQLState() + ")", e);
    }
  }

  @Override
  public void save(String county, byte[] checkpoint) {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(checkpoint, "checkpoint");
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        upsert(c, county, checkpoint, now);
        try (PreparedStatement d =
            c.prepareStatement("DELETE FROM epar_assessment_delta WHERE county = ?")) {
          d.setString(1, county);
          d.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot save the assessment checkpoint (SQLState " + e.getSQLState() + ")", e);
    }
  }

  /** Updates or inserts the county's row, inside the caller's transaction. */
  private static void upsert(Connection c, String county, byte[] checkpoint, Timestamp now)
      throws SQLException {
    for (int attempt = 0; attempt < 2; attempt++) {
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE epar_assessment_checkpoint SET saved_at = ?, checkpoint = ?"
                  + " WHERE county = ?")) {
        u.setTimestamp(1, now);
        u.setBytes(2, checkpoint);
        u.setString(3, county);
        if (u.executeUpdate() > 0) {
          return;
        }
      }
      // a failed insert aborts a PostgreSQL transaction: roll back to here to update instead
      Savepoint before = c.setSavepoint();
      try (PreparedStatement i =
          c.prepareStatement(
              "INSERT INTO epar_assessment_checkpoint (county, saved_at, checkpoint)"
                  + " VALUES (?, ?, ?)")) {
        i.setString(1, county);
        i.setTimestamp(2, now);
        i.setBytes(3, checkpoint);
        i.executeUpdate();
        return;
      } catch (SQLException e) {
        if (e.getSQLState() == null || !e.getSQLState().startsWith("23") || attempt == 1) {
          throw e;
        }
        // another replica inserted the county's row first: update it
        c.rollback(before);
      }
    }
  }

  @Override
  public List<byte[]> deltas(String county) {
    Objects.requireNonNull(county, "county");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT delta FROM epar_assessment_delta WHERE county = ? ORDER BY seq")) {
      s.setString(1, county);
      List<byte[]> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getBytes(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the assessment deltas (SQLState " + e.getSQLState() + ")", e);
    }
  }

  @Override
  public void append(String county, byte[] delta) {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(delta, "delta");
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      for (int attempt = 0; ; attempt++) {
        try (PreparedStatement i =
            c.prepareStatement(
                "INSERT INTO epar_assessment_delta (county, seq, saved_at, delta)"
                    + " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM epar_assessment_delta"
                    + " WHERE county = ?")) {
          i.setString(1, county);
          i.setTimestamp(2, now);
          i.setBytes(3, delta);
          i.setString(4, county);
          i.executeUpdate();
          return;
        } catch (SQLException e) {
          if (e.getSQLState() == null || !e.getSQLState().startsWith("23") || attempt == 2) {
            throw e;
          }
          // another replica appended the same number first: take the next one
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot append the assessment delta (SQLState " + e.getSQLState() + ")", e);
    }
  }
}
