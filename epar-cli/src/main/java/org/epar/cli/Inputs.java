package org.epar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.epar.core.json.EparJson;
import org.epar.core.json.EparJsonException;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.spreadsheet.SpreadsheetAnnotator;
import org.jspecify.annotations.Nullable;

/**
 * The files given to {@code epar validate}, read as one stream of records in file order.
 *
 * <p>A {@code .json} file is a dataset document; a {@code .ndjson} or {@code .jsonl} file holds one
 * record per line; any other file is sniffed (a first line that is a whole JSON object with a
 * {@code "type"} property means NDJSON). NDJSON is read lazily, line by line: a malformed line is
 * kept with its line number and reading goes on. A dataset document is read whole; if it cannot be
 * read, {@link #open} fails with a message naming the line and column.
 */
final class Inputs implements Iterable<EparRecord> {

  /** How a file holds its records. */
  enum Format {
    DOCUMENT,
    NDJSON
  }

  /**
   * One input file and what was read from it; filled in while the records are consumed. The file
   * read may be a stand-in: the NDJSON a workbook was converted to ({@link WorkbookInputs}). What
   * the user sees is always the file they gave: {@link #shown()} and {@link #place}.
   */
  static final class Source {
    /** The file read, which for a workbook is a temporary NDJSON file: never shown to the user. */
    final Path path;

    final Format format;
    final long size;
    long firstIndex = -1;
    long records;
    final List<NdjsonLine.Malformed> malformed = new ArrayList<>();
    private long[] lines = new long[0];
    private @Nullable Dataset document;
    private final WorkbookInputs.@Nullable Workbook workbook;

    Source(Path path, Format format, long size, WorkbookInputs.@Nullable Workbook workbook) {
      this.path = path;
      this.format = format;
      this.size = size;
      this.workbook = workbook;
    }

    /** The workbook this file was converted from, or null. */
    WorkbookInputs.@Nullable Workbook workbook() {
      return workbook;
    }

    /** The file the user gave: the workbook for a converted one, else the file read. */
    Path shown() {
      return workbook == null ? path : workbook.xlsx;
    }

    /** The format the user gave the file in: {@code XLSX}, {@code NDJSON} or {@code JSON}. */
    String formatName() {
      return workbook != null ? "XLSX" : format == Format.NDJSON ? "NDJSON" : "JSON";
    }

    /**
     * Where the record at this zero-based position in the file is, as the user knows the file: the
     * sheet and row of the cell the property path names for a workbook, the line for NDJSON, the
     * 1-based position for a dataset document.
     *
     * @param path the property path of the finding, empty for the whole record
     */
    Place place(long recordInFile, String path) {
      if (workbook != null && recordInFile >= 0 && recordInFile < workbook.records()) {
        int i = (int) recordInFile;
        String sheet = workbook.sheet(i);
        return new Place(
            workbook.xlsx,
            sheet,
            SpreadsheetAnnotator.cellRow(sheet, workbook.row(i), path),
            -1,
            recordInFile + 1);
      }
      return new Place(shown(), "", -1, line(recordInFile), recordInFile + 1);
    }

    /** The 1-based line of the record at this zero-based position in the file, for NDJSON. */
    long line(long recordInFile) {
      return recordInFile < lines.length ? lines[(int) recordInFile] : -1;
    }

    private void addLine(long line) {
      int n = (int) records;
      if (n == lines.length) {
        lines = Arrays.copyOf(lines, Math.max(16, n * 2));
      }
      lines[n] = line;
    }
  }

  /**
   * Where a record is in a file the user gave: a workbook's sheet and row ({@code sheet} not
   * empty), an NDJSON line ({@code line > 0}), or else the record's 1-based position in a dataset
   * document. The one place every output (text, JSON, SARIF, messages) takes a location from.
   */
  record Place(Path file, String sheet, long row, long line, long record) {

    /** {@code FILE sheet S row R}, {@code FILE:LINE} or {@code FILE record N}, in the language. */
    String text(Messages msgs) {
      if (!sheet.isEmpty()) {
        return msgs.get("validate.sheet-row", file, sheet, row);
      }
      if (line > 0) {
        return file + ":" + line;
      }
      return file + " " + msgs.get("validate.record-number", record);
    }

    /** Adds {@code file} and {@code sheet} and {@code row}, or {@code line}, or {@code record}. */
    void addTo(ObjectNode json) {
      json.put("file", file.toString());
      if (!sheet.isEmpty()) {
        json.put("sheet", sheet);
        json.put("row", row);
      } else if (line > 0) {
        json.put("line", line);
      } else {
        json.put("record", record);
      }
    }
  }

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private final List<Source> sources;
  private final Messages msgs;
  private final Progress progress;
  private final Charset charset;

