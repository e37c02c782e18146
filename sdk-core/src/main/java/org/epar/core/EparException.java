package org.epar.core;

/**
 * Root of every exception the EPAR SDK throws on purpose.
 *
 * <p>EPAR does not throw on bad <em>data</em>: validation returns findings. Exceptions are for
 * programmer errors (a strict {@code parse} given text that does not parse, a missing resource) and
 * for infrastructure failures. Subclasses carry structured data (a rule ID, a problem code, a
 * status) rather than just a message. Messages never contain personal data such as identity
 * numbers, names or phone numbers.
 *
 * @since 0.1.0
 */
public class EparException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message free of personal data.
   *
   * @param message what went wrong, for a developer; never contains personal data
   */
  public EparException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message free of personal data and its cause.
   *
   * @param message what went wrong, for a developer; never contains personal data
   * @param cause the underlying failure
   */
  public EparException(String message, Throwable cause) {
    super(message, cause);
  }
}
