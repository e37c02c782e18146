package org.epar.grpc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.privacy.Masking;
import org.epar.grpc.spi.NoProfileException;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profile;
import org.epar.validation.RuleCatalog;
import org.epar.validation.ValidationReport;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleProvider;
import org.jspecify.annotations.Nullable;

/**
 * The server's validator backed by sdk-validation: checks each report against the {@linkplain
 * org.epar.validation.Profile profile} of its county with an {@link EparValidator}.
 *
 * <pre>{@code
 * ReportValidator validator = ProfileReportValidator.builder()
 *     .profile(DivisionCode.of("130425"), Profiles.builtIn("daming-2017"))   // 大名县
 *     .defaultProfile(Profiles.load(Path.of("province.json")))                // everyone else
 *     .build();
 * EparServer server = EparServer.builder().validator(validator)...build();
 * }</pre>
 *
 * <p><b>Which profile.</b> The county of the report header's {@code scope} (the scope truncated to
 * six digits; the scope itself when it lies above county level or is not a valid code) is looked up
 * with the {@link Builder#profileFor function} and the {@link Builder#profile(DivisionCode,
 * Profile) map} given, in that order; without a match the {@link Builder#defaultProfile default}
 * applies. Without a default, {@link #validate} throws {@link NoProfileException} and the server
 * answers {@code FAILED_PRECONDITION}, reason {@code NO_PROFILE_FOR_SCOPE}, storing nothing.
 *
 * <p><b>What is validated.</b> Exactly what {@link EparValidator#check(Report)} validates, which
 * this class calls: a contractor who checks a report with an {@link EparValidator} of the same
 * profile gets the same answer before sending it. The report is read as sdk-validation reads every
 * report: the report itself (header, progress, statistics, summaries) and every record it carries
 * (transactions, shipments, device days, disbursements, training sessions, attendances, sites) as
 * records of their own, each read once, with the report as its carrier (CORE-DATE-01 compares their
 * dates with the report's submission). By default only the profile's <em>record</em> rules ({@link
 * RecordRule}s: identifiers, amounts, dates, the constraints on one site, fund record or report)
 * run: <em>dataset</em> rules ({@link DatasetRule}s: coverage targets, references, duplicates, "a
 * daily report every day", progress vetoes over the county's reports) judge a county's whole data
 * and would misfire on one report, so they belong to a check of the platform's stored data. {@link
 * Builder#datasetRules(boolean)} turns them on (the validators are then built with {@link
 * EparValidator.Builder#checkDatasetRules(boolean) checkDatasetRules(true)}).
 *
 * <p><b>As of when.</b> Targets are evaluated as of the end of the report's period by default
 * ({@link AsOfPolicy#periodEnd()}, what {@link EparValidator#check(Report)} does), so a report is
 * judged by the deadlines that had passed when its period closed, whatever day it arrives; a late
 * report is marked late by the server, not failed by the rules. {@link Builder#asOfPolicy} changes
 * that ({@link EparValidator#check(Report, LocalDate)} is then called).
 *
 * <p><b>Findings.</b> The outcome carries sdk-validation's {@link Finding}s as the engine made
 * them, with each observed value masked and shortened (in the value and in both messages), since it
 * is client text that may hold a name or an id. The server sends a finding's location as {@code
 * object_type/object_id/path} (e.g. {@code disbursement/d-17/amount}; segments may be empty, e.g.
 * {@code dataset//}) and its message with {@code " (×n)"} / {@code "（共 n 处）"} appended when it
 * groups n &gt; 1 occurrences. The report is accepted when {@link ValidationReport#isAccepted()}.
 *
 * <p><b>Threads and time.</b> Thread-safe. One {@link EparValidator} is built per profile and
 * cached (at most {@value #CACHE_SIZE}; validators are immutable and thread-safe), each running on
 * the calling thread ({@link Builder#parallelism} 1): the server already runs calls concurrently.
 * With a parallelism above 1, validations run on the {@link Builder#executor executor} given, else
 * on sdk-validation's shared pool; no thread is created per call. The {@link Builder#clock clock}
 * gives the as-of date of a report without a period.
 *
 * @since 0.1.0
 */
public final class ProfileReportValidator implements ReportValidator {

  /** Most validators kept in the cache; the cache is cleared when it would grow beyond this. */
  public static final int CACHE_SIZE = 256;

  private final Function<DivisionCode, Optional<Profile>> profileFor;
  private final Map<String, Profile> byCounty;
  private final @Nullable Profile defaultProfile;
  private final AsOfPolicy asOfPolicy;
  private final List<RuleProvider> providers;
  private final RuleCatalog catalog;
  private final int parallelism;
  private final boolean datasetRules;
  private final @Nullable Executor executor;
  private final Clock clock;
  private final @Nullable Consumer<EparValidator.Builder> customizer;
  private final Map<Profile, EparValidator> cache = new ConcurrentHashMap<>();

