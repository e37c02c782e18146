package org.epar.spreadsheet.internal;

import java.util.Objects;

/**
 * A cell as read: its text, and whether the workbook stored it as a number or an error.
 *
 * @param text the text (for a number, its stored digits, e.g. {@code 42} or {@code 1.30425E+17})
 * @param numeric whether the cell is a number (a date typed in Excel is one)
 * @param error whether the cell holds an error such as {@code #N/A}
 */
public record RawCell(String text, boolean numeric, boolean error) {

  /** An empty cell. */
  public static final RawCell EMPTY = new RawCell("", false, false);

  /** Checks the text. */
  public RawCell {
    Objects.requireNonNull(text, "text");
  }

  /**
   * A text cell (every CSV cell is one).
   *
   * @param text the text
   * @return the cell
   */
  public static RawCell text(String text) {
    return new RawCell(text, false, false);
  }

  /**
   * @return whether the cell is empty or only spaces
   */
  public boolean blank() {
    return !error && Cells.strip(text).isEmpty();
  }
}
