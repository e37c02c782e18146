package org.epar.assessment.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a {@link org.epar.assessment.CountyAssessor} keeps, per county, the checkpoint of its last
 * assessment: the rule states accumulated over the county's stored submissions up to a point, so
 * that the next assessment reads only the submissions stored since. A checkpoint is opaque bytes,
 * versioned by the assessor; a lost, stale or unreadable one only costs a full re-reading.
 *
 * <p>Implementations must be thread-safe. {@link #inMemory()} keeps them in the JVM; {@code
 * org.epar.assessment.JdbcCheckpointStore} keeps them next to the submissions of a {@code
 * JdbcSubmissionStore} (table {@code epar_assessment_checkpoint}, Flyway migration V4).
 *
 * @since 0.2.0
 */
public interface CheckpointStore {

  /**
   * The checkpoint of a county, if one was saved.
   *
   * @param county the 6-digit county code
   * @return the bytes last {@linkplain #save saved} for the county
   */
  Optional<byte[]> load(String county);

  /**
   * Replaces the checkpoint of a county.
   *
   * @param county the 6-digit county code
   * @param checkpoint the bytes, kept as given
   */
  void save(String county, byte[] checkpoint);

  /**
   * A store that keeps checkpoints in this JVM's memory, one per county.
   *
   * @return a new, empty store
   */
  static CheckpointStore inMemory() {
    Map<String, byte[]> map = new ConcurrentHashMap<>();
    return new CheckpointStore() {
      @Override
      public Optional<byte[]> load(String county) {
        byte[] b = map.get(Objects.requireNonNull(county, "county"));
        return b == null ? Optional.empty() : Optional.of(b.clone());
      }

      @Override
      public void save(String county, byte[] checkpoint) {
        map.put(Objects.requireNonNull(county, "county"), checkpoint.clone());
      }
    };
  }
}
