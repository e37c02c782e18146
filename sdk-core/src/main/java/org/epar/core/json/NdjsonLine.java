package org.epar.core.json;

import java.util.Objects;
import org.epar.core.json.internal.ReadProblemTexts;
import org.epar.core.model.EparRecord;
import org.jspecify.annotations.Nullable;

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
   * <p>The problem text names the error category and the JSON property path (e.g. {@code "wrong
   * JSON type, expected an integer at natural_villages[0].households"}); it never contains values
   * from the line, so it may be logged even when the line holds personal data.
   *
   * <p>A line whose bytes are not valid in the reader's charset (UTF-8 unless another was given) is
   * {@code undecodable}; it is never read with U+FFFD in place of the bad bytes. When the bytes
   * decode cleanly in another encoding, {@code likelyEncoding} names it ({@code "GBK/GB18030"} for
   * what Chinese Windows tools write by default, or {@code "UTF-8"}) and the problem text says so:
   * {@code not valid UTF-8 (byte 23 of the line); it looks like GBK/GB18030: read it with the
   * GB18030 encoding}.
   *
   * @param lineNumber the 1-based line number
   * @param problem what is wrong, free of input values
   * @param undecodable whether the line's bytes are not valid in the reader's charset
   * @param likelyEncoding the encoding an undecodable line looks like; may be null
   */
  record Malformed(
      long lineNumber, String problem, boolean undecodable, @Nullable String likelyEncoding)
      implements NdjsonLine {
    /** Checks the arguments. */
    public Malformed {
      Objects.requireNonNull(problem, "problem");
    }

    /**
     * A line that is not a record, with bytes that were valid text.
     *
     * @param lineNumber the 1-based line number
     * @param problem what is wrong, free of input values
     */
    public Malformed(long lineNumber, String problem) {
      this(lineNumber, problem, false, null);
    }

    /**
     * The problem in Simplified Chinese, with the same property path, column and charset names.
     *
     * @return the Chinese problem text; the English one for a text no EPAR reader writes
     */
    public String problemZh() {
      return ReadProblemTexts.zh(problem);
    }
  }
}