  private Inputs(List<Source> sources, Messages msgs, Progress progress, Charset charset) {
    this.sources = sources;
    this.msgs = msgs;
    this.progress = progress;
    this.charset = charset;
  }

  /**
   * The charset named by {@code --encoding}: a JDK charset that writes ASCII as single bytes.
   *
   * @throws Failures.CliException if there is no such charset
   */
  static Charset charset(String name, Messages msgs) {
    Charset cs;
    try {
      cs = Charset.forName(name.strip());
    } catch (IllegalArgumentException e) { // illegal or unsupported name
      throw new Failures.CliException(msgs.get("error.encoding", name));
    }
    if (!asciiCompatible(cs)) {
      throw new Failures.CliException(msgs.get("error.encoding", name));
    }
    return cs;
  }

  private static boolean asciiCompatible(Charset cs) {
    String probe = "{\"type\":[0-9 a-z_]}\r\n";
    return cs.canEncode()
        && Arrays.equals(probe.getBytes(cs), probe.getBytes(StandardCharsets.US_ASCII));
  }

  /** The charset the inputs are read in. */
  Charset charset() {
    return charset;
  }

  /** The problem of an unreadable line, in the user's language for an encoding problem. */
  String problem(NdjsonLine.Malformed m) {
    if (m.undecodable()) {
      return encodingProblem(charset, m.likelyEncoding(), msgs);
    }
    return msgs.zh() ? m.problemZh() : m.problem();
  }

  private static String encodingProblem(Charset cs, @Nullable String likely, Messages msgs) {
    if (likely == null) {
      return msgs.get("input.undecodable", cs.name());
    }
    return msgs.get(
        "input.undecodable.likely",
        cs.name(),
        likely,
        likely.contains("GB18030") ? "GB18030" : likely);
  }

  /**
   * Checks every file exists, detects its format and reads the dataset documents.
   *
   * @throws Failures.CliException if a file is missing or a document is malformed
   */
  static Inputs open(List<Path> files, Messages msgs, Progress progress, Charset charset) {
    return open(files, Map.of(), msgs, progress, charset);
  }

  /**
   * Like {@link #open(List, Messages, Progress, Charset)}, for files some of which stand in for
   * workbooks: those are named by their workbook in every message and location.
   *
   * @param workbooks the workbook each converted file comes from
   */
  static Inputs open(
      List<Path> files,
      Map<Path, WorkbookInputs.Workbook> workbooks,
      Messages msgs,
      Progress progress,
      Charset charset) {
    List<Source> sources = new ArrayList<>();
    for (Path read : files) {
      WorkbookInputs.Workbook wb = workbooks.get(read);
      Path f = wb == null ? read : wb.xlsx;
      if (Files.isDirectory(read)) {
        throw new Failures.CliException(msgs.get("error.directory", f));
      }
      if (!Files.exists(read)) {
        throw new Failures.CliException(msgs.get("error.no-file", f));
      }
      if (!Files.isRegularFile(read)) {
        throw new Failures.CliException(msgs.get("error.not-a-file", f));
      }
      if (!Files.isReadable(read)) {
        throw new Failures.CliException(msgs.get("error.not-readable", f));
      }
      if (blank(read)) {
        throw new Failures.CliException(msgs.get("error.empty", f));
      }
      Source s;
      try {
        s = new Source(read, detect(read, charset), Files.size(read), wb);
      } catch (IOException e) {
        String reason = String.valueOf(e.getMessage()).replace(read.toString(), f.toString());
        throw new Failures.CliException(msgs.get("error.read", f, reason));
      }
      sources.add(s);
    }
    progress.total(sources.stream().mapToLong(s -> s.size).sum());
    Inputs inputs = new Inputs(sources, msgs, progress, charset);
    for (Source s : sources) {
      if (s.format == Format.DOCUMENT) {
        s.document = inputs.readDocument(s);
      }
    }
    return inputs;
  }

