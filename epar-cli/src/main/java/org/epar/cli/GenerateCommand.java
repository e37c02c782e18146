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
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.samples.BrokenCounties;
import org.epar.samples.SampleCounties;
import org.epar.spreadsheet.SpreadsheetTemplate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar generate --profile ID [--households N] [--seed S] [--break RULE-ID] --output DIR}: a
 * sample county that conforms to a built-in profile (or, with {@code --break}, breaks exactly one
 * rule), as {@code county.ndjson} (every record, reports included) and {@code county.xlsx} (every
 * record type a spreadsheet holds, in the template's shape).
 *
 * <p>The counties come from {@link SampleCounties} and {@link BrokenCounties} (sdk-samples, no test
 * library): the Daming-like county for {@code daming-2017}, small counties on real division codes
 * for the provincial profiles. {@code --households} sets the number of registered poor households
 * of the Daming county.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

  /** The profile {@link SampleCounties#daming(long)} conforms to. */
  static final String DAMING = SampleCounties.DAMING_2017;

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

  @Option(names = "--households", paramLabel = "N", descriptionKey = "generate.households")
  private @Nullable Integer households;

  @Option(names = "--break", paramLabel = "RULE-ID", descriptionKey = "generate.break")
  private @Nullable String breakRule;

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
    if (!SampleCounties.profileIds().contains(profile)) {
      throw new Failures.CliException(
          msgs.get(
              "generate.profile-unsupported",
              profile,
              String.join(", ", SampleCounties.profileIds())));
    }
    if (households != null && !DAMING.equals(profile)) {
      throw new Failures.CliException(msgs.get("generate.households-daming-only", DAMING));
    }
    if (households != null && households < 1) {
      throw new Failures.CliException(msgs.get("generate.households-positive", households));
    }
    if (breakRule != null) {
      if (!BrokenCounties.ruleIds().contains(breakRule)) {
        throw new Failures.CliException(msgs.get("generate.unknown-rule", breakRule, profile));
      }
      String ruleProfile = BrokenCounties.profileId(breakRule);
      if (!ruleProfile.equals(profile)) {
        throw new Failures.CliException(
            msgs.get("generate.rule-profile", breakRule, ruleProfile, profile));
      }
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new Failures.CliException(msgs.get("generate.not-a-directory", output));
    }
    Dataset county = county();
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
    if (breakRule != null) {
      out.println(msgs.get("generate.broken", breakRule));
    }
    out.println(msgs.get("generate.ndjson", ndjson, lines));
    out.println(msgs.get("generate.xlsx", xlsx, sheets.size(), rows));
    out.println(
        msgs.get(
            "generate.validate-with",
            profile,
            breakRule == null ? SampleCounties.asOf(profile) : BrokenCounties.asOf(breakRule),
            ndjson));
    out.flush();
    return Epar.OK;
  }

  private Dataset county() {
    Dataset base =
        households != null
            ? SampleCounties.daming(seed, households)
            : SampleCounties.conforming(profile, seed);
    if (breakRule == null) {
      return base;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    return BrokenCounties.breaking(breakRule, base, (min, max) -> rnd.nextLong(min, max + 1));
  }
}
