package org.epar.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.epar.core.json.NdjsonLine;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Report;
import org.epar.validation.Finding;
import org.epar.validation.InputProblem;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.epar.validation.spi.Carrier;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.SharedState;
import org.epar.validation.spi.SharedStateRule;
import org.epar.validation.spi.SharedStates;
import org.epar.validation.spi.compact.LongList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs record rules per record and dataset rules as accumulators over chunks, in parallel, folding
 * chunk results in input order. Never throws on bad data: a rule that throws becomes an ERROR
 * finding for that rule, a null element an {@link InputProblem}.
 *
 * <p><b>Reports.</b> A report that carries records is read as its shell ({@link
 * ReportContents#shell}) followed by every carried record, each an ordinary record at the report's
 * index with a {@link Carrier}: one dataset, one reading, nothing walked twice.
 *
 * <p><b>Threads.</b> With parallelism 1 everything runs on the calling thread. Otherwise chunks run
 * on the given executor, or on one pool shared by every engine of the JVM ({@link
 * #sharedExecutor()}: daemon threads, as many as available processors, idle ones ending after 30
 * seconds); no thread is created per call. At most twice the parallelism of chunks of records are
 * in flight, and the parallelism plus one of NDJSON parts; the calling thread runs a chunk itself
 * when no worker has taken it yet, so validation finishes even on a saturated or rejecting
 * executor, and partials are folded in input order by whichever thread completes a chunk, never
 * blocking a worker. A whole input validated so finishes its dataset rules in parallel too, each
 * rule's {@code finish} a task on the executor.
 *
 * <p><b>Sinks.</b> A partial keeps one {@link FindingSink} per record rule and {@linkplain
 * FindingSink#moveTo moves} it from record to record.
 *
 * <p><b>Shared states.</b> The {@linkplain SharedStateRule#shares() shared states} dataset rules
 * declare are kept once per partial, however many rules declare one, folded and combined like a
 * rule's state and handed to the {@code finish} of every {@link SharedStateRule}. A shared state
 * that fails breaks the rules that declare it, as their own state failing would.
 */
public final class Engine {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  /**
   * The configuration fingerprint {@link PartialCodec} writes with every saved accumulator, once
   * computed: an engine's rules and contexts never change, and an accumulator is saved after every
   * incremental assessment.
   */
  volatile @Nullable String fingerprint;

  /** Marks a dataset rule whose state could not be built or combined. */
  static final Object BROKEN = new Object();

  /** A record rule with its context. */
  public record BoundRecordRule(RecordRule<?> rule, RuleContext ctx) {}

  /** A dataset rule with its context. */
  public record BoundDatasetRule(DatasetRule<?> rule, RuleContext ctx) {}

  private final List<BoundRecordRule> recordRules;
  private final List<BoundDatasetRule> datasetRules;

  /** The distinct shared states the dataset rules declare, in order of first declaration. */
  private final List<SharedState<?>> shared;

  /** Per shared state, the positions of the dataset rules that declare it. */
  private final int[][] declaring;

  private final int parallelism;
  private final int chunkSize;
  private final @Nullable Executor executor;

  /**
   * Per record class, the record rules whose type admits it and that {@linkplain RecordRule#accepts
   * accept} it, and the positions of the dataset rules that {@linkplain DatasetRule#accepts accept}
   * it, in rule order.
   */
  private final Map<Class<?>, Applicable> rulesByClass = new ConcurrentHashMap<>();

  /**
   * The rules and shared states that look at one record class: the record rules with their
   * positions in {@link #recordRules} (which pick their sinks in a partial), the positions of the
   * dataset rules and of the shared states.
   */
  private record Applicable(
      BoundRecordRule[] records, int[] recordPositions, int[] datasets, int[] shared) {}

  private static final Applicable NONE =
      new Applicable(new BoundRecordRule[0], new int[0], new int[0], new int[0]);

  /**
   * Creates an engine.
   *
   * @param recordRules record rules to run
   * @param datasetRules dataset rules to run
   * @param parallelism chunks validated at once; 1 runs on the calling thread
   * @param chunkSize records per chunk
   * @param executor runs chunks when parallelism is above 1; null for {@link #sharedExecutor()}
   */
  public Engine(
      List<BoundRecordRule> recordRules,
      List<BoundDatasetRule> datasetRules,
      int parallelism,
      int chunkSize,
      @Nullable Executor executor) {
    this.recordRules = List.copyOf(recordRules);
    this.datasetRules = List.copyOf(datasetRules);
    List<SharedState<?>> declared = new ArrayList<>();
    List<List<Integer>> by = new ArrayList<>();
    for (int i = 0; i < this.datasetRules.size(); i++) {
      for (SharedState<?> s : shares(this.datasetRules.get(i))) {
        int j = declared.indexOf(s);
        if (j < 0) {
          j = declared.size();
          declared.add(s);
          by.add(new ArrayList<>());
        }
        if (!by.get(j).contains(i)) {
          by.get(j).add(i);
        }
      }
    }
    this.shared = List.copyOf(declared);
    this.declaring = new int[by.size()][];
    for (int j = 0; j < by.size(); j++) {
      declaring[j] = by.get(j).stream().mapToInt(Integer::intValue).toArray();
    }
    this.parallelism = parallelism;
    this.chunkSize = chunkSize;
    this.executor = executor;
  }

  /**
   * The record rules this engine runs, in order.
   *
   * @return the record rules
   */
  public List<BoundRecordRule> recordRules() {
    return recordRules;
  }

  /**
   * The dataset rules this engine runs, in the order of a partial's states.
   *
   * @return the dataset rules
   */
  public List<BoundDatasetRule> datasetRules() {
    return datasetRules;
  }

  /**
   * The pool every engine without an executor of its own shares: daemon threads named {@code
   * epar-validation-N}, at most as many as available processors, each ending after 30 idle seconds.
   * Created on first use.
   *
   * @return the shared executor
   */
  public static Executor sharedExecutor() {
    return SharedPool.POOL;
  }

  /** The lazily created shared pool (holder idiom). */
  private static final class SharedPool {
    private static final AtomicInteger THREADS = new AtomicInteger();
    static final ThreadPoolExecutor POOL = create();

    private static ThreadPoolExecutor create() {
      int n = Math.max(1, Runtime.getRuntime().availableProcessors());
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              n,
              n,
              30,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, "epar-validation-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      pool.allowCoreThreadTimeOut(true);
      return pool;
    }
  }

  /**
   * The partial result of validating some of the records: findings of record rules, one state per
   * dataset rule, and rule failures. Partials of consecutive parts combine associatively.
   */
  public static final class Partial {
    final List<Finding> findings = new ArrayList<>();
    final Consumer<Finding> toFindings = findings::add;

    /** The record class seen last and its record rules: records mostly come in runs of a type. */
    @Nullable Class<?> lastType;

    Applicable lastRules = NONE;
    final Object[] states;

    /** One state per shared state the rules declare. */
    final Object[] shared;

    final Map<String, String> failures = new TreeMap<>();

    /** Input elements that were no record. */
    final List<InputProblem> problems = new ArrayList<>();

    /** Per input index of a report that carried records, the report's label. */
    final Map<Long, String> carriers = new HashMap<>();

    /**
     * Per record rule, its sink in this partial, created on first use and {@linkplain
     * FindingSink#moveTo moved} from record to record: no sink per record and rule.
     */
    final @Nullable FindingSink[] sinks;

    /**
     * Per dataset rule, whether records were folded into its state (or a state combined into it)
     * since the last {@link Engine#report}: marked when the class of the records changes, since
     * {@link #lastType} is forgotten at each report. Not saved ({@link PartialCodec#SKIPPED}).
     */
    final boolean[] changed;

    /** Per shared state, the same. */
    final boolean[] sharedChanged;

    /** What the last {@link Engine#report} on this partial found; null before the first. */
    @Nullable Reported reported;

    Partial(int n, int shared, int recordRules) {
      states = new Object[n];
      this.shared = new Object[shared];
      this.sinks = new FindingSink[recordRules];
      changed = new boolean[n];
      sharedChanged = new boolean[shared];
    }
  }

  /**
   * The findings the last {@link Engine#report} on a partial found, by dataset rule and by rule ID,
   * and how much of the partial's findings, carriers and failures it had seen.
   */
  static final class Reported {
    /** Per dataset rule, the findings its last finish gave, before and after locating them. */
    final List<@Nullable List<Finding>> raw;

    final List<@Nullable List<Finding>> located;

    /** The record rules' findings seen, by rule ID, in input order. */
    final Map<String, List<Finding>> records = new HashMap<>();

    /** The indexes of carriers seen. */
    final Set<Long> carriers = new HashSet<>();

    int findings;
    int problems;
    final Set<String> failures = new HashSet<>();

    Reported(int n) {
      raw = new ArrayList<>(Collections.nCopies(n, null));
      located = new ArrayList<>(Collections.nCopies(n, null));
    }
  }

  /**
   * What changed in a partial's report since the last report on it.
   *
   * @param first whether this is the partial's first report: every rule ID is in {@code changed}
   * @param changed per rule ID whose findings changed, all its findings (record rules' in input
   *     order, then the dataset rules' in rule order, then a rule failure), neither grouped nor
   *     sorted; an empty list for a rule ID that no longer has findings
   * @param problems the input problems, in input order
   * @param problemsChanged whether input problems were added since the last report
   */
  public record Changes(
      boolean first,
      Map<String, List<Finding>> changed,
      List<InputProblem> problems,
      boolean problemsChanged) {}

  /**
   * A partial with the initial state of every dataset rule and no findings.
   *
   * @return a new partial, owned by the caller
   */
  public Partial newPartial() {
    Partial r = new Partial(datasetRules.size(), shared.size(), recordRules.size());
    for (int i = 0; i < datasetRules.size(); i++) {
      BoundDatasetRule b = datasetRules.get(i);
      try {
        r.states[i] = b.rule().newState(b.ctx());
      } catch (RuntimeException e) {
        r.states[i] = broken(b, "newState", e, r.failures);
      }
    }
    for (int j = 0; j < shared.size(); j++) {
      try {
        r.shared[j] = shared.get(j).newState();
      } catch (RuntimeException e) {
        brokenShared(r, j, "newState", e);
      }
    }
    return r;
  }

  /**
   * Runs every rule on one input element and folds it into the partial: a record; a report and,
   * after it, each record it carries; a null element becomes an input problem.
   *
   * @param r the partial
   * @param input the record, or a {@link Positioned} record; null is an input problem
   * @param defaultIndex the index to report when the record carries none
   */
  public void add(Partial r, @Nullable Object input, long defaultIndex) {
    Object record = input;
    long index = defaultIndex;
    if (record instanceof Positioned p) {
      index = p.index();
      record = p.value();
    }
    if (record == null) {
      r.problems.add(
          new InputProblem(
              index + 1,
              "element "
                  + index
                  + " (0-based) of the input is null: there is no record to validate"));
      return;
    }
    if (record instanceof Report report && ReportContents.carriesRecords(report)) {
      Report shell = ReportContents.shell(report);
      check(r, shell, index, null);
      r.carriers.putIfAbsent(index, Carrier.reportLabel(shell));
      long at = index;
      ReportContents.forEachCarried(
          report,
          (list, position, carried) -> check(r, carried, at, new Carrier(shell, list, position)));
    } else {
      check(r, record, index, null);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void check(Partial r, Object record, long index, @Nullable Carrier carrier) {
    Class<?> type = record.getClass();
    Applicable applicable;
    if (type == r.lastType) {
      applicable = r.lastRules;
    } else {
      applicable = rulesByClass.computeIfAbsent(type, this::applicable);
      r.lastType = type;
      r.lastRules = applicable;
      for (int i : applicable.datasets()) {
        r.changed[i] = true;
      }
      for (int j : applicable.shared()) {
        r.sharedChanged[j] = true;
      }
    }
    BoundRecordRule[] records = applicable.records();
    int[] positions = applicable.recordPositions();
    for (int k = 0; k < records.length; k++) {
      BoundRecordRule b = records[k];
      FindingSink sink = r.sinks[positions[k]];
      if (sink == null) {
        sink = new FindingSink(b.ctx(), index, carrier, r.toFindings);
        r.sinks[positions[k]] = sink;
      } else {
        sink.moveTo(index, carrier);
      }
      try {
        ((RecordRule) b.rule()).check(record, b.ctx(), sink);
      } catch (RuntimeException e) {
        r.findings.add(recordFailure(b.ctx(), record, index, carrier, e));
      }
    }
    for (int i : applicable.datasets()) {
      if (r.states[i] == BROKEN) {
        continue;
      }
      BoundDatasetRule b = datasetRules.get(i);
      try {
        ((DatasetRule) b.rule()).accumulate(r.states[i], record, index, b.ctx());
      } catch (RuntimeException e) {
        r.findings.add(recordFailure(b.ctx(), record, index, carrier, e));
      }
    }
    for (int j : applicable.shared()) {
      if (r.shared[j] == BROKEN) {
        continue;
      }
      try {
        ((SharedState) shared.get(j)).accumulate(r.shared[j], record, index);
      } catch (RuntimeException e) {
        brokenShared(r, j, "accumulate", e);
      }
    }
  }

  private Applicable applicable(Class<?> type) {
    List<BoundRecordRule> records = new ArrayList<>();
    int[] positions = new int[recordRules.size()];
    for (int i = 0; i < recordRules.size(); i++) {
      BoundRecordRule b = recordRules.get(i);
      if (b.rule().type().isAssignableFrom(type) && accepts(b.ctx(), b.rule(), type)) {
        positions[records.size()] = i;
        records.add(b);
      }
    }
    int[] datasets = new int[datasetRules.size()];
    int n = 0;
    for (int i = 0; i < datasetRules.size(); i++) {
      if (accepts(datasetRules.get(i).ctx(), datasetRules.get(i).rule(), type)) {
        datasets[n++] = i;
      }
    }
    int[] states = new int[shared.size()];
    int m = 0;
    for (int j = 0; j < shared.size(); j++) {
      if (accepts(shared.get(j), type)) {
        states[m++] = j;
      }
    }
    return new Applicable(
        records.toArray(new BoundRecordRule[0]),
        Arrays.copyOf(positions, records.size()),
        Arrays.copyOf(datasets, n),
        Arrays.copyOf(states, m));
  }

  /** Whether a shared state wants records of a class; one that cannot tell gets them all. */
  private static boolean accepts(SharedState<?> state, Class<?> type) {
    try {
      return state.accepts(type);
    } catch (RuntimeException e) {
      LOG.warn("shared state {} failed in accepts: {}", state.name(), e.getClass().getName());
      LOG.debug("shared state failure", e);
      return true;
    }
  }

  /** The shared states a rule declares; a rule that cannot tell declares none. */
  private static List<SharedState<?>> shares(BoundDatasetRule b) {
    try {
      return b.rule() instanceof SharedStateRule<?> s ? List.copyOf(s.shares()) : List.of();
    } catch (RuntimeException e) {
      LOG.warn(
          "rule {} ({}) failed in shares: {}",
          b.ctx().descriptor().id(),
          b.rule().getClass().getName(),
          e.getClass().getName());
      LOG.debug("rule failure", e);
      return List.of();
    }
  }

  /**
   * Marks a shared state as failed, and with it every rule that declares it: their reports could
   * not be right.
   */
  private void brokenShared(Partial r, int j, String op, RuntimeException e) {
    r.shared[j] = BROKEN;
    LOG.warn("shared state {} failed in {}: {}", shared.get(j).name(), op, e.getClass().getName());
    LOG.debug("shared state failure", e);
    for (int i : declaring[j]) {
      if (r.states[i] != BROKEN) {
        r.states[i] = broken(datasetRules.get(i), op, e, r.failures);
      }
    }
  }

  /** Whether a rule wants records of a class; a rule that cannot tell gets them all. */
  private static boolean accepts(RuleContext ctx, Object rule, Class<?> type) {
    try {
      return rule instanceof DatasetRule<?> d
          ? d.accepts(type)
          : ((RecordRule<?>) rule).accepts(type);
    } catch (RuntimeException e) {
      LOG.warn(
          "rule {} ({}) failed in accepts: {}",
          ctx.descriptor().id(),
          rule.getClass().getName(),
          e.getClass().getName());
      LOG.debug("rule failure", e);
      return true;
    }
  }

  /**
   * Combines the partials of two consecutive parts of the input; associative. Both arguments are
   * consumed: use only the result afterwards.
   *
   * @param left the partial of the earlier part
   * @param right the partial of the later part
   * @return the combined partial
   */
  public Partial combine(Partial left, Partial right) {
    left.findings.addAll(right.findings);
    right.failures.forEach(left.failures::putIfAbsent);
    left.problems.addAll(right.problems);
    right.carriers.forEach(left.carriers::putIfAbsent);
    // a right partial reported before forgot what it received until then: all may have changed
    boolean all = right.reported != null;
    for (int i = 0; i < datasetRules.size(); i++) {
      left.changed[i] |= all || right.changed[i] || right.states[i] == BROKEN;
      left.states[i] = combine(datasetRules.get(i), left.states[i], right.states[i], left.failures);
    }
    for (int j = 0; j < shared.size(); j++) {
      left.sharedChanged[j] |= all || right.sharedChanged[j] || right.shared[j] == BROKEN;
      if (left.shared[j] == BROKEN || right.shared[j] == BROKEN) {
        left.shared[j] = BROKEN;
        continue;
      }
      try {
        left.shared[j] = combineShared(shared.get(j), left.shared[j], right.shared[j]);
      } catch (RuntimeException e) {
        brokenShared(left, j, "combine", e);
      }
    }
    return left;
  }

  /**
   * Finishes the dataset rules and builds the report.
   *
   * @param r the partial of the whole input
   * @return the report
   */
  public ValidationReport finish(Partial r) {
    return finish(r, false, null);
  }

  /**
   * Finishes the dataset rules, one after another or, when {@code parallel} (a whole input
   * validated with parallelism above 1), each rule's {@code finish} a task of its own on the
   * executor, the calling thread running those no worker has taken yet: the costly finishes (those
   * over every household and member) run at once on the cores. Rules finish over their own states
   * and read the shared ones, which {@code finish} does not change; their findings are gathered in
   * rule order either way.
   */
  private ValidationReport finish(Partial r, boolean parallel, @Nullable LineNumbers numbers) {
    List<Finding> findings = new ArrayList<>(r.findings);
    List<Finding> late = new ArrayList<>();
    SharedStates states = sharedStates(r);
    if (parallel && parallelism > 1 && datasetRules.size() > 1) {
      finishInParallel(r, states, late);
    } else {
      for (int i = 0; i < datasetRules.size(); i++) {
        finish(datasetRules.get(i), r.states[i], states, late, r.failures);
      }
    }
    for (Finding f : late) {
      findings.add(withCarrier(f, r.carriers));
    }
    r.failures.forEach((key, op) -> findings.add(engineFailure(key, op)));
    if (numbers == null) {
      return new ValidationReport(findings, r.problems);
    }
    List<InputProblem> problems = new ArrayList<>(r.problems.size());
    for (InputProblem p : r.problems) {
      problems.add(numbers.of(p));
    }
    findings.replaceAll(numbers::of);
    return new ValidationReport(findings, problems);
  }

  /** The partial's shared states that did not break, as the dataset rules' finishes read them. */
  private SharedStates sharedStates(Partial r) {
    SharedStates states = SharedStates.empty();
    for (int j = 0; j < shared.size(); j++) {
      if (r.shared[j] != BROKEN) {
        states = with(states, shared.get(j), r.shared[j]);
      }
    }
    return states;
  }

  /** Each dataset rule's finish as a task; see {@link #finish(Partial, boolean)}. */
  private void finishInParallel(Partial r, SharedStates states, List<Finding> late) {
    Executor workers = executor != null ? executor : sharedExecutor();
    List<FinishTask> tasks = new ArrayList<>(datasetRules.size());
    for (int i = 0; i < datasetRules.size(); i++) {
      if (r.states[i] != BROKEN) {
        tasks.add(new FinishTask(datasetRules.get(i), r.states[i], states));
      }
    }
    for (FinishTask t : tasks) {
      try {
        workers.execute(t);
      } catch (RejectedExecutionException e) {
        LOG.debug("executor rejected a rule's finish; the calling thread will run it");
      }
    }
    for (FinishTask t : tasks) {
      t.run(); // runs it here unless a worker has taken it
    }
    for (FinishTask t : tasks) {
      join(t.done);
      late.addAll(t.findings);
      t.failures.forEach(r.failures::putIfAbsent);
    }
  }

  /** One dataset rule's finish, run once by a worker or by the calling thread. */
  private static final class FinishTask implements Runnable {
    private final BoundDatasetRule rule;
    private final Object state;
    private final SharedStates shared;
    private final AtomicBoolean claimed = new AtomicBoolean();
    final List<Finding> findings = new ArrayList<>();
    final Map<String, String> failures = new TreeMap<>();
    final CompletableFuture<@Nullable Void> done = new CompletableFuture<>();

    FinishTask(BoundDatasetRule rule, Object state, SharedStates shared) {
      this.rule = rule;
      this.state = state;
      this.shared = shared;
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        finish(rule, state, shared, findings, failures);
        done.complete(null);
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    }
  }

  /**
   * Finishes the dataset rules whose state changed since the last report on this partial (all of
   * them at the first), and says which rule IDs' findings changed: a rule whose state did not
   * change gives the findings its last finish gave, a finish that gives the same findings changes
   * nothing, record rules' findings are taken from where the last report stopped. The partial stays
   * usable; its findings are those of {@link #finish(Partial)}, in parts.
   *
   * @param r the partial
   * @return the rule IDs whose findings changed, with all their findings
   */
  public Changes report(Partial r) {
    boolean first = r.reported == null;
    Reported c = first ? new Reported(datasetRules.size()) : r.reported;
    r.reported = c;
    Set<String> changed = new HashSet<>();
    for (int k = c.findings; k < r.findings.size(); k++) {
      Finding f = r.findings.get(k);
      c.records.computeIfAbsent(f.ruleId(), x -> new ArrayList<>()).add(f);
      changed.add(f.ruleId());
    }
    c.findings = r.findings.size();
    SharedStates states = sharedStates(r);
    // a report carrying records since the last report may locate a finding that was not located
    Set<Long> newCarriers = new HashSet<>();
    if (c.carriers.size() != r.carriers.size()) {
      for (Long index : r.carriers.keySet()) {
        if (c.carriers.add(index)) {
          newCarriers.add(index);
        }
      }
    }
    for (int i = 0; i < datasetRules.size(); i++) {
      BoundDatasetRule b = datasetRules.get(i);
      boolean dirty = first || r.changed[i];
      for (int j = 0; !dirty && j < shared.size(); j++) {
        dirty = r.sharedChanged[j] && declares(j, i);
      }
      List<Finding> before = c.located.get(i);
      List<Finding> located = before;
      if (dirty) {
        List<Finding> fresh = new ArrayList<>();
        finish(b, r.states[i], states, fresh, r.failures);
        if (!fresh.equals(c.raw.get(i))) {
          c.raw.set(i, fresh);
          located = new ArrayList<>(fresh.size());
          for (Finding f : fresh) {
            located.add(withCarrier(f, r.carriers));
          }
        }
      }
      if (located == before && before != null && !newCarriers.isEmpty()) {
        // the same findings: only those at a new carrier's index can be located anew
        for (int k = 0; k < before.size(); k++) {
          Location l = before.get(k).location();
          if (l.carrier().isEmpty() && newCarriers.contains(l.index())) {
            Finding f = withCarrier(before.get(k), r.carriers);
            if (f != before.get(k)) {
              if (located == before) {
                located = new ArrayList<>(before);
              }
              located.set(k, f);
            }
          }
        }
      }
      if (located != before && !Objects.equals(located, before)) {
        c.located.set(i, located);
        changed.add(b.ctx().descriptor().id());
      }
    }
    Arrays.fill(r.changed, false);
    Arrays.fill(r.sharedChanged, false);
    r.lastType = null; // the next record marks its rules as changed
    r.lastRules = NONE;
    for (String key : r.failures.keySet()) {
      if (c.failures.add(key)) {
        changed.add(key.substring(0, key.indexOf('\u0000')));
      }
    }
    boolean problemsChanged = first || c.problems != r.problems.size();
    c.problems = r.problems.size();
    Map<String, List<Finding>> out = new HashMap<>();
    for (String id : changed) {
      List<Finding> all = new ArrayList<>(c.records.getOrDefault(id, List.of()));
      for (int i = 0; i < datasetRules.size(); i++) {
        if (datasetRules.get(i).ctx().descriptor().id().equals(id)) {
          all.addAll(Objects.requireNonNull(c.located.get(i)));
        }
      }
      r.failures.forEach(
          (key, op) -> {
            if (key.startsWith(id + "\u0000")) {
              all.add(engineFailure(key, op));
            }
          });
      out.put(id, all);
    }
    return new Changes(first, out, r.problems, problemsChanged);
  }

  /** Whether dataset rule {@code i} declares shared state {@code j}. */
  private boolean declares(int j, int i) {
    for (int k : declaring[j]) {
      if (k == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * A dataset rule's finding about a record carried in a report, located with its index only, with
   * the report named as its carrier.
   */
  private static Finding withCarrier(Finding f, Map<Long, String> carriers) {
    Location l = f.location();
    if (!l.carrier().isEmpty() || l.index() < 0 || carriers.isEmpty()) {
      return f;
    }
    String label = carriers.get(l.index());
    if (label == null || label.startsWith(l.objectType() + "/")) {
      return f; // not carried, or about the report itself
    }
    return f.withLocations(l.withCarrier(label), f.related());
  }

  /**
   * Validates the records.
   *
   * @param records the input, consumed once in order
   * @return the report
   */
  public ValidationReport run(Iterator<?> records) {
    if (parallelism <= 1) {
      // One thread: every record goes into the same states; no per-chunk states to combine.
      Partial acc = newPartial();
      long index = 0;
      while (records.hasNext()) {
        add(acc, records.next(), index++);
      }
      return finish(acc);
    }
    // Workers validate chunks; each fold runs when its chunk and the fold before it are done, on
    // the thread that completed the later one, so the calling thread only reads the input.
    Executor workers = executor != null ? executor : sharedExecutor();
    ArrayDeque<Chunk> inFlight = new ArrayDeque<>();
    CompletableFuture<@Nullable Partial> folded = CompletableFuture.completedFuture(null);
    long index = 0;
    while (records.hasNext()) {
      List<Object> list = new ArrayList<>(Math.min(chunkSize, 1024));
      long start = index;
      while (list.size() < chunkSize && records.hasNext()) {
        list.add(records.next());
        index++;
      }
      Chunk chunk = new Chunk(list, start);
      folded = folded.thenCombine(chunk.result, this::fold);
      chunk.folded = folded;
      inFlight.add(chunk);
      try {
        workers.execute(chunk);
      } catch (RejectedExecutionException e) {
        LOG.debug("executor rejected a validation chunk; the calling thread will run it");
      }
      while (inFlight.size() > 2 * parallelism) {
        await(inFlight.poll());
      }
    }
    while (!inFlight.isEmpty()) {
      await(inFlight.poll());
    }
    Partial all = join(folded);
    return finish(all == null ? newPartial() : all, true, null);
  }

  /**
   * One part of an NDJSON input, read once on a worker: its lines, numbered from 1 within the part.
   */
  public interface PartLines {
    /**
     * Reads the lines, in order, once.
     *
     * @param sink receives every non-blank line, numbered within the part
     * @return the number of lines the part spans, blank lines included
     */
    long read(Consumer<NdjsonLine> sink);
  }

  /**
   * Validates NDJSON read in parts on the workers, every part read and validated in one pass as
   * soon as a worker takes it: nothing waits for the parts before it, and no part is read twice.
   * While the parts are read, a line's index is provisional, {@code ordinal << 32 | line in the
   * part} (see {@link LineNumbers}): it grows with the line's place in the input as the line number
   * does, so rules order, compare and keep it as they would the number, and nothing but the report
   * shows it. Partials are folded in input order, each fold learning how many lines its part had;
   * the report's locations and input problems then get their line numbers. The report is the same
   * as for one thread reading the whole input: the same findings, line numbers and input problems
   * (malformed lines, in line order), for any cut into parts.
   *
   * @param parts the consecutive parts, asked in order on the calling thread; each is then read
   *     once, on any thread
   * @return the report
   * @throws IllegalStateException if the input has more than {@link Integer#MAX_VALUE} parts
   */
  public ValidationReport runParts(Iterator<PartLines> parts) {
    Executor workers = executor != null ? executor : sharedExecutor();
    // one part waiting per worker at most: a part read long before it is parsed has left the
    // cache (two in flight per worker cost about 3% more wall time on 2 cores)
    int limit = parallelism + 1;
    ArrayDeque<PartChunk> inFlight = new ArrayDeque<>();
    LineNumbers numbers = new LineNumbers();
    CompletableFuture<@Nullable Partial> folded = CompletableFuture.completedFuture(null);
    int ordinal = 0;
    while (parts.hasNext()) {
      if (ordinal == Integer.MAX_VALUE) {
        throw new IllegalStateException(
            "more than " + Integer.MAX_VALUE + " parts: validate the input in larger parts");
      }
      PartChunk chunk = new PartChunk(parts.next(), ordinal++);
      folded =
          folded.thenCombine(
              chunk.result,
              (acc, part) -> {
                numbers.next(chunk.lines);
                return fold(acc, part);
              });
      chunk.folded = folded;
      inFlight.add(chunk);
      try {
        workers.execute(chunk);
      } catch (RejectedExecutionException e) {
        LOG.debug("executor rejected an NDJSON part; the calling thread will read it");
      }
      while (inFlight.size() > limit) {
        awaitPart(inFlight.poll());
      }
    }
    while (!inFlight.isEmpty()) {
      awaitPart(inFlight.poll());
    }
    Partial all = join(folded);
    return finish(all == null ? newPartial() : all, true, numbers);
  }

  /**
   * The line numbers of provisional indexes {@code ordinal << 32 | line in the part}: per part, the
   * lines of the parts before it, learnt as the parts are folded in order.
   */
  static final class LineNumbers {
    private final LongList before = new LongList();
    private long lines;

    /** The next part in input order spans {@code partLines} lines. */
    void next(long partLines) {
      before.add(lines);
      lines += partLines;
    }

    /**
     * The line number of a provisional index. A negative index (none) stays as it is, and so does
     * one of no part read (a rule's own number, not an input position).
     */
    long of(long index) {
      long part = index >>> 32;
      if (index < 0 || part >= before.size()) {
        return index;
      }
      return before.get((int) part) + (index & 0xFFFF_FFFFL);
    }

    Location of(Location l) {
      return l.index() < 0 ? l : l.withIndex(of(l.index()));
    }

    Finding of(Finding f) {
      List<Location> related = f.related();
      if (!related.isEmpty()) {
        List<Location> numbered = new ArrayList<>(related.size());
        for (Location l : related) {
          numbered.add(of(l));
        }
        related = numbered;
      }
      return f.withLocations(of(f.location()), related);
    }

    InputProblem of(InputProblem p) {
      return new InputProblem(of(p.line()), p.problem());
    }
  }

  /** A part of NDJSON input, read and validated in one pass by a worker or the calling thread. */
  private final class PartChunk implements Runnable {
    private final PartLines part;
    private final long high;
    private final AtomicBoolean claimed = new AtomicBoolean();
    final CompletableFuture<Partial> result = new CompletableFuture<>();

    /** The lines the part spans: set before {@link #result} completes. */
    long lines;

    @Nullable CompletableFuture<@Nullable Partial> folded;

    PartChunk(PartLines part, int ordinal) {
      this.part = part;
      this.high = (long) ordinal << 32;
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        Partial r = newPartial();
        lines = part.read(line -> addLine(r, line, high));
        result.complete(r);
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }
  }

  private void awaitPart(@Nullable PartChunk chunk) {
    if (chunk != null) {
      chunk.run();
      join(Objects.requireNonNull(chunk.folded));
    }
  }

  /**
   * One line of a part into a partial, indexed {@code high + its line in the part}: the part's
   * provisional index {@code ordinal << 32} (see {@link LineNumbers}).
   */
  private void addLine(Partial r, NdjsonLine line, long high) {
    if (line instanceof NdjsonLine.Parsed p) {
      add(r, p.record(), high + p.lineNumber());
    } else {
      NdjsonLine.Malformed m = (NdjsonLine.Malformed) line;
      r.problems.add(new InputProblem(high + m.lineNumber(), m.problem()));
    }
  }

  /** A chunk of the input, run once by a worker or by the calling thread, whichever comes first. */
  private final class Chunk implements Runnable {
    private final List<Object> records;
    private final long start;
    private final AtomicBoolean claimed = new AtomicBoolean();
    final CompletableFuture<Partial> result = new CompletableFuture<>();

    /** The fold of every chunk up to this one; set before the chunk is handed out. */
    @Nullable CompletableFuture<@Nullable Partial> folded;

    Chunk(List<Object> records, long start) {
      this.records = records;
      this.start = start;
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        result.complete(process(records, start));
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }
  }

  /** Waits for a chunk and every fold before it, running the chunk here if no worker took it. */
  private static void await(@Nullable Chunk chunk) {
    if (chunk != null) {
      chunk.run();
      join(Objects.requireNonNull(chunk.folded));
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("validation interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("validation engine failure", cause);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> SharedStates with(SharedStates states, SharedState<T> declaration, Object s) {
    return states.with(declaration, (T) s);
  }

  @SuppressWarnings("unchecked")
  private static <T> Object combineShared(SharedState<T> declaration, Object left, Object right) {
    return declaration.combine((T) left, (T) right);
  }

  private Partial fold(@Nullable Partial acc, Partial chunk) {
    return acc == null ? chunk : combine(acc, chunk);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object combine(
      BoundDatasetRule b, Object left, Object right, Map<String, String> failures) {
    if (left == BROKEN || right == BROKEN) {
      return BROKEN;
    }
    try {
      return ((DatasetRule) b.rule()).combine(left, right);
    } catch (RuntimeException e) {
      return broken(b, "combine", e, failures);
    }
  }

  private Partial process(List<Object> chunk, long start) {
    Partial r = newPartial();
    for (int k = 0; k < chunk.size(); k++) {
      add(r, chunk.get(k), start + k);
    }
    return r;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void finish(
      BoundDatasetRule b,
      Object state,
      SharedStates shared,
      List<Finding> findings,
      Map<String, String> failures) {
    if (state == BROKEN) {
      return;
    }
    try {
      FindingSink sink = new FindingSink(b.ctx(), -1, findings::add);
      if (b.rule() instanceof SharedStateRule s) {
        s.finish(state, shared, b.ctx(), sink);
      } else {
        ((DatasetRule) b.rule()).finish(state, b.ctx(), sink);
      }
    } catch (RuntimeException e) {
      broken(b, "finish", e, failures);
    }
  }

  private static Object broken(
      BoundDatasetRule b, String op, RuntimeException e, Map<String, String> failures) {
    String key = b.ctx().descriptor().id() + "\u0000" + b.rule().getClass().getName();
    failures.putIfAbsent(key, op);
    LOG.warn(
        "rule {} ({}) failed in {}: {}",
        b.ctx().descriptor().id(),
        b.rule().getClass().getName(),
        op,
        e.getClass().getName());
    LOG.debug("rule failure", e);
    return BROKEN;
  }

  private static Finding recordFailure(
      RuleContext ctx, Object record, long index, @Nullable Carrier carrier, Exception e) {
    LOG.warn(
        "rule {} failed on record {}: {}", ctx.descriptor().id(), index, e.getClass().getName());
    LOG.debug("rule failure", e);
    String type = record.getClass().getSimpleName();
    String id = "";
    if (record instanceof EparRecord r) {
      try {
        type = r.recordType().wireName();
        id = r.key();
      } catch (RuntimeException ignored) {
        // keep the class name; the record is too broken to name
      }
    }
    return new Finding(
        ctx.descriptor().id(),
        Severity.ERROR,
        new Location(type, id, "", index, carrier == null ? "" : carrier.label()),
        "",
        "",
        null,
        "Rule "
            + ctx.descriptor().id()
            + " could not check this "
            + type
            + ": the rule failed ("
            + e.getClass().getSimpleName()
            + "). Report this to the"
            + " rule's maintainer.",
        "规则 "
            + ctx.descriptor().id()
            + " 无法检查此记录（"
            + type
            + "）：规则执行失败（"
            + e.getClass().getSimpleName()
            + "）。请告知规则维护方。",
        ctx.descriptor().citation(),
        1);
  }

  private Finding engineFailure(String key, String op) {
    String ruleId = key.substring(0, key.indexOf('\u0000'));
    BoundDatasetRule b =
        datasetRules.stream()
            .filter(x -> x.ctx().descriptor().id().equals(ruleId))
            .findFirst()
            .orElseThrow();
    return new Finding(
        ruleId,
        Severity.ERROR,
        Location.dataset(),
        "",
        "",
        null,
        "Rule "
            + ruleId
            + " could not check the data: the rule failed in "
            + op
            + ". Report this to the rule's maintainer.",
        "规则 " + ruleId + " 无法检查数据：规则在 " + op + " 阶段执行失败。请告知规则维护方。",
        b.ctx().descriptor().citation(),
        1);
  }
}
