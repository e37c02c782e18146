package org.epar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.samples.SampleCounties;
import org.epar.spreadsheet.SpreadsheetTemplate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar generate --profile ID --output DIR}: a sample county that conforms to a profile, as
 * {@code county.ndjson} (every record, reports included) and {@code county.xlsx} (every record type
 * a spreadsheet holds, in the template's shape).
 *
 * <p>The county comes from {@link SampleCounties} (sdk-samples, no test library), so only the
 * profile it is built for, {@code daming-2017}, can be generated; its size is fixed by the county's
 * 668 real villages.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

  /** The profile {@link SampleCounties#daming(long)} conforms to. */
  static final String DAMING = "daming-2017";

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "ID",
      descriptionKey = "generate.profile")
  private String profile = DAMING;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", descriptionKey = "generate.seed")
  private long seed;

  @Option(
      names = {"--output", "-o"},
      required = true,
      paramLabel = "DIR",
      descriptionKey = "generate.output")
  private Path output = Path.of("sample");

  GenerateCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    if (!DAMING.equals(profile)) {
      throw new Failures.CliException(msgs.get("generate.profile-unsupported", profile, DAMING));
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new Failures.CliException(msgs.get("generate.not-a-directory", output));
    }
    Dataset county = SampleCounties.daming(seed);
    Map<RecordType, List<EparRecord>> sheets = new EnumMap<>(RecordType.class);
    county
        .records()
        .forEach(
            r -> {
              RecordType t = RecordType.of(r);
              if (SpreadsheetTemplate.supports(t)) {
                sheets.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
              }
            });
    Path ndjson = output.resolve("county.ndjson");
    Path xlsx = output.resolve("county.xlsx");
    long lines;
    try {
      Files.createDirectories(output);
      try (NdjsonWriter w = NdjsonWriter.create(ndjson)) {
        county.records().forEach(w::write);
        lines = w.count();
      }
      try (OutputStream o = Files.newOutputStream(xlsx)) {
        SpreadsheetTemplate.write(o, sheets);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long rows = sheets.values().stream().mapToLong(List::size).sum();
    out.println(
        msgs.get(
            "generate.county",
            profile,
            seed,
            county.households().size(),
            county.villages().size()));
    out.println(msgs.get("generate.ndjson", ndjson, lines));
    out.println(msgs.get("generate.xlsx", xlsx, sheets.size(), rows));
    out.flush();
    return Epar.OK;
  }
}
