package org.epar.grpc;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.util.UUID;

/** The service contract over the in-process transport. */
class InProcessReportingTest extends ReportingServiceContract {

  private final String name = "epar-" + UUID.randomUUID();

  @Override
  EparServer.Builder transport(EparServer.Builder b) {
    return b.inProcess(name);
  }

  @Override
  ManagedChannel newChannel() {
    return InProcessChannelBuilder.forName(name).build();
  }
}
