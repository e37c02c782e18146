package org.epar.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/** Writes template workbooks, empty or with records, with fastexcel. */
public final class XlsxTemplateWriter {

  /** The hidden sheet that holds the drop-down lists. */
  public static final String LISTS_SHEET = "_选项";

  private static final int LAST_ROW = Worksheet.MAX_ROWS - 1;
  private static final int FLUSH_EVERY = 1_000;

  private XlsxTemplateWriter() {}

  /**
   * Writes one sheet per type, in the order given, each filled with the records given for it.
   *
   * @param out the stream; not closed
   * @param data the records of each type (an empty iterable for an empty template)
   * @throws IOException if the stream fails
   */
  public static void write(
      OutputStream out, Map<RecordType, ? extends Iterable<? extends EparRecord>> data)
      throws IOException {
    Workbook wb = new Workbook(out, "EPAR", "0.1");
    // the lists sheet: one column per enumeration used, and 是/否
    Map<Class<?>, Range> lists = new LinkedHashMap<>();
    Worksheet listSheet = wb.newWorksheet(LISTS_SHEET);
    int listCol = 0;
    listSheet.value(0, listCol, "是否");
    listSheet.value(1, listCol, "是");
    listSheet.value(2, listCol, "否");
    lists.put(Boolean.class, listSheet.range(1, listCol, 2, listCol));
    for (RecordType type : data.keySet()) {
      for (Column c : layout(type).columns()) {
        if (c.kind() == Kind.ENUM && !c.multi() && !lists.containsKey(c.valueType())) {
          listCol++;
          listSheet.value(0, listCol, c.valueType().getSimpleName());
          int r = 1;
          for (String term : Cells.terms(c.valueType())) {
            listSheet.value(r++, listCol, term);
          }
          lists.put(c.valueType(), listSheet.range(1, listCol, r - 1, listCol));
        }
      }
    }
    listSheet.setVisibilityState(VisibilityState.HIDDEN);
    listSheet.finish();
    wb.setActiveTab(1);

    for (Map.Entry<RecordType, ? extends Iterable<? extends EparRecord>> e : data.entrySet()) {
      Layout layout = layout(e.getKey());
      Worksheet ws = wb.newWorksheet(layout.sheetName());
      List<Column> cols = layout.columns();
      for (int c = 0; c < cols.size(); c++) {
        Column col = cols.get(c);
        ws.value(0, c, col.label());
        ws.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
        ws.comment(0, c, col.path() + "\n" + Hints.of(layout, col));
        ws.width(c, Math.max(12, Math.min(40, col.label().length() * 2.4 + 2)));
        Range dropDown =
            col.kind() == Kind.BOOLEAN
                ? lists.get(Boolean.class)
                : col.kind() == Kind.ENUM && !col.multi() ? lists.get(col.valueType()) : null;
        if (dropDown != null) {
          ws.range(1, c, LAST_ROW, c)
              .validateWithList(dropDown)
              .allowBlank(true)
              .showErrorMessage(true)
              .errorTitle(col.label())
              .error(Hints.of(layout, col));
        }
      }
      ws.freezePane(0, 1);
      int row = 1;
      for (EparRecord record : e.getValue()) {
        List<?> items = layout.nestedItems(record);
        int lines = Math.max(1, items.size());
        for (int i = 0; i < lines; i++) {
          Object item = i < items.size() ? items.get(i) : null;
          for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            Object value =
                col.nested()
                    ? (item == null ? null : layout.nestedValue(item, col))
                    : layout.value(record, col);
            cell(ws, row, c, col, value);
          }
          row++;
          if (row % FLUSH_EVERY == 0) {
            ws.flush();
          }
        }
      }
      ws.finish();
    }
    wb.finish();
  }

  private static void cell(Worksheet ws, int row, int c, Column col, @Nullable Object value) {
    if (value == null) {
      return;
    }
    if (!col.multi()) {
      switch (col.kind()) {
        case INT -> {
          ws.value(row, c, (Number) value);
          return;
        }
        case DECIMAL -> {
          ws.value(row, c, (BigDecimal) value);
          return;
        }
        case MONEY -> {
          ws.value(row, c, ((Money) value).toBigDecimal());
          ws.style(row, c).format("0.00").set();
          return;
        }
        case DATE -> {
          ws.value(row, c, (LocalDate) value);
          ws.style(row, c).format("yyyy-mm-dd").set();
          return;
        }
        default -> {
          // text below
        }
      }
    }
    String text = Cells.text(col, value);
    if (!text.isEmpty()) {
      ws.value(row, c, text);
    }
  }

  private static Layout layout(RecordType type) {
    return Layout.of(type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    type.wireName()
                        + " is a report: reports are sent with the protocol, not kept in a spreadsheet"));
  }
}
