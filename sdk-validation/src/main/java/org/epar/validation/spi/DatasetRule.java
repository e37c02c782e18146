package org.epar.validation.spi;

/**
 * A rule over many records, written as a mergeable accumulator.
 *
 * <p>The engine splits the input into chunks, folds each chunk into its own state with {@link
 * #accumulate}, combines the states in input order with {@link #combine} and reports with {@link
 * #finish}. For the report not to depend on the split, {@code combine} must be associative and
 * {@code newState} its identity: {@code combine(a, combine(b, c))} equals {@code combine(combine(a,
 * b), c)} and {@code combine(newState(), a)} equals {@code a}. The same rule objects can thus run
 * inside Spark or Flink operators, one state per partition.
 *
 * <p>States are mutable and confined to one thread at a time; {@code combine} may reuse and return
 * either argument. Keep states small (counts, sets of ids), not copies of the records. A large
 * state that several rules need (every member's citizen identity number) is not kept in a rule's
 * state: a rule that reads one is a {@link SharedStateRule}, which declares it; the engine keeps it
 * once and hands it to that rule's finish.
 *
 * <p><b>Input positions.</b> The {@code index} that {@link #accumulate} receives grows with the
 * record's place in the input; keep it, compare it and put it in a {@link
 * org.epar.validation.Location}, but do not compute with it (differences, counts) nor write it into
 * a message. While an NDJSON file is validated on several threads its parts are read at once,
 * before the lines ahead of each part are known: the index is then provisional ({@code part ordinal
 * << 32 | line within the part}, ordered as the line numbers are), and the engine replaces it by
 * the line number in the report's locations and input problems.
 *
 * @param <S> the accumulator state
 * @since 0.1.0
 */
public interface DatasetRule<S> extends Rule {

  /**
   * A new, empty state: the identity of {@link #combine}.
   *
   * @param ctx the rule's settings and the validation context
   * @return a new state
   */
  S newState(RuleContext ctx);

  /**
   * Folds one record into the state. Called for every input record, of any type: ignore the ones
   * the rule does not look at.
   *
   * @param state the state of the current chunk
   * @param record the record
   * @param index the record's input position: increasing, to keep and report, not to compute with
   *     (see "Input positions" above)
   * @param ctx the rule's settings and the validation context
   */
  void accumulate(S state, Object record, long index, RuleContext ctx);

  /**
   * Whether {@link #accumulate} may do anything with records of a class. The engine asks once per
   * record class and then skips the call for the classes a rule declines, so a rule that looks at
   * two record types is not called for the million households of a county. The default accepts
   * every class; a rule that declines a class it does look at silently loses those records, so
   * decline only what {@code accumulate} ignores (test it: the testkit compares every built-in
   * rule's report with and without this filter).
   *
   * @param type the class of a record
   * @return {@code false} only when {@code accumulate} ignores every record of that class
   * @since 0.1.0
   */
  default boolean accepts(Class<?> type) {
    return true;
  }

  /**
   * Combines the states of two adjacent parts of the input, left before right.
   *
   * @param left the state of the earlier part
   * @param right the state of the later part
   * @return the state of both parts (may be {@code left} or {@code right}, updated)
   */
  S combine(S left, S right);

  /**
   * Reports on the final state of the whole input. (A {@link SharedStateRule} reports with its
   * shared states instead.) Must not change what the state holds: a state may be finished, given
   * more records and finished again ({@link org.epar.validation.ValidationAccumulator#report()});
   * only a cache kept in it (a {@code transient} field, not written with the state) may change.
   *
   * @param state the combined state
   * @param ctx the rule's settings and the validation context
   * @param sink where findings go
   */
  void finish(S state, RuleContext ctx, FindingSink sink);
}
