package org.epar.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.epar.spreadsheet.internal.Column;
import org.epar.spreadsheet.internal.Layout;
import org.jspecify.annotations.Nullable;

/**
 * Writes a copy of a filled workbook with notes on the cells they are about: each noted cell gets a
 * highlighted fill and a cell comment, and a summary sheet at the end lists every rule with its
 * severity, count and message, and every note that has no cell (a finding about the whole dataset,
 * or about a row the workbook does not have).
 *
 * <p>How the copy is made: fastexcel cannot modify a workbook in place, so the input is read with
 * fastexcel-reader (streaming, with cell formats) and written anew with fastexcel, sheet by sheet
 * and row by row: every sheet (hidden ones stay hidden), every cell's value with its type (text,
 * number, boolean, formula; an error cell as its text) and its number format (so dates stay dates).
 * Column widths, fonts, data validations and the template's own header comments are not carried
 * over: the copy is a report to read, not a template to fill again.
 *
 * <p>Where a note goes: its {@code sheet} and {@code row} (1-based, the row a record starts on, as
 * {@link SheetRecord#row()} gives it) and its {@code path}, a JSON property path inside the record
 * as findings give it ({@code village}, {@code services[1]}, {@code members[2].citizen_id}). A
 * nested item's field is on the item's own row ({@code members[2]} is two rows below the
 * household's first); a path that names no column of the sheet (or is empty) marks the row's first
 * cell.
 *
 * <pre>{@code
 * List<SpreadsheetAnnotator.Note> notes = List.of(
 *     new SpreadsheetAnnotator.Note("建档立卡贫困户", 3, "members[0].citizen_id",
 *         "CORE-ID-01", "ERROR", "身份证号校验码错误"));
 * try (OutputStream out = Files.newOutputStream(Path.of("批注.xlsx"))) {
 *   SpreadsheetAnnotator.annotate(Path.of("花名册.xlsx"), out, notes,
 *       "检查结果", List.of("规则", "严重程度", "数量", "说明"));
 * }
 * }</pre>
 *
 * <p>Thread-safe (no state). Memory: rows are written as they are read (the writer flushes every
 * {@value #FLUSH_ROWS} rows); the notes are held.
 *
 * @since 0.2.0
 */
public final class SpreadsheetAnnotator {

  /** Fill of a noted cell: Excel's light red of "bad" cells. */
  static final String FILL = "FFC7CE";

  /** How many rows the writer buffers before it flushes a sheet. */
  static final int FLUSH_ROWS = 1000;

  private SpreadsheetAnnotator() {}

  /**
   * One note: what to say about which cell.
   *
   * @param sheet the sheet name as in the workbook; empty for a note without a cell
   * @param row the 1-based row the record starts on; 0 for a note without a cell
   * @param path the JSON property path inside the record, empty for the whole record
   * @param rule the rule ID (or another stable code) the note is for
   * @param severity the severity as text
   * @param text the note's text, in the reader's language; never personal data
   * @since 0.2.0
   */
  public record Note(
      String sheet, long row, String path, String rule, String severity, String text) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the row is negative
     */
    public Note {
      Objects.requireNonNull(sheet, "sheet");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(text, "text");
      if (row < 0) {
        throw new IllegalArgumentException("row must be 0 or more: " + row);
      }
    }

