package org.epar.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epar.core.json.EparJson;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.ValidationReport;

/**
 * A quick, non-JMH check of goals 1 and 2 for profiling and before/after comparisons: alternates
 * parse-only and validation runs of the household file in one JVM and prints each time and the
 * ratios. Not a substitute for {@code run.sh}.
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
      long t0 = System.nanoTime();
      long n = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
          MappingIterator<EparRecord> it = reader.readValues(in)) {
        while (it.hasNext()) {
          n += it.next().hashCode() & 1;
        }
      }
      double parse = (System.nanoTime() - t0) / 1e9;
      double v1 = validate(reader, file, one);
      String line =
          String.format(
              "round %d: parse %.2f s, validate1 %.2f s, ratio %.3f", r, parse, v1, parse / v1);
      if (all != null) {
        double va = validate(reader, file, all);
        line += String.format(", validate%d %.2f s, speed-up %.2f", threads, va, v1 / va);
      }
      System.out.println(line + " (" + n + ")");
    }
  }

  private static double validate(ObjectReader reader, Path file, EparValidator v)
      throws IOException {
    long t0 = System.nanoTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        MappingIterator<EparRecord> it = reader.readValues(in)) {
      ValidationReport rep = v.validate((Iterable<EparRecord>) () -> it);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.println("  findings " + rep.countBySeverity());
      return s;
    }
  }
}
