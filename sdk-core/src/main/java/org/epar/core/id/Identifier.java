package org.epar.core.id;

import java.util.List;

/**
 * An identifier that keeps the text it was given, valid or not.
 *
 * <p>Implementations are immutable and thread-safe. {@code toString()} never reveals personal data
 * (a {@link CitizenId} is masked).
 *
 * @since 0.1.0
 */
public sealed interface Identifier permits CitizenId, CreditCode, DivisionCode, TraceCode {

  /**
   * The text exactly as it was given.
   *
   * <p>For a {@link CitizenId} this is personal data: do not log it.
   *
   * @return the raw text, never null
   */
  String raw();

  /**
   * Whether the identifier is well formed and its check character (if any) is right.
   *
   * @return {@code true} when {@link #problems()} is empty
   */
  default boolean isValid() {
    return problems().isEmpty();
  }

  /**
   * What is wrong with the identifier, as stable problem codes, most fundamental first.
   *
   * @return an immutable list, empty when the identifier is valid
   */
  List<IdProblem> problems();
}