  private ProfileReportValidator(Builder b) {
    this.profileFor = b.profileFor;
    this.byCounty = Map.copyOf(b.byCounty);
    this.defaultProfile = b.defaultProfile;
    this.asOfPolicy = b.asOfPolicy;
    List<RuleProvider> given = b.providers;
    if (given == null) {
      List<RuleProvider> found = new ArrayList<>();
      ServiceLoader.load(RuleProvider.class).forEach(found::add);
      given = found;
    }
    this.providers = List.copyOf(given);
    this.catalog = b.catalog;
    this.parallelism = b.parallelism;
    this.datasetRules = b.datasetRules;
    this.executor = b.executor;
    this.clock = b.clock;
    this.customizer = b.customizer;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a report against its county's profile with {@link EparValidator#check(Report)}.
   *
   * @param report the report
   * @param who the caller (not used to choose the profile: the report's scope decides)
   * @return the outcome; accepted unless a finding is an ERROR or VETO
   * @throws NoProfileException if no profile applies to the report's scope and there is no default
   */
  @Override
  public ValidationOutcome validate(Report report, Principal who) {
    ReportHeader h = report.header();
    DivisionCode scope = h == null ? null : h.scope();
    EparValidator validator = validatorFor(profileOf(scope));
    ValidationReport result =
        asOfPolicy == AsOfPolicy.PERIOD_END
            ? validator.check(report)
            : validator.check(
                report,
                Objects.requireNonNull(asOfPolicy.asOf(report), "asOfPolicy returned null"));
    List<Finding> findings = new ArrayList<>(result.findings().size());
    for (Finding f : result.findings()) {
      findings.add(masked(f));
    }
    return new ValidationOutcome(result.isAccepted(), findings);
  }

  /**
   * The profile for a report scope: the county's, else the default.
   *
   * @param scope the header's scope; may be null
   * @return the profile
   * @throws NoProfileException if there is none
   */
  Profile profileOf(@Nullable DivisionCode scope) {
    if (scope != null) {
      DivisionCode county = scope.county().orElse(scope);
      Optional<Profile> p = profileFor.apply(county);
      if (p.isPresent()) {
        return p.get();
      }
      Profile mapped = byCounty.get(county.value());
      if (mapped != null) {
        return mapped;
      }
    }
    if (defaultProfile != null) {
      return defaultProfile;
    }
    throw new NoProfileException(scope == null ? null : scope.county().orElse(scope));
  }

  /**
   * The county the server's warm-up reports are of: the first county with a profile of its own,
   * else any county (the default profile applies).
   *
   * @return a six-digit county code
   */
  String warmUpScope() {
    return byCounty.keySet().stream().sorted().findFirst().orElse(EparServer.WARM_UP_SCOPE);
  }

  /**
   * The validator this server checks reports of a profile with: build the same (the profile, the
   * rule providers and catalog, {@code checkDatasetRules} as {@link Builder#datasetRules}) to get
   * the same answers.
   *
   * @param profile the profile
   * @return the cached validator
   */
  EparValidator validatorFor(Profile profile) {
    EparValidator v = cache.get(profile);
    if (v != null) {
      return v;
    }
    if (cache.size() >= CACHE_SIZE) {
      cache.clear();
    }
    return cache.computeIfAbsent(
        profile,
        k -> {
          EparValidator.Builder b =
              EparValidator.builder()
                  .profile(k)
                  .catalog(catalog)
                  .providers(providers)
                  .parallelism(parallelism)
                  .checkDatasetRules(datasetRules)
                  .clock(clock);
          if (executor != null) {
            b.executor(executor);
          }
          if (customizer != null) {
            customizer.accept(b);
          }
          return b.build();
        });
  }

  /**
   * The finding fit to store and send: its observed value (client text that may hold a name or an
   * id) masked and shortened, like every value the server echoes, in the value and in both
   * messages.
   */
  static Finding masked(Finding f) {
    String observed = f.observed();
    if (observed.isEmpty()) {
      return f;
    }
    String shown = Masking.echo(observed);
    if (shown.equals(observed)) {
      return f;
    }
    return new Finding(
        f.ruleId(),
        f.severity(),
        f.location(),
        shown,
        f.threshold(),
        f.deadline(),
        f.messageEn().replace(observed, shown),
        f.messageZh().replace(observed, shown),
        f.citation(),
        f.count());
  }

  /**
   * Chooses the date a report's targets are evaluated against.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface AsOfPolicy {

    /**
     * The as-of date for a report.
     *
     * @param report the report
     * @return the date, never null
     */
    LocalDate asOf(Report report);

    /** The default policy; recognised by identity, so the server calls {@code check(report)}. */
    AsOfPolicy PERIOD_END =
        report -> {
          ReportHeader h = report.header();
          return h != null && h.period() != null
              ? h.period().end()
              : LocalDate.now(EparServer.CHINA);
        };

    /**
     * The default: the last day of the header's period (e.g. 2018-03-31 for {@code 201803}); today
     * in China when the report has no period (by the validator's {@link Builder#clock clock} when
     * the server applies it, as {@link EparValidator#check(Report)} does).
     *
     * @return the policy
     */
    static AsOfPolicy periodEnd() {
      return PERIOD_END;
    }

    /**
     * The date of this clock when the report is validated, e.g. to judge every report by the
     * deadlines passed on the day it arrives.
     *
     * @param clock the clock; its zone decides the date
     * @return the policy
     */
    static AsOfPolicy today(Clock clock) {
      Objects.requireNonNull(clock, "clock");
      return report -> LocalDate.now(clock);
    }

    /**
     * Always this date.
     *
     * @param date the date
     * @return the policy
     */
    static AsOfPolicy fixed(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return report -> date;
    }
  }

  /**
   * Configures a {@link ProfileReportValidator}. At least one of a profile function, a county
   * profile or a default profile is required. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Function<DivisionCode, Optional<Profile>> profileFor = county -> Optional.empty();
    private boolean hasProfileFor;
    private final Map<String, Profile> byCounty = new LinkedHashMap<>();
    private @Nullable Profile defaultProfile;
    private AsOfPolicy asOfPolicy = AsOfPolicy.periodEnd();
    private boolean datasetRules;
    private @Nullable List<RuleProvider> providers;
    private RuleCatalog catalog = RuleCatalog.standard();
    private int parallelism = 1;
    private @Nullable Executor executor;
    private Clock clock = Clock.system(EparServer.CHINA);
    private @Nullable Consumer<EparValidator.Builder> customizer;

    private Builder() {}

    /**
     * Looks up a county's profile, e.g. in the platform's configuration; asked first. It must be
     * thread-safe, and should return the same {@link Profile} for the same county (validators are
     * cached per profile).
     *
     * @param lookup from the county (12-digit form, e.g. {@code 130425000000}) to its profile, or
     *     empty when it has none
     * @return this builder
     */
    public Builder profileFor(Function<DivisionCode, Optional<Profile>> lookup) {
      this.profileFor = Objects.requireNonNull(lookup, "lookup");
      this.hasProfileFor = true;
      return this;
    }

    /**
     * The profile of one county.
     *
     * @param county the county, in 6- or 12-digit form
     * @param profile its profile
     * @return this builder
     */
    public Builder profile(DivisionCode county, Profile profile) {
      byCounty.put(
          Objects.requireNonNull(county, "county").value(),
          Objects.requireNonNull(profile, "profile"));
      return this;
    }

    /**
     * The profiles of several counties, as {@link #profile(DivisionCode, Profile)} for each.
     *
     * @param byCounty county to profile
     * @return this builder
     */
    public Builder profiles(Map<DivisionCode, Profile> byCounty) {
      byCounty.forEach(this::profile);
      return this;
    }

    /**
     * The profile for reports whose county has none; without it such a report fails with {@link
     * NoProfileException}.
     *
     * @param profile the default profile
     * @return this builder
     */
    public Builder defaultProfile(Profile profile) {
      this.defaultProfile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * The as-of date for targets; default {@link AsOfPolicy#periodEnd()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder asOfPolicy(AsOfPolicy policy) {
      this.asOfPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Whether dataset rules run too; default {@code false} (record rules only, see the class
     * description).
     *
     * @param value {@code true} to run every rule of the profile
     * @return this builder
     */
    public Builder datasetRules(boolean value) {
      this.datasetRules = value;
      return this;
    }

    /**
     * The rule providers; default those {@link ServiceLoader} discovers, like {@link
     * EparValidator}.
     *
     * @param value the providers, e.g. the standard ones plus a county's own
     * @return this builder
     */
    public Builder providers(List<RuleProvider> value) {
      this.providers = List.copyOf(value);
      return this;
    }

    /**
     * The rule catalog; default {@link RuleCatalog#standard()}; with own {@link #providers rules},
     * a catalog that knows their ids.
     *
     * @param value the catalog
     * @return this builder
     */
    public Builder catalog(RuleCatalog value) {
      this.catalog = Objects.requireNonNull(value, "catalog");
      return this;
    }

    /**
     * Threads one validation uses; default 1 (the calling thread).
     *
     * @param value 1 or more
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder parallelism(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("parallelism must be 1 or more, was " + value);
      }
      this.parallelism = value;
      return this;
    }

    /**
     * Runs validations when {@link #parallelism} is above 1, instead of sdk-validation's shared
     * pool; see {@link EparValidator.Builder#executor}. Never shut down by the validator.
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
     * The clock that dates a report without a period (its date in China); default the system clock.
     * Give the server's clock to keep both on one time.
     *
     * @param value the clock
     * @return this builder
     * @since 0.2.0
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Further settings of every {@link EparValidator} built (division registry, calendar), applied
     * after profile, catalog, rule providers, parallelism, {@code checkDatasetRules}, clock and
     * executor.
     *
     * @param value called once per validator built; must not call {@code build()}
     * @return this builder
     */
    public Builder customize(Consumer<EparValidator.Builder> value) {
      this.customizer = Objects.requireNonNull(value, "customize");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalStateException if no profile function, county profile or default is set
     */
    public ProfileReportValidator build() {
      if (!hasProfileFor && byCounty.isEmpty() && defaultProfile == null) {
        throw new IllegalStateException(
            "give profileFor(...), profile(county, ...) or defaultProfile(...)");
      }
      return new ProfileReportValidator(this);
    }
  }
}
