package org.epar.core.json;

import org.epar.core.EparException;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that could not be read as what was asked for: bad JSON, a value of the wrong type
 * or format, a missing or unknown record {@code type}, or bytes that are not valid text in the
 * expected charset (UTF-8 unless another was given).
 *
 * <p>The message and {@link #problem()} name the error category, the JSON property path and the
 * position, never values from the input, so the exception may be logged even when the document
 * holds personal data. For undecodable bytes, {@link #likelyEncoding()} names the encoding they
 * look like, e.g. {@code "GBK/GB18030"}.
 *
 * @since 0.1.0
 */
public final class EparJsonException extends EparException {

  private static final long serialVersionUID = 1L;

  private final String problem;
  private final long line;
  private final long column;
  private final @Nullable String likelyEncoding;
  private final boolean undecodable;

  EparJsonException(
      String source,
      String problem,
      long line,
      long column,
      boolean undecodable,
      @Nullable String likelyEncoding) {
    super(
        source
            + (line > 0 ? " line " + line + (column > 0 ? ", column " + column : "") : "")
            + ": "
            + problem);
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.likelyEncoding = likelyEncoding;
    this.undecodable = undecodable;
  }

  /**
   * Whether the bytes were not valid text in the expected charset (rather than not valid JSON or
   * not fitting the model).
   *
   * @return whether the input could not be decoded
   */
  public boolean undecodable() {
    return undecodable;
  }

  /**
   * What is wrong, free of input values.
   *
   * @return the problem, e.g. {@code wrong JSON type, expected an integer at villages[0].residents}
   */
  public String problem() {
    return problem;
  }

  /**
   * What is wrong, in Simplified Chinese, with the same property path and column.
   *
   * @return the Chinese problem text
   */
  public String problemZh() {
    return org.epar.core.json.internal.ReadProblemTexts.zh(problem);
  }

  /**
   * The 1-based line of the problem.
   *
   * @return the line, or -1 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * The 1-based column of the problem.
   *
   * @return the column, or -1 when unknown
   */
  public long column() {
    return column;
  }

  /**
   * The encoding the bytes look like, when they were not valid in the expected charset.
   *
   * @return e.g. {@code "GBK/GB18030"}; null when the bytes were valid text or look like nothing
   *     known
   */
  public @Nullable String likelyEncoding() {
    return likelyEncoding;
  }
}
