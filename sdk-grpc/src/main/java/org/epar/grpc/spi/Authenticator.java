package org.epar.grpc.spi;

import java.util.Optional;

/**
 * Turns the credential a caller presents into a {@link Principal}.
 *
 * <p>The server passes the token from {@code authorization: Bearer <token>} or, when that header is
 * absent, the key from {@code x-api-key: <key>}. Implementations must be thread-safe, should
 * compare secrets in constant time, and must never log the credential.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Authenticator {

  /**
   * Who presents this credential.
   *
   * @param credential the bearer token or API key, never empty
   * @return the principal, or empty if the credential is unknown, expired or revoked
   */
  Optional<Principal> authenticate(String credential);
}
