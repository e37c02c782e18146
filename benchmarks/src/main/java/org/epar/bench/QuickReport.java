package org.epar.bench;

import org.epar.core.model.DailyReport;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.spi.Principal;

/**
 * A quick, non-JMH look at goal 4's validation side for profiling: validates the daily report of
 * the gRPC benchmark with the same {@link ProfileReportValidator} as {@code GrpcIngestBenchmark}'s
 * server, repeatedly, and prints the time per report and per transaction.
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
    ProfileReportValidator v = GrpcIngestBenchmark.reportValidator();
    Principal who = Principal.allScopes(GrpcIngestBenchmark.CONTRACTOR);
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      int f = v.validate(d, who).findings().size();
      double ms = (System.nanoTime() - t0) / 1e6;
      System.out.printf(
          "round %d: %.1f ms per report, %.2f us per transaction, %d findings%n",
          r, ms, ms * 1000 / n, f);
    }
  }
}
