package org.epar.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.epar.validation.EparValidator;

/**
 * What two cores can give at most, against what the parallel validation gets: per round, one
 * one-thread validation of the household file alone, then two of them at once on two threads (no
 * shared work, nothing to combine: the machine's own limit, its shared caches and memory), then one
 * validation with parallelism 2. Prints each one's wall time and the CPU time of its threads, and
 * the two ratios: the ceiling ({@code 2 × alone / both}) and the speed-up ({@code alone /
 * parallel}). Goal 2 asks the speed-up to reach 1.8; this says how much of the ceiling it reaches.
 * Not a substitute for {@code run.sh}.
 */
public final class TwoAtOnce {

  private TwoAtOnce() {}

  /**
   * Runs the check.
   *
   * @param args households (default 1000000), rounds (default 4)
   * @throws InterruptedException if interrupted while waiting for the two threads
   */
  public static void main(String[] args) throws InterruptedException {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path file = BenchData.householdsFile(households);
    EparValidator one = StreamingValidationBenchmark.validator(1);
    EparValidator two = StreamingValidationBenchmark.validator(2);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r < rounds; r++) {
      long p0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      one.validateNdjson(file);
      double alone = (System.nanoTime() - t0) / 1e9;
      double aloneCpu = (os.getProcessCpuTime() - p0) / 1e9;

      Thread[] threads = new Thread[2];
      p0 = os.getProcessCpuTime();
      t0 = System.nanoTime();
      for (int i = 0; i < threads.length; i++) {
        threads[i] = new Thread(() -> one.validateNdjson(file), "two-at-once-" + i);
        threads[i].start();
      }
      for (Thread t : threads) {
        t.join();
      }
      double both = (System.nanoTime() - t0) / 1e9;
      double bothCpu = (os.getProcessCpuTime() - p0) / 1e9;

      p0 = os.getProcessCpuTime();
      t0 = System.nanoTime();
      two.validateNdjson(file);
      double parallel = (System.nanoTime() - t0) / 1e9;
      double parallelCpu = (os.getProcessCpuTime() - p0) / 1e9;

      System.out.println(
          String.format(
              Locale.ROOT,
              "round %d: alone %.3f s (process CPU %.2f s), two at once %.3f s (%.2f s),"
                  + " parallelism 2 %.3f s (%.2f s); ceiling %.2fx, speed-up %.2fx (%.0f%% of it)",
              r,
              alone,
              aloneCpu,
              both,
              bothCpu,
              parallel,
              parallelCpu,
              2 * alone / both,
              alone / parallel,
              100 * (alone / parallel) / (2 * alone / both)));
    }
  }
}
