package org.epar.validation.spi;

import java.util.List;

/**
 * A {@link DatasetRule} that reads {@linkplain SharedState shared states}: large states another
 * rule needs too (such as {@link HouseholdMembers#SHARED}), which the engine keeps once instead of
 * once per rule. The rule's own state holds only what is its alone; it declares the shared states
 * it reads with {@link #shares()} and reports with {@link #finish(Object, SharedStates,
 * RuleContext, FindingSink)}, which the engine calls instead of {@link #finish(Object, RuleContext,
 * FindingSink)}.
 *
 * <pre>{@code
 * public List<SharedState<?>> shares() {
 *   return List.of(HouseholdMembers.SHARED);
 * }
 *
 * public void finish(State state, SharedStates shared, RuleContext ctx, FindingSink sink) {
 *   HouseholdMembers households = shared.get(HouseholdMembers.SHARED);
 *   ...
 * }
 * }</pre>
 *
 * <p>A job that runs rules itself (a Spark or Flink operator) keeps each declared state next to the
 * rules' states, folds and combines it like them, and finishes such a rule with {@code
 * SharedStates.empty().with(declaration, state)}.
 *
 * @param <S> the accumulator state
 * @since 0.2.0
 */
public interface SharedStateRule<S> extends DatasetRule<S> {

  /**
   * The shared states the rule reads in {@link #finish(Object, SharedStates, RuleContext,
   * FindingSink)}. The engine asks once, when the validator is built.
   *
   * @return the declarations
   */
  List<SharedState<?>> shares();

  /**
   * Reports on the final state of the whole input, with the shared states the rule {@linkplain
   * #shares() declared}: what the engine calls for this rule.
   *
   * @param state the combined state
   * @param shared the combined shared states, holding at least every declared one
   * @param ctx the rule's settings and the validation context
   * @param sink where findings go
   */
  void finish(S state, SharedStates shared, RuleContext ctx, FindingSink sink);

  /**
   * Not supported: the rule cannot report without the shared states it declared. The engine never
   * calls this for a {@code SharedStateRule}; call {@link #finish(Object, SharedStates,
   * RuleContext, FindingSink)}.
   *
   * @param state the combined state
   * @param ctx the rule's settings and the validation context
   * @param sink where findings would go
   * @throws UnsupportedOperationException always
   */
  @Override
  default void finish(S state, RuleContext ctx, FindingSink sink) {
    throw new UnsupportedOperationException(
        ruleId() + " reads shared states: finish it with finish(state, shared, ctx, sink)");
  }
}
