package org.epar.validation.spi;

/**
 * A mergeable state that several dataset rules read: the declaration a rule returns from {@link
 * SharedStateRule#shares()} when it needs the same large state as another rule (the citizen
 * identity numbers of every household member, say). The engine keeps one state per declaration,
 * however many rules declare it, folds every record into it once, combines it like a rule's state
 * and hands it to each declaring rule's {@link SharedStateRule#finish(Object, SharedStates,
 * RuleContext, FindingSink) finish}. Rules never hold it in their own state and never write to it.
 *
 * <p>The contract is {@link DatasetRule}'s: {@code combine} is associative with {@code newState} as
 * its identity, so the shared state, like every rule's, does not depend on how the input was split.
 * Declarations are compared with {@code equals}: use one constant per kind of shared state, such as
 * {@link HouseholdMembers#SHARED}.
 *
 * @param <T> the state
 * @since 0.2.0
 */
public interface SharedState<T> {

  /**
   * A name for logs and failure reports, such as {@code household-members}.
   *
   * @return the name
   */
  String name();

  /**
   * A new, empty state: the identity of {@link #combine}.
   *
   * @return a new state
   */
  T newState();

  /**
   * Whether {@link #accumulate} may do anything with records of a class (as {@link
   * DatasetRule#accepts}).
   *
   * @param type the class of a record
   * @return {@code false} only when {@code accumulate} ignores every record of that class
   */
  boolean accepts(Class<?> type);

  /**
   * Folds one record into the state.
   *
   * @param state the state of the current chunk
   * @param record the record
   * @param index the record's input position, as {@link DatasetRule#accumulate} receives it
   */
  void accumulate(T state, Object record, long index);

  /**
   * Combines the states of two adjacent parts of the input, left before right.
   *
   * @param left the state of the earlier part
   * @param right the state of the later part
   * @return the state of both parts (may be {@code left} or {@code right}, updated)
   */
  T combine(T left, T right);
}
