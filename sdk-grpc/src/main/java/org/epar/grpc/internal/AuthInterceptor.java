package org.epar.grpc.internal;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.epar.grpc.CertificatePrincipals;
import org.epar.grpc.spi.Authenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every ReportingService call (bearer token or API key, or the client certificate
 * under mutual TLS), checks the method's scope, and puts the principal and the caller's language
 * into the call's context.
 *
 * <p>With {@code certificateRoles}, a verified client certificate with an {@code epar:} URI name
 * ({@link CertificatePrincipals}) is the principal and no token is needed; a token presented as
 * well must name the same principal (its scopes then apply). A certificate without such a name
 * leaves the token as the only credential.
 */
public final class AuthInterceptor implements ServerInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(AuthInterceptor.class);

  public static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  public static final Metadata.Key<String> API_KEY =
      Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
  public static final Context.Key<Principal> PRINCIPAL = Context.key("epar-principal");

  private final Authenticator authenticator;
  private final boolean certificateRoles;

  public AuthInterceptor(Authenticator authenticator) {
    this(authenticator, false);
  }

  /**
   * @param authenticator turns tokens into principals
   * @param certificateRoles whether client certificates (verified by the server's client CA) may
   *     name the principal
   */
  public AuthInterceptor(Authenticator authenticator, boolean certificateRoles) {
    this.authenticator = authenticator;
    this.certificateRoles = certificateRoles;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    Lang lang = Lang.parse(headers.get(Lang.ACCEPT_LANGUAGE));
    Context ctx = Context.current().withValue(Lang.CONTEXT, lang);
    String method = call.getMethodDescriptor().getFullMethodName();
    Optional<Principal> fromCertificate = Optional.empty();
    if (certificateRoles) {
      try {
        fromCertificate = certificatePrincipal(call);
      } catch (IllegalArgumentException e) {
        LOG.info("rejected a client certificate for {}: {}", method, e.getMessage());
        return reject(call, ctx, Reason.INVALID_CLIENT_CERTIFICATE);
      }
    }
    Optional<Principal> who = Optional.empty();
    String credential = credential(headers);
    if (credential != null) {
      who = authenticator.authenticate(credential);
    }
    if (fromCertificate.isPresent()) {
      if (credential == null) {
        who = fromCertificate;
      } else if (who.isPresent() && !who.get().name().equals(fromCertificate.get().name())) {
        LOG.info(
            "token of {} presented with the certificate of {} for {}",
            who.get().name(),
            fromCertificate.get().name(),
            method);
        return reject(call, ctx, Reason.CREDENTIAL_MISMATCH);
      }
    }
    if (who.isEmpty()) {
      LOG.info("rejected unauthenticated call to {}", method);
      return reject(call, ctx, Reason.UNAUTHENTICATED_TOKEN);
    }
    String scope =
        method.startsWith(ReportingServiceGrpc.SERVICE_NAME + "/Submit")
            ? Principal.SUBMIT
            : Principal.READ;
    if (!who.get().has(scope)) {
      LOG.info("principal {} lacks scope {} for {}", who.get().name(), scope, method);
      return reject(call, ctx, Reason.MISSING_SCOPE);
    }
    return Contexts.interceptCall(ctx.withValue(PRINCIPAL, who.get()), call, headers, next);
  }

  private static Optional<Principal> certificatePrincipal(ServerCall<?, ?> call) {
    SSLSession ssl = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
    if (ssl == null) {
      return Optional.empty();
    }
    Certificate[] chain;
    try {
      chain = ssl.getPeerCertificates();
    } catch (SSLPeerUnverifiedException e) {
      return Optional.empty();
    }
    if (chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
      return Optional.empty();
    }
    return CertificatePrincipals.fromCertificate(leaf);
  }

  private static @Nullable String credential(Metadata headers) {
    String auth = headers.get(AUTHORIZATION);
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = auth.substring(7).trim();
      return token.isEmpty() ? null : token;
    }
    String key = headers.get(API_KEY);
    return key == null || key.isBlank() ? null : key.trim();
  }

  private static <Q, R> ServerCall.Listener<Q> reject(
      ServerCall<Q, R> call, Context ctx, Reason reason) {
    Context previous = ctx.attach();
    try {
      StatusRuntimeException e = Errors.of(reason);
      Metadata trailers = e.getTrailers();
      call.close(e.getStatus(), trailers == null ? new Metadata() : trailers);
    } finally {
      ctx.detach(previous);
    }
    return new ServerCall.Listener<>() {};
  }
}
