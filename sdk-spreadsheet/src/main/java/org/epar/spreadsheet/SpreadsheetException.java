package org.epar.spreadsheet;

import org.epar.core.EparException;

/**
 * A spreadsheet file that cannot be read at all: not an XLSX workbook, a CSV file in neither UTF-8
 * nor GB18030, or an input/output failure. Problems inside a readable file are reported as {@link
 * SpreadsheetProblem}s instead. The message never quotes the file's content.
 *
 * @since 0.1.0
 */
public class SpreadsheetException extends EparException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be read and why
   * @param cause the underlying failure; may be null
   */
  public SpreadsheetException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }
}
