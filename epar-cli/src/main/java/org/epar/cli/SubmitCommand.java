package org.epar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.epar.core.json.EparJson;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Report;
import org.epar.core.privacy.Masking;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmissionState;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epar submit}: sends one report (a JSON record of type {@code daily_report}, {@code
 * monthly_report}, {@code quarterly_report} or {@code annual_report}) to a reporting server. Exit
 * code 0 accepted, 1 rejected, 2 when it could not be sent.
 */
@Command(name = "submit", mixinStandardHelpOptions = true)
final class SubmitCommand implements Callable<Integer> {

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "HOST:PORT",
      descriptionKey = "submit.target")
  private String target = "";

  @Option(names = "--token", paramLabel = "TOKEN", descriptionKey = "submit.token")
  private @Nullable String token;

  @Option(names = "--request-id", paramLabel = "ID", descriptionKey = "submit.request-id")
  private @Nullable String requestId;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "submit.file")
  private Path file = Path.of("report.json");

  SubmitCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    String credential = token != null ? token : System.getenv("EPAR_TOKEN");
    if (credential == null || credential.isBlank()) {
      throw new Failures.CliException(msgs.get("submit.no-token"));
    }
    Report report = read(file);
    String id =
        requestId != null
            ? requestId
            : !report.key().isEmpty() ? report.key() : file.getFileName().toString();
    try (EparClient client =
        EparClient.builder()
            .target(target)
            .credentials(credential)
            .language(msgs.lang().locale())
            .deadline(Duration.ofSeconds(60))
            .build()) {
      Submission s;
      try {
        s = Submit.send(client, report, id);
      } catch (EparRpcException e) {
        String name = e.metadata().get("submission");
        if (name == null) {
          throw new Failures.CliException(
              msgs.get("submit.failed", e.code(), e.reason(), String.valueOf(e.getMessage())));
        }
        s = client.getSubmission(name);
      }
      boolean accepted = s.getState() == SubmissionState.SUBMISSION_STATE_ACCEPTED;
      out.println(
          msgs.get(
              "submit.result",
              s.getName(),
              accepted ? msgs.get("demo.accepted") : msgs.get("demo.rejected"),
              s.getTimeliness().name().replace("TIMELINESS_", "").toLowerCase(Locale.ROOT),
              s.getDeadline(),
              s.getRecordCount()));
      s.getFindingsList()
          .forEach(
              f ->
                  out.println(
                      String.format(
                          Locale.ROOT,
                          "  %-12s %-8s %s  %s",
                          f.getRuleId(),
                          f.getSeverity().name().replace("SEVERITY_", ""),
                          f.getLocation(),
                          Masking.text(f.getMessage()))));
      out.flush();
      return accepted ? Epar.OK : Epar.REJECTED;
    }
  }

  private Report read(Path f) {
    if (!Files.isRegularFile(f)) {
      throw new Failures.CliException(msgs.get("error.no-file", f));
    }
    EparRecord r;
    try {
      r = EparJson.mapper().readValue(f.toFile(), EparRecord.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new Failures.CliException(
          msgs.get(
              "submit.bad-report",
              f,
              loc == null ? -1 : loc.getLineNr(),
              loc == null ? -1 : loc.getColumnNr(),
              Inputs.describe(e, msgs)));
    } catch (IOException e) {
      throw new Failures.CliException(msgs.get("error.read", f, e.getMessage()));
    }
    if (!(r instanceof Report report)) {
      throw new Failures.CliException(msgs.get("submit.not-a-report", f));
    }
    return report;
  }
}
