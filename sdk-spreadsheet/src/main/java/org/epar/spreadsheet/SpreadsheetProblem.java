package org.epar.spreadsheet;

import java.util.Objects;

/**
 * A problem found while reading a spreadsheet: where it is and why. Reading goes on after a
 * problem; a row with a problem gives no record, so nothing is half-read.
 *
 * <p>The detail never repeats the content of a cell (a name, a phone or a citizen identity number
 * pasted into the wrong column would otherwise leak); it says what was expected, such as the
 * allowed terms, and the row and column say where to look.
 *
 * @param sheet the sheet name (for a CSV file, the record type's sheet name)
 * @param row the 1-based row number as a spreadsheet program shows it; 0 for the whole sheet or
 *     file
 * @param column the column letter ({@code A}, {@code B}, ..., {@code AA}); empty for a whole row or
 *     sheet
 * @param reason why, as a stable code
 * @param detail what was expected, in English, without personal data; may be empty
 * @since 0.1.0
 */
public record SpreadsheetProblem(
    String sheet, long row, String column, Reason reason, String detail) {

  /** Checks that no component is null. */
  public SpreadsheetProblem {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * The reason in English, with the detail.
   *
   * @return e.g. {@code not a date (yyyy-MM-dd)}
   */
  public String message() {
    return detail.isEmpty() ? reason.text() : reason.text() + ": " + detail;
  }

  /**
   * {@code sheet:row:column: message}, the form the {@code epar} command prints after the file
   * name.
   *
   * @return the problem on one line
   */
  @Override
  public String toString() {
    return sheet + ":" + row + ":" + column + ": " + message();
  }

  /**
   * Why a cell, row, sheet or file could not be read. The codes are stable and never reused.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** A sheet whose name is no record type's. */
    UNKNOWN_SHEET("sheet is not a record type"),
    /** A sheet of reports, which are sent with the protocol rather than kept in a spreadsheet. */
    UNSUPPORTED_TYPE("this record type cannot be read from a spreadsheet"),
    /** A sheet or CSV file with no header row. */
    NO_HEADER("no header row"),
    /** A header that names no field of the record type; the column is ignored. */
    UNKNOWN_COLUMN("column is not a field of this record type"),
    /** Two headers that name the same field; the second is ignored. */
    DUPLICATE_COLUMN("field appears in two columns"),
    /** A field the record cannot be built without has no column; the sheet is skipped. */
    MISSING_COLUMN("required column is missing"),
    /** A required cell is empty. */
    MISSING_VALUE("required value is empty"),
    /** A cell holds a spreadsheet error such as #N/A or #REF!. */
    CELL_ERROR("cell holds a spreadsheet error"),
    /** Not a whole number. */
    NOT_AN_INTEGER("not a whole number"),
    /** Not a number. */
    NOT_A_NUMBER("not a number"),
    /** Not an amount in yuan with at most two decimals. */
    NOT_MONEY("not an amount in yuan with at most two decimals"),
    /** Not a date. */
    NOT_A_DATE("not a date (yyyy-MM-dd)"),
    /** Not a date and time with an offset. */
    NOT_A_DATE_TIME("not a date and time with offset (yyyy-MM-ddTHH:mm:ss+08:00)"),
    /** Not 是/否 (or true/false, 1/0). */
    NOT_YES_NO("not 是 or 否"),
    /** A term that no constant of the field's enumeration carries. */
    UNKNOWN_TERM("not one of the allowed terms"),
    /** An identifier typed as a number and stored with fewer digits than it had. */
    NUMBER_AS_IDENTIFIER(
        "identifier was stored as a number and lost digits; format the column as text"),
    /** A row of the same record (same id) that gives another value for a field of the record. */
    CONFLICTING_VALUE("differs from the value in the record's first row"),
    /** The record's own constructor refused the values. */
    INVALID_RECORD("the values do not make a record");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /**
     * The reason in English.
     *
     * @return a short sentence fragment
     */
    public String text() {
      return text;
    }
  }
}
