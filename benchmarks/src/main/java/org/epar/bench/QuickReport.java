package org.epar.bench;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.epar.core.model.DailyReport;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;

/**
 * A quick, non-JMH look at goal 4's validation side for profiling: validates the daily report of
 * the gRPC benchmark (the report and each transaction, as {@code GrpcIngestBenchmark}'s adapter
 * does) repeatedly and prints the time per report and per transaction.
 */
public final class QuickReport {

  private QuickReport() {}

  /**
   * Runs the check.
   *
   * @param args transactions (default 100000), rounds (default 10)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    DailyReport d = GrpcIngestBenchmark.dailyReport(n);
    EparValidator v = EparValidator.builder()
        .profile(RecordConstraintsBenchmark.recordRulesOnly(Profiles.builtIn("daming-2017")))
        .asOf(LocalDate.of(2018, 12, 31))
        .parallelism(1)
        .build();
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      int f = v.validate(Stream.concat(Stream.of((Object) d), d.transactions().stream()))
          .findings().size();
      double ms = (System.nanoTime() - t0) / 1e6;
      System.out.printf("round %d: %.1f ms per report, %.2f us per transaction, %d findings%n",
          r, ms, ms * 1000 / n, f);
    }
  }
}
