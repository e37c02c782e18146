package org.epar.grpc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.grpc.spi.Authenticator;
import org.epar.grpc.spi.Principal;

/**
 * An {@link Authenticator} over a fixed table of tokens, for small platforms and tests.
 *
 * <p>Only SHA-256 digests of the tokens are kept, and a presented token is compared digest to digest
 * in constant time. Properties format, one token per line:
 *
 * <pre>{@code
 * # token = credit code [scope,scope]   (no scopes: both reports.submit and reports.read)
 * s3cr3t-token-a = 91130425MA0A1B2C3D
 * s3cr3t-token-b = 91130425MA0A1B2C4E reports.read
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StaticTokenAuthenticator implements Authenticator {

  private final Map<Digest, Principal> principals;

  private StaticTokenAuthenticator(Map<String, Principal> byToken) {
    Map<Digest, Principal> m = new HashMap<>();
    byToken.forEach((token, p) -> {
      if (token.isEmpty()) {
        throw new IllegalArgumentException("empty token for " + p.contractor().raw());
      }
      m.put(new Digest(sha256(token)), p);
    });
    this.principals = Map.copyOf(m);
  }

  /**
   * An authenticator for these tokens.
   *
   * @param byToken principal by token
   * @return the authenticator
   * @throws IllegalArgumentException if a token is empty
   */
  public static StaticTokenAuthenticator fromMap(Map<String, Principal> byToken) {
    return new StaticTokenAuthenticator(byToken);
  }

  /**
   * An authenticator from properties in the format above.
   *
   * @param properties token to {@code CREDITCODE [scope,scope]}
   * @return the authenticator
   * @throws IllegalArgumentException if a value is empty
   */
  public static StaticTokenAuthenticator fromProperties(Properties properties) {
    Map<String, Principal> m = new HashMap<>();
    for (String token : properties.stringPropertyNames()) {
      String[] parts = properties.getProperty(token).trim().split("\\s+", 2);
      if (parts[0].isEmpty()) {
        throw new IllegalArgumentException("no credit code for a token");
      }
      CreditCode code = CreditCode.of(parts[0]);
      if (parts.length == 1) {
        m.put(token, Principal.allScopes(code));
      } else {
        Set<String> scopes = new HashSet<>(Arrays.asList(parts[1].trim().split("\\s*,\\s*")));
        m.put(token, new Principal(code, scopes));
      }
    }
    return new StaticTokenAuthenticator(m);
  }

  @Override
  public Optional<Principal> authenticate(String credential) {
    byte[] presented = sha256(credential);
    Principal found = null;
    for (Map.Entry<Digest, Principal> e : principals.entrySet()) {
      if (MessageDigest.isEqual(e.getKey().bytes(), presented)) {
        found = e.getValue();
      }
    }
    return Optional.ofNullable(found);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private record Digest(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Digest d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Digest";
    }
  }
}
