package org.epar.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code epar} in a child JVM on this test's class path ({@code java -cp ... Epar ...}), as an
 * operator would run it: its own process, so it can be killed with SIGKILL. Standard output is read
 * line by line until the server says where it listens; both streams are kept in files.
 */
final class ChildServe implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+) ");

  final Process process;
  final Path out;
  final Path err;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();

  private ChildServe(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
    Thread reader = new Thread(this::readOut, "child-epar-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code epar args...} with the extra environment {@code env}; logs go to {@code logs}.
   */
  static ChildServe start(Path logs, Map<String, String> env, String... args) throws IOException {
    Files.createDirectories(logs);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Epar.class.getName()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(logs, "epar-", ".err");
    Path out = Files.createTempFile(logs, "epar-", ".out");
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
    pb.environment().remove(ServeCommand.PASSWORD_ENV);
    pb.environment().putAll(env);
    return new ChildServe(pb.start(), out, err);
  }

  private void readOut() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Files.writeString(
            out, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      // the process ended
    }
    port.completeExceptionally(new IllegalStateException("epar ended without listening"));
  }

  /** The port once the server listens; fails if it exits first or takes longer than 3 minutes. */
  int awaitPort() throws Exception {
    try {
      return port.get(180, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("epar serve did not start: " + logs(), e);
    }
  }

  /** Waits for the process to end by itself; its exit code. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      throw new AssertionError("epar did not end: " + logs());
    }
    return process.exitValue();
  }

  /** Kills the process with SIGKILL (no shutdown hooks run) and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the killed server is still there");
    }
  }

  /** What the process wrote: standard output, then standard error. */
  String logs() {
    try {
      return "stdout:\n" + Files.readString(out) + "stderr:\n" + Files.readString(err);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Stops the process gently (SIGTERM: shutdown hooks run), forcibly after 30 s. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
