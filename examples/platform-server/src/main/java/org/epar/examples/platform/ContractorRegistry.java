package org.epar.examples.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.epar.core.id.CreditCode;
import org.epar.grpc.spi.Authenticator;
import org.epar.grpc.spi.Principal;

/**
 * The platform's own authenticator: its registry of contractors, each with the SHA-256 digest of
 * its API key and whether it is still under contract. A revoked contractor is refused even with the
 * right key. Keys are compared digest to digest in constant time and never logged.
 */
final class ContractorRegistry implements Authenticator {

  /** One registered contractor. */
  record Entry(CreditCode contractor, String keySha256, boolean active) {}

  private final List<Entry> entries;

  ContractorRegistry(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Optional<Principal> authenticate(String credential) {
    byte[] presented = sha256(credential).getBytes(StandardCharsets.US_ASCII);
    Entry found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.keySha256().getBytes(StandardCharsets.US_ASCII), presented)) {
        found = e;
      }
    }
    return found == null || !found.active()
        ? Optional.empty()
        : Optional.of(Principal.allScopes(found.contractor()));
  }
}
