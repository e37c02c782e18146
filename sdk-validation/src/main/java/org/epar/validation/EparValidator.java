package org.epar.validation;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.model.Dataset;
import org.epar.core.period.WorkingDayCalendar;
import org.epar.validation.internal.Engine;
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
 * input, on {@code parallelism} threads, combined in input order, so the report is the same for
 * any chunking. Validation never throws on bad data: a rule that fails becomes an ERROR finding.
 * Immutable and thread-safe; one validator may run many validations concurrently.
 *
 * <pre>{@code
 * EparValidator validator = EparValidator.builder()
 *     .profile(Profiles.builtIn("daming-2017"))
 *     .asOf(LocalDate.of(2018, 12, 31))
 *     .build();
 * ValidationReport report = validator.validate(records);
 * if (!report.isAccepted()) { report.findings().forEach(System.out::println); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EparValidator {

  private final Profile profile;
  private final LocalDate asOf;
  private final int parallelism;
  private final int chunkSize;
  private final Engine engine;
  private final List<Engine.BoundRecordRule> recordRules;
  private final List<Engine.BoundDatasetRule> datasetRules;
  private final Engine accumulatorEngine;

  private EparValidator(Builder b, Profile profile, LocalDate asOf) {
    this.profile = profile;
    this.asOf = asOf;
    this.parallelism = b.parallelism;
    this.chunkSize = b.chunkSize;
    List<Rule> rules = new ArrayList<>();
    if (b.providers != null) {
      b.providers.forEach(p -> rules.addAll(p.rules()));
    } else {
      ServiceLoader.load(RuleProvider.class).forEach(p -> rules.addAll(p.rules()));
    }
    List<Engine.BoundRecordRule> rr = new ArrayList<>();
    List<Engine.BoundDatasetRule> dr = new ArrayList<>();
    for (Rule rule : rules) {
      RuleDescriptor d =
          b.catalog
              .find(rule.ruleId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "rule " + rule.getClass().getName() + " implements " + rule.ruleId()
                              + ", which is not in the catalog"));
      RuleSettings settings = profile.settings(d.id()).orElse(null);
      if (settings == null) {
        continue; // the profile does not include this rule
      }
      RuleContext ctx = new RuleContext(d, settings, asOf, b.divisionRegistry,
          b.calendar != null ? b.calendar : WorkingDayCalendar.china());
      if (rule instanceof RecordRule<?> r) {
        rr.add(new Engine.BoundRecordRule(r, ctx));
      } else if (rule instanceof DatasetRule<?> r) {
        dr.add(new Engine.BoundDatasetRule(r, ctx));
      } else {
        throw new IllegalArgumentException(
            "rule " + rule.getClass().getName() + " is neither a RecordRule nor a DatasetRule");
      }
    }
    this.recordRules = List.copyOf(rr);
    this.datasetRules = List.copyOf(dr);
    this.accumulatorEngine = new Engine(recordRules, datasetRules, 1, 1);
    // one engine for every validate call: it keeps, per record class, which rules apply
    this.engine = new Engine(recordRules, datasetRules, parallelism, chunkSize);
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
   * The date targets are evaluated against.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The IDs of the rules that will run (discovered and included in the profile), in catalog order
   * of discovery, without duplicates.
   *
   * @return an immutable list
   */
  public List<String> activeRuleIds() {
    return Stream.concat(
            recordRules.stream().map(r -> r.ctx().descriptor().id()),
            datasetRules.stream().map(r -> r.ctx().descriptor().id()))
        .distinct()
        .toList();
  }

  /**
   * Validates records of any model type.
   *
   * @param records the records; iterated once, in order
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
    try (NdjsonReader reader = NdjsonReader.open(file)) {
      return validateNdjson(reader);
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

  private ValidationReport validateNdjson(NdjsonReader reader) {
    List<InputProblem> problems = new ArrayList<>();
    Iterator<NdjsonLine> lines = reader.iterator();
    Iterator<Object> records =
        new Iterator<>() {
          private @Nullable Object next;

          @Override
          public boolean hasNext() {
            while (next == null && lines.hasNext()) {
              NdjsonLine line = lines.next();
              if (line instanceof NdjsonLine.Parsed p) {
                next = new Positioned(p.lineNumber(), p.record());
              } else if (line instanceof NdjsonLine.Malformed m) {
                problems.add(new InputProblem(m.lineNumber(), m.problem()));
              }
            }
            return next != null;
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
    return problems.isEmpty() ? report : new ValidationReport(report.findings(), problems);
  }

  private ValidationReport validate(Iterator<?> records) {
    return engine.run(records);
  }

  /**
   * A new accumulator, for validating parts of a dataset in a parallel engine of your own and
   * combining them; see {@link ValidationAccumulator}.
   *
   * @return a new accumulator, owned by the caller
   */
  public ValidationAccumulator newAccumulator() {
    return new ValidationAccumulator(accumulatorEngine);
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
     * The date targets are evaluated against; defaults to today in China Standard Time.
     *
     * @param value the as-of date
     * @return this builder
     */
    public Builder asOf(LocalDate value) {
      this.asOf = Objects.requireNonNull(value, "asOf");
      return this;
    }

    /**
     * Worker threads; defaults to the number of available processors. 1 runs on the caller.
     *
     * @param value 1 or more
     * @return this builder
     */
    public Builder parallelism(int value) {
      this.parallelism = value;
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
     * @throws IllegalStateException if no profile was given, or parallelism or chunk size is
     *     below 1
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
      LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
      return new EparValidator(this, profile, date);
    }
  }
}
