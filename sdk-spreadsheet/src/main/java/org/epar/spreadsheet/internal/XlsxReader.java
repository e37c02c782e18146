package org.epar.spreadsheet.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.epar.core.model.RecordType;
import org.epar.spreadsheet.SheetRecord;
import org.epar.spreadsheet.SpreadsheetProblem;
import org.epar.spreadsheet.SpreadsheetProblem.Reason;
import org.jspecify.annotations.Nullable;

/** Reads the visible sheets of a workbook with fastexcel-reader, streaming their rows. */
public final class XlsxReader {

  private XlsxReader() {}

  /**
   * Reads every visible sheet; a sheet whose name is no record type's is reported and skipped.
   *
   * @param wb the workbook
   * @param records where records go
   * @param problems where problems go
   * @return {records, problems}
   * @throws IOException if a sheet cannot be read
   */
  public static long[] read(
      ReadableWorkbook wb,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems)
      throws IOException {
    long delivered = 0;
    long reported = 0;
    List<Sheet> sheets = wb.getSheets().toList();
    for (Sheet sheet : sheets) {
      if (sheet.getVisibility() != SheetVisibility.VISIBLE
          || sheet.getName().equals(XlsxTemplateWriter.LISTS_SHEET)) {
        continue;
      }
      Optional<Layout> layout = Layout.forSheet(sheet.getName());
      if (layout.isEmpty()) {
        boolean report = sheetType(sheet.getName()) != null;
        problems.accept(
            new SpreadsheetProblem(
                sheet.getName(),
                0,
                "",
                report ? Reason.UNSUPPORTED_TYPE : Reason.UNKNOWN_SHEET,
                ""));
        reported++;
        continue;
      }
      RowAssembler rows = new RowAssembler(layout.get(), sheet.getName(), records, problems);
      boolean header = true;
      try (Stream<Row> stream = sheet.openStream()) {
        Iterator<Row> it = stream.iterator();
        while (it.hasNext()) {
          Row row = it.next();
          List<RawCell> cells = cells(row);
          if (header) {
            if (cells.stream().allMatch(RawCell::blank)) {
              continue;
            }
            header = false;
            if (!rows.header(row.getRowNum(), cells)) {
              break;
            }
          } else {
            rows.row(row.getRowNum(), cells);
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (header) {
        rows.sheetProblem(Reason.NO_HEADER, "");
      }
      rows.finish();
      delivered += rows.delivered();
      reported += rows.reported();
    }
    return new long[] {delivered, reported};
  }

  private static @Nullable RecordType sheetType(String name) {
    String n = Layout.normalise(name);
    for (RecordType t : RecordType.values()) {
      if (t.wireName().equals(n) || t.name().equalsIgnoreCase(n)) {
        return t;
      }
    }
    return null;
  }

  private static List<RawCell> cells(Row row) {
    int n = row.getCellCount();
    List<RawCell> cells = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Cell cell = row.getCell(i);
      cells.add(cell == null ? RawCell.EMPTY : raw(cell));
    }
    return cells;
  }

  private static RawCell raw(Cell cell) {
    CellType type = cell.getType();
    String rawValue = cell.getRawValue();
    String text = rawValue == null ? "" : rawValue;
    return switch (type) {
      case EMPTY -> RawCell.EMPTY;
      case ERROR -> new RawCell(text, false, true);
      case NUMBER -> new RawCell(text, true, false);
      case BOOLEAN -> RawCell.text(Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false");
      case FORMULA -> new RawCell(text, cell.getValue() instanceof BigDecimal, false);
      case STRING -> RawCell.text(cell.asString() == null ? "" : cell.asString());
    };
  }
}
