package org.epar.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.epar.validation.internal.Engine;
import org.epar.validation.internal.PartialCodec;
import org.jspecify.annotations.Nullable;

/**
 * Validation of one part of a dataset, to be combined with the other parts: how EPAR's rules run
 * inside a parallel engine (a {@code parallelStream()}, a Flink operator, a Spark {@code
 * mapPartitions} + {@code reduce}).
 *
 * <p>Record rules run as records are {@linkplain #add added}; dataset rules fold records into small
 * states. {@link #combine} merges the accumulator of the <em>next</em> part into this one and is
 * associative, so any split of the input, combined in input order, gives the same {@link #finish()
 * report} as one pass. An accumulator is not thread-safe: give each worker its own, from {@link
 * EparValidator#newAccumulator()}.
 *
 * <pre>{@code
 * ValidationAccumulator left = validator.newAccumulator();
 * ValidationAccumulator right = validator.newAccumulator();
 * firstHalf.forEach(left::add);
 * secondHalf.forEach(right::add);
 * ValidationReport report = left.combine(right).finish();
 * }</pre>
 *
 * <p>States are plain Java objects. To keep them, or move them to another machine, {@link #writeTo}
 * writes the whole accumulator (every dataset rule's state, with a version derived from the
 * structure of its state class, and the findings gathered so far) in a compact, stable binary form,
 * and {@link EparValidator#readAccumulator} reads it back for a validator of the same
 * configuration: the restored accumulator finishes, and combines with more, exactly as the original
 * would.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(checkpoint)) {
 *   accumulator.writeTo(out);
 * }
 * ValidationAccumulator restored;
 * try (InputStream in = Files.newInputStream(checkpoint)) {
 *   restored = validator.readAccumulator(in); // StaleStateException: recompute from the data
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidationAccumulator {

  private final Engine engine;
  private Engine.Partial partial;
  private long next;
  private boolean consumed;

  /**
   * Per rule ID, its findings grouped and sorted as of the last {@link #report()}, in report order:
   * the next report sorts again only the rule IDs whose findings changed.
   */
  private final Map<String, List<Finding>> byRule = new TreeMap<>(ValidationReport.RULES);

  private List<InputProblem> problems = List.of();
  private @Nullable ValidationReport last;

  ValidationAccumulator(Engine engine) {
    this.engine = engine;
    this.partial = engine.newPartial();
  }

  ValidationAccumulator(Engine engine, PartialCodec.Restored restored) {
    this.engine = engine;
    this.partial = restored.partial();
    this.next = restored.next();
  }

  /**
   * Writes this accumulator (its rule states and findings so far) for {@link
   * EparValidator#readAccumulator}. The accumulator is unchanged and stays usable. The bytes depend
   * only on what was added: writing a restored accumulator gives the bytes it was read from.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalStateException if the accumulator was combined into another or finished
   * @throws IllegalArgumentException if a rule's state holds something that is not data (a lambda,
   *     a rule, a type outside the codec's closed set); the message names the rule and the type
   * @since 0.2.0
   */
  public void writeTo(OutputStream out) throws IOException {
    checkUsable();
    PartialCodec.write(engine, partial, next, out);
  }

  /**
   * Validates one record, reported with its position among the records added to this accumulator.
   *
   * @param record a model record (or any object: what no rule knows is ignored); a report is read
   *     with the records it carries; null becomes an {@link InputProblem}
   * @return this accumulator
   */
  public ValidationAccumulator add(@Nullable Object record) {
    return add(record, next);
  }

  /**
   * Validates one record, reported with the given index (a line number, an offset in the whole
   * input).
   *
   * @param record a model record; a report is read with the records it carries, which are located
   *     at the report's index; null becomes an {@link InputProblem} at line {@code index + 1}
   * @param index the index findings about this record carry in their location
   * @return this accumulator
   */
  public ValidationAccumulator add(@Nullable Object record, long index) {
    checkUsable();
    engine.add(partial, record, index);
    next = index + 1;
    return this;
  }

  /**
   * Merges the accumulator of the next part of the input into this one. The other accumulator is
   * consumed and must not be used again.
   *
   * @param following the accumulator of the part that follows this one, from the same validator
   * @return this accumulator, now covering both parts
   * @throws IllegalArgumentException if {@code following} comes from another validator or is this
   */
  public ValidationAccumulator combine(ValidationAccumulator following) {
    checkUsable();
    following.checkUsable();
    if (following == this || following.engine != engine) {
      throw new IllegalArgumentException("combine needs another accumulator of the same validator");
    }
    partial = engine.combine(partial, following.partial);
    following.consumed = true;
    next = Math.max(next, following.next);
    return this;
  }

  /**
   * Finishes the dataset rules and returns the report of everything added and combined. The
   * accumulator is consumed.
   *
   * @return the report
   */
  public ValidationReport finish() {
    checkUsable();
    consumed = true;
    return engine.finish(partial);
  }

  /**
   * Finishes the dataset rules over everything added and combined so far, without consuming this
   * accumulator: more records may be added afterwards, and it may be reported on, written or
   * finished again, exactly as if this call had not been made. This is how a service keeps a live
   * accumulator per dataset (a county's submissions) and reports after each new part: a rule's
   * {@code finish} only reads what its state holds (a rule may keep a cache there, such as
   * CORE-DUP-01's index of the IDs seen, which the next report extends by the IDs added since
   * instead of rebuilding it).
   *
   * <p>A report costs in proportion to what changed since the last one: only the dataset rules
   * whose state received records (or a combined state) since are finished again, the others give
   * the findings their last finish gave; only the rule IDs whose findings changed are grouped and
   * sorted again; with nothing added, the same report is returned again.
   *
   * @return the report of everything added and combined so far
   * @throws IllegalStateException if the accumulator was combined into another or finished
   * @since 0.2.0
   */
  public ValidationReport report() {
    checkUsable();
    Engine.Changes changes = engine.report(partial);
    if (changes.first()) {
      byRule.clear();
      last = null;
    }
    if (changes.problemsChanged()) {
      problems = ValidationReport.sortProblems(changes.problems());
    }
    ValidationReport before = last;
    if (before != null && changes.changed().isEmpty() && !changes.problemsChanged()) {
      return before;
    }
    changes
        .changed()
        .forEach(
            (id, findings) -> {
              if (findings.isEmpty()) {
                byRule.remove(id);
              } else {
                byRule.put(id, ValidationReport.groupAndSort(findings));
              }
            });
    last = ValidationReport.ofRules(byRule.values(), problems);
    return last;
  }

  private void checkUsable() {
    if (consumed) {
      throw new IllegalStateException("this accumulator was combined into another or finished");
    }
  }
}
