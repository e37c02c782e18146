package org.epar.grpc;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.epar.core.id.CreditCode;
import org.epar.grpc.spi.Principal;

/**
 * The principal a client certificate names, for servers that run mutual TLS.
 *
 * <p>A client certificate carries its EPAR role as one URI subject alternative name:
 *
 * <ul>
 *   <li>{@code epar:contractor:91130425MA0CXXXX0X} — a contractor (its unified social credit code,
 *       checked), with both scopes, as an unprefixed line of the tokens file;
 *   <li>{@code epar:county:130425} — a read-only county office (6 digits, a valid county code);
 *   <li>{@code epar:province:13} — a read-only provincial office (2 digits, a valid province).
 * </ul>
 *
 * <p>A certificate with no {@code epar:} URI names no principal (the caller then needs a bearer
 * token or API key); a certificate with a malformed one, or with more than one, is refused. The
 * messages never quote the certificate.
 *
 * @since 0.2.0
 */
public final class CertificatePrincipals {

  /** The scheme of the URI subject alternative name that carries the role. */
  public static final String URI_PREFIX = "epar:";

  /** GeneralName type of a uniformResourceIdentifier (RFC 5280). */
  private static final int URI_NAME = 6;

  private CertificatePrincipals() {}

  /**
   * The principal named by a client certificate.
   *
   * @param certificate the client's leaf certificate, already verified against the client CA
   * @return the principal, or empty if the certificate has no {@code epar:} URI name
   * @throws IllegalArgumentException if it has more than one {@code epar:} URI name, or one that is
   *     not {@code epar:contractor:CODE}, {@code epar:county:CODE} or {@code epar:province:CODE}
   *     with a valid code
   * @throws NullPointerException if {@code certificate} is null
   */
  public static Optional<Principal> fromCertificate(X509Certificate certificate) {
    Objects.requireNonNull(certificate, "certificate");
    List<String> names = eparUris(certificate);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    if (names.size() > 1) {
      throw new IllegalArgumentException(
          "a client certificate names " + names.size() + " EPAR principals; one is allowed");
    }
    return Optional.of(fromUri(names.get(0)));
  }

  /**
   * The principal of one role URI.
   *
   * @param uri {@code epar:contractor:CODE}, {@code epar:county:CODE} or {@code epar:province:CODE}
   * @return the principal
   * @throws IllegalArgumentException if the URI is not in that form or the code is not valid
   * @throws NullPointerException if {@code uri} is null
   */
  public static Principal fromUri(String uri) {
    Objects.requireNonNull(uri, "uri");
    if (!uri.regionMatches(true, 0, URI_PREFIX, 0, URI_PREFIX.length())) {
      throw new IllegalArgumentException("an EPAR role URI starts with 'epar:'");
    }
    String rest = uri.substring(URI_PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "an EPAR role URI is epar:contractor:CODE, epar:county:CODE or epar:province:CODE");
    }
    String role = rest.substring(0, colon).toLowerCase(Locale.ROOT);
    String code = rest.substring(colon + 1);
    switch (role) {
      case "contractor" -> {
        CreditCode credit = CreditCode.of(code);
        if (!credit.problems().isEmpty()) {
          throw new IllegalArgumentException(
              "the contractor of a client certificate is not a valid credit code");
        }
        return Principal.allScopes(credit);
      }
      case "county", "province" -> {
        // The tokens file's rules (digits, level) apply unchanged.
        return StaticTokenAuthenticator.principal(role + ":" + code);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown role in a client certificate: contractor, county or province");
    }
  }

  private static List<String> eparUris(X509Certificate certificate) {
    Collection<List<?>> alternatives;
    try {
      alternatives = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      throw new IllegalArgumentException(
          "the client certificate's alternative names are unreadable");
    }
    List<String> out = new ArrayList<>();
    if (alternatives == null) {
      return out;
    }
    for (List<?> name : alternatives) {
      if (name.size() >= 2
          && name.get(0) instanceof Integer type
          && type == URI_NAME
          && name.get(1) instanceof String value
          && value.regionMatches(true, 0, URI_PREFIX, 0, URI_PREFIX.length())) {
        out.add(value);
      }
    }
    return out;
  }
}