  /**
   * Whether a file holds nothing but white space (and a byte order mark): reads up to the first
   * other byte.
   */
  static boolean blank(Path file) {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      int b;
      while ((b = in.read()) >= 0) {
        boolean space = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f';
        boolean bom = b == 0xEF || b == 0xBB || b == 0xBF;
        if (!space && !bom) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Source> sources() {
    return Collections.unmodifiableList(sources);
  }

  /** The file and the position in it of the record at a zero-based input index. */
  @Nullable Source sourceOf(long index) {
    for (Source s : sources) {
      if (s.firstIndex >= 0 && index >= s.firstIndex && index < s.firstIndex + s.records) {
        return s;
      }
    }
    return null;
  }

  long malformedCount() {
    return sources.stream().mapToLong(s -> s.malformed.size()).sum();
  }

  static Format detect(Path file, Charset charset) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Format.NDJSON;
    }
    if (name.endsWith(".json")) {
      return Format.DOCUMENT;
    }
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
      String line;
      while ((line = r.readLine()) != null && line.isBlank()) {
        // skip leading blank lines
      }
      if (line == null) {
        return Format.NDJSON;
      }
      JsonNode first = EparJson.mapper().readTree(line.strip().replace("\uFEFF", ""));
      return first != null && first.isObject() && first.path("type").isTextual()
          ? Format.NDJSON
          : Format.DOCUMENT;
    } catch (JsonProcessingException e) {
      return Format.DOCUMENT; // a document spread over lines does not parse line by line
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Dataset readDocument(Source s) {
    try (InputStream in = progress.track(Files.newInputStream(s.path))) {
      return EparJson.readDataset(in, charset);
    } catch (EparJsonException e) {
      String problem =
          e.undecodable()
              ? encodingProblem(charset, e.likelyEncoding(), msgs)
              : msgs.zh() ? e.problemZh() : e.problem();
      throw new Failures.CliException(
          msgs.get("error.document", s.shown(), e.line(), e.column(), problem));
    } catch (UncheckedIOException e) {
      throw new Failures.CliException(msgs.get("error.read", s.shown(), e.getCause().getMessage()));
    } catch (NoSuchFileException e) {
      throw new Failures.CliException(msgs.get("error.no-file", s.shown()));
    } catch (IOException e) {
      throw new Failures.CliException(msgs.get("error.read", s.shown(), e.getMessage()));
    }
  }

  /** The JSON syntax error behind a read error, if that is what it is. */
  static @Nullable JsonProcessingException syntaxError(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.exc.StreamReadException s) {
        return s;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * A problem text that names the category and the property path, never an input value, in the
   * user's language.
   */
  static String describe(JsonProcessingException e, Messages msgs) {
    if (syntaxError(e) != null) {
      return msgs.get("input.json.syntax");
    }
    if (e instanceof JsonMappingException m) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        String name = r.getFieldName();
        if (name != null) {
          path.append(path.length() > 0 ? "." : "")
              .append(NAME.matcher(name).matches() ? name : "?");
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      String kind =
          m instanceof InvalidFormatException
              ? "input.json.invalid-value"
              : m instanceof MismatchedInputException
                  ? "input.json.wrong-type"
                  : "input.json.not-the-model";
      return path.length() > 0 ? msgs.get(kind + ".at", path.toString()) : msgs.get(kind);
    }
    return msgs.get("input.json.syntax");
  }

  @Override
  public Iterator<EparRecord> iterator() {
    return new RecordIterator();
  }

  /** Goes through the files in order, numbering records and keeping malformed lines. */
  private final class RecordIterator implements Iterator<EparRecord> {
    private int next;
    private long index;
    private @Nullable Source current;
    private @Nullable Iterator<EparRecord> documentRecords;
    private @Nullable NdjsonReader reader;
    private @Nullable Iterator<NdjsonLine> lines;
    private @Nullable EparRecord pending;

    @Override
    public boolean hasNext() {
      while (pending == null) {
        if (current == null) {
          if (next == sources.size()) {
            progress.done();
            return false;
          }
          open(sources.get(next++));
        }
        Source s = java.util.Objects.requireNonNull(current);
        if (documentRecords != null) {
          if (documentRecords.hasNext()) {
            pending = documentRecords.next();
            s.addLine(-1);
          } else {
            finish();
          }
        } else {
          Iterator<NdjsonLine> it = java.util.Objects.requireNonNull(lines);
          if (!it.hasNext()) {
            finish();
            continue;
          }
          NdjsonLine line = it.next();
          progress.tick();
          if (line instanceof NdjsonLine.Parsed p) {
            pending = p.record();
            s.addLine(p.lineNumber());
          } else {
            s.malformed.add((NdjsonLine.Malformed) line);
          }
        }
      }
      return true;
    }

    @Override
    public EparRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      EparRecord r = java.util.Objects.requireNonNull(pending);
      pending = null;
      java.util.Objects.requireNonNull(current).records++;
      index++;
      return r;
    }

    private void open(Source s) {
      current = s;
      s.firstIndex = index;
      if (s.format == Format.DOCUMENT) {
        documentRecords = java.util.Objects.requireNonNull(s.document).records().iterator();
        s.document = null;
      } else {
        try {
          reader = NdjsonReader.of(progress.track(Files.newInputStream(s.path)), charset);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        lines = reader.iterator();
      }
    }

    private void finish() {
      if (reader != null) {
        reader.close();
      }
      reader = null;
      lines = null;
      documentRecords = null;
      current = null;
    }
  }

  /** Counts bytes read, for the progress bar. */
  static final class CountingStream extends FilterInputStream {
    private final Progress progress;

    CountingStream(InputStream in, Progress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        progress.add(n);
      }
      return n;
    }
  }
}
