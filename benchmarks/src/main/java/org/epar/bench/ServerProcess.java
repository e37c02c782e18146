package org.epar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server of {@link WorstCaseRequests} in its own JVM, and its CPU time read from {@code /proc}:
 * the whole process's ({@code /proc/PID/stat}, user + system, threads that ended included) and each
 * live thread's ({@code /proc/PID/task/TID/stat}), attributed by the thread's name to the JIT
 * compilers, the garbage collector, the VM thread, the JVM's other service threads, and the
 * application (gRPC, Netty and EPAR threads, where the requests are handled).
 *
 * <p>Linux only; the times count in clock ticks ({@code getconf CLK_TCK}, 100 per second here: 10
 * ms granularity per thread).
 */
final class ServerProcess implements AutoCloseable {

  /** Nanoseconds per clock tick (USER_HZ is 100 on every Linux architecture Java runs on). */
  static final long TICK_NANOS = 10_000_000L;

  private final Process process;
  private final int port;
  private final Path dir;
  private final Path jfr;
  private final List<String> command;

  private ServerProcess(Process process, int port, Path dir, Path jfr, List<String> command) {
    this.process = process;
    this.port = port;
    this.dir = dir;
    this.jfr = jfr;
    this.command = command;
  }

  /**
   * Starts {@code WorstCaseRequests --serve} in a child JVM from this JVM's class path, with the
   * given JVM flags, and waits for its port.
   *
   * @param jvmFlags the child's JVM flags (heap, collector, logging)
   * @param withJfr whether the child records JIT, deoptimization and GC events with JFR
   * @param serveArgs arguments after {@code --serve PORT_FILE} (e.g. {@code --no-warm-up})
   */
  static ServerProcess start(List<String> jvmFlags, boolean withJfr, List<String> serveArgs)
      throws IOException {
    Path dir = Files.createTempDirectory("epar-worst-case");
    Path portFile = dir.resolve("port");
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    Path jfr = dir.resolve("server.jfr");
    if (withJfr) {
      Path settings = dir.resolve("events.jfc");
      Files.writeString(settings, JFC, StandardCharsets.UTF_8);
      command.add(
          "-XX:StartFlightRecording=filename="
              + jfr
              + ",settings="
              + settings
              + ",dumponexit=true");
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            WorstCaseRequests.class.getName(),
            "--serve",
            portFile.toString()));
    command.addAll(serveArgs);
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("server.out").toFile())
            .redirectError(dir.resolve("server.err").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(portFile)) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IOException("the server process did not start; see " + dir.resolve("server.err"));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
        throw new IOException("interrupted", e);
      }
    }
    int port = Integer.parseInt(Files.readString(portFile).trim());
    ServerProcess s = new ServerProcess(p, port, dir, jfr, command);
    Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
    return s;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** The directory with the child's stdout, stderr and (with JFR) its recording. */
  Path dir() {
    return dir;
  }

  /** The JFR recording, written when the child exits (with JFR). */
  Path jfr() {
    return jfr;
  }

  /** The child's command line. */
  List<String> command() {
    return command;
  }

  /**
   * Ends the child: closes its standard input (it exits on end of input, writing its JFR
   * recording), and waits up to a minute for it.
   */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /**
   * The server's live heap: the total line of {@code jcmd PID GC.class_histogram} (which runs a
   * full GC first) and its three largest classes by bytes.
   */
  String liveHeap() {
    try {
      Process p =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  String.valueOf(process.pid()),
                  "GC.class_histogram")
              .redirectErrorStream(true)
              .start();
      List<String> lines =
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      p.waitFor();
      String total =
          lines.stream().filter(l -> l.startsWith("Total")).findFirst().orElse("no total");
      List<String> top =
          lines.stream().filter(l -> l.matches("\\s*[1-3]:.*")).map(String::strip).toList();
      return total.strip() + " (instances, bytes); largest: " + String.join("; ", top);
    } catch (IOException e) {
      return "jcmd failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** What a thread's CPU time counts as, by the thread's name. */
  enum Part {
    /** gRPC, Netty and EPAR threads, and anything else the application started. */
    APP,
    /** {@code C1 CompilerThre…}, {@code C2 CompilerThre…}. */
    JIT,
    /** {@code GC Thread#…}, {@code G1 …}. */
    GC,
    /** {@code VM Thread}: safepoint operations (GC pauses' serial part, deoptimization, …). */
    VM,
    /** The JVM's other service threads (Service Thread, Sweeper, JFR, …). */
    JVM;

    static Part of(String name) {
      if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
        return JIT;
      }
      if (name.startsWith("GC Thread#") || name.startsWith("G1 ")) {
        return GC;
      }
      if (name.equals("VM Thread")) {
        return VM;
      }
      if (name.startsWith("JFR ")
          || List.of(
                  "Service Thread",
                  "Monitor Deflati",
                  "Sweeper thread",
                  "VM Periodic Tas",
                  "Signal Dispatch",
                  "Reference Handl",
                  "Finalizer",
                  "Notification Th",
                  "Common-Cleaner",
                  "Attach Listener")
              .contains(name)) {
        return JVM;
      }
      return APP;
    }
  }

  /**
   * A reading: when, the process's CPU ticks, and each live thread's ticks and name.
   *
   * @param at when it was read
   * @param ticks the process's user + system ticks
   * @param threads each live thread's ticks, by thread id
   * @param names each live thread's name, by thread id
   */
  record Reading(Instant at, long ticks, Map<Integer, Long> threads, Map<Integer, String> names) {}

  /** Reads the child's CPU times now. */
  Reading read() {
    Instant at = Instant.now();
    long pid = process.pid();
    long ticks = ticks(Path.of("/proc", String.valueOf(pid), "stat"), null);
    Map<Integer, Long> threads = new HashMap<>();
    Map<Integer, String> names = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        String[] name = new String[1];
        long v = ticks(t.resolve("stat"), name);
        if (v >= 0) {
          int tid = Integer.parseInt(t.getFileName().toString());
          threads.put(tid, v);
          names.put(tid, name[0]);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // the process ended: the reading stays empty
    }
    return new Reading(at, ticks, threads, names);
  }

  /** utime + stime of a {@code stat} file, -1 when it is gone; its name into {@code name[0]}. */
  private static long ticks(Path stat, String[] name) {
    String s;
    try {
      s = Files.readString(stat, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return -1;
    }
    int open = s.indexOf('(');
    int close = s.lastIndexOf(')');
    if (name != null) {
      name[0] = s.substring(open + 1, close);
    }
    // after ")": state (field 3) ... utime (field 14), stime (field 15)
    String[] f = s.substring(close + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /**
   * CPU used between two readings, in ns: the process's, and its parts by thread name; {@code
   * ended} is what threads that ended in between used (the process's minus the live threads'), and
   * {@code top} the costliest thread's name and ns.
   *
   * @param from when the first reading was taken
   * @param to when the second was
   * @param process the process's CPU
   * @param parts the live threads' CPU by part
   * @param ended the CPU of threads that ended between the readings
   * @param top the costliest thread and its CPU, e.g. {@code grpc-default-ex 420 ms}
   */
  record Cpu(
      Instant from, Instant to, long process, Map<Part, Long> parts, long ended, String top) {

    static final Cpu ZERO = new Cpu(Instant.EPOCH, Instant.EPOCH, 0, Map.of(), 0, "");

    static Cpu between(Reading a, Reading b) {
      Map<Part, Long> parts = new EnumMap<>(Part.class);
      for (Part p : Part.values()) {
        parts.put(p, 0L);
      }
      long live = 0;
      long topTicks = -1;
      String top = "";
      for (var e : b.threads().entrySet()) {
        long d = e.getValue() - a.threads().getOrDefault(e.getKey(), 0L);
        live += d;
        String name = b.names().get(e.getKey());
        parts.merge(Part.of(name), d * TICK_NANOS, Long::sum);
        if (d > topTicks) {
          topTicks = d;
          top = name;
        }
      }
      long process = (b.ticks() - a.ticks()) * TICK_NANOS;
      return new Cpu(
          a.at(),
          b.at(),
          process,
          parts,
          process - live * TICK_NANOS,
          String.format(Locale.ROOT, "%s %,d ms", top, topTicks * TICK_NANOS / 1_000_000));
    }

    long part(Part p) {
      return parts.getOrDefault(p, 0L);
    }

    /** The costlier of two (by process CPU), with its own parts. */
    static Cpu max(Cpu a, Cpu b) {
      return a.process >= b.process ? a : b;
    }
  }

  /**
   * Waits until the child used no CPU tick in 100 ms (or 30 s passed) and returns the reading then.
   */
  Reading quiet() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Reading last = read();
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      Reading now = read();
      if (now.ticks() == last.ticks()) {
        return now;
      }
      last = now;
    }
    return read();
  }

  /** The child's JFR settings: JIT compilations, deoptimizations, GC pauses, VM operations. */
  private static final String JFC =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <configuration version="2.0" label="worst-case" description="JIT, deopt, GC, VM operations">
        <event name="jdk.Compilation">
          <setting name="enabled">true</setting>
          <setting name="threshold">0 ms</setting>
        </event>
        <event name="jdk.Deoptimization">
          <setting name="enabled">true</setting>
          <setting name="stackTrace">false</setting>
        </event>
        <event name="jdk.GarbageCollection">
          <setting name="enabled">true</setting>
          <setting name="threshold">0 ms</setting>
        </event>
        <event name="jdk.ExecuteVMOperation">
          <setting name="enabled">true</setting>
          <setting name="threshold">1 ms</setting>
        </event>
      </configuration>
      """;
}
