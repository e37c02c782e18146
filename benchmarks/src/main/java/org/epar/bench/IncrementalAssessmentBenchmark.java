package org.epar.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.epar.assessment.Assessment;
import org.epar.assessment.CountyAssessor;
import org.epar.assessment.spi.CheckpointStore;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.DeadlinePolicy;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.samples.SampleCounties;
import org.epar.validation.Profiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Incremental re-assessment against a full one (issue 14): a year of Daming-like daily reports
 * (2018, the sample county's 478 stations, every station reporting every day: each day's
 * transactions and one device day per station and day, 478 × 365 device days; one report a day,
 * received the next morning), after the monthly report of December 2017 that registered the
 * county's sites, is in an in-memory store; {@code full} assesses the county from scratch, {@code
 * incremental} assesses it after the year's last daily report arrived, from the checkpoint the
 * assessment before it saved (restored before each call, so every call reads the one new report,
 * restores and saves the checkpoint). Goal: {@code incremental / full ≤ 0.1}.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.epar.bench.IncrementalAssessmentBenchmark} prints both scores and the ratio of one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class IncrementalAssessmentBenchmark {

  static final CreditCode A = CreditCode.of("91130425MA0A1B2C3P");
  static final DivisionCode COUNTY = DivisionCode.of("130425");
  static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  static final LocalDate LAST = LocalDate.of(2018, 12, 31);
  static final LocalDate AS_OF = LAST.plusDays(1);
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  InMemorySubmissionStore store;
  CheckpointStore checkpoints;
  byte[] beforeLastReport;
  CountyAssessor full;
  CountyAssessor incremental;

  /** Stores the year, saves the checkpoint of all days but the last, then stores the last. */
  @Setup(Level.Trial)
  public void setUp() {
    Dataset county = SampleCounties.daming(1);
    store = new InMemorySubmissionStore();
    checkpoints = CheckpointStore.inMemory();
    full = assessor(null);
    incremental = assessor(checkpoints);
    long n = 0;
    store.putIfAbsent(stored(++n, sites(county), FIRST));
    List<DeviceDay> stations = stations(county);
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      if (d.equals(LAST)) {
        incremental.assess(COUNTY, AS_OF);
        beforeLastReport = checkpoints.load("130425").orElseThrow();
      }
      store.putIfAbsent(stored(++n, daily(county, stations, d), d.plusDays(1)));
    }
    long records = 0;
    for (var s : store.listInDivision(COUNTY, null, Integer.MAX_VALUE)) {
      records += s.recordCount();
    }
    Assessment a = full.assess(COUNTY, AS_OF);
    checkpoints.save("130425", beforeLastReport);
    Assessment b = incremental.assess(COUNTY, AS_OF);
    if (!a.equals(b)) {
      throw new IllegalStateException("the incremental assessment differs from the full one");
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d submissions, %d records, %d findings; checkpoint %,d bytes%n",
        a.submissionsRead(),
        records,
        a.findings().size(),
        beforeLastReport.length);
  }

  /** Every call starts from the checkpoint saved before the year's last report. */
  @Setup(Level.Invocation)
  public void rewind() {
    checkpoints.save("130425", beforeLastReport);
  }

  private CountyAssessor assessor(CheckpointStore cps) {
    CountyAssessor.Builder b =
        CountyAssessor.builder()
            .store(store)
            .profile("130425", Profiles.builtIn("daming-2017"))
            .programmeStart(FIRST)
            .divisionRegistry(SampleCounties.damingRegistry());
    if (cps != null) {
      b.checkpoints(cps);
    }
    return b.build();
  }

  /**
   * One device day per station: the sample county's stations with their data-manager devices (the
   * sample reports a week of June; here every station reports every day).
   */
  static List<DeviceDay> stations(Dataset county) {
    Map<String, DeviceDay> bySite = new TreeMap<>();
    for (DeviceDay x : county.deviceDays()) {
      bySite.putIfAbsent(x.site(), x);
    }
    return List.copyOf(bySite.values());
  }

  /** The monthly report of December 2017 that registers the county's sites. */
  static MonthlyReport sites(Dataset county) {
    ReportHeader h =
        new ReportHeader(
            A,
            SampleCounties.DAMING,
            ReportType.MONTHLY,
            ReportingPeriod.month(2017, 12),
            A.raw() + "/monthly/2017-12",
            OffsetDateTime.of(FIRST.atTime(9, 0), ZoneOffset.ofHours(8)));
    return new MonthlyReport(h, null, null, List.of(), List.of(), List.of(), county.sites());
  }

  static DailyReport daily(Dataset county, List<DeviceDay> stations, LocalDate d) {
    ReportHeader h =
        new ReportHeader(
            A,
            SampleCounties.DAMING,
            ReportType.DAILY,
            ReportingPeriod.day(d),
            A.raw() + "/daily/" + d,
            OffsetDateTime.of(d.plusDays(1).atTime(10, 0), ZoneOffset.ofHours(8)));
    return new DailyReport(
        h,
        county.transactions().stream().filter(t -> d.equals(t.date())).toList(),
        List.of(),
        stations.stream()
            .map(x -> new DeviceDay(x.device(), x.site(), d, online(x.site(), d)))
            .toList());
  }

  /** Online on about 98 of 100 days, the same in every run. */
  static boolean online(String site, LocalDate d) {
    return Math.floorMod(Objects.hash(site, d.toEpochDay()) * 0x9E3779B1, 100) >= 2;
  }

  static StoredSubmission stored(long n, Report r, LocalDate received) {
    ReportHeader h = Objects.requireNonNull(r.header());
    ReportingPeriod p = h.period();
    ReportType type = h.type();
    DeadlinePolicy policy = DeadlinePolicy.defaults();
    int records =
        r instanceof DailyReport d
            ? d.transactions().size() + d.deviceDays().size()
            : ((MonthlyReport) r).sites().size();
    return new StoredSubmission(
        String.format("%016x", n),
        A,
        type.name().toLowerCase(Locale.ROOT) + "-" + p.id(),
        String.format("%064x", n),
        type,
        p.id(),
        ReportStatus.ACCEPTED,
        policy.timeliness(type, p, received),
        policy.deadline(type, p),
        received.atTime(10, 0).atZone(CHINA).toInstant(),
        records,
        List.of(),
        r);
  }

  /**
   * The county from scratch.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment full() {
    return full.assess(COUNTY, AS_OF);
  }

  /**
   * The county after one new daily report, from the checkpoint before it.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment incremental() {
    return incremental.assess(COUNTY, AS_OF);
  }

  /**
   * Runs both benchmarks and prints the ratio {@code incremental / full} of this run.
   *
   * @param args ignored
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    var results =
        new Runner(
                new OptionsBuilder()
                    .include(IncrementalAssessmentBenchmark.class.getSimpleName())
                    .build())
            .run();
    double full = Double.NaN;
    double incremental = Double.NaN;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      double score = r.getPrimaryResult().getScore();
      if (name.endsWith(".full")) {
        full = score;
      } else if (name.endsWith(".incremental")) {
        incremental = score;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "full %.1f ms, incremental %.1f ms, ratio %.4f (goal <= 0.1)%n",
        full,
        incremental,
        incremental / full);
  }
}
