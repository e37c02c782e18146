package org.epar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.model.RecordType;
import org.epar.core.privacy.Masking;
import org.epar.spreadsheet.ReadSummary;
import org.epar.spreadsheet.SpreadsheetException;
import org.epar.spreadsheet.SpreadsheetProblem;
import org.epar.spreadsheet.SpreadsheetReader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epar import FILE... --output FILE.ndjson}: filled spreadsheets (XLSX, or CSV in UTF-8 or
 * GBK) to NDJSON, one record per line.
 *
 * <p>Every problem is printed as {@code file:sheet:row:column: reason}, and reading goes on; a row
 * with a problem is left out of the output. Exit code 0 when every row was read, 1 when there were
 * problems, 2 when a file cannot be read at all.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = {"--output", "-o"},
      required = true,
      paramLabel = "FILE",
      descriptionKey = "import.output")
  private Path output = Path.of("imported.ndjson");

  @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "import.type")
  private @Nullable String type;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "import.param.files")
  private List<Path> files = new ArrayList<>();

  ImportCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    Optional<RecordType> forced =
        type == null
            ? Optional.empty()
            : Optional.of(TemplateCommand.types(List.of(type), msgs).iterator().next());
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        throw new Failures.CliException(msgs.get("import.directory", f));
      }
      if (!Files.isRegularFile(f)) {
        throw new Failures.CliException(msgs.get("error.no-file", f));
      }
      boolean csv = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
      if (csv
          && forced.isEmpty()
          && SpreadsheetReader.typeOfFileName(f.getFileName().toString()).isEmpty()) {
        throw new Failures.CliException(msgs.get("import.csv-type", f));
      }
    }
    long records = 0;
    long problems = 0;
    Path parent = output.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (NdjsonWriter writer = NdjsonWriter.create(output)) {
      for (Path f : files) {
        ReadSummary s;
        try {
          boolean csv = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
          s =
              csv && forced.isPresent()
                  ? SpreadsheetReader.readCsv(
                      f, forced.get(), r -> writer.write(r.record()), p -> print(out, f, p))
                  : SpreadsheetReader.read(f, r -> writer.write(r.record()), p -> print(out, f, p));
        } catch (SpreadsheetException e) {
          throw new Failures.CliException(msgs.get("import.unreadable", f, e.getMessage()));
        }
        records += s.records();
        problems += s.problems();
        out.println(msgs.get("import.file", f, s.records(), s.problems(), s.encoding()));
      }
    }
    out.println(msgs.get("import.done", records, output, problems));
    out.flush();
    return problems == 0 ? Epar.OK : Epar.REJECTED;
  }

  private void print(PrintWriter out, Path file, SpreadsheetProblem p) {
    String reason = msgs.get("import.reason." + p.reason().name());
    String text = p.detail().isEmpty() ? reason : reason + ": " + p.detail();
    // the user's own file name is shown as given; the rest is masked like every CLI output
    out.println(
        file + ":" + Masking.text(p.sheet() + ":" + p.row() + ":" + p.column() + ": " + text));
  }
}
