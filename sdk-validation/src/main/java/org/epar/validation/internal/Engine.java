package org.epar.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.epar.core.model.EparRecord;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs record rules per record and dataset rules as accumulators over chunks, in parallel, folding
 * chunk results in input order. Never throws on bad data: a rule that throws becomes an ERROR
 * finding for that rule.
 */
public final class Engine {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  /** Marks a dataset rule whose state could not be built or combined. */
  private static final Object BROKEN = new Object();

  /** A record rule with its context. */
  public record BoundRecordRule(RecordRule<?> rule, RuleContext ctx) {}

  /** A dataset rule with its context. */
  public record BoundDatasetRule(DatasetRule<?> rule, RuleContext ctx) {}

  private final List<BoundRecordRule> recordRules;
  private final List<BoundDatasetRule> datasetRules;
  private final int parallelism;
  private final int chunkSize;

  /**
   * Per record class, the record rules whose type admits it and that {@linkplain
   * RecordRule#accepts accept} it, and the positions of the dataset rules that {@linkplain
   * DatasetRule#accepts accept} it, in rule order.
   */
  private final Map<Class<?>, Applicable> rulesByClass = new ConcurrentHashMap<>();

  /** The rules that look at one record class. */
  private record Applicable(BoundRecordRule[] records, int[] datasets) {}

  private static final Applicable NONE = new Applicable(new BoundRecordRule[0], new int[0]);

  /**
   * Creates an engine.
   *
   * @param recordRules record rules to run
   * @param datasetRules dataset rules to run
   * @param parallelism worker threads; 1 runs on the calling thread
   * @param chunkSize records per chunk
   */
  public Engine(
      List<BoundRecordRule> recordRules,
      List<BoundDatasetRule> datasetRules,
      int parallelism,
      int chunkSize) {
    this.recordRules = List.copyOf(recordRules);
    this.datasetRules = List.copyOf(datasetRules);
    this.parallelism = parallelism;
    this.chunkSize = chunkSize;
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
    final Map<String, String> failures = new TreeMap<>();

    Partial(int n) {
      states = new Object[n];
    }
  }

  /**
   * A partial with the initial state of every dataset rule and no findings.
   *
   * @return a new partial, owned by the caller
   */
  public Partial newPartial() {
    Partial r = new Partial(datasetRules.size());
    for (int i = 0; i < datasetRules.size(); i++) {
      BoundDatasetRule b = datasetRules.get(i);
      try {
        r.states[i] = b.rule().newState(b.ctx());
      } catch (RuntimeException e) {
        r.states[i] = broken(b, "newState", e, r.failures);
      }
    }
    return r;
  }

