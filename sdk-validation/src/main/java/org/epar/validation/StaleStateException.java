package org.epar.validation;

import java.util.List;
import org.epar.core.EparException;

/**
 * Saved rule states cannot be used by this validator: they were written by a validator with another
 * configuration (profile, rule settings, as-of date, division registry), or the state classes of
 * some rules changed since (their structural version differs), or the bytes are not a saved
 * accumulator. The caller recomputes the states from the data they were made of.
 *
 * @see EparValidator#readAccumulator(java.io.InputStream)
 * @since 0.2.0
 */
public final class StaleStateException extends EparException {

  private static final long serialVersionUID = 1L;

  /** Serializable copy of the rule IDs. */
  private final List<String> staleRules;

  /**
   * Creates an exception.
   *
   * @param message what does not match
   * @param staleRules the IDs of the rules whose saved state is stale; empty when the whole
   *     accumulator is (another configuration, unreadable bytes)
   */
  public StaleStateException(String message, List<String> staleRules) {
    super(message);
    this.staleRules = List.copyOf(staleRules);
  }

  /**
   * Creates an exception with a cause, such as an I/O failure or malformed bytes.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public StaleStateException(String message, Throwable cause) {
    super(message, cause);
    this.staleRules = List.of();
  }

  /**
   * The rules whose saved state no longer matches their state class.
   *
   * @return rule IDs in rule order; empty when the whole accumulator is stale
   */
  public List<String> staleRules() {
    return staleRules;
  }
}
