package org.epar.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.json.EparJson;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.ValidationReport;

/**
 * A quick, non-JMH look at the rules' half of a validation: reads the first records of the
 * household file into memory once, then validates that list again and again on the calling thread
 * (daming-2017, or some of its rules), so the reading is not measured at all. Prints per round the
 * CPU time and the bytes allocated by the calling thread: the CPU time of the rules and the engine
 * (record rules, dataset rules' {@code accumulate}, {@code finish}), and their allocation, which
 * unlike wall time does not depend on other work on the machine. Not a substitute for {@code
 * run.sh}.
 */
public final class QuickEngine {

  private QuickEngine() {}

  /**
   * Runs the check.
   *
   * @param args records to keep (default 300000; the file of 1,000,000 households is used), rounds
   *     (default 8), and the rules as for {@link QuickRules} (default {@code all})
   * @throws IOException on a read error
   */
  public static void main(String[] args) throws IOException {
    int keep = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    String rules = args.length > 2 ? args[2] : "all";
    Path file = BenchData.householdsFile(1_000_000);
    ObjectReader reader = EparJson.mapper().readerFor(EparRecord.class);
    List<EparRecord> records = new ArrayList<>(keep);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        MappingIterator<EparRecord> it = reader.readValues(in)) {
      while (records.size() < keep && it.hasNext()) {
        records.add(it.next());
      }
    }
    EparValidator v =
        EparValidator.builder()
            .profile(QuickRules.profile(rules))
            .asOf(LocalDate.of(2018, 12, 31))
            .parallelism(1)
            .build();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long me = Thread.currentThread().getId();
    System.out.println(records.size() + " records, rules: " + v.activeRuleIds().size());
    double least = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getThreadAllocatedBytes(me);
      ValidationReport report = v.validate(records);
      double s = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      long allocated = threads.getThreadAllocatedBytes(me) - bytes;
      if (r >= rounds / 2) {
        least = Math.min(least, s); // the second half, warmed up
      }
      System.out.printf(
          "round %d: CPU %.3f s, allocated %.1f MB (%.0f B per record), %d findings%n",
          r, s, allocated / 1e6, allocated / (double) records.size(), report.findings().size());
    }
    // the least CPU time is the least disturbed by other work on the machine (caches, frequency)
    System.out.printf("least CPU of the second half: %.3f s%n", least);
  }
}
