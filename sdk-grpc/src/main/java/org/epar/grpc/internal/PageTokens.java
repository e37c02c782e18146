package org.epar.grpc.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Opaque, authenticated ListSubmissions page tokens: {@code base64url(last id) "." base64url(HMAC)}
 * where the HMAC-SHA256, under the server's key, covers the method, the caller's contractor and the
 * last id. A token of another server key, another contractor or with an edited id is refused.
 */
public final class PageTokens {

  private static final String ALGORITHM = "HmacSHA256";
  private static final String QUERY = "epar.v1.ReportingService/ListSubmissions";

  /** Tokens longer than this are refused unread. */
  static final int MAX_TOKEN_CHARS = 256;

  private final SecretKeySpec key;

  public PageTokens(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a page token key needs at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The token of the page after {@code lastId} for this contractor. */
  public String issue(String contractor, String lastId) {
    return issue(QUERY, contractor, lastId);
  }

  /** The token of the page after {@code lastId} of the RPC {@code query} for this caller. */
  public String issue(String query, String contractor, String lastId) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(lastId.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(mac(query, contractor, lastId));
  }

  /**
   * The last id a token carries, null for the empty token.
   *
   * @throws io.grpc.StatusRuntimeException INVALID_PAGE_TOKEN for a token this server did not issue
   *     to this contractor
   */
  public @Nullable String read(String contractor, String token) {
    return read(QUERY, contractor, token);
  }

  /**
   * The last key a token of the RPC {@code query} carries, null for the empty token.
   *
   * @throws io.grpc.StatusRuntimeException INVALID_PAGE_TOKEN for a token this server did not issue
   *     to this caller for this RPC
   */
  public @Nullable String read(String query, String contractor, String token) {
    if (token.isEmpty()) {
      return null;
    }
    int dot = token.indexOf('.');
    if (token.length() <= MAX_TOKEN_CHARS && dot > 0 && dot == token.lastIndexOf('.')) {
      try {
        Base64.Decoder b64 = Base64.getUrlDecoder();
        String lastId = new String(b64.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        byte[] given = b64.decode(token.substring(dot + 1));
        if (MessageDigest.isEqual(given, mac(query, contractor, lastId))) {
          return lastId;
        }
      } catch (IllegalArgumentException e) {
        // not base64url: refused below
      }
    }
    throw Errors.of(
        Reason.INVALID_PAGE_TOKEN,
        new Errors.Violation("page_token", "not a token this server issued to this caller"));
  }

  private byte[] mac(String query, String contractor, String lastId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update((query + "\n" + contractor + "\n" + lastId).getBytes(StandardCharsets.UTF_8));
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
    }
  }
}
