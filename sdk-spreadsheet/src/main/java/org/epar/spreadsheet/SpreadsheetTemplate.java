package org.epar.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.spreadsheet.internal.Column;
import org.epar.spreadsheet.internal.CsvIo;
import org.epar.spreadsheet.internal.Layout;
import org.epar.spreadsheet.internal.XlsxTemplateWriter;

/**
 * Writes spreadsheet templates for EPAR records, empty or filled.
 *
 * <p>A workbook has one sheet per record type, named in Chinese (e.g. {@code 建档立卡贫困户}). Its first
 * row holds the Chinese column headers; each header carries a note (a cell comment) with the
 * English field name on its first line and an input hint below (format, allowed terms, "必填"). The
 * header row is frozen. Every enumeration column and every yes/no column has a drop-down list of
 * its Chinese terms (kept on a hidden sheet {@code _选项}). A type with nested items ({@code
 * Household.members}, {@code Village.naturalVillages}) takes one row per item; the rows of one
 * record repeat its id.
 *
 * <p>A CSV template holds one record type: one header row of the Chinese headers, in UTF-8 with a
 * byte-order mark so that Excel shows them.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("households.xlsx"))) {
 *   SpreadsheetTemplate.write(out, EnumSet.of(RecordType.HOUSEHOLD, RecordType.VILLAGE));
 * }
 * }</pre>
 *
 * <p>Writing streams: rows are flushed as they are written, so a filled workbook of any size is
 * written in bounded memory. Thread-safe (no state).
 *
 * @since 0.1.0
 */
public final class SpreadsheetTemplate {

  private SpreadsheetTemplate() {}

  /**
   * Whether a record type has a sheet. Reports have none: they are sent with the protocol.
   *
   * @param type a record type
   * @return true for every type but the four reports
   */
  public static boolean supports(RecordType type) {
    return Layout.of(type).isPresent();
  }

  /**
   * The record types that have a sheet, in declaration order.
   *
   * @return the supported types
   */
  public static Set<RecordType> supportedTypes() {
    Set<RecordType> s = EnumSet.noneOf(RecordType.class);
    for (RecordType t : RecordType.values()) {
      if (supports(t)) {
        s.add(t);
      }
    }
    return s;
  }

  /**
   * The Chinese name of a type's sheet (and of its CSV file), e.g. {@code 建档立卡贫困户}.
   *
   * @param type a supported record type
   * @return the sheet name
   * @throws IllegalArgumentException if the type is a report
   */
  public static String sheetName(RecordType type) {
    return layout(type).sheetName();
  }

  /**
   * The column headers of a type's sheet, Chinese and English, in order.
   *
   * @param type a supported record type
   * @return the headers, each as {@code {Chinese, English}}
   * @throws IllegalArgumentException if the type is a report
   */
  public static List<Map.Entry<String, String>> headers(RecordType type) {
    List<Map.Entry<String, String>> h = new ArrayList<>();
    for (Column c : layout(type).columns()) {
      h.add(Map.entry(c.label(), c.path()));
    }
    return List.copyOf(h);
  }

  /**
   * Writes an empty template workbook with one sheet per type, in declaration order.
   *
   * @param out the stream; flushed, not closed
   * @param types the record types; none may be a report
   * @throws IllegalArgumentException if a type is a report or no type is given
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(OutputStream out, Set<RecordType> types) {
    Map<RecordType, List<EparRecord>> empty = new LinkedHashMap<>();
    for (RecordType t : sorted(types)) {
      empty.put(t, List.of());
    }
    write(out, empty);
  }

  /**
   * Writes a template workbook filled with records: one sheet per key, in declaration order.
   *
   * @param out the stream; flushed, not closed
   * @param records the records of each type; each iterable is read once, as rows are written
   * @throws IllegalArgumentException if a type is a report, no type is given, or a record is not of
   *     its key's type
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(
      OutputStream out, Map<RecordType, ? extends Iterable<? extends EparRecord>> records) {
    Objects.requireNonNull(out, "out");
    Map<RecordType, Iterable<? extends EparRecord>> ordered = new LinkedHashMap<>();
    for (RecordType t : sorted(records.keySet())) {
      ordered.put(t, checked(t, records.get(t)));
    }
    try {
      XlsxTemplateWriter.write(out, ordered);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an empty CSV template of one record type.
   *
   * @param out the stream; flushed, not closed
   * @param type the record type
   * @throws IllegalArgumentException if the type is a report
   * @throws UncheckedIOException if the stream fails
   */
  public static void writeCsv(OutputStream out, RecordType type) {
    writeCsv(out, type, List.of());
  }

  /**
   * Writes a CSV file of one record type: the header row, then the records.
   *
   * @param out the stream; flushed, not closed
   * @param type the record type
   * @param records its records
   * @throws IllegalArgumentException if the type is a report or a record is of another type
   * @throws UncheckedIOException if the stream fails
   */
  public static void writeCsv(
      OutputStream out, RecordType type, Iterable<? extends EparRecord> records) {
    Objects.requireNonNull(out, "out");
    try {
      CsvIo.write(out, layout(type), checked(type, records));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<RecordType> sorted(Collection<RecordType> types) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("no record type given");
    }
    List<RecordType> list = new ArrayList<>(EnumSet.copyOf(types));
    for (RecordType t : list) {
      layout(t);
    }
    return list;
  }

  private static Iterable<? extends EparRecord> checked(
      RecordType type, Iterable<? extends EparRecord> records) {
    Objects.requireNonNull(records, "records");
    return () -> {
      var it = records.iterator();
      return new java.util.Iterator<EparRecord>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public EparRecord next() {
          EparRecord r = it.next();
          if (RecordType.of(r) != type) {
            throw new IllegalArgumentException(
                "a " + RecordType.of(r).wireName() + " among the " + type.wireName() + " records");
          }
          return r;
        }
      };
    };
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
