package org.epar.bench;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.epar.core.model.Household;
import org.epar.validation.EparValidator;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.RuleSettings;
import org.epar.validation.ValidationReport;
import org.epar.validation.constraints.EparConstraints;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.Rule;
import org.epar.validation.spi.RuleProvider;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Goal 3: the record constraints of one household. {@code eparRecordRules} is EPAR's validator
 * running the record rules of daming-2017 (the profile without its dataset rules, which need a
 * whole dataset) on one household; {@code hibernateValidator} is one bare Hibernate Validator
 * {@code validate()} call on the same object with EPAR's constraint mapping (the same identifier
 * checks, {@link EparConstraints#validator(Locale)}); {@code hibernateNoConstraints} is Hibernate
 * Validator with no constraints at all, for reference only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RecordConstraintsBenchmark {

  private Household household;
  private EparValidator epar;
  private Validator hibernate;
  private ValidatorFactory bareFactory;
  private Validator bare;

  /** Builds the validators and the household. */
  @Setup(Level.Trial)
  public void setUp() {
    household = BenchData.sampleHousehold();
    epar =
        EparValidator.builder()
            .profile(recordRulesOnly(Profiles.builtIn("daming-2017")))
            .asOf(LocalDate.of(2018, 12, 31))
            .parallelism(1)
            .build();
    hibernate = EparConstraints.validator(Locale.ENGLISH);
    bareFactory = Validation.buildDefaultValidatorFactory();
    bare = bareFactory.getValidator();
    ValidationReport r = epar.validate(List.of(household));
    if (!r.findings().isEmpty() || !hibernate.validate(household).isEmpty()) {
      throw new IllegalStateException("the sample household is not clean: " + r.findings());
    }
  }

  /** Closes the bare factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    bareFactory.close();
  }

  /** The profile restricted to the discovered record rules. */
  static Profile recordRulesOnly(Profile p) {
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
      for (Rule rule : provider.rules()) {
        if (rule instanceof RecordRule<?>) {
          p.settings(rule.ruleId()).ifPresent(s -> rules.put(rule.ruleId(), s));
        }
      }
    }
    return new Profile(
        p.id() + "-records", p.version(), p.nameEn(), p.nameZh(), p.document(), rules);
  }

  /**
   * EPAR: the record rules of daming-2017 on one household.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport eparRecordRules() {
    return epar.validate(List.of(household));
  }

  /**
   * Baseline: one Hibernate Validator call with EPAR's constraint mapping.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Household>> hibernateValidator() {
    return hibernate.validate(household);
  }

  /**
   * Reference: Hibernate Validator on the same object with no constraints.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Household>> hibernateNoConstraints() {
    return bare.validate(household);
  }
}
