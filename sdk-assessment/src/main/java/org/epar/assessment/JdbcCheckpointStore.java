package org.epar.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.epar.assessment.spi.CheckpointStore;

/**
 * Keeps assessment checkpoints next to the submissions, in the table {@code
 * epar_assessment_checkpoint} that the submission store's Flyway migration V4 creates (H2 and
 * PostgreSQL): one row per county, replaced by each assessment that read new submissions.
 *
 * <pre>{@code
 * JdbcSubmissionStore store = SubmissionStores.on(dataSource); // migrates, V4 included
 * CountyAssessor assessor = CountyAssessor.builder()
 *     .store(store)
 *     .checkpoints(new JdbcCheckpointStore(dataSource))
 *     ...
 * }</pre>
 *
 * <p>Thread-safe; two replicas on one database may both save, the last one wins (either checkpoint
 * is valid). A database failure surfaces as {@link IllegalStateException}; the assessor then logs
 * it and reads every submission.
 *
 * @since 0.2.0
 */
public final class JdbcCheckpointStore implements CheckpointStore {

  private final DataSource dataSource;
  private final Clock clock;

  /**
   * A store on the database of a submission store migrated to V4 or later.
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
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot save the assessment checkpoint (SQLState " + e.getSQLState() + ")", e);
    }
  }
}
