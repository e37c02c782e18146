package org.epar.core.json;

import java.util.Objects;
import org.epar.core.model.EparRecord;

/**
 * One non-blank line of an NDJSON file, as {@link NdjsonReader} read it: a record, or the reason it
 * could not be read.
 *
 * <pre>{@code
 * switch (line) {
 *   case NdjsonLine.Parsed p -> store(p.record());
 *   case NdjsonLine.Malformed m -> log.warn("line {}: {}", m.lineNumber(), m.problem());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface NdjsonLine permits NdjsonLine.Parsed, NdjsonLine.Malformed {

  /**
   * The 1-based number of the line in the input, counting blank lines.
   *
   * @return the line number
   */
  long lineNumber();

  /**
   * A line that held a record.
   *
   * @param lineNumber the 1-based line number
   * @param record the record
   */
  record Parsed(long lineNumber, EparRecord record) implements NdjsonLine {
    /** Checks the arguments. */
    public Parsed {
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * A line that could not be read as a record: bad JSON, a missing or unknown {@code type}, a value
   * of the wrong JSON type or format, or a line longer than the reader's limit.
   *
   * <p>The problem text names the error category and the JSON property path (e.g. {@code "wrong JSON
   * type, expected an integer at natural_villages[0].households"}); it never contains values from
   * the line, so it may be logged even when the line holds personal data.
   *
   * @param lineNumber the 1-based line number
   * @param problem what is wrong, free of input values
   */
  record Malformed(long lineNumber, String problem) implements NdjsonLine {
    /** Checks the arguments. */
    public Malformed {
      Objects.requireNonNull(problem, "problem");
    }
  }
}
