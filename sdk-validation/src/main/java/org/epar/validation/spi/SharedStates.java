package org.epar.validation.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The shared states of a finished input, by their {@link SharedState declarations}: what the engine
 * hands to {@link SharedStateRule#finish(Object, SharedStates, RuleContext, FindingSink)}. A job
 * that runs rules itself (a Spark or Flink operator) keeps each declared state next to the rules'
 * states and builds this with {@link #with}.
 *
 * <p>Immutable: {@link #with} returns a new instance.
 *
 * @since 0.2.0
 */
public final class SharedStates {

  private static final SharedStates EMPTY = new SharedStates(Map.of());

  private final Map<SharedState<?>, Object> states;

  private SharedStates(Map<SharedState<?>, Object> states) {
    this.states = states;
  }

  /**
   * No shared state: for rules that declare none.
   *
   * @return the empty instance
   */
  public static SharedStates empty() {
    return EMPTY;
  }

  /**
   * These states and one more.
   *
   * @param declaration the declaration
   * @param state its state over the whole input
   * @param <T> the state type
   * @return a new instance holding both
   */
  public <T> SharedStates with(SharedState<T> declaration, T state) {
    Map<SharedState<?>, Object> m = new HashMap<>(states);
    m.put(
        Objects.requireNonNull(declaration, "declaration"), Objects.requireNonNull(state, "state"));
    return new SharedStates(m);
  }

  /**
   * The state of a declaration.
   *
   * @param declaration a declaration the rule returned from {@link SharedStateRule#shares()}
   * @param <T> the state type
   * @return its state over the whole input
   * @throws IllegalStateException if the caller kept no state for it (the rule did not declare it)
   */
  @SuppressWarnings("unchecked")
  public <T> T get(SharedState<T> declaration) {
    Object s = states.get(declaration);
    if (s == null) {
      throw new IllegalStateException(
          "no shared state " + declaration.name() + ": declare it in SharedStateRule.shares()");
    }
    return (T) s;
  }
}
