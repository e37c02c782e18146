package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmissionState;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Every rejection fits the 4 KiB trailer bound of docs/protocol.md, whatever the report's ids and
 * the findings' messages, and reaches the client intact with its submission name.
 */
class ErrorBoundsTest {

  static final int BOUND = 4096;

  /** Rejects every disbursement, echoing its id in the location and a long value in the message. */
  static final ReportValidator ECHOING =
      (report, who) -> {
        List<Finding> findings = new ArrayList<>();
        if (report instanceof MonthlyReport m) {
          for (Disbursement d : m.disbursements()) {
            findings.add(
                FindingText.stored(
                    "TEST-ECHO-01",
                    Severity.ERROR,
                    "disbursement/" + d.id() + "/purpose",
                    "observed " + d.allocation() + " is not allowed",
                    "观测值 " + d.allocation() + " 不允许"));
          }
        }
        return ValidationOutcome.of(findings);
      };

  static MonthlyReport report(List<String> ids, String value) {
    List<Disbursement> ds = new ArrayList<>();
    for (String id : ids) {
      ds.add(
          new Disbursement(
              id, "fund-1", value, DisbursementKind.PROGRESS, Money.ofFen(1), null, A));
    }
    return new MonthlyReport(
        TestReports.header(A, ReportType.MONTHLY, "201803"), null, null, ds, null, null, null);
  }

  /** The bytes of the status trailers as HTTP/2 counts them, computed from what arrived. */
  static int trailerBytes(StatusRuntimeException e) {
    Metadata t = e.getTrailers();
    assertNotNull(t);
    byte[] details =
        t.get(Metadata.Key.of("grpc-status-details-bin", Metadata.BINARY_BYTE_MARSHALLER));
    assertNotNull(details);
    String message = e.getStatus().getDescription() == null ? "" : e.getStatus().getDescription();
    int percent = 0;
    for (byte b : message.getBytes(StandardCharsets.UTF_8)) {
      percent += b >= 0x20 && b < 0x7f && b != '%' ? 1 : 3;
    }
    return "grpc-status".length()
        + 2
        + 32
        + "grpc-message".length()
        + percent
        + 32
        + "grpc-status-details-bin".length()
        + Base64.getEncoder().withoutPadding().encodeToString(details).length()
        + 32;
  }

  @Test
  void everyRejection_fitsTheTrailerBound_andNamesItsSubmission() {
    String name = "bounds-" + UUID.randomUUID();
    AtomicInteger ids = new AtomicInteger();
    try (EparServer server =
        EparServer.builder()
            .inProcess(name)
            .authenticator(Fixtures.authenticator())
            .validator(ECHOING)
            .clock(Fixtures.CLOCK)
            .store(new InMemorySubmissionStore(1_000))
            .build()
            .start()) {
      ManagedChannel channel = InProcessChannelBuilder.forName(name).build();
      try {
        var stub =
            ReportingServiceGrpc.newBlockingStub(channel)
                .withInterceptors(
                    MetadataUtils.newAttachHeadersInterceptor(
                        ReportingServiceContract.bearer(Fixtures.TOKEN_A)));
        qt().withExamples(60)
            .forAll(
                lists().of(strings().allPossible().ofLengthBetween(0, 400)).ofSizeBetween(1, 80),
                strings().allPossible().ofLengthBetween(0, 5_000),
                integers().between(0, 1))
            .checkAssert(
                (recordIds, value, english) -> {
                  var req =
                      SubmitMonthlyReportRequest.newBuilder()
                          .setRequestId("r" + ids.incrementAndGet())
                          .setReport(ProtoMapper.toProto(report(recordIds, value)))
                          .build();
                  var s =
                      english == 1
                          ? stub.withInterceptors(
                              MetadataUtils.newAttachHeadersInterceptor(lang("en")))
                          : stub;
                  StatusRuntimeException e =
                      assertThrows(StatusRuntimeException.class, () -> s.submitMonthlyReport(req));
                  assertTrue(trailerBytes(e) <= BOUND, () -> "trailers of " + trailerBytes(e));
                  EparRpcException r = EparRpcException.from(e);
                  assertEquals("VALIDATION_FAILED", r.reason());
                  assertTrue(r.metadata().get("submission").startsWith("submissions/"));
                  assertEquals(
                      Integer.toString(recordIds.size()), r.metadata().get("finding_count"));
                  assertTrue(r.violations().size() <= 21);
                  assertTrue(r.violations().size() > 0);
                });
      } finally {
        channel.shutdownNow();
      }
      assertTrue(server.port() == -1);
    }
  }

  static Metadata lang(String tag) {
    Metadata m = new Metadata();
    m.put(Metadata.Key.of("accept-language", Metadata.ASCII_STRING_MARSHALLER), tag);
    return m;
  }

  /** Over Netty the worst rejection reaches EparClient intact, and the channel serves on. */
  @Test
  void worstRejection_reachesTheJavaClientOverNetty_andTheChannelServesTheNextCall() {
    try (EparServer server =
        EparServer.builder()
            .listen(new InetSocketAddress("127.0.0.1", 0))
            .authenticator(Fixtures.authenticator())
            .validator(ECHOING)
            .clock(Fixtures.CLOCK)
            .build()
            .start()) {
      ManagedChannel channel =
          Grpc.newChannelBuilder("127.0.0.1:" + server.port(), InsecureChannelCredentials.create())
              .build();
      try (EparClient client =
          EparClient.builder().channel(channel).credentials(Fixtures.TOKEN_A).build()) {
        List<String> longIds = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          longIds.add("id-" + i + "-" + "长".repeat(300));
        }
        String value = "1E-100000".repeat(2_000);
        EparRpcException e =
            assertThrows(
                EparRpcException.class,
                () -> client.submitMonthly(report(longIds, value), "worst"));
        assertEquals("VALIDATION_FAILED", e.reason());
        String submission = e.metadata().get("submission");
        assertEquals(
            SubmissionState.SUBMISSION_STATE_REJECTED, client.getSubmission(submission).getState());
        assertEquals(
            200,
            client.getSubmission(submission).getFindingsCount(),
            "GetSubmission has every finding");
        assertEquals("", e.violations().get(e.violations().size() - 1).field());
        assertTrue(
            e.violations().get(e.violations().size() - 1).description().matches("……另有 \\d+ 项"));
        assertEquals(
            1,
            client.listSubmissions(10, "").getSubmissionsCount(),
            "the channel serves the next call");
      } finally {
        channel.shutdownNow();
      }
    }
  }
}
