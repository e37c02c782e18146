package org.epar.grpc.spi;

/**
 * Thrown by {@link SubmissionStore#putIfAbsent} when the store cannot take another submission (a
 * capacity or quota is reached). The server answers RESOURCE_EXHAUSTED, reason {@code STORE_FULL};
 * nothing is stored and the request id stays free.
 *
 * @since 0.1.0
 */
public final class StoreFullException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is full, without report content
   */
  public StoreFullException(String message) {
    super(message);
  }
}
