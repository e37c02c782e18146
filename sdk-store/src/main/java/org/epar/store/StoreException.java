package org.epar.store;

import org.epar.core.EparException;

/**
 * The database behind a {@link JdbcSubmissionStore} failed: unreachable, out of space, a stored row
 * that cannot be read. An infrastructure failure, not bad data; the server answers {@code INTERNAL}
 * and nothing is acknowledged.
 *
 * <p>The message names the operation and the SQLSTATE, never report content. With {@link
 * SubmissionStores#postgres} the driver is told to leave the server's row detail out of its
 * messages, so the cause carries no report content either.
 *
 * @since 0.1.0
 */
public final class StoreException extends EparException {

  private static final long serialVersionUID = 1L;

  /** The SQLSTATE of the cause, empty when there is none. */
  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param message what failed, without report content
   * @param sqlState the SQLSTATE, empty if none
   * @param cause the cause
   */
  public StoreException(String message, String sqlState, Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  /**
   * The SQLSTATE of the failure, e.g. {@code 08006} for a lost connection.
   *
   * @return the SQLSTATE, or empty when the failure was not an SQL error
   */
  public String sqlState() {
    return sqlState;
  }
}
