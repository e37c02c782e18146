package org.epar.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
    this.inputProblems = sortProblems(inputProblems == null ? List.of() : inputProblems);
    this.findings = groupAndSort(findings.toArray(new Finding[0]));
  }

  /** A report of findings already grouped and in order, and of input problems already sorted. */
  private ValidationReport(Finding[] sorted, List<InputProblem> sortedProblems) {
    this.findings = Collections.unmodifiableList(Arrays.asList(sorted));
    this.inputProblems = sortedProblems;
  }

  /**
   * The report whose findings are the given rule IDs' findings, each list grouped and in order
   * ({@link #groupAndSort(Collection)} of one rule ID's findings), in the canonical order: findings
   * never group across rule IDs, and the order is by severity first, then by rule, so the report's
   * list is each severity's run of every rule ID in turn.
   *
   * @param byRule per rule ID, its grouped and sorted findings, in {@link #RULES} order
   * @param problems the input problems, sorted, immutable
   */
  static ValidationReport ofRules(Collection<List<Finding>> byRule, List<InputProblem> problems) {
    int n = 0;
    for (List<Finding> l : byRule) {
      n += l.size();
    }
    Finding[] out = new Finding[n];
    int size = 0;
    Severity[] severities = Severity.values();
    int[] at = new int[byRule.size()];
    for (Severity s : severities) {
      int k = 0;
      for (List<Finding> l : byRule) {
        int i = at[k];
        while (i < l.size() && l.get(i).severity() == s) {
          out[size++] = l.get(i++);
        }
        at[k++] = i;
      }
    }
    return new ValidationReport(out, problems);
  }

  /** The order of rule IDs in a report: catalog position, then the ID. */
  static final Comparator<String> RULES =
      Comparator.comparingInt((String id) -> RuleCatalog.standard().position(id))
          .thenComparing(Comparator.naturalOrder());

  /**
   * Findings grouped and in the canonical order, as a report holds them.
   *
   * @param findings findings in any order
   * @return an immutable list
   */
  static List<Finding> groupAndSort(Collection<Finding> findings) {
    return groupAndSort(findings.toArray(new Finding[0]));
  }

  /**
   * Input problems in order, as a report holds them.
   *
   * @param problems problems in any order
   * @return an immutable list
   */
  static List<InputProblem> sortProblems(Collection<InputProblem> problems) {
    List<InputProblem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return Collections.unmodifiableList(sorted);
  }

  /** The grouping key: same rule, severity and object. */
  private record Group(String ruleId, Severity severity, String objectType, String objectId) {}

  /**
   * The findings in {@link #ORDER}, grouped: sorts an index array by a primitive key (severity,
   * catalog position, input index) and compares the findings themselves only where keys tie, so a
   * report of tens of thousands of findings is sorted without a comparator chain per comparison.
   */
  private static List<Finding> groupAndSort(Finding[] all) {
    int n = all.length;
    if (n == 0) {
      return List.of();
    }
    long[] keys = new long[n];
    RuleCatalog catalog = RuleCatalog.standard();
    for (int i = 0; i < n; i++) {
      keys[i] = key(all[i], catalog);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    sort(order, new int[n], 0, n, keys, all);
    Map<Group, Integer> groups = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
    Finding[] grouped = new Finding[n];
    int[] counts = new int[n];
    int size = 0;
    for (int k = 0; k < n; k++) {
      Finding f = all[order[k]];
      Location l = f.location();
      Integer g =
          groups.putIfAbsent(
              new Group(f.ruleId(), f.severity(), l.objectType(), l.objectId()), size);
      if (g == null) {
        grouped[size] = f;
        counts[size++] = f.count();
      } else {
        counts[g] += f.count();
      }
    }
    Finding[] out = new Finding[size];
    for (int i = 0; i < size; i++) {
      out[i] = counts[i] == grouped[i].count() ? grouped[i] : grouped[i].withCount(counts[i]);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /**
   * Bits of the input index in {@link #key}; a larger index ties and is compared by {@link #ORDER}.
   */
  private static final int INDEX_BITS = 40;

  private static final long INDEX_MAX = (1L << INDEX_BITS) - 1;

  /** Catalog positions below this have their own key; the rest tie. */
  private static final int POSITION_MAX = (1 << 20) - 1;

  /**
   * A prefix of {@link #ORDER} as a non-negative long: severity (3 bits), catalog position (20
   * bits), input index + 1 (40 bits). Findings whose rule is not in the standard catalog (or whose
   * index does not fit) get the largest position (index) of their severity (position), so equal
   * keys are exactly the pairs {@link #ORDER} has to decide.
   */
  private static long key(Finding f, RuleCatalog catalog) {
    long severity = f.severity().ordinal();
    int position = catalog.position(f.ruleId());
    if (position >= POSITION_MAX) {
      return severity << 60 | (long) POSITION_MAX << INDEX_BITS | INDEX_MAX;
    }
    long index = f.location().index();
    index = index >= INDEX_MAX - 1 ? INDEX_MAX : index + 1;
    return severity << 60 | (long) position << INDEX_BITS | index;
  }

  /** A stable merge sort of {@code order[from, to)} by key, then by {@link #ORDER}. */
  private static void sort(int[] order, int[] tmp, int from, int to, long[] keys, Finding[] all) {
    if (to - from < 2) {
      return;
    }
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = order[i];
        int j = i - 1;
        while (j >= from && compare(order[j], v, keys, all) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(order, tmp, from, mid, keys, all);
    sort(order, tmp, mid, to, keys, all);
    if (compare(order[mid - 1], order[mid], keys, all) <= 0) {
      return;
    }
    System.arraycopy(order, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && compare(tmp[i], tmp[j], keys, all) <= 0) {
        order[k] = tmp[i++];
      } else {
        order[k] = tmp[j++];
      }
    }
  }

  private static int compare(int a, int b, long[] keys, Finding[] all) {
    long ka = keys[a];
    int c = Long.compare(ka, keys[b]);
    if (c != 0) {
      return c;
    }
    if ((ka >>> INDEX_BITS & POSITION_MAX) == POSITION_MAX || (ka & INDEX_MAX) == INDEX_MAX) {
      return ORDER.compare(all[a], all[b]);
    }
    // equal keys that were not cut: same severity, same catalog position (so the same rule) and
    // the same index; the rest of ORDER decides
    Finding x = all[a];
    Finding y = all[b];
    Location l = x.location();
    Location m = y.location();
    c = l.objectType().compareTo(m.objectType());
    if (c == 0) {
      c = l.objectId().compareTo(m.objectId());
    }
    if (c == 0) {
      c = l.path().compareTo(m.path());
    }
    if (c == 0) {
      c = l.carrier().compareTo(m.carrier());
    }
    if (c == 0) {
      c = x.observed().compareTo(y.observed());
    }
    if (c == 0) {
      c = x.threshold().compareTo(y.threshold());
    }
    return c != 0 ? c : x.messageEn().compareTo(y.messageEn());
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
