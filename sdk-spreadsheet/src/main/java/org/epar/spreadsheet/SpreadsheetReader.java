package org.epar.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.epar.core.model.RecordType;
import org.epar.spreadsheet.internal.CsvIo;
import org.epar.spreadsheet.internal.Layout;
import org.epar.spreadsheet.internal.RowAssembler;
import org.epar.spreadsheet.internal.XlsxReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads filled spreadsheets (XLSX workbooks and CSV files) into EPAR records, streaming.
 *
 * <p>What it accepts: the columns of a record type in any order, each headed by its Chinese header
 * or its English field name (see {@link SpreadsheetTemplate#headers(RecordType)}); blank rows
 * anywhere; enumeration values as their Chinese term ({@code 未脱贫}) or constant name ({@code POOR});
 * yes/no as 是/否, true/false or 1/0; dates as {@code 2017-05-01}, {@code 2017/5/1} or an Excel date;
 * several values of a list in one cell, separated by 、 or a comma. A workbook's sheets are matched
 * to record types by their Chinese name, wire name ({@code household}) or constant name; hidden
 * sheets are skipped. A CSV file holds one record type, in UTF-8 or GBK/GB18030 (detected).
 *
 * <p>What it reports: every problem, with its sheet, row and column, as a {@link
 * SpreadsheetProblem}, and reading goes on. A row with a problem gives no record; all other rows
 * do. Identifiers are kept as typed, valid or not: checking them is validation's job.
 *
 * <p>Memory: records go to the consumer as each is read; the reader holds one record's rows at a
 * time (a household's members), so a sheet of 100,000 rows is read in bounded memory. (An XLSX
 * file's shared-string table, the distinct texts of the workbook, is held while it is read.)
 *
 * <pre>{@code
 * ReadSummary s = SpreadsheetReader.read(Path.of("花名册.xlsx"),
 *     r -> writer.write(r.record()),
 *     problems::add); // each with sheet, row, column and reason
 * }</pre>
 *
 * <p>Thread-safe (no state); each call reads one file on the calling thread.
 *
 * @since 0.1.0
 */
public final class SpreadsheetReader {

  private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetReader.class);

  private SpreadsheetReader() {}

  /**
   * Reads an XLSX workbook ({@code .xlsx}) or a CSV file ({@code .csv}, whose record type is named
   * by its file name, see {@link #typeOfFileName(String)}).
   *
   * @param file the file
   * @param records receives each record
   * @param problems receives each problem
   * @return the counts
   * @throws SpreadsheetException if the file cannot be read at all, is neither .xlsx nor .csv, or
   *     is a CSV file whose name names no record type
   */
  public static ReadSummary read(
      Path file,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems) {
    requireFile(file);
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx")) {
      return readXlsx(file, records, problems);
    }
    if (lower.endsWith(".csv")) {
      RecordType type =
          typeOfFileName(name)
              .orElseThrow(
                  () ->
                      new SpreadsheetException(
                          "the name of the CSV file "
                              + name
                              + " names no record type (e.g. household.csv or 建档立卡贫困户.csv)",
                          null));
      return readCsv(file, type, records, problems);
    }
    throw new SpreadsheetException(name + " is neither an .xlsx nor a .csv file", null);
  }

  /**
   * Reads every visible sheet of an XLSX workbook.
   *
   * @param file the workbook
   * @param records receives each record
   * @param problems receives each problem
   * @return the counts
   * @throws SpreadsheetException if the file is not a readable XLSX workbook
   */
  public static ReadSummary readXlsx(
      Path file,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems) {
    requireFile(file);
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      return xlsx(wb, records, problems);
    } catch (IOException | RuntimeException e) {
      throw unreadable(file.getFileName() + " is not a readable XLSX workbook", e);
    }
  }

  /**
   * Reads every visible sheet of an XLSX workbook from a stream.
   *
   * @param in the workbook; not closed
   * @param records receives each record
   * @param problems receives each problem
   * @return the counts
   * @throws SpreadsheetException if the stream is not a readable XLSX workbook
   */
  public static ReadSummary readXlsx(
      InputStream in,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems) {
    Objects.requireNonNull(in, "in");
    try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
      return xlsx(wb, records, problems);
    } catch (IOException | RuntimeException e) {
      throw unreadable("the stream is not a readable XLSX workbook", e);
    }
  }

  /**
   * Reads a CSV file of one record type, detecting its character set: UTF-8 (with or without a
   * byte-order mark) when it decodes strictly as UTF-8, else GB18030 (which covers GBK and GB2312)
   * when it decodes strictly as that.
   *
   * @param file the file
   * @param type the record type of its rows
   * @param records receives each record
   * @param problems receives each problem
   * @return the counts, with the character set used
   * @throws SpreadsheetException if the file cannot be read or is in neither character set
   * @throws IllegalArgumentException if the type is a report
   */
  public static ReadSummary readCsv(
      Path file,
      RecordType type,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems) {
    requireFile(file);
    Layout layout = layout(type);
    Charset charset;
    try {
      charset =
          CsvIo.detect(file)
              .orElseThrow(
                  () ->
                      new SpreadsheetException(
                          file.getFileName() + " is neither UTF-8 nor GBK/GB18030 text", null));
    } catch (IOException e) {
      throw unreadable(file.getFileName() + " cannot be read", e);
    }
    LOG.debug("reading {} as {}", file.getFileName(), charset);
    try (Reader in = Files.newBufferedReader(file, charset)) {
      RowAssembler rows = CsvIo.read(in, layout, records, problems);
      return new ReadSummary(rows.delivered(), rows.reported(), charset.name());
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae
          && iae.getMessage() != null
          && iae.getMessage().contains("report")) {
        throw iae;
      }
      throw unreadable(file.getFileName() + " is not readable CSV", e);
    }
  }

  /**
   * Reads CSV text of one record type; the caller has decoded it.
   *
   * @param in the text; not closed
   * @param type the record type of its rows
   * @param records receives each record
   * @param problems receives each problem
   * @return the counts (the encoding is given as {@code text})
   * @throws SpreadsheetException if the text is not readable CSV
   * @throws IllegalArgumentException if the type is a report
   */
  public static ReadSummary readCsv(
      Reader in,
      RecordType type,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems) {
    Objects.requireNonNull(in, "in");
    Layout layout = layout(type);
    try {
      RowAssembler rows = CsvIo.read(in, layout, records, problems);
      return new ReadSummary(rows.delivered(), rows.reported(), "text");
    } catch (IOException e) {
      throw unreadable("the text is not readable CSV", e);
    }
  }

  /**
   * The record type a CSV file's name names: its name without {@code .csv} (or its last
   * dot-separated part, as in {@code county-2017.household.csv}) is a wire name ({@code
   * household}), a constant name ({@code HOUSEHOLD}) or a Chinese sheet name ({@code 建档立卡贫困户}).
   *
   * @param fileName a file name
   * @return the type, or empty
   */
  public static Optional<RecordType> typeOfFileName(String fileName) {
    String stem = fileName;
    int slash = Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\'));
    stem = stem.substring(slash + 1);
    if (stem.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      stem = stem.substring(0, stem.length() - 4);
    }
    Optional<Layout> l = Layout.forSheet(stem);
    if (l.isEmpty() && stem.contains(".")) {
      l = Layout.forSheet(stem.substring(stem.lastIndexOf('.') + 1));
    }
    return l.map(Layout::type);
  }

  private static ReadSummary xlsx(
      ReadableWorkbook wb,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems)
      throws IOException {
    long[] counts = XlsxReader.read(wb, records, problems);
    return new ReadSummary(counts[0], counts[1], "xlsx");
  }

  private static void requireFile(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new SpreadsheetException(file.getFileName() + " is a directory, not a file", null);
    }
    if (!Files.isReadable(file)) {
      throw new SpreadsheetException(file.getFileName() + ": no such file or not readable", null);
    }
  }

  private static SpreadsheetException unreadable(String message, Exception e) {
    if (e instanceof SpreadsheetException s) {
      return s;
    }
    return new SpreadsheetException(message + " (" + e.getClass().getSimpleName() + ")", e);
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
