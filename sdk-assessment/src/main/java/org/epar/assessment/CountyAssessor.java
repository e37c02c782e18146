package org.epar.assessment;

import io.grpc.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.epar.assessment.spi.CheckpointStore;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.Report;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.DeadlinePolicy;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.core.period.Timeliness;
import org.epar.grpc.spi.Assessor;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.ParameterSpec;
import org.epar.validation.Profile;
import org.epar.validation.RuleCatalog;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleKind;
import org.epar.validation.RuleSettings;
import org.epar.validation.Severity;
import org.epar.validation.StaleStateException;
import org.epar.validation.ValidationAccumulator;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses a county over everything it reported: streams every ACCEPTED submission whose report
 * scope lies in the county and that was received by the as-of date (in China) from the {@link
 * SubmissionStore}, page by page in key order, into an {@link EparValidator} of the county's
 * profile (record and dataset rules, as of the as-of date), and reads the findings as the
 * acceptance standard does: targets, veto items, fund shares, and the reporting completeness of
 * every contractor that submitted for the county.
 *
 * <p>The findings are exactly those of validating the same reports, in the same order, as one
 * dataset: the store is read once, never loaded whole. Thread-safe; logs counts only. The cost is
 * data-bound (linear in the county's stored reports, not in the request); inside a gRPC call the
 * reading stops with a {@link CancellationException} as soon as the call's {@code Context} is
 * cancelled or past its deadline.
 *
 * <p><b>Incremental re-assessment.</b> With a {@link Builder#checkpoints CheckpointStore}, the
 * county's rule states ({@link ValidationAccumulator}) over the submissions read are kept, with
 * where the reading stopped and what each contractor reported: in memory as the county's <em>live
 * state</em> (a bounded cache, {@link Builder#liveStates}) and persisted as a checkpoint followed
 * by deltas. An assessment brings the live state up to date (restoring it from the checkpoint and
 * its deltas when it is not cached: after a restart, or when another as-of date or profile was
 * assessed since), reads only the submissions stored since (submission ids sort in the order
 * received) into a delta, appends that delta to the checkpoint store ({@link
 * CheckpointStore#append}; every {@link Builder#deltasPerCheckpoint} deltas a whole checkpoint is
 * saved instead), combines it into the live state and reports on it without consuming it ({@link
 * ValidationAccumulator#report()}), which finishes again only the rules whose state received the
 * day's records and sorts again only the findings of the rules whose findings changed; the dataset
 * rules keep their indexes in their states, so that finishing again indexes that day's records only
 * (the cost: docs/performance.md). The persisted state is the source of truth: a new assessor over
 * the same stores gives the same assessment; two assessors on one store both read on from the store
 * (a delta records where it starts, and one that does not follow the deltas before it is skipped
 * when restoring). A checkpoint or delta of another as-of date, profile or format, or whose rule
 * states are stale (a rule's state class changed, see {@link StaleStateException}), is ignored and
 * the county is read in full: the findings are the same either way.
 *
 * <pre>{@code
 * CountyAssessor assessor = CountyAssessor.builder()
 *     .store(store)
 *     .profile("130425", Profiles.builtIn("daming-2017"))
 *     .programmeStart(LocalDate.of(2018, 4, 1))
 *     .build();
 * Assessment a = assessor.assess(DivisionCode.of("130425"), LocalDate.of(2018, 4, 30));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CountyAssessor {

  private static final Logger LOG = LoggerFactory.getLogger(CountyAssessor.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The rules whose caps are fund shares. */
  private static final List<String> FUND_RULES = List.of("DM-FUND-01", "DM-FUND-02");

  private final SubmissionStore store;
  private final Map<String, Profile> profiles;
  private final DeadlinePolicy deadlines;
  private final LocalDate programmeStart;
  private final Set<ReportType> expected;
  private final @Nullable DivisionRegistry registry;
  private final RuleCatalog catalog;
  private final int pageSize;
  private final @Nullable CheckpointStore checkpoints;
  private final int cacheSize;
  private final int deltasPerCheckpoint;

  /** The live states of the counties assessed last, least recent first; guarded by itself. */
  private final Map<String, Live> cache = new LinkedHashMap<>(16, 0.75f, true);

  private CountyAssessor(Builder b) {
    this.store = Objects.requireNonNull(b.store, "store");
    this.profiles = Map.copyOf(b.profiles);
    this.deadlines = b.deadlines;
    this.programmeStart = Objects.requireNonNull(b.programmeStart, "programmeStart");
    this.expected = Set.copyOf(b.expected);
    this.registry = b.registry;
    this.catalog = b.catalog;
    this.pageSize = b.pageSize;
    this.checkpoints = b.checkpoints;
    this.cacheSize = b.cacheSize;
    this.deltasPerCheckpoint = b.deltasPerCheckpoint;
  }

  /**
   * A builder; {@link Builder#store}, {@link Builder#programmeStart} and at least one {@link
   * Builder#profile} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The counties this assessor has a profile for, as 6-digit codes in ascending order.
   *
   * @return the counties
   */
  public List<String> counties() {
    return List.copyOf(new TreeSet<>(profiles.keySet()));
  }

  /**
   * This assessor as the server kit's {@link Assessor}, for {@code
   * EparServer.builder().assessor(...)}: {@code GetAssessment} and {@code ListCountyAssessments}
   * over the counties this assessor has a profile for, mapped by {@link AssessmentProtos}.
   *
   * @return the adapter
   * @since 0.2.0
   */
  public Assessor asGrpcAssessor() {
    List<DivisionCode> counties = AssessmentProtos.divisions(counties());
    return new Assessor() {
      @Override
      public List<DivisionCode> counties() {
        return counties;
      }

      @Override
      public org.epar.grpc.v1.Assessment assess(
          DivisionCode county, LocalDate asOf, Locale language) {
        return AssessmentProtos.toProto(CountyAssessor.this.assess(county, asOf), language);
      }
    };
  }

  /**
   * The assessment of a county as of a date.
   *
   * @param county a county code (6 digits, or its 12-digit form)
   * @param asOf the as-of date
   * @return the assessment
   * @throws IllegalArgumentException if the code is not a valid county code or the assessor has no
   *     profile for it
   * @throws CancellationException if the current gRPC {@code Context} is cancelled (or past its
   *     deadline) while the reports are read
   */
  public Assessment assess(DivisionCode county, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!county.isAtLevel(DivisionLevel.COUNTY)) {
      throw new IllegalArgumentException("'" + county.raw() + "' is not a valid county code");
    }
    String code = county.value().substring(0, 6);
    Profile profile = profiles.get(code);
    if (profile == null) {
      throw new IllegalArgumentException("no assessment profile for county " + code);
    }
    ValidationReport report;
    Reading reading;
    List<Due> dues;
    if (checkpoints == null) {
      dues = dues(asOf);
      Reading full = new Reading(DivisionCode.of(county.value()), asOf, null, 0);
      reading = full;
      Iterable<Report> reports = () -> full;
      report = validator(profile, asOf).validate(reports);
    } else {
      Live state = live(code, asOf, profile);
      reading = state.reading;
      dues = state.dues;
      report = state.acc.report();
      keep(code, state);
    }
    // each table asks for the findings of its rules: grouped once, not filtered per rule
    Map<String, List<Finding>> byRule = new HashMap<>();
    for (Finding f : report.findings()) {
      byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    return new Assessment(
        code,
        profile.id(),
        asOf,
        reading.read,
        report.findings(),
        targets(profile, byRule),
        vetoes(profile, byRule),
        fundShares(profile, byRule),
        completeness(reading.reported, asOf, dues));
  }

  /** A validator of the county's profile as of the date (its rules are bound at build). */
  private EparValidator validator(Profile profile, LocalDate asOf) {
    EparValidator.Builder vb = EparValidator.builder().profile(profile).asOf(asOf);
    if (registry != null) {
      vb.divisionRegistry(registry);
    }
    return vb.build();
  }

  /**
   * The live state of a county's assessment: the accumulator over the submissions read so far,
   * where the reading stopped, what each contractor reported, and how many deltas were appended
   * since the county's checkpoint. Used by one assessment at a time (taken out of the cache).
   */
  private static final class Live {
    final LocalDate asOf;
    final Profile profile;
    final EparValidator validator;
    final ValidationAccumulator acc;
    Reading reading;
    int deltas;

    /** The size of the last delta written: the next one's buffer (a day's is about 70 kB). */
    int deltaSize = 1 << 12;

    /** The periods owed by the as-of date: made once, not at every assessment. */
    final List<Due> dues;

    Live(
        LocalDate asOf,
        Profile profile,
        EparValidator validator,
        ValidationAccumulator acc,
        Reading reading,
        int deltas,
        List<Due> dues) {
      this.dues = dues;
      this.asOf = asOf;
      this.profile = profile;
      this.validator = validator;
      this.acc = acc;
      this.reading = reading;
      this.deltas = deltas;
    }
  }

  /**
   * The county's live state, brought up to date with the store: the cached one, else the one
   * restored from the persisted checkpoint and its deltas, else a full reading; then the
   * submissions stored since are read into a delta, which is appended to the persisted state (or,
   * every {@code deltasPerCheckpoint} deltas, a new checkpoint is saved) and combined into the live
   * accumulator.
   */
  private Live live(String code, LocalDate asOf, Profile profile) {
    DivisionCode county = DivisionCode.of(code);
    Live state = cached(code, asOf, profile);
    // a cached state has its validator: building one (loading the rule providers, binding the
    // rules) costs more than a day's report
    EparValidator validator = state == null ? validator(profile, asOf) : state.validator;
    if (state == null) {
      state = restore(code, asOf, profile, validator);
    }
    if (state == null) {
      Reading full = new Reading(county, asOf, null, 0);
      ValidationAccumulator acc = validator.newAccumulator();
      while (full.hasNext()) {
        acc.add(full.next());
      }
      state = new Live(asOf, profile, validator, acc, full, 0, dues(asOf));
      save(code, state, 1 << 16);
      LOG.debug("county {}: {} submissions read from the store", code, full.read);
      return state;
    }
    Reading prior = state.reading;
    Reading more = new Reading(county, asOf, prior.after, prior.read);
    ValidationAccumulator delta = state.validator.newAccumulator();
    while (more.hasNext()) {
      Report r = more.next();
      delta.add(r, more.read - 1L);
    }
    if (more.read != prior.read || more.listed) {
      Checkpoint d =
          new Checkpoint(
              code,
              asOf,
              profile.id(),
              true,
              prior.after,
              prior.read,
              more.after,
              more.read,
              more.reported);
      byte[] bytes = null;
      if (state.deltas + 1 < deltasPerCheckpoint) {
        bytes = write(code, d, delta, state.deltaSize + (state.deltaSize >> 2));
        if (bytes != null) {
          state.deltaSize = bytes.length;
        }
      }
      state.acc.combine(delta);
      merge(prior.reported, more.reported);
      prior.after = more.after;
      prior.read = more.read;
      if (bytes == null) {
        save(code, state, 1 << 16);
      } else {
        append(code, state, bytes);
      }
      LOG.debug("county {}: {} new submissions read from the store", code, more.read);
    }
    return state;
  }

  /** The cached live state of a county for this as-of date and profile, taken out; or null. */
  private @Nullable Live cached(String code, LocalDate asOf, Profile profile) {
    synchronized (cache) {
      Live state = cache.remove(code);
      if (state != null && state.asOf.equals(asOf) && state.profile == profile) {
        return state;
      }
      return null; // another as-of date or profile: dropped
    }
  }

  /** Puts a county's live state (back) into the bounded cache, dropping the least recent. */
  private void keep(String code, Live state) {
    if (cacheSize == 0) {
      return;
    }
    synchronized (cache) {
      cache.put(code, state);
      Iterator<String> eldest = cache.keySet().iterator();
      while (cache.size() > cacheSize) {
        eldest.next();
        eldest.remove();
      }
    }
  }

  /** Merges periods reported later into what was reported before: on time wins. */
  private static void merge(
      Map<String, Map<ReportType, Map<String, Timeliness>>> into,
      Map<String, Map<ReportType, Map<String, Timeliness>>> later) {
    later.forEach(
        (contractor, types) ->
            types.forEach(
                (type, periods) ->
                    periods.forEach(
                        (period, t) ->
                            into.computeIfAbsent(contractor, c -> new HashMap<>())
                                .computeIfAbsent(type, x -> new HashMap<>())
                                .merge(period, t, CountyAssessor::earliest))));
  }

  private static Timeliness earliest(Timeliness a, Timeliness b) {
    return a == Timeliness.ON_TIME || b == Timeliness.ON_TIME
        ? Timeliness.ON_TIME
        : Timeliness.LATE;
  }

  /**
   * The county's persisted state for this as-of date and profile: its checkpoint and the deltas
   * that follow it (a delta that does not start where the state read so far stops, one appended by
   * another assessor from another position, is skipped: the store is read on from there); or null
   * to read everything.
   */
  private @Nullable Live restore(
      String code, LocalDate asOf, Profile profile, EparValidator validator) {
    CheckpointStore store = Objects.requireNonNull(checkpoints);
    try {
      Optional<byte[]> saved = store.load(code);
      if (saved.isEmpty()) {
        return null;
      }
      Checkpoint.Restored base = Checkpoint.read(saved.get(), code, asOf, profile.id(), validator);
      if (base == null || base.checkpoint().delta()) {
        return null;
      }
      Checkpoint c = base.checkpoint();
      Reading at =
          new Reading(
              DivisionCode.of(code), asOf, c.after(), c.read(), new TreeMap<>(c.reported()));
      ValidationAccumulator acc = base.accumulator();
      List<byte[]> deltas = store.deltas(code);
      int applied = 0;
      for (byte[] bytes : deltas) {
        Checkpoint.Restored d = Checkpoint.read(bytes, code, asOf, profile.id(), validator);
        if (d == null
            || !d.checkpoint().delta()
            || d.checkpoint().fromRead() != at.read
            || !Objects.equals(d.checkpoint().from(), at.after)) {
          continue;
        }
        acc.combine(d.accumulator());
        merge(at.reported, d.checkpoint().reported());
        at.after = d.checkpoint().after();
        at.read = d.checkpoint().read();
        applied++;
      }
      LOG.debug("county {}: checkpoint and {} of {} deltas restored", code, applied, deltas.size());
      return new Live(asOf, profile, validator, acc, at, deltas.size(), dues(asOf));
    } catch (StaleStateException e) {
      LOG.info(
          "checkpoint of county {} is stale ({}); reading every submission", code, e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "checkpoint of county {} cannot be read ({}); reading every submission",
          code,
          e.getClass().getSimpleName());
    }
    return null;
  }

  /** Saves the county's checkpoint; a failure costs the next restore a full reading only. */
  private void save(String code, Live state, int sizeHint) {
    Reading r = state.reading;
    Checkpoint c =
        Checkpoint.whole(code, state.asOf, state.profile.id(), r.after, r.read, r.reported);
    byte[] bytes = write(code, c, state.acc, sizeHint);
    if (bytes == null) {
      return;
    }
    try {
      Objects.requireNonNull(checkpoints).save(code, bytes);
      state.deltas = 0;
    } catch (RuntimeException e) {
      LOG.warn(
          "checkpoint of county {} not saved ({}); the next restore reads every submission",
          code,
          e.getClass().getSimpleName());
      LOG.debug("checkpoint failure", e);
    }
  }

  /** Appends a delta to the county's persisted state; on failure saves a whole checkpoint. */
  private void append(String code, Live state, byte[] delta) {
    try {
      Objects.requireNonNull(checkpoints).append(code, delta);
      state.deltas++;
    } catch (RuntimeException e) {
      LOG.warn(
          "delta of county {} not appended ({}); saving its checkpoint",
          code,
          e.getClass().getSimpleName());
      LOG.debug("delta failure", e);
      save(code, state, 1 << 16);
    }
  }

  /** The bytes of a checkpoint or delta, or null (logged) if the states cannot be written. */
  private static byte @Nullable [] write(
      String code, Checkpoint c, ValidationAccumulator acc, int sizeHint) {
    try {
      return c.write(acc, sizeHint);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "checkpoint of county {} not written ({}); the next restore reads every submission",
          code,
          e.getClass().getSimpleName());
      LOG.debug("checkpoint failure", e);
      return null;
    }
  }

  /**
   * The accepted reports of the county received by the as-of date, in key order, page by page;
   * remembers what each contractor reported, and when.
   */
  private final class Reading implements Iterator<Report> {
    private final DivisionCode county;
    private final LocalDate asOf;
    final Map<String, Map<ReportType, Map<String, Timeliness>>> reported;
    private List<StoredSubmission> page = List.of();
    private int index;
    @Nullable SubmissionKey after;
    private boolean exhausted;
    private @Nullable Report next;
    int read;

    /** Whether any submission was listed (even one skipped): the checkpoint's key moved. */
    boolean listed;

    /** Reads on after a key (from the start when null), with the count of those read before. */
    Reading(DivisionCode county, LocalDate asOf, @Nullable SubmissionKey after, int read) {
      this(county, asOf, after, read, new TreeMap<>());
    }

    Reading(
        DivisionCode county,
        LocalDate asOf,
        @Nullable SubmissionKey after,
        int read,
        Map<String, Map<ReportType, Map<String, Timeliness>>> reported) {
      this.county = county;
      this.asOf = asOf;
      this.reported = reported;
      this.after = after;
      this.read = read;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (Context.current().isCancelled()) {
          // a gRPC call past its deadline or cancelled: stop reading (the cost is data-bound)
          throw new CancellationException("assessment of county " + county.value() + " cancelled");
        }
        if (index == page.size()) {
          if (exhausted) {
            return false;
          }
          page = store.listInDivision(county, after, pageSize);
          index = 0;
          exhausted = page.size() < pageSize;
          if (page.isEmpty()) {
            return false;
          }
          after = SubmissionKey.of(page.get(page.size() - 1));
          listed = true;
        }
        StoredSubmission s = page.get(index++);
        if (s.status() != ReportStatus.ACCEPTED
            || LocalDate.ofInstant(s.receivedAt(), CHINA).isAfter(asOf)) {
          continue;
        }
        reported
            .computeIfAbsent(s.contractor().raw(), c -> new HashMap<>())
            .computeIfAbsent(s.type(), t -> new HashMap<>())
            .merge(s.period(), s.timeliness(), CountyAssessor::earliest);
        read++;
        next = s.report();
      }
      return true;
    }

    @Override
    public Report next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Report r = Objects.requireNonNull(next);
      next = null;
      return r;
    }
  }

  private Optional<RuleDescriptor> descriptor(String ruleId) {
    return catalog.find(ruleId);
  }

  private List<TargetStatus> targets(Profile profile, Map<String, List<Finding>> findings) {
    List<TargetStatus> out = new ArrayList<>();
    for (String id : profile.rules().keySet()) {
      Optional<RuleDescriptor> d = descriptor(id);
      if (d.isEmpty() || d.get().kind() != RuleKind.TARGET) {
        continue;
      }
      List<Finding> of = findings.getOrDefault(id, List.of());
      if (of.isEmpty()) {
        out.add(
            new TargetStatus(
                id,
                d.get().titleEn(),
                d.get().titleZh(),
                "",
                "",
                "",
                null,
                TargetStatus.Status.MET));
      }
      for (Finding f : of) {
        out.add(
            new TargetStatus(
                id,
                d.get().titleEn(),
                d.get().titleZh(),
                f.location().objectId(),
                f.observed(),
                f.threshold(),
                f.deadline(),
                status(f)));
      }
    }
    return out;
  }

  /** MISSED for a warning or worse; MET for progress at or above the threshold; else ON_TRACK. */
  static TargetStatus.Status status(Finding f) {
    if (f.severity() != Severity.INFO) {
      return TargetStatus.Status.MISSED;
    }
    try {
      BigDecimal observed = new BigDecimal(f.observed().trim());
      BigDecimal threshold = new BigDecimal(f.threshold().trim());
      return observed.compareTo(threshold) >= 0
          ? TargetStatus.Status.MET
          : TargetStatus.Status.ON_TRACK;
    } catch (NumberFormatException e) {
      return TargetStatus.Status.ON_TRACK;
    }
  }

  private List<VetoItem> vetoes(Profile profile, Map<String, List<Finding>> findings) {
    List<VetoItem> out = new ArrayList<>();
    for (Map.Entry<String, RuleSettings> e : profile.rules().entrySet()) {
      Optional<RuleDescriptor> d = descriptor(e.getKey());
      if (d.isEmpty()
          || e.getValue().severityOverride().orElse(d.get().defaultSeverity()) != Severity.VETO) {
        continue;
      }
      List<Finding> evidence = List.copyOf(findings.getOrDefault(e.getKey(), List.of()));
      boolean passed = evidence.stream().noneMatch(f -> f.severity() == Severity.VETO);
      out.add(new VetoItem(e.getKey(), d.get().titleEn(), d.get().titleZh(), passed, evidence));
    }
    return out;
  }

  private List<FundShare> fundShares(Profile profile, Map<String, List<Finding>> findings) {
    List<FundShare> out = new ArrayList<>();
    for (String id : FUND_RULES) {
      Optional<RuleSettings> settings = profile.settings(id);
      Optional<RuleDescriptor> d = descriptor(id);
      if (settings.isEmpty() || d.isEmpty()) {
        continue;
      }
      for (ParameterSpec p : d.get().parameters()) {
        if (p.name().endsWith("_share_max")
            && settings.get().has(p.name())
            && (id.equals("DM-FUND-01") || p.name().equals("adjustment_share_max"))) {
          out.add(new FundShare(id, p.name(), settings.get().string(p.name()), "", true));
        }
      }
      for (Finding f : findings.getOrDefault(id, List.of())) {
        String cap = f.observed().isEmpty() ? f.location().path() : f.observed().split(" ")[0];
        out.add(
            new FundShare(id, cap, f.threshold(), f.observed(), !f.severity().blocksAcceptance()));
      }
    }
    return out;
  }

  /** A period a contractor owes a report for, from the programme start to the as-of date. */
  private record Due(ReportType type, String period, LocalDate deadline) {}

  /** The periods every contractor owes reports for by the as-of date, type by type. */
  private List<Due> dues(LocalDate asOf) {
    List<Due> out = new ArrayList<>();
    for (ReportType type : ReportType.values()) {
      if (!expected.contains(type)) {
        continue;
      }
      ReportingPeriod p = ReportingPeriod.containing(type.periodType(), programmeStart);
      while (!p.start().isAfter(asOf)) {
        out.add(new Due(type, p.id(), deadlines.deadline(type, p)));
        p = ReportingPeriod.containing(type.periodType(), p.end().plusDays(1));
      }
    }
    return out;
  }

  private static List<ReportingCompleteness> completeness(
      Map<String, Map<ReportType, Map<String, Timeliness>>> reported,
      LocalDate asOf,
      List<Due> dues) {
    List<ReportingCompleteness> out = new ArrayList<>();
    for (Map.Entry<String, Map<ReportType, Map<String, Timeliness>>> c : reported.entrySet()) {
      List<ReportingCompleteness.PeriodStatus> periods = new ArrayList<>();
      for (Due due : dues) {
        Timeliness t = c.getValue().getOrDefault(due.type(), Map.of()).get(due.period());
        if (t != null) {
          periods.add(
              new ReportingCompleteness.PeriodStatus(
                  due.type(),
                  due.period(),
                  due.deadline(),
                  t == Timeliness.ON_TIME
                      ? ReportingCompleteness.Status.ON_TIME
                      : ReportingCompleteness.Status.LATE));
        } else if (due.deadline().isBefore(asOf)) {
          periods.add(
              new ReportingCompleteness.PeriodStatus(
                  due.type(), due.period(), due.deadline(), ReportingCompleteness.Status.MISSING));
        }
      }
      out.add(new ReportingCompleteness(c.getKey(), periods));
    }
    return out;
  }

  /**
   * Configures a {@link CountyAssessor}. Not thread-safe.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private @Nullable SubmissionStore store;
    private final Map<String, Profile> profiles = new HashMap<>();
    private DeadlinePolicy deadlines = DeadlinePolicy.defaults();
    private @Nullable LocalDate programmeStart;
    private Set<ReportType> expected =
        EnumSet.of(ReportType.DAILY, ReportType.MONTHLY, ReportType.ANNUAL);
    private @Nullable DivisionRegistry registry;
    private RuleCatalog catalog = RuleCatalog.standard();
    private int pageSize = 500;
    private @Nullable CheckpointStore checkpoints;
    private int cacheSize = 4;
    private int deltasPerCheckpoint = 32;

    private Builder() {}

    /**
     * Where to keep each county's checkpoint for incremental re-assessment; default none (every
     * assessment reads all of the county's submissions).
     *
     * @param value the store, e.g. {@link CheckpointStore#inMemory()} or a {@link
     *     JdbcCheckpointStore} on the submissions' database
     * @return this builder
     * @since 0.2.0
     */
    public Builder checkpoints(CheckpointStore value) {
      this.checkpoints = Objects.requireNonNull(value, "checkpoints");
      return this;
    }

    /**
     * How many counties' live states (accumulators over their submissions, one per county, for the
     * last as-of date and profile assessed) to keep in memory between assessments; default 4. A
     * cached state spares restoring the persisted one; it is always brought up to date with the
     * store, and the persisted state stays the source of truth (a new assessor restores it). A year
     * of Daming-like daily reports retained 3.6 MB of heap after a full collection in one
     * measurement (its checkpoint is 9 MB). 0 keeps none.
     *
     * @param value at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     * @since 0.2.0
     */
    public Builder liveStates(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("liveStates must be at least 0, was " + value);
      }
      this.cacheSize = value;
      return this;
    }

    /**
     * After how many appended deltas a whole checkpoint is saved instead (which drops the deltas);
     * default 32. A restore reads the checkpoint and at most this many deltas.
     *
     * @param value at least 1 (1: every assessment that read something saves a checkpoint)
     * @return this builder
     * @throws IllegalArgumentException if below 1
     * @since 0.2.0
     */
    public Builder deltasPerCheckpoint(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("deltasPerCheckpoint must be at least 1, was " + value);
      }
      this.deltasPerCheckpoint = value;
      return this;
    }

    /**
     * The store to read; required.
     *
     * @param value the store
     * @return this builder
     */
    public Builder store(SubmissionStore value) {
      this.store = Objects.requireNonNull(value, "store");
      return this;
    }

    /**
     * The profile a county is assessed by; call once per county.
     *
     * @param county the county code, 6 digits
     * @param value the profile
     * @return this builder
     * @throws IllegalArgumentException if the code is not a valid county code
     */
    public Builder profile(String county, Profile value) {
      DivisionCode c = DivisionCode.of(county);
      if (!c.isAtLevel(DivisionLevel.COUNTY)) {
        throw new IllegalArgumentException("'" + county + "' is not a valid county code");
      }
      profiles.put(c.value().substring(0, 6), Objects.requireNonNull(value, "profile"));
      return this;
    }

    /**
     * The deadlines the server marked timeliness with; default {@link DeadlinePolicy#defaults()}.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder deadlinePolicy(DeadlinePolicy value) {
      this.deadlines = Objects.requireNonNull(value, "deadlinePolicy");
      return this;
    }

    /**
     * The first day of the programme: reporting completeness starts with the periods containing it;
     * required.
     *
     * @param value the date
     * @return this builder
     */
    public Builder programmeStart(LocalDate value) {
      this.programmeStart = Objects.requireNonNull(value, "programmeStart");
      return this;
    }

    /**
     * The report types every contractor owes; default daily, monthly and annual (DM-RPT-01).
     *
     * @param value the types
     * @return this builder
     */
    public Builder expected(Set<ReportType> value) {
      this.expected = Set.copyOf(value);
      return this;
    }

    /**
     * The division registry the validator checks codes against; default none.
     *
     * @param value the registry
     * @return this builder
     */
    public Builder divisionRegistry(DivisionRegistry value) {
      this.registry = Objects.requireNonNull(value, "divisionRegistry");
      return this;
    }

    /**
     * The rule catalog titles and kinds come from; default {@link RuleCatalog#standard()}.
     *
     * @param value the catalog
     * @return this builder
     */
    public Builder catalog(RuleCatalog value) {
      this.catalog = Objects.requireNonNull(value, "catalog");
      return this;
    }

    /**
     * How many submissions one store read fetches; default 500.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder pageSize(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + value);
      }
      this.pageSize = value;
      return this;
    }

    /**
     * Builds the assessor.
     *
     * @return the assessor
     * @throws NullPointerException if the store or the programme start is missing
     * @throws IllegalStateException if no profile was given
     */
    public CountyAssessor build() {
      if (profiles.isEmpty()) {
        throw new IllegalStateException("an assessor needs the profile of at least one county");
      }
      return new CountyAssessor(this);
    }
  }
}
