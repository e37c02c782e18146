package org.epar.grpc.internal;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import org.epar.grpc.spi.Authenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every ReportingService call (bearer token or API key), checks the method's scope,
 * and puts the principal and the caller's language into the call's context.
 */
public final class AuthInterceptor implements ServerInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(AuthInterceptor.class);

  public static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  public static final Metadata.Key<String> API_KEY =
      Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
  public static final Context.Key<Principal> PRINCIPAL = Context.key("epar-principal");

  private final Authenticator authenticator;

  public AuthInterceptor(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    Lang lang = Lang.parse(headers.get(Lang.ACCEPT_LANGUAGE));
    Context ctx = Context.current().withValue(Lang.CONTEXT, lang);
    String method = call.getMethodDescriptor().getFullMethodName();
    Optional<Principal> who = Optional.empty();
    String credential = credential(headers);
    if (credential != null) {
      who = authenticator.authenticate(credential);
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
