package org.epar.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
import org.epar.grpc.ForwardingStore;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.samples.SampleCounties;
import org.epar.validation.Profiles;
import org.jspecify.annotations.Nullable;
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
 * county's sites, is in an in-memory store, and the county was assessed after each day as it came
 * (so its persisted state is a checkpoint and the deltas appended since, as in service).
 *
 * <ul>
 *   <li>{@code full}: the county from scratch (no checkpoints);
 *   <li>{@code incremental}: the county after the year's last daily report arrived, by an assessor
 *       whose live state covers everything before it: reads the one new report, appends its delta
 *       to the checkpoint store, reports;
 *   <li>{@code coldIncremental}: the same after a restart: a new assessor restores the checkpoint
 *       and its deltas, then does the same.
 * </ul>
 *
 * Before each call the store hides the last report and the persisted state is put back as it was
 * before it; for {@code incremental} a new assessor then brings its live state up to there, and a
 * garbage collection follows (not timed; but {@code -prof gc} counts the rewind's allocation in the
 * call's, so {@link #setUp} prints the allocation of one call of each, measured on the thread
 * alone). Goal: {@code incremental / full ≤ 0.1}.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.epar.bench.IncrementalAssessmentBenchmark} prints the scores and the ratios of one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class IncrementalAssessmentBenchmark {

  static final CreditCode A = CreditCode.of("91130425MA0A1B2C3P");
  static final DivisionCode COUNTY = DivisionCode.of("130425");
  static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  static final LocalDate LAST = LocalDate.of(2018, 12, 31);
  static final LocalDate AS_OF = LAST.plusDays(1);
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  Year store;
  Persisted checkpoints;
  Persisted.Snapshot beforeLastReport;
  String lastId;
  CountyAssessor full;

  /** A store of the year that can hide its last submission, so that each call finds it new. */
  static final class Year extends ForwardingStore {
    @Nullable String hidden;

    Year() {
      super(new InMemorySubmissionStore());
    }

    @Override
    public List<StoredSubmission> listInDivision(
        DivisionCode division, @Nullable SubmissionKey after, int limit) {
      List<StoredSubmission> page = inner.listInDivision(division, after, limit);
      if (hidden != null && !page.isEmpty() && page.get(page.size() - 1).id().equals(hidden)) {
        return page.subList(0, page.size() - 1);
      }
      return page;
    }
  }

  /** Checkpoints and deltas in memory, with a snapshot to go back to. */
  static final class Persisted implements CheckpointStore {
    record Snapshot(Map<String, byte[]> checkpoints, Map<String, List<byte[]>> deltas) {}

    final Map<String, byte[]> checkpoints = new HashMap<>();
    final Map<String, List<byte[]>> deltas = new HashMap<>();

    @Override
    public synchronized Optional<byte[]> load(String county) {
      return Optional.ofNullable(checkpoints.get(county));
    }

    @Override
    public synchronized void save(String county, byte[] checkpoint) {
      checkpoints.put(county, checkpoint);
      deltas.remove(county);
    }

    @Override
    public synchronized List<byte[]> deltas(String county) {
      return List.copyOf(deltas.getOrDefault(county, List.of()));
    }

    @Override
    public synchronized void append(String county, byte[] delta) {
      deltas.computeIfAbsent(county, c -> new ArrayList<>()).add(delta);
    }

    synchronized Snapshot snapshot() {
      Map<String, List<byte[]>> d = new HashMap<>();
      deltas.forEach((k, v) -> d.put(k, List.copyOf(v)));
      return new Snapshot(Map.copyOf(checkpoints), d);
    }

    synchronized void restore(Snapshot s) {
      checkpoints.clear();
      checkpoints.putAll(s.checkpoints());
      deltas.clear();
      s.deltas().forEach((k, v) -> deltas.put(k, new ArrayList<>(v)));
    }

    synchronized long bytes() {
      long n = 0;
      for (byte[] b : checkpoints.values()) {
        n += b.length;
      }
      for (List<byte[]> l : deltas.values()) {
        for (byte[] b : l) {
          n += b.length;
        }
      }
      return n;
    }
  }

  /**
   * Stores the year day by day, assessing after each day, saves the persisted state before the last
   * day's report, then stores the last and checks that every way gives the full assessment.
   */
  @Setup(Level.Trial)
  public void setUp() {
    Dataset county = SampleCounties.daming(1);
    store = new Year();
    checkpoints = new Persisted();
    full = assessor(null, 0);
    CountyAssessor daily = assessor(checkpoints, 1);
    long n = 0;
    store.putIfAbsent(stored(++n, sites(county), FIRST));
    List<DeviceDay> stations = stations(county);
    String lastId = "";
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      if (d.equals(LAST)) {
        beforeLastReport = checkpoints.snapshot();
      }
      StoredSubmission s = stored(++n, daily(county, stations, d), d.plusDays(1));
      store.putIfAbsent(s);
      lastId = s.id();
      if (!d.equals(LAST)) {
        daily.assess(COUNTY, AS_OF);
      }
    }
    store.hidden = null;
    long records = 0;
    for (var s : store.listInDivision(COUNTY, null, Integer.MAX_VALUE)) {
      records += s.recordCount();
    }
    Assessment a = full.assess(COUNTY, AS_OF);
    this.lastId = lastId;
    Assessment fromScratch = measure("full", () -> full);
    store.hidden = lastId;
    Assessment warm = measure("incremental", this::warm);
    store.hidden = lastId;
    Assessment restarted = measure("coldIncremental", this::cold);
    if (!a.equals(warm) || !a.equals(restarted) || !a.equals(fromScratch)) {
      throw new IllegalStateException("the incremental assessment differs from the full one");
    }
    checkpoints.restore(beforeLastReport);
    System.out.printf(
        Locale.ROOT,
        "%d submissions, %d records, %d findings; persisted before the last report: %,d bytes"
            + " (a checkpoint and %d deltas)%n",
        a.submissionsRead(),
        records,
        a.findings().size(),
        checkpoints.bytes(),
        checkpoints.deltas("130425").size());
  }

  /** Prints the allocation of one call (after the rewind that gives its assessor), alone. */
  private Assessment measure(String name, Supplier<CountyAssessor> rewind) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    CountyAssessor assessor = rewind.get();
    store.hidden = null;
    long before = mx.getCurrentThreadAllocatedBytes();
    Assessment a = assessor.assess(COUNTY, AS_OF);
    long allocated = mx.getCurrentThreadAllocatedBytes() - before;
    System.out.printf(Locale.ROOT, "%n%s: %,d bytes allocated by one call%n", name, allocated);
    return a;
  }

  /**
   * The persisted state before the last report, and a new assessor whose live state is brought up
   * to it (the last report hidden meanwhile).
   */
  CountyAssessor warm() {
    checkpoints.restore(beforeLastReport);
    CountyAssessor a = assessor(checkpoints, 1);
    a.assess(COUNTY, AS_OF);
    return a;
  }

  /** The persisted state before the last report, and a new assessor (a restart). */
  CountyAssessor cold() {
    checkpoints.restore(beforeLastReport);
    return assessor(checkpoints, 1);
  }

  /** The assessor of a call, rewound before each: what {@link Warm} and {@link Cold} share. */
  public abstract static class Rewound {
    /** The assessor the call uses. */
    CountyAssessor assessor;

    /** Made by JMH. */
    protected Rewound() {}

    /** The assessor of the next call, the last report hidden meanwhile. */
    abstract CountyAssessor rewind(IncrementalAssessmentBenchmark year);

    /**
     * Rewinds.
     *
     * @param year the year
     */
    @Setup(Level.Invocation)
    public void setUp(IncrementalAssessmentBenchmark year) {
      year.store.hidden = year.lastId;
      assessor = rewind(year);
      // the rewind made tens of MB of garbage and a new live state in the young generation: collect
      // now, so that the timed call does not pay for copying it (in service the state is old)
      System.gc();
    }
  }

  /** The assessor of an {@code incremental} call: its live state is brought up to the rewind. */
  @State(Scope.Thread)
  public static class Warm extends Rewound {
    /** Made by JMH. */
    public Warm() {}

    @Override
    CountyAssessor rewind(IncrementalAssessmentBenchmark year) {
      return year.warm();
    }
  }

  /** The assessor of a {@code coldIncremental} call: a new one (a restart). */
  @State(Scope.Thread)
  public static class Cold extends Rewound {
    /** Made by JMH. */
    public Cold() {}

    @Override
    CountyAssessor rewind(IncrementalAssessmentBenchmark year) {
      return year.cold();
    }
  }

  private CountyAssessor assessor(@Nullable CheckpointStore cps, int live) {
    CountyAssessor.Builder b =
        CountyAssessor.builder()
            .store(store)
            .profile("130425", Profiles.builtIn("daming-2017"))
            .programmeStart(FIRST)
            .divisionRegistry(SampleCounties.damingRegistry());
    if (cps != null) {
      b.checkpoints(cps).liveStates(live);
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
    store.hidden = null;
    return full.assess(COUNTY, AS_OF);
  }

  /**
   * The county after one new daily report, by an assessor whose live state covers the year before
   * it: reads the report, appends its delta, reports.
   *
   * @param w the assessor
   * @return the assessment
   */
  @Benchmark
  public Assessment incremental(Warm w) {
    store.hidden = null;
    return w.assessor.assess(COUNTY, AS_OF);
  }

  /**
   * The county after one new daily report, by a new assessor (a restart): restores the checkpoint
   * and its deltas, reads the report, appends its delta, reports.
   *
   * @param c the assessor
   * @return the assessment
   */
  @Benchmark
  public Assessment coldIncremental(Cold c) {
    store.hidden = null;
    return c.assessor.assess(COUNTY, AS_OF);
  }

  /**
   * Runs the benchmarks and prints the ratios {@code incremental / full} and {@code coldIncremental
   * / full} of this run.
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
    double cold = Double.NaN;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      double score = r.getPrimaryResult().getScore();
      if (name.endsWith(".full")) {
        full = score;
      } else if (name.endsWith(".incremental")) {
        incremental = score;
      } else if (name.endsWith(".coldIncremental")) {
        cold = score;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "full %.1f ms, incremental %.1f ms, ratio %.4f (goal <= 0.1); after a restart %.1f ms,"
            + " ratio %.4f%n",
        full,
        incremental,
        incremental / full,
        cold,
        cold / full);
  }
}
