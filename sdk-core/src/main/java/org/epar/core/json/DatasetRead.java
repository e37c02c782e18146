package org.epar.core.json;

import java.util.List;
import java.util.Objects;
import org.epar.core.model.Dataset;

/**
 * What {@link Ndjson#readDataset(java.nio.file.Path)} read: the records, and the lines it could not
 * read.
 *
 * @param dataset the records of every well-formed line, in file order within each type; no scope
 * @param malformed the lines that were not records, in file order; empty when every line was read
 * @since 0.1.0
 */
public record DatasetRead(Dataset dataset, List<NdjsonLine.Malformed> malformed) {

  /** Copies the list. */
  public DatasetRead {
    Objects.requireNonNull(dataset, "dataset");
    malformed = List.copyOf(malformed);
  }

  /**
   * Whether every non-blank line was a record.
   *
   * @return {@code true} when {@link #malformed()} is empty
   */
  public boolean isClean() {
    return malformed.isEmpty();
  }
}
