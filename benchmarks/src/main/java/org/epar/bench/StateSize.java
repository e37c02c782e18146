package org.epar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.List;
import org.epar.core.model.Household;
import org.epar.core.model.Village;
import org.epar.validation.EparValidator;
import org.epar.validation.ValidationAccumulator;

/**
 * Goal 3's "state per distinct member key": the heap the validation state of daming-2017 holds,
 * without a file. Folds generated households (the benchmark's generator: distinct citizen identity
 * numbers, 1–8 members) into an accumulator and measures the used heap after full GCs with the
 * accumulator alive, three times: {@code N} households, {@code 2N} households, and the same {@code
 * N} households cut to their first member. It prints
 *
 * <ul>
 *   <li>per household: {@code (heap(2N) - heap(N)) / N}, and that over the members it adds: the
 *       whole state per member, fixed costs (classes, villages, the validator) cancelled out;
 *   <li>per distinct member key: {@code (heap(N) - heap(N cut)) / (members(N) - N)}: the same
 *       households with more members, so what every further distinct member key costs, household
 *       costs cancelled out.
 * </ul>
 *
 * <p>Run with a heap large enough for 2N: {@code java -Xmx3g -cp target/benchmarks.jar
 * org.epar.bench.StateSize 1000000}.
 */
public final class StateSize {

  private StateSize() {}

  /**
   * Runs the measurement.
   *
   * @param args N households (default 1000000), and the rules as for {@link QuickRules} ({@code
   *     all} by default)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    EparValidator validator =
        EparValidator.builder()
            .profile(QuickRules.profile(args.length > 1 ? args[1] : "all"))
            .asOf(LocalDate.of(2018, 12, 31))
            .parallelism(1)
            .build();
    System.out.println("rules: " + validator.activeRuleIds());
    List<Village> villages = BenchData.villages();
    long[] a = fill(validator, villages, n, false);
    long[] b = fill(validator, villages, 2 * n, false);
    long[] c = fill(validator, villages, n, true);
    System.out.printf(
        "N=%d: heap %d B with %d members; 2N: heap %d B with %d members;"
            + " N cut to 1 member: heap %d B with %d members%n"
            + "whole state per household: %.1f B = %.2f B per member%n"
            + "state per further distinct member key: %.2f B%n",
        n,
        a[0],
        a[1],
        b[0],
        b[1],
        c[0],
        c[1],
        (double) (b[0] - a[0]) / n,
        (double) (b[0] - a[0]) / (b[1] - a[1]),
        (double) (a[0] - c[0]) / (a[1] - c[1]));
  }

  /**
   * Folds the first {@code n} households (cut to their first member if asked) into a new
   * accumulator: {used heap, members}.
   */
  private static long[] fill(EparValidator validator, List<Village> villages, int n, boolean cut) {
    long before = usedAfterGc();
    ValidationAccumulator acc = validator.newAccumulator();
    villages.forEach(acc::add);
    BenchData.Generator g = new BenchData.Generator(villages);
    long members = 0;
    for (int i = 0; i < n; i++) {
      Household h = g.next();
      if (cut) {
        h =
            new Household(
                h.id(), h.village(), h.registeredPoor(), h.status(), h.members().subList(0, 1));
      }
      members += h.members().size();
      acc.add(h);
    }
    long used = usedAfterGc() - before;
    // keeps the accumulator reachable until after the measurement
    System.out.println("folded " + n + " households: " + acc.getClass().getSimpleName());
    return new long[] {used, members};
  }

  private static long usedAfterGc() {
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long used = mem.getHeapMemoryUsage().getUsed();
      if (used >= last) {
        return Math.min(used, last);
      }
      last = used;
    }
    return last;
  }
}
