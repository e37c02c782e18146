package org.epar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.privacy.Masking;
import org.epar.spreadsheet.SpreadsheetAnnotator;
import org.epar.spreadsheet.SpreadsheetException;
import org.epar.spreadsheet.SpreadsheetProblem;
import org.epar.spreadsheet.SpreadsheetReader;
import org.epar.validation.Finding;
import org.epar.validation.InputProblem;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The XLSX workbooks among {@code epar validate}'s inputs: each is read with {@link
 * SpreadsheetReader} into a temporary NDJSON file ({@code NAME.xlsx.ndjson}) that validation reads
 * like any other input, remembering for each record the sheet and row it came from, so that {@code
 * --annotate} can write the findings back onto the workbook's cells.
 *
 * <p>Not thread-safe; one per command run. {@link #close()} deletes the temporary files.
 */
final class WorkbookInputs implements AutoCloseable {

  /** One converted workbook. */
  static final class Workbook {
    final Path xlsx;
    final Path ndjson;
    final List<SpreadsheetProblem> problems = new ArrayList<>();
    private String[] sheets = new String[0];
    private long[] rows = new long[0];
    private int records;

    Workbook(Path xlsx, Path ndjson) {
      this.xlsx = xlsx;
      this.ndjson = ndjson;
    }

    /** How many records the workbook gave. */
    int records() {
      return records;
    }

    /** The sheet of the record at this zero-based position. */
    String sheet(int record) {
      return sheets[record];
    }

    /** The 1-based row the record at this zero-based position starts on. */
    long row(int record) {
      return rows[record];
    }

    private void add(String sheet, long row) {
      if (records == rows.length) {
        int n = Math.max(64, records * 2);
        rows = Arrays.copyOf(rows, n);
        sheets = Arrays.copyOf(sheets, n);
      }
      // sheet names repeat: keep one String per sheet
      sheets[records] =
          records > 0 && sheets[records - 1].equals(sheet) ? sheets[records - 1] : sheet;
      rows[records++] = row;
    }
  }

  private final Messages msgs;
  private final @Nullable Path dir;
  private final List<Workbook> workbooks = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();

  private WorkbookInputs(Messages msgs, @Nullable Path dir) {
    this.msgs = msgs;
    this.dir = dir;
  }

  static boolean isXlsx(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Converts every XLSX input; the others are kept as given.
   *
   * @throws Failures.CliException if a workbook cannot be read at all
   */
  static WorkbookInputs convert(List<Path> inputs, Messages msgs) {
    if (inputs.stream().noneMatch(WorkbookInputs::isXlsx)) {
      WorkbookInputs none = new WorkbookInputs(msgs, null);
      none.files.addAll(inputs);
      return none;
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("epar-xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WorkbookInputs w = new WorkbookInputs(msgs, dir);
    try {
      for (Path f : inputs) {
        if (!isXlsx(f) || !Files.isRegularFile(f)) {
          w.files.add(f); // Inputs reports a missing file or a directory in its own words
          continue;
        }
        Workbook wb =
            new Workbook(f, dir.resolve(w.workbooks.size() + "-" + f.getFileName() + ".ndjson"));
        try (NdjsonWriter out = NdjsonWriter.create(wb.ndjson)) {
          SpreadsheetReader.readXlsx(
              f,
              r -> {
                out.write(r.record());
                wb.add(r.sheet(), r.row());
              },
              wb.problems::add);
        } catch (SpreadsheetException e) {
          throw new Failures.CliException(msgs.get("import.unreadable", f, e.getMessage()));
        }
        w.workbooks.add(wb);
        w.files.add(wb.ndjson);
      }
    } catch (RuntimeException e) {
      w.close();
      throw e;
    }
    return w;
  }

  /** The files to validate: the given ones, each workbook replaced by its NDJSON. */
  List<Path> files() {
    return files;
  }

  /** Opens the files to validate, each converted one named by its workbook. */
  Inputs open(Progress progress, Charset charset) {
    Map<Path, Workbook> byFile = new HashMap<>();
    workbooks.forEach(wb -> byFile.put(wb.ndjson, wb));
    return Inputs.open(files, byFile, msgs, progress, charset);
  }

  List<Workbook> workbooks() {
    return workbooks;
  }

  /** The spreadsheet problems, as input problems of the report (row as the line). */
  List<InputProblem> problems() {
    List<InputProblem> out = new ArrayList<>();
    for (Workbook wb : workbooks) {
      for (SpreadsheetProblem p : wb.problems) {
        out.add(new InputProblem(Math.max(p.row(), 0), wb.xlsx.getFileName() + ": " + text(p)));
      }
    }
    return out;
  }

  private String text(SpreadsheetProblem p) {
    String reason = msgs.get("import.reason." + p.reason().name());
    String detail = p.detail().isEmpty() ? reason : reason + ": " + p.detail();
    return Masking.text(p.sheet() + ":" + p.row() + ":" + p.column() + ": " + detail);
  }

  /**
   * Writes the annotated copy of the one workbook among the inputs.
   *
   * @return what was marked
   * @throws Failures.CliException if the inputs hold no workbook or more than one
   */
  SpreadsheetAnnotator.Result annotate(Path target, ValidationReport report, Inputs inputs) {
    if (workbooks.size() != 1) {
      throw new Failures.CliException(msgs.get("validate.annotate.one-workbook", workbooks.size()));
    }
    Workbook wb = workbooks.get(0);
    Inputs.Source src =
        inputs.sources().stream().filter(s -> s.workbook() == wb).findFirst().orElse(null);
    List<SpreadsheetAnnotator.Note> notes = new ArrayList<>();
    for (Finding f : report.findings()) {
      String text = msgs.pick(f.messageEn(), f.messageZh());
      if (f.count() > 1) {
        text = text + " (" + msgs.get("validate.annotate.times", f.count()) + ")";
      }
      long index = f.location().index();
      long k =
          src == null || index < 0 || !f.location().carrier().isEmpty()
              ? -1
              : index - src.firstIndex;
      if (k >= 0 && k < wb.records) {
        int i = (int) k;
        notes.add(
            new SpreadsheetAnnotator.Note(
                wb.sheets[i],
                wb.rows[i],
                f.location().path(),
                f.ruleId(),
                f.severity().name(),
                text));
      } else {
        notes.add(SpreadsheetAnnotator.Note.withoutCell(f.ruleId(), f.severity().name(), text));
      }
    }
    for (SpreadsheetProblem p : wb.problems) {
      notes.add(SpreadsheetAnnotator.Note.withoutCell(p.reason().name(), "ERROR", text(p)));
    }
    for (InputProblem p : report.inputProblems()) {
      if (!p.problem().startsWith(wb.xlsx.getFileName() + ": ")) {
        notes.add(SpreadsheetAnnotator.Note.withoutCell("INPUT", "ERROR", p.problem()));
      }
    }
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        return SpreadsheetAnnotator.annotate(
            wb.xlsx,
            out,
            notes,
            msgs.get("validate.annotate.sheet"),
            List.of(
                msgs.get("assess.col.rule"),
                msgs.get("assess.col.severity"),
                msgs.get("assess.col.count"),
                msgs.get("assess.col.message")));
      }
    } catch (SpreadsheetException e) {
      throw new Failures.CliException(msgs.get("import.unreadable", wb.xlsx, e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary file left behind is not worth failing the command for
    }
  }
}
