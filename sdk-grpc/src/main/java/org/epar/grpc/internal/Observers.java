package org.epar.grpc.internal;

import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.epar.grpc.EparRpcException;

/** Adapts a unary response observer to a CompletableFuture that fails with EparRpcException. */
public final class Observers {

  private Observers() {}

  public static <R, T> StreamObserver<R> into(CompletableFuture<T> future, Function<R, T> f) {
    return new StreamObserver<>() {
      @Override
      public void onNext(R value) {
        future.complete(f.apply(value));
      }

      @Override
      public void onError(Throwable t) {
        future.completeExceptionally(EparRpcException.from(t));
      }

      @Override
      public void onCompleted() {
        if (!future.isDone()) {
          future.completeExceptionally(new IllegalStateException("no response"));
        }
      }
    };
  }
}
