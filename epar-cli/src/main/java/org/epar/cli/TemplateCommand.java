package org.epar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.epar.core.model.RecordType;
import org.epar.spreadsheet.SpreadsheetTemplate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epar template TYPE... --output FILE}: an empty spreadsheet template to fill in.
 *
 * <p>XLSX: one sheet per type, Chinese headers with the English field name and an input hint in a
 * note, drop-down lists of the Chinese terms, a frozen header row. CSV: one file per type (the
 * output is a file for one type, a directory for several).
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

  /** The spreadsheet formats. */
  enum Format {
    xlsx,
    csv
  }

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = {"--output", "-o"},
      required = true,
      paramLabel = "FILE",
      descriptionKey = "template.output")
  private Path output = Path.of("template.xlsx");

  @Option(names = "--format", paramLabel = "xlsx|csv", descriptionKey = "template.format")
  private @Nullable Format format;

  @Parameters(arity = "1..*", paramLabel = "TYPE", descriptionKey = "template.param.types")
  private List<String> types = new ArrayList<>();

  TemplateCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    Set<RecordType> chosen = types(types, msgs);
    Format f =
        format != null
            ? format
            : output.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? Format.csv
                : Format.xlsx;
    try {
      if (f == Format.xlsx) {
        try (OutputStream o = create(output)) {
          SpreadsheetTemplate.write(o, chosen);
        }
        out.println(msgs.get("template.written", output, chosen.size()));
      } else if (chosen.size() == 1) {
        RecordType t = chosen.iterator().next();
        try (OutputStream o = create(output)) {
          SpreadsheetTemplate.writeCsv(o, t);
        }
        out.println(msgs.get("template.written", output, 1));
      } else {
        Files.createDirectories(output);
        for (RecordType t : chosen) {
          try (OutputStream o = create(output.resolve(t.wireName() + ".csv"))) {
            SpreadsheetTemplate.writeCsv(o, t);
          }
        }
        out.println(msgs.get("template.written.dir", output, chosen.size()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return Epar.OK;
  }

  /**
   * The types the arguments name: wire names, constant names, Chinese sheet names, or {@code all}.
   */
  static Set<RecordType> types(List<String> names, Messages msgs) {
    Set<RecordType> chosen = EnumSet.noneOf(RecordType.class);
    for (String n : names) {
      if (n.equalsIgnoreCase("all")) {
        chosen.addAll(SpreadsheetTemplate.supportedTypes());
        continue;
      }
      RecordType t =
          RecordType.fromWireName(n.toLowerCase(Locale.ROOT))
              .or(
                  () ->
                      SpreadsheetTemplate.supportedTypes().stream()
                          .filter(s -> SpreadsheetTemplate.sheetName(s).equals(n))
                          .findFirst())
              .orElseThrow(
                  () ->
                      new Failures.CliException(msgs.get("template.unknown-type", n, supported())));
      if (!SpreadsheetTemplate.supports(t)) {
        throw new Failures.CliException(msgs.get("template.report-type", n));
      }
      chosen.add(t);
    }
    return chosen;
  }

  private static String supported() {
    return String.join(
        ", ", SpreadsheetTemplate.supportedTypes().stream().map(RecordType::wireName).toList());
  }

  private static OutputStream create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newOutputStream(file);
  }
}