  /**
   * Runs every rule on one record and folds it into the partial.
   *
   * @param r the partial
   * @param input the record, or a {@link Positioned} record
   * @param defaultIndex the index to report when the record carries none
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void add(Partial r, Object input, long defaultIndex) {
    Object record = input;
    long index = defaultIndex;
    if (record instanceof Positioned p) {
      index = p.index();
      record = p.value();
    }
    Class<?> type = record.getClass();
    Applicable applicable;
    if (type == r.lastType) {
      applicable = r.lastRules;
    } else {
      applicable = rulesByClass.computeIfAbsent(type, this::applicable);
      r.lastType = type;
      r.lastRules = applicable;
    }
    for (BoundRecordRule b : applicable.records()) {
      RecordRule rule = b.rule();
      try {
        rule.check(record, b.ctx(), new FindingSink(b.ctx(), index, r.toFindings));
      } catch (RuntimeException e) {
        r.findings.add(recordFailure(b.ctx(), record, index, e));
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
        r.findings.add(recordFailure(b.ctx(), record, index, e));
      }
    }
  }

  private Applicable applicable(Class<?> type) {
    List<BoundRecordRule> records = new ArrayList<>();
    for (BoundRecordRule b : recordRules) {
      if (b.rule().type().isAssignableFrom(type) && accepts(b.ctx(), b.rule(), type)) {
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
    return new Applicable(records.toArray(new BoundRecordRule[0]), Arrays.copyOf(datasets, n));
  }

  /** Whether a rule wants records of a class; a rule that cannot tell gets them all. */
  private static boolean accepts(RuleContext ctx, Object rule, Class<?> type) {
    try {
      return rule instanceof DatasetRule<?> d
          ? d.accepts(type)
          : ((RecordRule<?>) rule).accepts(type);
    } catch (RuntimeException e) {
      LOG.warn("rule {} ({}) failed in accepts: {}", ctx.descriptor().id(),
          rule.getClass().getName(), e.getClass().getName());
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
    for (int i = 0; i < datasetRules.size(); i++) {
      left.states[i] = combine(datasetRules.get(i), left.states[i], right.states[i], left.failures);
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
    List<Finding> findings = new ArrayList<>(r.findings);
    for (int i = 0; i < datasetRules.size(); i++) {
      finish(datasetRules.get(i), r.states[i], findings, r.failures);
    }
    r.failures.forEach((key, op) -> findings.add(engineFailure(key, op)));
    return new ValidationReport(findings);
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
    // Workers validate chunks; one folder thread combines their partials in input order, so the
    // calling thread only reads the input (it was also combining, which erased the speed-up).
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, Engine::daemon);
    ExecutorService folder = Executors.newSingleThreadExecutor(Engine::daemon);
    Partial[] acc = new Partial[1];
    try {
      ArrayDeque<Future<?>> inFlight = new ArrayDeque<>();
      long index = 0;
      while (records.hasNext()) {
        List<Object> chunk = new ArrayList<>(Math.min(chunkSize, 1024));
        long start = index;
        while (chunk.size() < chunkSize && records.hasNext()) {
          chunk.add(records.next());
          index++;
        }
        Future<Partial> done = pool.submit(() -> process(chunk, start));
        inFlight.add(folder.submit(() -> {
          Partial p;
          try {
            p = done.get();
          } catch (ExecutionException e) {
            throw cause(e);
          }
          acc[0] = fold(acc[0], p);
          return null;
        }));
        while (inFlight.size() > 2 * parallelism) {
          join(inFlight.poll());
        }
      }
      while (!inFlight.isEmpty()) {
        join(inFlight.poll());
      }
    } finally {
      pool.shutdownNow();
      folder.shutdownNow();
    }
    return finish(acc[0] == null ? newPartial() : acc[0]);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "epar-validation");
    t.setDaemon(true);
    return t;
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("validation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("validation engine failure", e.getCause());
    }
  }

  /** What a worker threw, to rethrow as is from the folder thread. */
  private static Exception cause(ExecutionException e) {
    Throwable t = e.getCause();
    if (t instanceof Error err) {
      throw err;
    }
    return t instanceof Exception x ? x : e;
  }

  private Partial fold(Partial acc, Partial chunk) {
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
      BoundDatasetRule b, Object state, List<Finding> findings, Map<String, String> failures) {
    if (state == BROKEN) {
      return;
    }
    try {
      ((DatasetRule) b.rule()).finish(state, b.ctx(), new FindingSink(b.ctx(), -1, findings::add));
    } catch (RuntimeException e) {
      broken(b, "finish", e, failures);
    }
  }

  private static Object broken(
      BoundDatasetRule b, String op, RuntimeException e, Map<String, String> failures) {
    String key = b.ctx().descriptor().id() + "\u0000" + b.rule().getClass().getName();
    failures.putIfAbsent(key, op);
    LOG.warn("rule {} ({}) failed in {}: {}", b.ctx().descriptor().id(),
        b.rule().getClass().getName(), op, e.getClass().getName());
    LOG.debug("rule failure", e);
    return BROKEN;
  }

  private static Finding recordFailure(RuleContext ctx, Object record, long index, Exception e) {
    LOG.warn("rule {} failed on record {}: {}", ctx.descriptor().id(), index,
        e.getClass().getName());
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
        new Location(type, id, "", index),
        "",
        "",
        null,
        "Rule " + ctx.descriptor().id() + " could not check this " + type
            + ": the rule failed (" + e.getClass().getSimpleName() + "). Report this to the"
            + " rule's maintainer.",
        "规则 " + ctx.descriptor().id() + " 无法检查此记录（" + type + "）：规则执行失败（"
            + e.getClass().getSimpleName() + "）。请告知规则维护方。",
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
        "Rule " + ruleId + " could not check the data: the rule failed in " + op
            + ". Report this to the rule's maintainer.",
        "规则 " + ruleId + " 无法检查数据：规则在 " + op + " 阶段执行失败。请告知规则维护方。",
        b.ctx().descriptor().citation(),
        1);
  }
}
