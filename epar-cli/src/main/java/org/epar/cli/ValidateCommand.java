package org.epar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.json.NdjsonLine;
import org.epar.spreadsheet.SpreadsheetAnnotator;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.InputProblem;
import org.epar.validation.Location;
import org.epar.validation.Profile;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epar validate}: validates JSON dataset documents, NDJSON files and filled XLSX workbooks,
 * together, as one submission, against a profile; with {@code --annotate OUT.xlsx}, also writes a
 * copy of the (one) workbook with each finding on its cell and a summary sheet.
 *
 * <p>Exit code 0 when accepted (no ERROR or VETO finding and every line read), 1 when rejected, 2
 * when a file cannot be read or the command line is wrong.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  /** Output formats. */
  enum OutputFormat {
    text,
    json,
    sarif
  }

  /** JSON output: snake_case from the report's own annotations, ISO dates, indented. */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = {"-p", "--profile"},
      required = true,
      paramLabel = "PROFILE",
      descriptionKey = "option.profile")
  private String profileId = "";

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.as-of")
  private @Nullable LocalDate asOf;

  @Option(names = "--calendar", paramLabel = "FILE", descriptionKey = "option.calendar")
  private List<Path> calendars = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "text|json|sarif",
      defaultValue = "text",
      descriptionKey = "option.format")
  private OutputFormat format = OutputFormat.text;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "UTF-8",
      descriptionKey = "option.encoding")
  private String encoding = "UTF-8";

  @Option(names = "--progress", descriptionKey = "option.progress")
  private boolean progress;

  @Option(
      names = "--examples",
      paramLabel = "N",
      defaultValue = "3",
      descriptionKey = "option.examples")
  private int examples = 3;

  @Option(names = "--annotate", paramLabel = "OUT.xlsx", descriptionKey = "validate.annotate")
  private @Nullable Path annotate;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.param.files")
  private List<Path> files = new ArrayList<>();

  ValidateCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    if (annotate != null && files.stream().noneMatch(WorkbookInputs::isXlsx)) {
      throw new Failures.CliException(msgs.get("validate.annotate.one-workbook", 0));
    }
    try (WorkbookInputs workbooks = WorkbookInputs.convert(files, msgs)) {
      return validate(workbooks);
    }
  }

  private int validate(WorkbookInputs workbooks) throws JsonProcessingException {
    CommandSpec s = Objects.requireNonNull(spec);
    PrintWriter out = s.commandLine().getOut();
    PrintWriter err = s.commandLine().getErr();
    Profile profile = ProfileOption.resolve(profileId, msgs);
    Progress bar =
        progress || System.console() != null
            ? Progress.to(err, msgs.get("validate.progress"))
            : Progress.off();
    Inputs inputs = workbooks.open(bar, Inputs.charset(encoding, msgs));
    EparValidator.Builder b =
        EparValidator.builder()
            .profile(profile)
            .divisionRegistry(DivisionRegistry.nbs2023())
            .calendar(CalendarOption.resolve(calendars, msgs));
    if (asOf != null) {
      b.asOf(asOf);
    }
    EparValidator validator = b.build();
    ValidationReport findings = validator.validate(inputs);
    // Unreadable lines go into the report as input problems, so it is not accepted either.
    List<InputProblem> unread = new ArrayList<>();
    inputs
        .sources()
        .forEach(
            src ->
                src.malformed.forEach(
                    m ->
                        unread.add(
                            new InputProblem(
                                m.lineNumber(),
                                src.shown().getFileName() + ": " + inputs.problem(m)))));
    // Rows of a workbook that give no record are input problems too (sheet, row, column, reason).
    List<InputProblem> sheetProblems = workbooks.problems();
    unread.addAll(sheetProblems);
    ValidationReport report = new ValidationReport(findings.findings(), unread);
    boolean accepted = report.isAccepted();
    if (annotate != null) {
      SpreadsheetAnnotator.Result marked = workbooks.annotate(annotate, report, inputs);
      err.println(
          msgs.get(
              "validate.annotate.written",
              annotate,
              marked.cells(),
              marked.placed(),
              marked.summaryOnly()));
    }
    if (format == OutputFormat.text && !sheetProblems.isEmpty()) {
      out.println(msgs.get("validate.xlsx.problems"));
      sheetProblems.forEach(p -> out.println("  " + p.problem()));
    }
    if (format == OutputFormat.sarif) {
      out.println(
          JSON.writeValueAsString(
              new SarifReport(msgs).log(JSON, report, inputs, profile, accepted)));
    } else if (format == OutputFormat.json) {
      out.println(
          JSON.writeValueAsString(json(report, inputs, profile, validator.asOf(), accepted)));
    } else {
      new TextReport(msgs, out, examples)
          .print(report, inputs, profile, validator.asOf(), accepted);
    }
    out.flush();
    return accepted ? Epar.OK : Epar.REJECTED;
  }

  /**
   * The JSON document: the verdict, the inputs with their unreadable lines, and the full {@link
   * ValidationReport} under {@code report}.
   */
  private static ObjectNode json(
      ValidationReport report, Inputs inputs, Profile profile, LocalDate asOf, boolean accepted) {
    ObjectNode root = JSON.createObjectNode();
    root.put("accepted", accepted);
    root.put("profile", profile.id());
    root.put("as_of", asOf.toString());
    ArrayNode files = root.putArray("inputs");
    for (Inputs.Source s : inputs.sources()) {
      ObjectNode f = files.addObject();
      f.put("file", s.shown().toString());
      f.put("format", s.formatName().toLowerCase(java.util.Locale.ROOT));
      f.put("records", s.records);
      f.put("first_index", s.firstIndex);
      ArrayNode bad = f.putArray("malformed_lines");
      for (NdjsonLine.Malformed m : s.malformed) {
        ObjectNode line =
            bad.addObject()
                .put("line", m.lineNumber())
                .put("problem", m.problem())
                .put("problem_zh", m.problemZh());
        if (m.undecodable()) {
          line.put("encoding", inputs.charset().name());
          if (m.likelyEncoding() != null) {
            line.put("likely_encoding", m.likelyEncoding());
          }
        }
      }
    }
    ObjectNode tree = JSON.valueToTree(report);
    JsonNode findings = tree.path("findings");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = report.findings().get(i);
      place((ObjectNode) findings.get(i).get("location"), f.location(), inputs);
      JsonNode related = findings.get(i).path("related");
      for (int r = 0; r < related.size(); r++) {
        place((ObjectNode) related.get(r), f.related().get(r), inputs);
      }
    }
    root.set("report", tree);
    return root;
  }

  /**
   * Adds to a serialised location the file of its record and, for NDJSON, the record's 1-based
   * {@code line}; for a record of a workbook the {@code sheet} and 1-based {@code row} of the cell;
   * for a record of a dataset document its 1-based position in the file, {@code record}. The {@code
   * index} stays the SDK's: the zero-based position across all inputs.
   */
  private static void place(ObjectNode json, Location loc, Inputs inputs) {
    if (loc.index() < 0) {
      return;
    }
    Inputs.Source s = inputs.sourceOf(loc.index());
    if (s == null) {
      return;
    }
    s.place(loc.index() - s.firstIndex, loc.path()).addTo(json);
  }
}
