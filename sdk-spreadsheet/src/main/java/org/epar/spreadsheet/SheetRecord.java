package org.epar.spreadsheet;

import java.util.Objects;
import org.epar.core.model.EparRecord;

/**
 * A record read from a spreadsheet, with where it starts.
 *
 * @param sheet the sheet name (for a CSV file, the record type's sheet name)
 * @param row the 1-based row of its first line (a household with three members spans three rows)
 * @param record the record, built with its canonical constructor
 * @since 0.1.0
 */
public record SheetRecord(String sheet, long row, EparRecord record) {

  /** Checks that no component is null. */
  public SheetRecord {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(record, "record");
  }
}
