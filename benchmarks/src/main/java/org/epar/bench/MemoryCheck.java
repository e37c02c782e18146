package org.epar.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.InputStream;
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
import org.epar.core.model.EparRecord;
import org.epar.validation.ValidationReport;

/**
 * Goal 5, a test-like run: validates the household file on one thread in this JVM (meant to be
 * started with {@code -Xmx256m}) and records the peak heap. Writes {@code target/memory.json} and
 * exits 1 if validation failed or ran out of memory.
 *
 * <p>Peak heap is the highest used heap sampled every 5 ms, and, as a cross-check, the sum of the
 * heap pools' peak usage (an upper bound, since the pools peak at different times).
 */
public final class MemoryCheck {

  private MemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args households (default 1000000), output file (default target/memory.json)
   * @throws Exception on an I/O error
   */
  public static void main(String[] args) throws Exception {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path out = Paths.get(args.length > 1 ? args[1] : "target/memory.json");
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
    ObjectReader reader = EparJson.mapper().readerFor(EparRecord.class);
    long t0 = System.nanoTime();
    boolean ok;
    String error = "";
    long findings = -1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        MappingIterator<EparRecord> it = reader.readValues(in)) {
      ValidationReport r =
          StreamingValidationBenchmark.validator(1).validate((Iterable<EparRecord>) () -> it);
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
