package org.epar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.epar.core.json.EparJson;
import org.epar.validation.ValidationReport;

/**
 * Goals 3 and 4, a test-like run: validates the household file the SDK's way ({@code
 * validateNdjson}, one thread unless told) in this JVM, meant to be started with {@code -Xmx256m}
 * for 1,000,000 households and {@code -Xmx1g} for 10,000,000, and records the peak heap and the
 * time. Writes {@code target/memory.json} (or the given file) and exits 1 if validation failed or
 * ran out of memory.
 *
 * <p>Peak heap is the highest used heap sampled every 5 ms, and, as a cross-check, the sum of the
 * heap pools' peak usage (an upper bound, since the pools peak at different times).
 */
public final class MemoryCheck {

  private MemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args households (default 1000000), output file (default target/memory.json), threads
   *     (default 1)
   * @throws Exception on an I/O error
   */
  public static void main(String[] args) throws Exception {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path out = Paths.get(args.length > 1 ? args[1] : "target/memory.json");
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Path file = BenchData.householdsFile(households);
    System.gc();
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long t0 = System.nanoTime();
    boolean ok;
    String error = "";
    long findings = -1;
    try {
      ValidationReport r = StreamingValidationBenchmark.validator(threads).validateNdjson(file);
      findings = r.findings().size();
      ok = true;
    } catch (OutOfMemoryError e) {
      ok = false;
      error = "OutOfMemoryError: " + e.getMessage();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    long poolPeaks = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        poolPeaks += p.getPeakUsage().getUsed();
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("households", households);
    result.put("threads", threads);
    result.put("fileBytes", Files.size(file));
    result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    result.put("peakUsedHeapBytes", peak.get());
    result.put("sumOfPoolPeaksBytes", poolPeaks);
    result.put("seconds", seconds);
    result.put("findings", findings);
    result.put("completed", ok);
    result.put("error", error);
    Files.createDirectories(out.toAbsolutePath().getParent());
    EparJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
    System.err.println("memory check: " + result);
    if (!ok) {
      System.exit(1);
    }
  }
}
