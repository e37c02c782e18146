package org.epar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.epar.validation.EparValidator;
import org.epar.validation.ValidationReport;

/**
 * Goal 2's two ways of reading a file with parallelism 2, alternating in one JVM so that both meet
 * the same machine: the calling thread reading the whole file and cutting it at newlines ({@code
 * validateNdjson(InputStream, partBytes)}, what {@code validateNdjson(Path)} did before), and the
 * workers reading their own parts ({@code validateNdjson(Path, partBytes)}), with one one-thread
 * validation per round for the speed-ups. Prints per run the wall time, the process's CPU time and
 * the calling thread's, and checks that the reports are equal. Not a substitute for {@code run.sh}.
 */
public final class FilePartsAB {

  private FilePartsAB() {}

  /**
   * Runs the comparison.
   *
   * @param args households (default 1000000), rounds (default 6), part size in bytes of both
   *     parallel ways (default 4194304, what {@code validateNdjson(Path)} uses)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    int partBytes = args.length > 2 ? Integer.parseInt(args[2]) : 4 << 20;
    Path file = BenchData.householdsFile(households);
    EparValidator one = StreamingValidationBenchmark.validator(1);
    EparValidator two = StreamingValidationBenchmark.validator(2);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] sums = new double[3];
    for (int r = 0; r < rounds; r++) {
      double[] wall = new double[3];
      double[] cpu = new double[3];
      double[] main = new double[3];
      ValidationReport[] reports = new ValidationReport[3];
      // 0: one thread; 1: the calling thread reads (before); 2: the workers read (now); the two
      // parallel runs swap places every round
      int[] order = r % 2 == 0 ? new int[] {0, 1, 2} : new int[] {0, 2, 1};
      for (int k : order) {
        long c0 = os.getProcessCpuTime();
        long m0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        if (k == 0) {
          reports[k] = one.validateNdjson(file);
        } else if (k == 1) {
          try (InputStream in = Files.newInputStream(file)) {
            reports[k] = two.validateNdjson(in, partBytes);
          }
        } else {
          reports[k] = two.validateNdjson(file, partBytes);
        }
        wall[k] = (System.nanoTime() - t0) / 1e9;
        cpu[k] = (os.getProcessCpuTime() - c0) / 1e9;
        main[k] = (threads.getCurrentThreadCpuTime() - m0) / 1e9;
      }
      if (!reports[0].equals(reports[1]) || !reports[0].equals(reports[2])) {
        throw new IllegalStateException("the reports differ");
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: one thread %.2f s (CPU %.2f); caller reads %.2f s (CPU %.2f, caller %.2f),"
              + " speed-up %.2f; workers read %.2f s (CPU %.2f, caller %.2f), speed-up %.2f%n",
          r,
          wall[0],
          cpu[0],
          wall[1],
          cpu[1],
          main[1],
          wall[0] / wall[1],
          wall[2],
          cpu[2],
          main[2],
          wall[0] / wall[2]);
      if (r > 0) { // the first round warms up
        for (int k = 0; k < 3; k++) {
          sums[k] += wall[k];
        }
      }
    }
    if (rounds > 1) {
      System.out.printf(
          Locale.ROOT,
          "after the first round: one thread %.2f s, caller reads %.2f s (%.2fx), workers read"
              + " %.2f s (%.2fx)%n",
          sums[0] / (rounds - 1),
          sums[1] / (rounds - 1),
          sums[0] / sums[1],
          sums[2] / (rounds - 1),
          sums[0] / sums[2]);
    }
  }
}
