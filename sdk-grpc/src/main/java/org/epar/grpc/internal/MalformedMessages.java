package org.epar.grpc.internal;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.StatusRuntimeException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a request that is not a valid protobuf encoding into INVALID_ARGUMENT, reason
 * MALFORMED_MESSAGE, with one WARN line without stack trace or bytes, at most one per ten seconds
 * (with the count held back). Without it grpc-java answers UNKNOWN and logs a SEVERE stack trace.
 *
 * <p>The request marshaller of every method is wrapped: a parse failure marks the calling thread
 * and yields null; the listener, which grpc-java calls on the same thread right after parsing, sees
 * the mark, closes the call and passes nothing on.
 */
public final class MalformedMessages {

  private static final Logger LOG = LoggerFactory.getLogger(MalformedMessages.class);
  private static final ThreadLocal<Boolean> FAILED = new ThreadLocal<>();
  private static final RateLimitedLog RATE =
      new RateLimitedLog(TimeUnit.SECONDS.toNanos(10), System::nanoTime);

  private MalformedMessages() {}

  /** The service with every request marshaller and handler guarded. */
  public static ServerServiceDefinition guard(ServerServiceDefinition service) {
    ServiceDescriptor sd = service.getServiceDescriptor();
    ServiceDescriptor.Builder nsd =
        ServiceDescriptor.newBuilder(sd.getName()).setSchemaDescriptor(sd.getSchemaDescriptor());
    java.util.List<ServerMethodDefinition<?, ?>> methods = new java.util.ArrayList<>();
    for (ServerMethodDefinition<?, ?> m : service.getMethods()) {
      ServerMethodDefinition<?, ?> g = guard(m);
      nsd.addMethod(g.getMethodDescriptor());
      methods.add(g);
    }
    ServerServiceDefinition.Builder b = ServerServiceDefinition.builder(nsd.build());
    methods.forEach(b::addMethod);
    return b.build();
  }

  private static <Q, R> ServerMethodDefinition<Q, R> guard(ServerMethodDefinition<Q, R> m) {
    MethodDescriptor<Q, R> md = m.getMethodDescriptor();
    MethodDescriptor<Q, R> guarded =
        md.toBuilder(
                new SafeMarshaller<>(
                    ReceivedBatches.keeping(md.getFullMethodName(), md.getRequestMarshaller())),
                md.getResponseMarshaller())
            .build();
    ServerCallHandler<Q, R> next = m.getServerCallHandler();
    return ServerMethodDefinition.create(guarded, (call, headers) -> listen(call, headers, next));
  }

  private static <Q, R> ServerCall.Listener<Q> listen(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ServerCall.Listener<Q> delegate = next.startCall(call, headers);
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
      private boolean closed;

      @Override
      public void onMessage(Q message) {
        if (closed) {
          return;
        }
        if (FAILED.get() != null) {
          FAILED.remove();
          closed = true;
          if (RATE.tryLog()) {
            LOG.warn(
                "refused a malformed {} message: MALFORMED_MESSAGE ({} more since the last "
                    + "such line)",
                call.getMethodDescriptor().getFullMethodName(),
                RATE.takeSuppressed());
          }
          StatusRuntimeException e =
              Errors.of(
                  Reason.MALFORMED_MESSAGE,
                  Map.of(),
                  java.util.List.of(
                      new Errors.Violation(
                          "",
                          "not a valid "
                              + call.getMethodDescriptor().getFullMethodName()
                              + " request")));
          Metadata trailers = e.getTrailers();
          try {
            call.close(e.getStatus(), trailers == null ? new Metadata() : trailers);
          } catch (IllegalStateException alreadyClosed) {
            // an inner interceptor closed the call already (e.g. over its size limit)
          }
          super.onCancel(); // the service releases what the call holds
          return;
        }
        try {
          super.onMessage(message);
        } finally {
          ReceivedBatches.clear();
        }
      }

      @Override
      public void onHalfClose() {
        if (!closed) {
          super.onHalfClose();
        }
      }

      @Override
      public void onCancel() {
        if (!closed) {
          super.onCancel();
        }
      }

      @Override
      public void onComplete() {
        if (!closed) {
          super.onComplete();
        }
      }

      @Override
      public void onReady() {
        if (!closed) {
          super.onReady();
        }
      }
    };
  }

  /** Parses with the original marshaller; a failure marks the thread instead of throwing. */
  private static final class SafeMarshaller<T> implements MethodDescriptor.Marshaller<T> {
    private final MethodDescriptor.Marshaller<T> delegate;

    SafeMarshaller(MethodDescriptor.Marshaller<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public InputStream stream(T value) {
      return delegate.stream(value);
    }

    @Override
    @SuppressWarnings("NullAway")
    public T parse(InputStream stream) {
      try {
        FAILED.remove();
        return delegate.parse(stream);
      } catch (RuntimeException e) {
        ReceivedBatches.clear();
        FAILED.set(Boolean.TRUE);
        return null;
      }
    }
  }
}
