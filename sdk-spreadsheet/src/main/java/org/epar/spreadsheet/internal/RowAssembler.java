package org.epar.spreadsheet.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.epar.core.model.EparRecord;
import org.epar.spreadsheet.SheetRecord;
import org.epar.spreadsheet.SpreadsheetProblem;
import org.epar.spreadsheet.SpreadsheetProblem.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of one sheet into records: maps the header row to columns, converts each cell,
 * and, for a type with nested rows, merges consecutive rows with the same key into one record.
 *
 * <p>Holds at most one record's rows at a time. Not thread-safe; one per sheet.
 */
public final class RowAssembler {

  private final Layout layout;
  private final String sheet;
  private final Consumer<? super SheetRecord> records;
  private final Consumer<? super SpreadsheetProblem> problems;
  private final List<@Nullable Column> byIndex = new ArrayList<>();
  private final int keyColumn;
  private boolean usable;
  private long delivered;
  private long reported;

  // the record being assembled (a type with nested rows spans several rows)
  private @Nullable Object @Nullable [] pendingArgs;
  private @Nullable String @Nullable [] pendingText;
  private final List<Object> pendingItems = new ArrayList<>();
  private long pendingRow;
  private boolean pendingBad;

  /**
   * Creates the assembler of one sheet.
   *
   * @param layout the record type's layout
   * @param sheet the sheet name, for problems
   * @param records where records go
   * @param problems where problems go
   */
  public RowAssembler(
      Layout layout,
      String sheet,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems) {
    this.layout = layout;
    this.sheet = sheet;
    this.records = records;
    this.problems = problems;
    int key = -1;
    for (int i = 0; i < layout.columns().size(); i++) {
      Column c = layout.columns().get(i);
      if (!c.nested() && (c.path().equals("id") || c.path().equals("code"))) {
        key = c.index();
        break;
      }
    }
    this.keyColumn = key;
  }

  /**
   * Reads the header row.
   *
   * @param row its 1-based row number
   * @param cells its cells
   * @return whether the sheet can be read (every required column is there)
   */
  public boolean header(long row, List<RawCell> cells) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cells.size(); i++) {
      RawCell cell = cells.get(i);
      String text = Cells.strip(cell.text());
      if (text.isEmpty()) {
        byIndex.add(null);
        continue;
      }
      Optional<Column> c = layout.column(text);
      if (c.isEmpty()) {
        problem(row, i, Reason.UNKNOWN_COLUMN, "");
        byIndex.add(null);
      } else if (!seen.add(c.get().path())) {
        problem(row, i, Reason.DUPLICATE_COLUMN, c.get().path());
        byIndex.add(null);
      } else {
        byIndex.add(c.get());
      }
    }
    usable = true;
    for (Column c : layout.columns()) {
      if (c.required() && !seen.contains(c.path())) {
        problem(row, -1, Reason.MISSING_COLUMN, c.path() + " (" + c.label() + ")");
        usable = false;
      }
    }
    return usable;
  }

  /**
   * Reads a data row; a blank row is skipped.
   *
   * @param row its 1-based row number
   * @param cells its cells
   */
  public void row(long row, List<RawCell> cells) {
    if (!usable || cells.stream().allMatch(RawCell::blank)) {
      return;
    }
    Object[] args = new Object[layout.arity()];
    String[] text = new String[layout.arity()];
    Object[] nestedArgs = new Object[layout.nestedArity()];
    boolean[] set = new boolean[layout.arity()];
    boolean[] nestedSet = new boolean[layout.nestedArity()];
    boolean anyNested = false;
    boolean bad = false;
    for (int i = 0; i < cells.size() && i < byIndex.size(); i++) {
      Column c = byIndex.get(i);
      if (c == null) {
        continue;
      }
      RawCell cell = cells.get(i);
      Cells.Read r = Cells.read(c, cell);
      if (!r.ok()) {
        problem(row, i, r.reason(), r.detail());
        bad = true;
        continue;
      }
      if (c.nested()) {
        nestedArgs[c.index()] = r.value();
        nestedSet[c.index()] = r.value() != null;
        anyNested |= !cell.blank();
      } else {
        args[c.index()] = r.value();
        set[c.index()] = r.value() != null;
        text[c.index()] = Cells.strip(cell.text());
        if (c.required() && r.value() == null) {
          problem(row, i, Reason.MISSING_VALUE, c.path());
          bad = true;
        }
      }
    }
    for (int i = 0; i < args.length; i++) {
      if (!set[i] && i != layout.nestedIndex()) {
        args[i] = layout.defaultValue(false, i);
      }
    }
    for (int i = 0; i < nestedArgs.length; i++) {
      if (!nestedSet[i]) {
        nestedArgs[i] = layout.defaultValue(true, i);
      }
    }
    if (layout.hasNested() && pendingArgs != null && sameRecord(text)) {
      checkConsistent(row, text);
    } else {
      flush();
      pendingArgs = args;
      pendingText = text;
      pendingRow = row;
      pendingBad = false;
    }
    pendingBad |= bad;
    if (anyNested && !bad) {
      try {
        pendingItems.add(layout.newNested(nestedArgs));
      } catch (RuntimeException e) {
        problem(row, -1, Reason.INVALID_RECORD, e.getClass().getSimpleName());
        pendingBad = true;
      }
    }
    if (!layout.hasNested()) {
      flush();
    }
  }

  /**
   * Reports a problem with the whole sheet.
   *
   * @param reason why
   * @param detail what was expected
   */
  public void sheetProblem(Reason reason, String detail) {
    problem(0, -1, reason, detail);
  }

  /** Delivers the last record. */
  public void finish() {
    flush();
  }

  /**
   * @return records delivered
   */
  public long delivered() {
    return delivered;
  }

  /**
   * @return problems reported
   */
  public long reported() {
    return reported;
  }

  private boolean sameRecord(String[] text) {
    if (keyColumn < 0 || pendingText == null) {
      return false;
    }
    String key = text[keyColumn];
    return key != null && !key.isEmpty() && key.equals(pendingText[keyColumn]);
  }

  private void checkConsistent(long row, String[] text) {
    for (int i = 0; i < byIndex.size(); i++) {
      Column c = byIndex.get(i);
      if (c == null || c.nested() || pendingText == null) {
        continue;
      }
      String now = text[c.index()];
      String first = pendingText[c.index()];
      if (now != null && !now.isEmpty() && !now.equals(first)) {
        problem(row, i, Reason.CONFLICTING_VALUE, c.path());
        pendingBad = true;
      }
    }
  }

  private void flush() {
    Object[] args = pendingArgs;
    if (args == null) {
      return;
    }
    if (!pendingBad) {
      if (layout.hasNested()) {
        args[layout.nestedIndex()] = List.copyOf(pendingItems);
      }
      EparRecord record = null;
      try {
        record = layout.newRecord(args);
      } catch (RuntimeException e) {
        problem(pendingRow, -1, Reason.INVALID_RECORD, e.getClass().getSimpleName());
      }
      if (record != null) {
        delivered++;
        records.accept(new SheetRecord(sheet, pendingRow, record));
      }
    }
    pendingArgs = null;
    pendingText = null;
    pendingItems.clear();
  }

  private void problem(long row, int column, @Nullable Reason reason, String detail) {
    reported++;
    problems.accept(
        new SpreadsheetProblem(
            sheet,
            row,
            column < 0 ? "" : Cells.letters(column),
            reason == null ? Reason.INVALID_RECORD : reason,
            detail));
  }
}
