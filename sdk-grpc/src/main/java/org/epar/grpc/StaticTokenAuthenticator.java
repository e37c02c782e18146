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
import org.epar.core.id.DivisionCode;
import org.epar.grpc.spi.Authenticator;
import org.epar.grpc.spi.Principal;

/**
 * An {@link Authenticator} over a fixed table of tokens, for small platforms and tests.
 *
 * <p>Only SHA-256 digests of the tokens are kept, and a presented token is compared digest to
 * digest in constant time. Properties format, one token per line:
 *
 * <pre>{@code
 * # token = [contractor:]credit code [scope,scope]   (no scopes: reports.submit and reports.read)
 * s3cr3t-token-a = 91130425MA0A1B2C3D
 * s3cr3t-token-b = contractor:91130425MA0A1B2C4E reports.read
 * # token = county:COUNTY CODE (6 digits) or province:PROVINCE CODE (2 digits): read-only
 * s3cr3t-token-c = county:130425
 * s3cr3t-token-d = province:13
 * }</pre>
 *
 * <p>A value without a role prefix is a contractor, as in 0.1. A county or province token is
 * read-only ({@code reports.read}); scopes after its code are refused. A token must not contain
 * {@code =}, {@code :} or white space (they separate the key in a properties file).
 *
 * @since 0.1.0
 */
public final class StaticTokenAuthenticator implements Authenticator {

  private final Map<Digest, Principal> principals;

  private StaticTokenAuthenticator(Map<String, Principal> byToken) {
    Map<Digest, Principal> m = new HashMap<>();
    byToken.forEach(
        (token, p) -> {
          if (token.isEmpty()) {
            throw new IllegalArgumentException("empty token for " + p.name());
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
   * @param properties token to {@code [contractor:]CREDITCODE [scope,scope]}, {@code county:CODE}
   *     or {@code province:CODE}
   * @return the authenticator
   * @throws IllegalArgumentException if a value is empty, names an unknown role, or a county or
   *     province code that is not valid at its level, or gives scopes to a county or province (the
   *     message never quotes the token)
   */
  public static StaticTokenAuthenticator fromProperties(Properties properties) {
    Map<String, Principal> m = new HashMap<>();
    for (String token : properties.stringPropertyNames()) {
      m.put(token, principal(properties.getProperty(token)));
    }
    return new StaticTokenAuthenticator(m);
  }

  /**
   * The principal of one value of the tokens file.
   *
   * @param value {@code [contractor:]CREDITCODE [scope,scope]}, {@code county:CODE} or {@code
   *     province:CODE}
   * @return the principal
   * @throws IllegalArgumentException if the value is not in that format
   * @since 0.2.0
   */
  public static Principal principal(String value) {
    String[] parts = value.trim().split("\\s+", 2);
    if (parts[0].isEmpty()) {
      throw new IllegalArgumentException("no principal for a token");
    }
    String who = parts[0];
    String role = "contractor";
    int colon = who.indexOf(':');
    if (colon >= 0) {
      role = who.substring(0, colon);
      who = who.substring(colon + 1);
    }
    if (who.isEmpty()) {
      throw new IllegalArgumentException("no code after '" + role + ":' for a token");
    }
    switch (role) {
      case "contractor" -> {
        CreditCode code = CreditCode.of(who);
        if (parts.length == 1) {
          return Principal.allScopes(code);
        }
        Set<String> scopes = new HashSet<>(Arrays.asList(parts[1].trim().split("\\s*,\\s*")));
        return new Principal(code, scopes);
      }
      case "county", "province" -> {
        if (parts.length > 1) {
          throw new IllegalArgumentException(
              "a " + role + " token is read-only; no scopes may follow its code");
        }
        if (!who.matches(role.equals("county") ? "\\d{6}" : "\\d{2}")) {
          throw new IllegalArgumentException(
              "a "
                  + role
                  + " code is "
                  + (role.equals("county") ? "6" : "2")
                  + " digits, e.g. "
                  + (role.equals("county") ? "130425" : "13"));
        }
        return role.equals("county")
            ? Principal.county(DivisionCode.of(who))
            : Principal.province(who);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown role for a token: contractor, county or province");
    }
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
