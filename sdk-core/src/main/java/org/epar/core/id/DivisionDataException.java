package org.epar.core.id;

import org.epar.core.EparException;

/**
 * Thrown when a division data file (the shipped registry resource or a user's villages CSV) has a
 * line that cannot be read. Lines are never skipped silently.
 *
 * <p>The message names the source, the line number and the reason; division codes and names are not
 * personal data.
 *
 * @since 0.1.0
 */
public final class DivisionDataException extends EparException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source what was being read, e.g. a file name
   * @param line the 1-based line number (the header is line 1)
   * @param reason what is wrong with the line
   */
  public DivisionDataException(String source, int line, String reason) {
    super(source + " line " + line + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * What was being read, e.g. a file name.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based number of the bad line; the header is line 1.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * What is wrong with the line, in English.
   *
   * @return the reason, never null
   */
  public String reason() {
    return reason;
  }
}
