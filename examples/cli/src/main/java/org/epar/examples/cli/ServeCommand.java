package org.epar.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.validation.Profile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar serve}: the embedded reporting server with the in-memory store, for trying the
 * protocol. Tokens come from a properties file, {@code token = creditCode}; a production platform
 * brings its own store and authenticator (see the platform-server example).
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--port", defaultValue = "8980", paramLabel = "N", descriptionKey = "serve.port")
  private int port = 8980;

  @Option(names = "--tokens", required = true, paramLabel = "FILE", descriptionKey = "serve.tokens")
  private Path tokens = Path.of("tokens.properties");

  @Option(names = {"-p", "--profile"}, defaultValue = "daming-2017", paramLabel = "PROFILE",
      descriptionKey = "serve.profile")
  private String profileId = "daming-2017";

  ServeCommand(Messages msgs) {
    this.msgs = msgs;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    EparServer server = start(port, tokens, ProfileOption.resolve(profileId, msgs), msgs);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "epar-serve-shutdown"));
    out.println(msgs.get("serve.listening", server.port(), profileId));
    out.flush();
    server.awaitTermination();
    return Epar.OK;
  }

  /** Builds and starts the server; the caller closes it. */
  static EparServer start(int port, Path tokensFile, Profile profile, Messages msgs) {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(tokensFile, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new Failures.CliException(msgs.get("error.read", tokensFile, e.getMessage()));
    }
    if (props.isEmpty()) {
      throw new Failures.CliException(msgs.get("serve.no-tokens", tokensFile));
    }
    StaticTokenAuthenticator auth;
    try {
      auth = StaticTokenAuthenticator.fromProperties(props);
    } catch (IllegalArgumentException e) {
      throw new Failures.CliException(msgs.get("serve.bad-tokens", tokensFile, e.getMessage()));
    }
    try {
      return EparServer.builder()
          .port(port)
          .store(new InMemorySubmissionStore())
          .authenticator(auth)
          .validator(ReportChecks.validator(profile))
          .build()
          .start();
    } catch (RuntimeException e) {
      throw new Failures.CliException(msgs.get("serve.cannot-start", port,
          String.valueOf(e.getMessage())));
    }
  }
}
