package org.epar.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.json.EparJson;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.ValidationReport;

/**
 * A quick, non-JMH check of goals 1 and 2 for profiling and before/after comparisons: alternates
 * parse-only (Jackson databind) and validation runs of the household file in one JVM and prints
 * each time, the ratios, and the CPU time of every thread that ran (which does not depend on other
 * work on the machine the way wall time does). The validations go through {@code
 * validateNdjson(Path)}, the SDK's own path that {@link StreamingValidationBenchmark} measures: the
 * file cut into parts, parsed and validated on the workers. Not a substitute for {@code run.sh}.
 */
public final class QuickRatio {

  private QuickRatio() {}

  /**
   * Runs the check.
   *
   * @param args households (default 100000), rounds (default 3), threads for the parallel run
   *     (default 0: skip it)
   * @throws IOException on a read error
   */
  public static void main(String[] args) throws IOException {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    Path file = BenchData.householdsFile(households);
    ObjectReader reader = EparJson.mapper().readerFor(EparRecord.class);
    EparValidator one = StreamingValidationBenchmark.validator(1);
    EparValidator all = threads > 0 ? StreamingValidationBenchmark.validator(threads) : null;
    for (int r = 0; r < rounds; r++) {
      Cpu cpu = new Cpu();
      long t0 = System.nanoTime();
      long n = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
          MappingIterator<EparRecord> it = reader.readValues(in)) {
        while (it.hasNext()) {
          n += it.next().hashCode() & 1;
        }
      }
      double parse = (System.nanoTime() - t0) / 1e9;
      String parseCpu = cpu.since();
      double v1 = validate(file, one);
      String v1Cpu = cpu.since();
      String line =
          String.format(
              "round %d: parse %.2f s, validate1 %.2f s, ratio %.3f", r, parse, v1, parse / v1);
      String vaCpu = "";
      if (all != null) {
        double va = validate(file, all);
        vaCpu = cpu.since();
        line += String.format(", validate%d %.2f s, speed-up %.2f", threads, va, v1 / va);
      }
      System.out.println(line + " (" + n + ")");
      System.out.println("  CPU s, parse: " + parseCpu);
      System.out.println("  CPU s, validate1: " + v1Cpu);
      if (all != null) {
        System.out.println("  CPU s, validate" + threads + ": " + vaCpu);
      }
    }
  }

  private static double validate(Path file, EparValidator v) {
    long t0 = System.nanoTime();
    ValidationReport rep = v.validateNdjson(file);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.println("  findings " + rep.countBySeverity());
    return s;
  }

  /**
   * CPU time per thread (and of the whole process, GC included) since the last look, and the bytes
   * each thread allocated (which, unlike time, other work on the machine does not change).
   */
  private static final class Cpu {
    private final com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> last = perThread();
    private Map<Long, Long> lastBytes = allocated();
    private long lastProcess = os.getProcessCpuTime();

    private Map<Long, Long> perThread() {
      Map<Long, Long> m = new HashMap<>();
      for (long id : threads.getAllThreadIds()) {
        m.put(id, threads.getThreadCpuTime(id));
      }
      return m;
    }

    private Map<Long, Long> allocated() {
      Map<Long, Long> m = new HashMap<>();
      for (long id : threads.getAllThreadIds()) {
        m.put(id, threads.getThreadAllocatedBytes(id));
      }
      return m;
    }

    /**
     * "process 5.61, main 0.70, epar-validation-1 2.43, …; MB allocated: main 120, …": threads with
     * at least 10 ms.
     */
    String since() {
      Map<Long, Long> now = perThread();
      Map<Long, Long> bytes = allocated();
      long process = os.getProcessCpuTime();
      Map<String, Long> by = new TreeMap<>();
      Map<String, Long> mb = new TreeMap<>();
      now.forEach(
          (id, t) -> {
            long d = t - last.getOrDefault(id, 0L);
            ThreadInfo info = threads.getThreadInfo(id);
            if (d >= 10_000_000L && info != null) {
              by.merge(info.getThreadName(), d, Long::sum);
              long b = bytes.getOrDefault(id, 0L) - lastBytes.getOrDefault(id, 0L);
              mb.merge(info.getThreadName(), b, Long::sum);
            }
          });
      StringBuilder sb =
          new StringBuilder(String.format("process %.2f", (process - lastProcess) / 1e9));
      by.forEach((name, d) -> sb.append(String.format(", %s %.2f", name, d / 1e9)));
      sb.append("; MB allocated:");
      mb.forEach((name, b) -> sb.append(String.format(" %s %.0f", name, b / 1e6)));
      last = perThread();
      lastBytes = allocated();
      lastProcess = os.getProcessCpuTime();
      return sb.toString();
    }
  }
}
