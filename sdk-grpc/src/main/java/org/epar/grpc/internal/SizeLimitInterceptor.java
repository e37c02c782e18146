package org.epar.grpc.internal;

import com.google.protobuf.MessageLite;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.util.Map;

/**
 * Enforces the inbound message size on transports that hand messages over unserialized
 * (in-process); Netty enforces the same limit while reading. Closes the call with
 * RESOURCE_EXHAUSTED, reason MESSAGE_TOO_LARGE, and passes nothing on, so nothing is stored.
 */
public final class SizeLimitInterceptor implements ServerInterceptor {

  private final int maxBytes;

  public SizeLimitInterceptor(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ServerCall.Listener<Q> delegate = next.startCall(call, headers);
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
      private boolean closed;

      @Override
      public void onMessage(Q message) {
        if (closed) {
          return;
        }
        if (message instanceof MessageLite m && m.getSerializedSize() > maxBytes) {
          closed = true;
          StatusRuntimeException e =
              Errors.of(
                  Reason.MESSAGE_TOO_LARGE,
                  Map.of("max_bytes", Integer.toString(maxBytes)),
                  java.util.List.of());
          Metadata trailers = e.getTrailers();
          call.close(e.getStatus(), trailers == null ? new Metadata() : trailers);
          super.onCancel();
          return;
        }
        super.onMessage(message);
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
    };
  }
}
