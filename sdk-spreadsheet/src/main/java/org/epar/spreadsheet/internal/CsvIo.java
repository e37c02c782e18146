package org.epar.spreadsheet.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.epar.core.model.EparRecord;
import org.epar.spreadsheet.SheetRecord;
import org.epar.spreadsheet.SpreadsheetProblem;

/** CSV with Jackson's CSV dataformat: one record type per file, a header row, then the rows. */
public final class CsvIo {

  /** GB18030, a superset of GBK and GB2312: what Chinese Excel saves a "CSV" in. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();

  private CsvIo() {}

  /**
   * Writes the header row and the records, in UTF-8 with a byte-order mark (so that Excel shows the
   * Chinese headers).
   *
   * @param out the stream; not closed
   * @param layout the record type's layout
   * @param records the records
   * @throws IOException if the stream fails
   */
  public static void write(OutputStream out, Layout layout, Iterable<? extends EparRecord> records)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\ufeff');
    List<Column> cols = layout.columns();
    try (SequenceWriter seq =
        MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(w)) {
      String[] header = new String[cols.size()];
      for (int c = 0; c < cols.size(); c++) {
        header[c] = cols.get(c).label();
      }
      seq.write(header);
      for (EparRecord record : records) {
        List<?> items = layout.nestedItems(record);
        int lines = Math.max(1, items.size());
        for (int i = 0; i < lines; i++) {
          Object item = i < items.size() ? items.get(i) : null;
          String[] row = new String[cols.size()];
          for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            Object value =
                col.nested()
                    ? (item == null ? null : layout.nestedValue(item, col))
                    : layout.value(record, col);
            row[c] = Cells.text(col, value);
          }
          seq.write(row);
        }
      }
    }
    w.flush();
  }

  /**
   * Reads a CSV file's rows into records.
   *
   * @param in the text
   * @param layout the record type's layout
   * @param records where records go
   * @param problems where problems go
   * @return the assembler, for its counts
   * @throws IOException if the text cannot be read or is not CSV
   */
  public static RowAssembler read(
      Reader in,
      Layout layout,
      Consumer<? super SheetRecord> records,
      Consumer<? super SpreadsheetProblem> problems)
      throws IOException {
    RowAssembler rows = new RowAssembler(layout, layout.sheetName(), records, problems);
    boolean header = true;
    long rowNumber = 0;
    try (MappingIterator<String[]> it =
        MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
      while (it.hasNextValue()) {
        String[] values = it.nextValue();
        rowNumber++;
        List<RawCell> cells = new ArrayList<>(values.length);
        for (String v : values) {
          cells.add(RawCell.text(v == null ? "" : v));
        }
        if (header) {
          if (cells.stream().allMatch(RawCell::blank)) {
            continue;
          }
          header = false;
          if (!rows.header(rowNumber, cells)) {
            return rows;
          }
        } else {
          rows.row(rowNumber, cells);
        }
      }
    }
    if (header) {
      rows.sheetProblem(SpreadsheetProblem.Reason.NO_HEADER, "");
      return rows;
    }
    rows.finish();
    return rows;
  }

  /**
   * The character set a CSV file is in: UTF-8 if it decodes strictly as UTF-8, else GB18030 (and so
   * GBK) if it decodes strictly as that; one pass over the file each, in constant memory.
   *
   * @param file the file
   * @return the character set, or empty when it is neither
   * @throws IOException if the file cannot be read
   */
  public static Optional<Charset> detect(Path file) throws IOException {
    if (decodes(file, StandardCharsets.UTF_8)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (decodes(file, GB18030)) {
      return Optional.of(GB18030);
    }
    return Optional.empty();
  }

  private static boolean decodes(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    try (InputStream s = Files.newInputStream(file)) {
      byte[] buf = new byte[32 * 1024];
      int n;
      while ((n = s.read(buf)) >= 0) {
        in.put(buf, 0, n);
        in.flip();
        if (!step(decoder, in, out, false)) {
          return false;
        }
        in.compact();
      }
      in.flip();
      return step(decoder, in, out, true) && !decoder.flush(out).isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean step(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
    while (true) {
      CoderResult r = decoder.decode(in, out, end);
      if (r.isError()) {
        return false;
      }
      out.clear();
      if (r.isUnderflow()) {
        return true;
      }
    }
  }
}
