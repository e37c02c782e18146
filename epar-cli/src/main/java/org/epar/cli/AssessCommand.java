package org.epar.cli;

import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.epar.assessment.Assessment;
import org.epar.assessment.AssessmentProtos;
import org.epar.assessment.CountyAssessor;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.store.JdbcSubmissionStore;
import org.epar.store.SubmissionStores;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar assess}: the county's assessment (验收) over a store of submissions, written as JSON
 * (the {@code epar.v1.Assessment} message), one self-contained HTML file or an XLSX workbook.
 *
 * <p>The store is an H2 directory ({@code --data}, as {@code epar serve --data} keeps it) or
 * PostgreSQL ({@code --jdbc-url}; the password only from {@code EPAR_DB_PASSWORD}). Read-only: the
 * assessment never writes to the store.
 */
@Command(name = "assess", mixinStandardHelpOptions = true)
final class AssessCommand implements Callable<Integer> {

  /** The environment variable the PostgreSQL password is read from. */
  static final String PASSWORD_ENV = "EPAR_DB_PASSWORD";

  /** Output formats. */
  enum Format {
    json,
    html,
    xlsx
  }

  /** Where the submissions are: exactly one of the two. */
  static final class StoreOption {
    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "assess.data")
    @Nullable Path data;

    @Option(names = "--jdbc-url", paramLabel = "URL", descriptionKey = "assess.jdbc-url")
    @Nullable String jdbcUrl;
  }

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private StoreOption where = new StoreOption();

  @Option(
      names = "--db-user",
      defaultValue = "epar",
      paramLabel = "U",
      descriptionKey = "assess.db-user")
  private String dbUser = "epar";

  @Option(
      names = "--county",
      required = true,
      paramLabel = "CODE",
      descriptionKey = "assess.county")
  private String county = "";

  @Option(names = "--as-of", required = true, paramLabel = "DATE", descriptionKey = "assess.as-of")
  private String asOfText = "";

  @Option(
      names = "--programme-start",
      paramLabel = "DATE",
      descriptionKey = "assess.programme-start")
  private @Nullable String programmeStartText;

  @Option(
      names = "--profile",
      defaultValue = "daming-2017",
      paramLabel = "ID",
      descriptionKey = "assess.profile")
  private String profileId = "daming-2017";

  @Option(
      names = "--format",
      required = true,
      paramLabel = "json|html|xlsx",
      descriptionKey = "assess.format")
  private Format format = Format.html;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      descriptionKey = "assess.output")
  private Path output = Path.of("assessment.html");

  AssessCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    DivisionCode code = DivisionCode.of(county);
    if (county.length() != 6 || !code.isAtLevel(DivisionLevel.COUNTY)) {
      throw new Failures.CliException(msgs.get("assess.bad-county", county));
    }
    LocalDate asOf = date(asOfText);
    LocalDate start = programmeStartText == null ? asOf.withDayOfYear(1) : date(programmeStartText);
    Profile profile;
    try {
      profile = Profiles.builtIn(profileId);
    } catch (IllegalArgumentException e) {
      throw new Failures.CliException(msgs.get("assess.bad-profile", profileId));
    }
    Assessment a;
    try (JdbcSubmissionStore store = open()) {
      a = assess(store, county, profile, start, asOf);
    }
    write(a, format, output, reportMessages());
    out.println(
        msgs.get(
            "assess.written",
            a.county(),
            a.asOf().toString(),
            a.submissionsRead(),
            msgs.get(a.vetoesPassed() ? "assess.vetoes.passed" : "assess.vetoes.failed"),
            output.toAbsolutePath().toString()));
    out.flush();
    return Epar.OK;
  }

  /** The report is in Chinese unless {@code --lang} is given explicitly (then in that language). */
  private Messages reportMessages() {
    CommandSpec s = Objects.requireNonNull(spec);
    boolean explicit = matchedLang(s) || (s.parent() != null && matchedLang(s.parent()));
    return explicit ? msgs : Messages.of(Messages.Lang.ZH);
  }

  private static boolean matchedLang(CommandSpec s) {
    var parsed = s.commandLine().getParseResult();
    return parsed != null && parsed.hasMatchedOption("--lang");
  }

  private LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Failures.CliException(msgs.get("assess.bad-date", text));
    }
  }

  private JdbcSubmissionStore open() {
    if (where.data != null) {
      if (!Files.isDirectory(where.data)) {
        throw new Failures.CliException(msgs.get("assess.no-data", where.data.toString()));
      }
      return SubmissionStores.h2(where.data);
    }
    String password = System.getenv(PASSWORD_ENV);
    if (password == null) {
      throw new Failures.CliException(msgs.get("assess.no-password", PASSWORD_ENV));
    }
    try {
      return SubmissionStores.postgres(Objects.requireNonNull(where.jdbcUrl), dbUser, password);
    } catch (IllegalArgumentException e) {
      throw new Failures.CliException(msgs.get("assess.bad-jdbc-url"));
    }
  }

  /** The assessment of one county over a store, reporting expected from {@code start}. */
  static Assessment assess(
      SubmissionStore store, String county, Profile profile, LocalDate start, LocalDate asOf) {
    return CountyAssessor.builder()
        .store(store)
        .profile(county, profile)
        .programmeStart(start)
        .build()
        .assess(DivisionCode.of(county), asOf);
  }

  /** Writes the assessment in a format, replacing the file. */
  static void write(Assessment a, Format format, Path file, Messages msgs) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    switch (format) {
      case json ->
          Files.writeString(
              file,
              JsonFormat.printer()
                      .print(
                          AssessmentProtos.toProto(
                              a, msgs.lang() == Messages.Lang.EN ? Locale.ENGLISH : Locale.CHINESE))
                  + "\n",
              StandardCharsets.UTF_8);
      case html -> Files.writeString(file, AssessmentHtml.render(a, msgs), StandardCharsets.UTF_8);
      case xlsx -> {
        try (OutputStream os = Files.newOutputStream(file)) {
          AssessmentXlsx.write(a, msgs, os);
        }
      }
    }
  }
}
