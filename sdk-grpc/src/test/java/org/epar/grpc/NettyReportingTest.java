package org.epar.grpc;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.net.InetSocketAddress;

/** The service contract over real Netty on the loopback interface, on a free port. */
class NettyReportingTest extends ReportingServiceContract {

  @Override
  EparServer.Builder transport(EparServer.Builder b) {
    return b.listen(new InetSocketAddress("127.0.0.1", 0));
  }

  @Override
  ManagedChannel newChannel() {
    return Grpc.newChannelBuilder("127.0.0.1:" + server.port(), InsecureChannelCredentials.create())
        .build();
  }
}
