package org.epar.grpc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.MetadataUtils;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's private server takes only calls that present its secret: while it runs on a
 * loopback port, another local process cannot call the service as the warm-up contractor.
 */
class WarmUpSecretTest {

  @Test
  void withoutTheSecretOrWithAnother_unauthenticated_withIt_served() throws Exception {
    String name = "warm-up-secret-" + UUID.randomUUID();
    HealthStatusManager health = new HealthStatusManager();
    Server server =
        InProcessServerBuilder.forName(name)
            .addService(
                ServerInterceptors.intercept(
                    health.getHealthService(), WarmUp.principal("0123456789abcdef")))
            .build()
            .start();
    ManagedChannel channel = InProcessChannelBuilder.forName(name).build();
    try {
      HealthGrpc.HealthBlockingStub plain = HealthGrpc.newBlockingStub(channel);
      HealthCheckRequest any = HealthCheckRequest.getDefaultInstance();
      StatusRuntimeException none =
          assertThrows(StatusRuntimeException.class, () -> plain.check(any));
      assertEquals(Status.Code.UNAUTHENTICATED, none.getStatus().getCode());
      StatusRuntimeException wrong =
          assertThrows(
              StatusRuntimeException.class, () -> withSecret(plain, "0123456789abcdeF").check(any));
      assertEquals(Status.Code.UNAUTHENTICATED, wrong.getStatus().getCode());
      assertEquals(
          HealthCheckResponse.ServingStatus.SERVING,
          withSecret(plain, "0123456789abcdef").check(any).getStatus());
    } finally {
      channel.shutdownNow();
      server.shutdownNow();
    }
  }

  private static HealthGrpc.HealthBlockingStub withSecret(
      HealthGrpc.HealthBlockingStub stub, String secret) {
    Metadata h = new Metadata();
    h.put(WarmUp.SECRET, secret);
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(h));
  }
}
