package org.epar.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
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

  private static final class ChunkResult {
    final List<Finding> findings = new ArrayList<>();
    final Object[] states;

    ChunkResult(int n) {
      states = new Object[n];
    }
  }

  /**
   * Validates the records.
   *
   * @param records the input, consumed once in order
   * @return the report
   */
  public ValidationReport run(Iterator<?> records) {
    Map<String, String> ruleFailures = new ConcurrentHashMap<>();
    List<Finding> findings = new ArrayList<>();
    Object[] acc = null;
    ExecutorService pool =
        parallelism > 1 ? Executors.newFixedThreadPool(parallelism, Engine::daemon) : null;
    try {
      ArrayDeque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
      long index = 0;
      while (records.hasNext()) {
        List<Object> chunk = new ArrayList<>(Math.min(chunkSize, 1024));
        long start = index;
        while (chunk.size() < chunkSize && records.hasNext()) {
          chunk.add(records.next());
          index++;
        }
        if (pool == null) {
          // One thread: keep accumulating into the same states; no per-chunk state to combine.
          ChunkResult r = process(chunk, start, ruleFailures, acc);
          findings.addAll(r.findings);
          acc = r.states;
        } else {
          inFlight.add(pool.submit(() -> process(chunk, start, ruleFailures, null)));
          while (inFlight.size() > 2 * parallelism) {
            acc = fold(acc, join(inFlight.poll()), findings, ruleFailures);
          }
        }
      }
      while (!inFlight.isEmpty()) {
        acc = fold(acc, join(inFlight.poll()), findings, ruleFailures);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (acc == null) {
      acc = process(List.of(), 0, ruleFailures, null).states;
    }
    for (int i = 0; i < datasetRules.size(); i++) {
      finish(datasetRules.get(i), acc[i], findings, ruleFailures);
    }
    new TreeMap<>(ruleFailures).forEach((key, op) -> findings.add(engineFailure(key, op)));
    return new ValidationReport(findings);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "epar-validation");
    t.setDaemon(true);
    return t;
  }

  private static ChunkResult join(Future<ChunkResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("validation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("validation engine failure", e.getCause());
    }
  }

  private Object[] fold(
      Object[] acc, ChunkResult chunk, List<Finding> findings, Map<String, String> failures) {
    findings.addAll(chunk.findings);
    if (acc == null) {
      return chunk.states;
    }
    for (int i = 0; i < datasetRules.size(); i++) {
      acc[i] = combine(datasetRules.get(i), acc[i], chunk.states[i], failures);
    }
    return acc;
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

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ChunkResult process(
      List<Object> chunk, long start, Map<String, String> failures, Object @Nullable [] states) {
    ChunkResult r = new ChunkResult(datasetRules.size());
    if (states != null) {
      System.arraycopy(states, 0, r.states, 0, states.length);
    }
    for (int i = 0; states == null && i < datasetRules.size(); i++) {
      BoundDatasetRule b = datasetRules.get(i);
      try {
        r.states[i] = b.rule().newState(b.ctx());
      } catch (RuntimeException e) {
        r.states[i] = broken(b, "newState", e, failures);
      }
    }
    for (int k = 0; k < chunk.size(); k++) {
      Object record = chunk.get(k);
      long index = start + k;
      for (BoundRecordRule b : recordRules) {
        RecordRule rule = b.rule();
        if (!rule.type().isInstance(record)) {
          continue;
        }
        try {
          rule.check(record, b.ctx(), new FindingSink(b.ctx(), index, r.findings::add));
        } catch (RuntimeException e) {
          r.findings.add(recordFailure(b.ctx(), record, index, e));
        }
      }
      for (int i = 0; i < datasetRules.size(); i++) {
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
