package org.epar.assessment.spi;

import java.util.ArrayList;
import java.util.List;
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
 * JdbcSubmissionStore} (tables {@code epar_assessment_checkpoint} and {@code
 * epar_assessment_delta}, Flyway migrations V4 and V5).
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
   * Replaces the checkpoint of a county and drops its deltas.
   *
   * @param county the 6-digit county code
   * @param checkpoint the bytes, kept as given
   */
  void save(String county, byte[] checkpoint);

  /**
   * The deltas appended for a county since its checkpoint was last {@linkplain #save saved}.
   *
   * @param county the 6-digit county code
   * @return the deltas in the order appended; empty if none
   * @since 0.2.0
   */
  List<byte[]> deltas(String county);

  /**
   * Appends a delta for a county, after the ones appended since its last checkpoint.
   *
   * @param county the 6-digit county code
   * @param delta the bytes, kept as given
   * @since 0.2.0
   */
  void append(String county, byte[] delta);

  /**
   * A store that keeps checkpoints in this JVM's memory, one per county.
   *
   * @return a new, empty store
   */
  static CheckpointStore inMemory() {
    Map<String, byte[]> map = new ConcurrentHashMap<>();
    Map<String, List<byte[]>> deltas = new ConcurrentHashMap<>();
    return new CheckpointStore() {
      @Override
      public Optional<byte[]> load(String county) {
        byte[] b = map.get(Objects.requireNonNull(county, "county"));
        return b == null ? Optional.empty() : Optional.of(b.clone());
      }

      @Override
      public void save(String county, byte[] checkpoint) {
        byte[] copy = checkpoint.clone();
        deltas.compute(
            Objects.requireNonNull(county, "county"),
            (c, old) -> {
              map.put(c, copy);
              return null;
            });
      }

      @Override
      public List<byte[]> deltas(String county) {
        List<byte[]> out = new ArrayList<>();
        deltas.computeIfPresent(
            Objects.requireNonNull(county, "county"),
            (c, list) -> {
              list.forEach(d -> out.add(d.clone()));
              return list;
            });
        return out;
      }

      @Override
      public void append(String county, byte[] delta) {
        byte[] copy = delta.clone();
        deltas.compute(
            Objects.requireNonNull(county, "county"),
            (c, list) -> {
              List<byte[]> l = list == null ? new ArrayList<>() : list;
              l.add(copy);
              return l;
            });
      }
    };
  }
}
