package org.epar.validation;

import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.NdjsonSplitter;
import org.epar.core.model.Dataset;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.period.WorkingDayCalendar;
import org.epar.validation.internal.Engine;
import org.epar.validation.internal.PartialCodec;
import org.epar.validation.internal.Positioned;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.RuleProvider;
import org.jspecify.annotations.Nullable;

/**
 * Validates records against a profile: runs every discovered rule the profile includes and returns
 * one {@link ValidationReport}.
 *
 * <p>Record rules run per record; dataset rules run as mergeable accumulators over chunks of the
 * input, combined in input order, so the report is the same for any chunking. Validation never
 * throws on bad data: a rule that fails becomes an ERROR finding, a null element an {@link
 * InputProblem}. Immutable and thread-safe; one validator may run many validations concurrently.
 *
 * <p><b>One dataset, one reading.</b> A report is read as the report itself (header, progress,
 * statistics, summaries, indicators) followed by every record it carries (a daily report's
 * transactions, shipments and device days; a monthly report's disbursements, training sessions,
 * attendances and sites), each an ordinary record of the dataset: the same transactions at top
 * level or inside daily reports give the same findings. Findings about a carried record name it
 * (type and id) and its report in {@link Location#carrier()}; nothing is read twice.
 *
 * <p><b>Threads and time are the caller's.</b> With {@link Builder#parallelism parallelism} 1
 * everything runs on the calling thread; above 1, chunks run on the {@link Builder#executor
 * executor} given, else on one pool shared by all validators (daemon threads, at most as many as
 * available processors); no thread is created per call. Without an explicit {@link Builder#asOf
 * as-of date} each validation is as of the current date of the {@link Builder#clock clock} in China
 * (Asia/Shanghai).
 *
 * <pre>{@code
 * EparValidator validator = EparValidator.builder()
 *     .profile(Profiles.builtIn("daming-2017"))
 *     .asOf(LocalDate.of(2018, 12, 31))
 *     .build();
 * ValidationReport report = validator.validate(records);
 * if (!report.isAccepted()) { report.findings().forEach(System.out::println); }
 * ValidationReport beforeSending = validator.check(dailyReport); // as EparServer will judge it
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EparValidator {

  /** China's time zone, in which dates of the programme are read. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The size of the parts an NDJSON file is read in on one thread. */
  private static final int NDJSON_PART_BYTES = 1 << 20;

  /**
   * The size of the parts an NDJSON file is cut into for parallel parsing: large enough that what
   * every part costs besides its lines (a partial of every rule's state, grown from empty, and its
   * fold into the states before it) stays small, small enough that the last part, which one thread
   * reads alone, is short (about 5,000 households, a few milliseconds).
   */
  private static final int PARALLEL_PART_BYTES = 4 << 20;

  /**
   * Most as-of dates whose bound rules are kept; the cache is cleared when it would grow beyond.
   */
  private static final int BOUND_CACHE_SIZE = 64;

  /** A discovered rule with its catalog entry and the profile's settings for it. */
  private record Entry(Rule rule, RuleDescriptor descriptor, RuleSettings settings) {}

  /** The engines of one as-of date: every rule, and the rules {@link #check} runs. */
  private record Bound(Engine all, Engine check) {}

  private final Profile profile;
  private final @Nullable LocalDate fixedAsOf;
  private final Clock clock;
  private final int parallelism;
  private final int chunkSize;
  private final @Nullable Executor executor;
  private final boolean checkDatasetRules;
  private final @Nullable DivisionRegistry divisionRegistry;
  private final WorkingDayCalendar calendar;
  private final List<Entry> entries;
  private final Map<LocalDate, Bound> bound = new ConcurrentHashMap<>();

  private EparValidator(Builder b, Profile profile) {
    this.profile = profile;
    this.fixedAsOf = b.asOf;
    this.clock = b.clock;
    this.parallelism = b.parallelism;
    this.chunkSize = b.chunkSize;
    this.executor = b.executor;
    this.checkDatasetRules = b.checkDatasetRules;
    this.divisionRegistry = b.divisionRegistry;
    this.calendar = b.calendar != null ? b.calendar : WorkingDayCalendar.china();
    List<Rule> rules = new ArrayList<>();
    if (b.providers != null) {
      b.providers.forEach(p -> rules.addAll(p.rules()));
    } else {
      ServiceLoader.load(RuleProvider.class).forEach(p -> rules.addAll(p.rules()));
    }
    List<Entry> list = new ArrayList<>();
    for (Rule rule : rules) {
      RuleDescriptor d =
          b.catalog
              .find(rule.ruleId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "rule "
                              + rule.getClass().getName()
                              + " implements "
                              + rule.ruleId()
                              + ", which is not in the catalog"));
      RuleSettings settings = profile.settings(d.id()).orElse(null);
      if (settings == null) {
        continue; // the profile does not include this rule
      }
      if (!(rule instanceof RecordRule<?>) && !(rule instanceof DatasetRule<?>)) {
        throw new IllegalArgumentException(
            "rule " + rule.getClass().getName() + " is neither a RecordRule nor a DatasetRule");
      }
      list.add(new Entry(rule, d, settings));
    }
    this.entries = List.copyOf(list);
    if (fixedAsOf != null) {
      bind(fixedAsOf); // one binding for every call; it keeps, per record class, which rules apply
    }
  }

  /**
   * A builder; {@link Builder#profile} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The profile this validator checks against.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The date targets are evaluated against: the one {@linkplain Builder#asOf given}, else the
   * clock's current date in China (so a long-lived validator moves with the days).
   *
   * @return the as-of date of a validation starting now
   */
  public LocalDate asOf() {
    return fixedAsOf != null ? fixedAsOf : LocalDate.ofInstant(clock.instant(), CHINA);
  }

  /**
   * The IDs of the rules that will run (discovered and included in the profile), in catalog order
   * of discovery, without duplicates.
   *
   * @return an immutable list
   */
  public List<String> activeRuleIds() {
    return Stream.concat(
            entries.stream().filter(e -> e.rule() instanceof RecordRule<?>),
            entries.stream().filter(e -> e.rule() instanceof DatasetRule<?>))
        .map(e -> e.descriptor().id())
        .distinct()
        .toList();
  }

  /**
   * Validates records of any model type; reports are read with the records they carry.
   *
   * @param records the records; iterated once, in order; a null element is an {@link InputProblem}
   *     (line = its 0-based position + 1), never an exception
   * @return the report
   */
  public ValidationReport validate(Iterable<?> records) {
    return validate(records.iterator());
  }

  /**
   * Validates every record of a dataset, in the dataset's record order.
   *
   * @param dataset the dataset
   * @return the report
   */
  public ValidationReport validate(Dataset dataset) {
    return validate(dataset.records());
  }

  /**
   * Validates a stream of records; the stream is consumed in encounter order.
   *
   * @param records the records
   * @return the report
   */
  public ValidationReport validate(Stream<?> records) {
    try (records) {
      return validate(records.iterator());
    }
  }

  /**
   * Validates an NDJSON file (one record per line, each with its {@code type}) as it streams: the
   * file is never loaded whole, findings carry the line number as their location's index, and a
   * malformed line becomes an {@link InputProblem} (the report is then not accepted) while the rest
   * of the file is still validated.
   *
   * <pre>{@code
   * ValidationReport report = validator.validateNdjson(Path.of("daming-2018-12.ndjson"));
   * }</pre>
   *
   * @param file the NDJSON file, UTF-8
   * @return the report
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public ValidationReport validateNdjson(Path file) {
    int partBytes = parallelism > 1 ? PARALLEL_PART_BYTES : NDJSON_PART_BYTES;
    try (NdjsonSplitter splitter = NdjsonSplitter.open(file, partBytes)) {
      return parallelism > 1 ? validateParts(splitter) : validatePartsInOrder(splitter);
    }
  }

  /**
   * Validates NDJSON text as it streams; see {@link #validateNdjson(Path)}.
   *
   * @param ndjson the text; not closed by this method
   * @return the report
   * @throws java.io.UncheckedIOException if the text cannot be read
   */
  public ValidationReport validateNdjson(Reader ndjson) {
    return validateNdjson(NdjsonReader.of(ndjson));
  }

  /**
   * Validates UTF-8 NDJSON bytes as {@link #validateNdjson(Path)} does, cut into parts of about
   * {@code partBytes} at newlines; with parallelism above 1 the parts are parsed and validated on
   * the executor (with parallelism 1 the bytes are read in one pass on the calling thread). The
   * report does not depend on {@code partBytes} nor on the parallelism.
   *
   * @param ndjson the bytes, UTF-8; closed by this method
   * @param partBytes the size parts aim at, in bytes
   * @return the report
   * @throws java.io.UncheckedIOException if the bytes cannot be read
   * @throws IllegalArgumentException if {@code partBytes} is not positive
   * @since 0.2.0
   */
  public ValidationReport validateNdjson(java.io.InputStream ndjson, int partBytes) {
    if (partBytes < 1) {
      throw new IllegalArgumentException("partBytes must be positive: " + partBytes);
    }
    try (NdjsonSplitter splitter = NdjsonSplitter.of(ndjson, partBytes)) {
      return parallelism > 1 ? validateParts(splitter) : validatePartsInOrder(splitter);
    }
  }

  /**
   * One thread: the parts read one after another on the calling thread (each read in place, plain
   * lines bound by one parser per part), their lines numbered in the whole input.
   */
  private ValidationReport validatePartsInOrder(NdjsonSplitter splitter) {
    Iterator<NdjsonReader> readers =
        new Iterator<>() {
          private NdjsonSplitter.@Nullable Part part;
          private @Nullable NdjsonReader last;

          /** The bytes of the part read last: asked for only once its lines ran out. */
          private byte @Nullable [] spare;

          @Override
          public boolean hasNext() {
            if (part == null) {
              part = splitter.next(spare);
              spare = null;
            }
            if (part == null && last != null) {
              last.close();
              last = null;
            }
            return part != null;
          }

          @Override
          public NdjsonReader next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            if (last != null) {
              last.close();
            }
            NdjsonSplitter.Part p = Objects.requireNonNull(part);
            last = NdjsonSplitter.reader(p, NdjsonReader.Binding.STREAMING);
            spare = p.bytes();
            part = null;
            return last;
          }
        };
    return validateReaders(readers);
  }

  private ValidationReport validateParts(NdjsonSplitter splitter) {
    // the bytes of parts read to the end on the workers, read into again by the splitter
    Queue<byte[]> spares = new ConcurrentLinkedQueue<>();
    Iterator<Engine.PartLines> parts =
        new Iterator<>() {
          private NdjsonSplitter.@Nullable Part next;

          @Override
          public boolean hasNext() {
            if (next == null) {
              next = splitter.next(spares.poll());
            }
            return next != null;
          }

          @Override
          public Engine.PartLines next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            NdjsonSplitter.Part part = Objects.requireNonNull(next);
            next = null;
            return new SplitPart(part, spares);
          }
        };
    return bind(asOf()).all().runParts(parts);
  }

  /** A part of the splitter, read on a worker. */
  private static final class SplitPart implements Engine.PartLines {
    /**
     * At most this many spare buffers wait for the splitter (more than parts in flight on 2 cores).
     */
    private static final int SPARES = 4;

    private final NdjsonSplitter.Part part;
    private final Queue<byte[]> spares;

    SplitPart(NdjsonSplitter.Part part, Queue<byte[]> spares) {
      this.part = part;
      this.spares = spares;
    }

    @Override
    public long read(java.util.function.Consumer<NdjsonLine> sink) {
      NdjsonReader reader = NdjsonSplitter.reader(part, NdjsonReader.Binding.STREAMING);
      reader.forEach(sink);
      if (spares.size() < SPARES) {
        spares.offer(part.bytes()); // read to the end: nothing refers to the bytes any more
      }
      return reader.linesRead();
    }
  }

  private ValidationReport validateNdjson(NdjsonReader reader) {
    return validateReaders(List.of(reader).iterator());
  }

  /**
   * The records of the readers in turn, each reader's lines numbered after those of the readers
   * before it; malformed lines become input problems, ahead of the engine's own.
   */
  private ValidationReport validateReaders(Iterator<NdjsonReader> readers) {
    List<InputProblem> problems = new ArrayList<>();
    Iterator<Object> records =
        new Iterator<>() {
          private @Nullable NdjsonReader reader;
          private Iterator<NdjsonLine> lines = java.util.Collections.emptyIterator();
          private long before;
          private @Nullable Object next;
          private boolean done;

          @Override
          public boolean hasNext() {
            while (next == null) {
              if (!lines.hasNext()) {
                if (reader != null) {
                  before += reader.linesRead();
                  reader = null;
                }
                if (done || !readers.hasNext()) {
                  done = true;
                  return false;
                }
                reader = readers.next();
                lines = reader.iterator();
                continue;
              }
              NdjsonLine line = lines.next();
              if (line instanceof NdjsonLine.Parsed p) {
                next = new Positioned(before + p.lineNumber(), p.record());
              } else if (line instanceof NdjsonLine.Malformed m) {
                problems.add(new InputProblem(before + m.lineNumber(), m.problem()));
              }
            }
            return true;
          }

          @Override
          public Object next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Object r = Objects.requireNonNull(next);
            next = null;
            return r;
          }
        };
    ValidationReport report = validate(records);
    if (problems.isEmpty()) {
      return report;
    }
    problems.addAll(report.inputProblems());
    return new ValidationReport(report.findings(), problems);
  }

  private ValidationReport validate(Iterator<?> records) {
    return bind(asOf()).all().run(records);
  }

  /**
   * Checks one report exactly as {@code EparServer} (sdk-grpc's {@code ProfileReportValidator})
   * judges it on arrival: the report and every record it carries, read as {@link #validate} reads
   * them, by the profile's record rules (and its dataset rules over this report alone when the
   * validator was built with {@link Builder#checkDatasetRules(boolean) checkDatasetRules(true)}, as
   * the server is with {@code datasetRules(true)}), as of the last day of the report's period (the
   * server's default as-of policy), or of {@link #asOf()} when the header has no period. Accepted
   * here means accepted there, with the same rule IDs, for the same profile.
   *
   * <pre>{@code
   * ValidationReport r = validator.check(daily);
   * if (r.isAccepted()) { client.submitDaily(daily, requestId); }
   * }</pre>
   *
   * @param report a daily, monthly, quarterly or annual report; null is an {@link InputProblem}
   * @return the report of findings
   * @since 0.2.0
   */
  public ValidationReport check(@Nullable Report report) {
    ReportHeader h = report == null ? null : report.header();
    return check(report, h != null && h.period() != null ? h.period().end() : asOf());
  }

  /**
   * Checks one report as {@link #check(Report)} does, as of a given date (for a server whose as-of
   * policy is not the period's end).
   *
   * @param report a report; null is an {@link InputProblem}
   * @param asOf the date targets are evaluated against
   * @return the report of findings
   * @since 0.2.0
   */
  public ValidationReport check(@Nullable Report report, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<@Nullable Object> one = new ArrayList<>(1);
    one.add(report);
    return bind(asOf).check().run(one.iterator());
  }

  /** The rules bound to one as-of date, built once per date and cached. */
  private Bound bind(LocalDate date) {
    Bound b = bound.get(date);
    if (b != null) {
      return b;
    }
    if (bound.size() >= BOUND_CACHE_SIZE) {
      bound.clear();
    }
    return bound.computeIfAbsent(date, this::newBound);
  }

  private Bound newBound(LocalDate date) {
    List<Engine.BoundRecordRule> rr = new ArrayList<>();
    List<Engine.BoundDatasetRule> dr = new ArrayList<>();
    for (Entry e : entries) {
      RuleContext ctx =
          new RuleContext(e.descriptor(), e.settings(), date, divisionRegistry, calendar);
      if (e.rule() instanceof RecordRule<?> r) {
        rr.add(new Engine.BoundRecordRule(r, ctx));
      } else {
        dr.add(new Engine.BoundDatasetRule((DatasetRule<?>) e.rule(), ctx));
      }
    }
    Engine all = new Engine(rr, dr, parallelism, chunkSize, executor);
    Engine check =
        checkDatasetRules ? all : new Engine(rr, List.of(), parallelism, chunkSize, executor);
    return new Bound(all, check);
  }

  /**
   * A new accumulator, for validating parts of a dataset in a parallel engine of your own and
   * combining them; see {@link ValidationAccumulator}.
   *
   * @return a new accumulator, owned by the caller
   */
  public ValidationAccumulator newAccumulator() {
    return new ValidationAccumulator(bind(asOf()).all());
  }

  /**
   * Reads an accumulator saved by {@link ValidationAccumulator#writeTo}, to finish it or to combine
   * it with the accumulators of more data. It must come from a validator of the same configuration
   * (profile, rule settings, as-of date, rules, division registry and calendar) and the same
   * structure of every dataset rule's state; otherwise it is stale and the caller recomputes it
   * from the data it was made of.
   *
   * @param in the saved bytes; read to the end of the accumulator, not closed
   * @return the accumulator, owned by the caller
   * @throws StaleStateException if the bytes are not a saved accumulator, were made by another
   *     configuration, or some rules' state classes changed ({@link
   *     StaleStateException#staleRules()} names them)
   * @since 0.2.0
   */
  public ValidationAccumulator readAccumulator(java.io.InputStream in) {
    Engine engine = bind(asOf()).all();
    return new ValidationAccumulator(engine, PartialCodec.read(engine, in));
  }

  /**
   * Configures an {@link EparValidator}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable Profile profile;
    private @Nullable LocalDate asOf;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private int chunkSize = 4096;
    private @Nullable Executor executor;
    private Clock clock = Clock.system(CHINA);
    private boolean checkDatasetRules;
    private @Nullable DivisionRegistry divisionRegistry;
    private @Nullable List<RuleProvider> providers;
    private @Nullable WorkingDayCalendar calendar;
    private RuleCatalog catalog = RuleCatalog.standard();

    private Builder() {}

    /**
     * The profile to check against (required).
     *
     * @param value a built-in or loaded profile
     * @return this builder
     */
    public Builder profile(Profile value) {
      this.profile = Objects.requireNonNull(value, "profile");
      return this;
    }

    /**
     * The date targets are evaluated against; without it, each validation is as of the {@link
     * #clock clock}'s current date in China (Asia/Shanghai).
     *
     * @param value the as-of date
     * @return this builder
     */
    public Builder asOf(LocalDate value) {
      this.asOf = Objects.requireNonNull(value, "asOf");
      return this;
    }

    /**
     * Chunks validated at once; defaults to the number of available processors. 1 runs everything
     * on the calling thread; above 1, chunks run on the {@link #executor executor} (by default a
     * pool shared by every validator of the JVM: daemon threads, at most as many as available
     * processors, idle ones ending after 30 seconds), at most twice this many in flight (NDJSON
     * parts: this many plus one).
     *
     * @param value 1 or more
     * @return this builder
     */
    public Builder parallelism(int value) {
      this.parallelism = value;
      return this;
    }

    /**
     * Runs the chunks of a validation when {@link #parallelism} is above 1, instead of the shared
     * pool: the caller's threads, e.g. a platform's bounded pool. Any executor works, even one that
     * rejects or runs tasks late: the validating thread runs every chunk no worker has taken yet,
     * so a validation never waits on an executor that is busy with its callers. The validator never
     * shuts it down.
     *
     * @param value the executor
     * @return this builder
     * @since 0.2.0
     */
    public Builder executor(Executor value) {
      this.executor = Objects.requireNonNull(value, "executor");
      return this;
    }

    /**
     * The clock the default as-of date is read from (its date in China, Asia/Shanghai, whatever the
     * clock's zone); defaults to the system clock. Not used when {@link #asOf} is given.
     *
     * @param value the clock, e.g. {@code Clock.fixed(...)} in tests
     * @return this builder
     * @since 0.2.0
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Whether {@link EparValidator#check(Report)} also runs the profile's dataset rules over the
     * one report; default {@code false}: coverage targets, references, duplicates and "a report
     * every day" judge a county's whole data and would misfire on one report, so a server judges a
     * report by the record rules (sdk-grpc's {@code ProfileReportValidator} sets this from its
     * {@code datasetRules} option). {@link EparValidator#validate} always runs every rule.
     *
     * @param value {@code true} to run every rule of the profile in {@code check}
     * @return this builder
     * @since 0.2.0
     */
    public Builder checkDatasetRules(boolean value) {
      this.checkDatasetRules = value;
      return this;
    }

    /**
     * Records per chunk handed to one worker; defaults to 4096.
     *
     * @param value 1 or more
     * @return this builder
     */
    public Builder chunkSize(int value) {
      this.chunkSize = value;
      return this;
    }

    /**
     * The division registry rules use to resolve division codes; none by default.
     *
     * @param value the registry, such as {@code DivisionRegistry.nbs2023()}
     * @return this builder
     */
    public Builder divisionRegistry(DivisionRegistry value) {
      this.divisionRegistry = Objects.requireNonNull(value, "divisionRegistry");
      return this;
    }

    /**
     * The working-day calendar; defaults to {@link WorkingDayCalendar#china()}.
     *
     * @param value the calendar, for instance one loaded for later years
     * @return this builder
     */
    public Builder calendar(WorkingDayCalendar value) {
      this.calendar = Objects.requireNonNull(value, "calendar");
      return this;
    }

    /**
     * Uses exactly these providers instead of discovering them with {@link ServiceLoader}.
     *
     * @param value the rule providers
     * @return this builder
     */
    public Builder providers(List<RuleProvider> value) {
      this.providers = List.copyOf(value);
      return this;
    }

    /**
     * The catalog rule IDs are looked up in; defaults to {@link RuleCatalog#standard()}.
     *
     * @param value a catalog, for instance the standard one {@link RuleCatalog#with} own rules
     * @return this builder
     */
    public Builder catalog(RuleCatalog value) {
      this.catalog = Objects.requireNonNull(value, "catalog");
      return this;
    }

    /**
     * Builds the validator, discovering rules.
     *
     * @return the validator
     * @throws IllegalStateException if no profile was given, or parallelism or chunk size is below
     *     1
     * @throws IllegalArgumentException if a rule names an ID the catalog does not know
     */
    public EparValidator build() {
      if (profile == null) {
        throw new IllegalStateException("EparValidator.builder(): profile(...) is required");
      }
      if (parallelism < 1) {
        throw new IllegalStateException("parallelism must be 1 or more, was " + parallelism);
      }
      if (chunkSize < 1) {
        throw new IllegalStateException("chunkSize must be 1 or more, was " + chunkSize);
      }
      return new EparValidator(this, profile);
    }
  }
}