    /**
     * A note without a cell, for the summary sheet only.
     *
     * @param rule the rule ID
     * @param severity the severity as text
     * @param text the text
     * @return the note
     */
    public static Note withoutCell(String rule, String severity, String text) {
      return new Note("", 0, "", rule, severity, text);
    }
  }

  /**
   * What {@link #annotate} did.
   *
   * @param cells how many distinct cells were marked
   * @param placed how many notes went on a cell
   * @param summaryOnly how many notes went on the summary sheet only
   * @since 0.2.0
   */
  public record Result(long cells, long placed, long summaryOnly) {}

  /**
   * Writes the annotated copy of a workbook.
   *
   * @param workbook the XLSX workbook the notes are about
   * @param out where the copy goes; not closed
   * @param notes the notes
   * @param summarySheet the name of the summary sheet, e.g. {@code 检查结果}; must not be a sheet of
   *     the workbook
   * @param summaryHeaders the summary's four column headers: rule, severity, count, message
   * @return what was marked
   * @throws IllegalArgumentException if there are not four summary headers, or the summary sheet's
   *     name is taken
   * @throws SpreadsheetException if the workbook cannot be read or the copy cannot be written
   */
  public static Result annotate(
      Path workbook,
      OutputStream out,
      List<Note> notes,
      String summarySheet,
      List<String> summaryHeaders) {
    Objects.requireNonNull(workbook, "workbook");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(summarySheet, "summarySheet");
    if (summaryHeaders.size() != 4) {
      throw new IllegalArgumentException("four summary headers expected: " + summaryHeaders);
    }
    Map<String, List<Note>> bySheet = new HashMap<>();
    List<Note> unplaced = new ArrayList<>();
    for (Note n : notes) {
      if (n.sheet().isEmpty() || n.row() == 0) {
        unplaced.add(n);
      } else {
        bySheet.computeIfAbsent(n.sheet(), k -> new ArrayList<>()).add(n);
      }
    }
    long cells = 0;
    long placed = 0;
    try (ReadableWorkbook in =
            new ReadableWorkbook(workbook.toFile(), new ReadingOptions(true, false));
        Workbook copy = new Workbook(out, "EPAR", "1.0")) {
      List<Sheet> sheets = in.getSheets().toList();
      for (Sheet s : sheets) {
        if (s.getName().equals(summarySheet)) {
          throw new IllegalArgumentException("the workbook already has a sheet " + summarySheet);
        }
      }
      for (Sheet s : sheets) {
        List<Note> sheetNotes = bySheet.remove(s.getName());
        Worksheet ws = copy.newWorksheet(s.getName());
        if (s.getVisibility() != SheetVisibility.VISIBLE) {
          ws.setVisibilityState(VisibilityState.HIDDEN);
        }
        long[] counts = copySheet(s, ws, sheetNotes == null ? List.of() : sheetNotes, unplaced);
        cells += counts[0];
        placed += counts[1];
        ws.finish();
      }
      bySheet.values().forEach(unplaced::addAll);
      writeSummary(copy.newWorksheet(summarySheet), notes, unplaced, summaryHeaders);
      copy.finish();
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new SpreadsheetException(
          workbook.getFileName()
              + " could not be copied with its findings: "
              + e.getClass().getSimpleName(),
          e);
    }
    return new Result(cells, placed, unplaced.size());
  }

  /** Copies one sheet, marking its noted cells; returns {cells marked, notes placed}. */
  private static long[] copySheet(Sheet sheet, Worksheet ws, List<Note> notes, List<Note> unplaced)
      throws IOException {
    Optional<Layout> layout = Layout.forSheet(sheet.getName());
    // 0-based row -> 0-based column -> texts, filled once the header row is known
    TreeMap<Integer, Map<Integer, List<String>>> marks = new TreeMap<>();
    long placed = 0;
    long cells = 0;
    boolean header = true;
    int rowsSinceFlush = 0;
    try (Stream<Row> rows = sheet.openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        int r = row.getRowNum() - 1;
        if (header && !blank(row)) {
          header = false;
          Map<String, Integer> columns = columns(layout.orElse(null), row);
          for (Note n : notes) {
            int[] at = cell(layout.orElse(null), columns, n, r);
            if (at == null) {
              unplaced.add(n);
              continue;
            }
            placed++;
            List<String> texts =
                marks
                    .computeIfAbsent(at[0], k -> new TreeMap<>())
                    .computeIfAbsent(at[1], k -> new ArrayList<>());
            if (texts.isEmpty()) {
              cells++;
            }
            texts.add("[" + n.rule() + " " + n.severity() + "] " + n.text());
          }
        }
        // marked rows the reader skipped (no cell at all) come before this one
        while (!marks.isEmpty() && marks.firstKey() < r) {
          Map.Entry<Integer, Map<Integer, List<String>>> gap = marks.pollFirstEntry();
          gap.getValue().forEach((c, texts) -> copyCell(ws, gap.getKey(), c, null, texts));
        }
        Map<Integer, List<String>> rowMarks = marks.remove(r);
        for (int c = 0; c < row.getCellCount(); c++) {
          copyCell(ws, r, c, row.getCell(c), rowMarks == null ? null : rowMarks.remove(c));
        }
        if (rowMarks != null) {
          // a marked cell past the row's last filled cell (a missing value)
          rowMarks.forEach((c, texts) -> copyCell(ws, r, c, null, texts));
        }
        if (++rowsSinceFlush >= FLUSH_ROWS) {
          ws.flush();
          rowsSinceFlush = 0;
        }
      }
    }
    if (header) {
      unplaced.addAll(notes);
      return new long[] {0, 0};
    }
    // marks past the sheet's last row: empty marked cells
    marks.forEach((r, row) -> row.forEach((c, texts) -> copyCell(ws, r, c, null, texts)));
    return new long[] {cells, placed};
  }

  /** The header row's columns: the template's field path of each header cell to its index. */
  private static Map<String, Integer> columns(@Nullable Layout layout, Row header) {
    Map<String, Integer> columns = new HashMap<>();
    if (layout == null) {
      return columns;
    }
    for (int c = 0; c < header.getCellCount(); c++) {
      Cell cell = header.getCell(c);
      if (cell != null && cell.getText() != null) {
        int col = c;
        layout.column(cell.getText()).ifPresent(k -> columns.putIfAbsent(k.path(), col));
      }
    }
    return columns;
  }

  /**
   * The 0-based cell of a note, or null when the note's row is not below the header row.
   *
   * @param headerRow the 0-based header row
   */
  static int @Nullable [] cell(
      @Nullable Layout layout, Map<String, Integer> columns, Note n, int headerRow) {
    int first = (int) n.row() - 1;
    if (first <= headerRow) {
      return null;
    }
    Target t = target(layout, n.path());
    Integer col = t.column() == null ? null : columns.get(t.column());
    return new int[] {first + t.rowOffset(), col == null ? 0 : col};
  }

  /**
   * The 1-based row of the cell that a finding on a property path of a record goes to, for a record
   * read from {@code row} of a template sheet: the row of the list element the path names (a
   * household's {@code members[2].citizen_id} is two rows below the household's first row), else
   * {@code row} itself. {@link #annotate} marks the same row.
   *
   * @param sheet the sheet's name, such as {@code 建档立卡贫困户}; a sheet of no template gives {@code
   *     row}
   * @param row the 1-based row the record starts on ({@link SheetRecord#row()})
   * @param path the finding's property path, empty for the whole record
   * @return the 1-based row of the cell
   * @since 0.2.0
   */
  public static long cellRow(String sheet, long row, String path) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(path, "path");
    return row + target(Layout.forSheet(sheet).orElse(null), path).rowOffset();
  }

  /** A path's column (the template's English field path) and row offset. */
  record Target(@Nullable String column, int rowOffset) {}

  static Target target(@Nullable Layout layout, String path) {
    if (layout == null || path.isEmpty()) {
      return new Target(null, 0);
    }
    String head = path;
    String rest = "";
    int dot = path.indexOf('.');
    if (dot >= 0) {
      head = path.substring(0, dot);
      rest = path.substring(dot + 1);
    }
    int index = -1;
    int bracket = head.indexOf('[');
    if (bracket >= 0) {
      try {
        index = Integer.parseInt(head.substring(bracket + 1, head.indexOf(']', bracket)));
      } catch (RuntimeException e) {
        index = -1;
      }
      head = head.substring(0, bracket);
    }
    String name = camel(head);
    for (Column c : layout.columns()) {
      if (!c.nested() && c.path().equals(name)) {
        return new Target(c.path(), 0);
      }
    }
    String prefix = name + ".";
    String field = camel(rest.replaceAll("\\[.*$", "").replaceAll("\\..*$", ""));
    String firstNested = null;
    for (Column c : layout.columns()) {
      if (c.nested() && c.path().startsWith(prefix)) {
        if (firstNested == null) {
          firstNested = c.path();
        }
        if (c.path().equals(prefix + field)) {
          return new Target(c.path(), Math.max(index, 0));
        }
      }
    }
    return new Target(firstNested, firstNested == null ? 0 : Math.max(index, 0));
  }

  private static String camel(String snake) {
    StringBuilder b = new StringBuilder(snake.length());
    boolean up = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  private static boolean blank(Row row) {
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      if (cell != null && cell.getRawValue() != null && !cell.getRawValue().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static void copyCell(
      Worksheet ws, int r, int c, @Nullable Cell cell, @Nullable List<String> texts) {
    String format = null;
    if (cell != null) {
      String raw = cell.getRawValue();
      switch (cell.getType()) {
        case NUMBER -> {
          ws.value(r, c, new BigDecimal(raw));
          format = cell.getDataFormatString();
        }
        case BOOLEAN -> ws.value(r, c, cell.asBoolean());
        case FORMULA -> {
          ws.formula(r, c, cell.getFormula());
          format = cell.getDataFormatString();
        }
        case STRING -> ws.value(r, c, cell.asString());
        case ERROR -> ws.value(r, c, raw);
        case EMPTY -> {
          // nothing to copy
        }
      }
    }
    boolean formatted = format != null && !format.equalsIgnoreCase("General");
    if (texts != null && !texts.isEmpty()) {
      var style = ws.style(r, c).fillColor(FILL);
      if (formatted) {
        style = style.format(format);
      }
      style.set();
      ws.comment(r, c, String.join("\n", texts));
    } else if (formatted) {
      ws.style(r, c).format(format).set();
    }
  }

  private static void writeSummary(
      Worksheet ws, List<Note> all, List<Note> unplaced, List<String> headers) throws IOException {
    for (int c = 0; c < 4; c++) {
      ws.value(0, c, headers.get(c));
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
    ws.width(0, 16);
    ws.width(1, 10);
    ws.width(2, 8);
    ws.width(3, 80);
    // one row per rule and severity of the notes on cells: how many, and the first note's text
    java.util.Set<Note> off =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    off.addAll(unplaced);
    Map<String, Object[]> perRule = new LinkedHashMap<>();
    for (Note n : all) {
      if (off.contains(n)) {
        continue;
      }
      Object[] row =
          perRule.computeIfAbsent(
              n.rule() + "\u0000" + n.severity(),
              k -> new Object[] {n.rule(), n.severity(), 0L, n.text()});
      row[2] = (Long) row[2] + 1;
    }
    int r = 1;
    for (Object[] row : perRule.values()) {
      ws.value(r, 0, (String) row[0]);
      ws.value(r, 1, (String) row[1]);
      ws.value(r, 2, (Long) row[2]);
      ws.value(r, 3, (String) row[3]);
      r++;
    }
    // then every note without a cell, on its own row
    for (Note n : unplaced) {
      ws.value(r, 0, n.rule());
      ws.value(r, 1, n.severity());
      ws.value(r, 2, 1L);
      ws.value(r, 3, n.text());
      ws.style(r, 0).fillColor(FILL).set();
      r++;
    }
    ws.finish();
  }
}
