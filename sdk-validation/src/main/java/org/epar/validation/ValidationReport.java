package org.epar.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of validation: every finding, grouped, in a canonical order.
 *
 * <p>Findings of the same rule, severity and object (object type + object id) are grouped into one
 * finding whose {@link Finding#count()} is the sum; the group keeps the occurrence with the
 * smallest input index. Findings are sorted by severity (VETO first), catalog order of the rule,
 * input index and object, so a report does not depend on how the input was split, and {@link
 * #merge} is associative and commutative.
 *
 * <p>Input that could not be read at all (a malformed NDJSON line) is kept as an {@link
 * InputProblem}: such a report is never accepted, so bad input cannot vanish.
 *
 * <p>Immutable and thread-safe. Serialises with Jackson as {@code {"accepted":..,"has_veto":..,
 * "count_by_severity":{..},"findings":[..],"input_problems":[..]}} (snake_case).
 *
 * @since 0.1.0
 */
@JsonIgnoreProperties(
    value = {"accepted", "has_veto", "count_by_severity"},
    allowGetters = true)
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of(), List.of());

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparingInt(f -> RuleCatalog.standard().position(f.ruleId()))
          .thenComparing(Finding::ruleId)
          .thenComparingLong(f -> f.location().index())
          .thenComparing(f -> f.location().objectType())
          .thenComparing(f -> f.location().objectId())
          .thenComparing(f -> f.location().path())
          .thenComparing(f -> f.location().carrier())
          .thenComparing(Finding::observed)
          .thenComparing(Finding::threshold)
          .thenComparing(Finding::messageEn);

  private final List<Finding> findings;
  private final List<InputProblem> inputProblems;

  /**
   * Creates a report from findings, grouping and sorting them.
   *
   * @param findings findings in any order, grouped or not
   */
  public ValidationReport(Collection<Finding> findings) {
    this(findings, List.of());
  }

  /**
   * Creates a report from findings and input problems, grouping and sorting them.
   *
   * @param findings findings in any order, grouped or not
   * @param inputProblems input that could not be read, in any order; null means none
   */
  @JsonCreator
  public ValidationReport(
      @JsonProperty("findings") Collection<Finding> findings,
      @JsonProperty("input_problems") @Nullable Collection<InputProblem> inputProblems) {
    List<InputProblem> problems =
        new ArrayList<>(inputProblems == null ? List.of() : inputProblems);
    Collections.sort(problems);
    this.inputProblems = Collections.unmodifiableList(problems);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    Map<List<Object>, Finding> groups = new LinkedHashMap<>();
    for (Finding f : sorted) {
      List<Object> key =
          List.of(f.ruleId(), f.severity(), f.location().objectType(), f.location().objectId());
      groups.merge(key, f, (a, b) -> a.withCount(a.count() + b.count()));
    }
    List<Finding> grouped = new ArrayList<>(groups.values());
    grouped.sort(ORDER);
    this.findings = Collections.unmodifiableList(grouped);
  }

  /**
   * A report without findings.
   *
   * @return the empty report, which is accepted
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Whether the validated data are accepted: no finding is an ERROR or a VETO.
   *
   * @return {@code false} iff any finding blocks acceptance or some input could not be read
   */
  @JsonProperty("accepted")
  public boolean isAccepted() {
    return inputProblems.isEmpty()
        && findings.stream().noneMatch(f -> f.severity().blocksAcceptance());
  }

  /**
   * Input that could not be read as records, such as malformed NDJSON lines, by line.
   *
   * @return an immutable list, empty when all input was read
   */
  @JsonProperty("input_problems")
  public List<InputProblem> inputProblems() {
    return inputProblems;
  }

  /**
   * Whether any finding is a VETO (一票否决), which fails a demonstration outright.
   *
   * @return {@code true} if a VETO finding is present
   */
  @JsonProperty("has_veto")
  public boolean hasVeto() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.VETO);
  }

  /**
   * All findings, grouped, in canonical order.
   *
   * @return an immutable list
   */
  @JsonProperty("findings")
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId a rule id
   * @return an immutable list, empty when the rule found nothing
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * The number of occurrences per severity (the sum of {@link Finding#count()}); every severity is
   * present, with 0 when none.
   *
   * @return an immutable map in severity order
   */
  @JsonProperty("count_by_severity")
  public Map<Severity, Integer> countBySeverity() {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    findings.forEach(f -> m.merge(f.severity(), f.count(), Integer::sum));
    return Collections.unmodifiableMap(m);
  }

  /**
   * This report combined with another, such as the report of another partition of the same data.
   *
   * @param other another report
   * @return a report of the findings of both, grouped again
   */
  public ValidationReport merge(ValidationReport other) {
    if (other.findings.isEmpty() && other.inputProblems.isEmpty()) {
      return this;
    }
    if (findings.isEmpty() && inputProblems.isEmpty()) {
      return other;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    List<InputProblem> problems = new ArrayList<>(inputProblems);
    problems.addAll(other.inputProblems);
    return new ValidationReport(all, problems);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValidationReport r
        && r.findings.equals(findings)
        && r.inputProblems.equals(inputProblems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, inputProblems);
  }

  @Override
  public String toString() {
    return "ValidationReport{accepted="
        + isAccepted()
        + ", counts="
        + countBySeverity()
        + ", inputProblems="
        + inputProblems.size()
        + ", findings="
        + findings
        + "}";
  }
}
