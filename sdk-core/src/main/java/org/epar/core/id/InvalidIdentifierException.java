package org.epar.core.id;

import java.util.List;
import org.epar.core.EparException;

/**
 * Thrown by the strict {@code parse} factories of identifiers when the text is not valid.
 *
 * <p>The message names the kind of identifier and the problem codes, never the identifier's text
 * (which may be personal data).
 *
 * @since 0.1.0
 */
public final class InvalidIdentifierException extends EparException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final transient List<IdProblem> problems;

  /**
   * Creates the exception.
   *
   * @param kind the kind of identifier, e.g. {@code CitizenId}
   * @param problems what is wrong; not empty
   */
  public InvalidIdentifierException(String kind, List<IdProblem> problems) {
    super("invalid " + kind + ": " + problems.stream().map(IdProblem::code).toList());
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  /**
   * The kind of identifier that failed, e.g. {@code CitizenId}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * What is wrong with the identifier.
   *
   * @return an immutable, non-empty list
   */
  public List<IdProblem> problems() {
    return problems;
  }
}
