package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.epar.grpc.Fixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.epar.grpc.internal.RateLimitedLog;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmissionState;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed protobuf, a bad HTTP/2 preface, forged page tokens and request ids, over Netty on
 * loopback.
 */
class HostileInputTest {

  static final byte[] KEY = "a shared replica key of 32 bytes".getBytes(StandardCharsets.UTF_8);

  EparServer server;
  ManagedChannel channel;

  @BeforeEach
  void start() {
    server = serve(KEY);
    channel = channelTo(server);
  }

  static EparServer serve(byte[] key) {
    return EparServer.builder()
        .listen(new InetSocketAddress("127.0.0.1", 0))
        .authenticator(Fixtures.authenticator())
        .validator(Fixtures.VALIDATOR)
        .clock(Fixtures.CLOCK)
        .pageTokenKey(key)
        .build()
        .start();
  }

  static ManagedChannel channelTo(EparServer s) {
    return Grpc.newChannelBuilder("127.0.0.1:" + s.port(), InsecureChannelCredentials.create())
        .build();
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.close();
  }

  EparClient client(ManagedChannel c, String token) {
    return EparClient.builder().channel(c).credentials(token).build();
  }

  static final MethodDescriptor.Marshaller<byte[]> BYTES =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
          return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
          try {
            return stream.readAllBytes();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  StatusRuntimeException sendRaw(String method, byte[] body) {
    MethodDescriptor<byte[], byte[]> md =
        MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(ReportingServiceGrpc.SERVICE_NAME + "/" + method)
            .setRequestMarshaller(BYTES)
            .setResponseMarshaller(BYTES)
            .build();
    ClientCall<byte[], byte[]> call =
        io.grpc.ClientInterceptors.intercept(
                channel,
                MetadataUtils.newAttachHeadersInterceptor(
                    ReportingServiceContract.bearer(Fixtures.TOKEN_A)))
            .newCall(md, CallOptions.DEFAULT);
    return assertThrows(
        StatusRuntimeException.class, () -> ClientCalls.blockingUnaryCall(call, body));
  }

  @Test
  void malformedProtobuf_isInvalidArgumentMalformedMessage_withoutStackTraceInTheLogs() {
    // field 3 (report), length-delimited, claims 127 bytes but 2 follow
    byte[] truncated = {0x1a, 0x7f, 0x01, 0x02};
    // a varint that never ends
    byte[] endless = {
      0x08,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff
    };
    try (LogCapture logs = new LogCapture()) {
      for (int i = 0; i < 5; i++) {
        for (String method : new String[] {"SubmitMonthlyReport", "GetSubmission"}) {
          for (byte[] body : new byte[][] {truncated, endless}) {
            StatusRuntimeException e = sendRaw(method, body);
            assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
            assertEquals("MALFORMED_MESSAGE", EparRpcException.from(e).reason());
          }
        }
      }
      String logged = logs.text();
      assertFalse(logged.contains("SEVERE"), logged);
      assertFalse(logged.contains("\tat "), "no stack trace: " + logged);
      long lines = logged.lines().filter(l -> l.contains("malformed")).count();
      assertTrue(lines <= 1, "rate-limited: " + lines + " lines for 20 malformed calls");
    }
    assertEquals(
        0,
        client(channel, Fixtures.TOKEN_A).listSubmissions(0, "").getSubmissionsCount(),
        "the channel serves the next call");
  }

  @Test
  void rateLimitedLog_letsOneLineThroughPerInterval_andCountsTheRest() {
    long[] now = {1_000};
    RateLimitedLog log = new RateLimitedLog(10, () -> now[0]);
    assertTrue(log.tryLog());
    assertEquals(0, log.takeSuppressed());
    now[0] += 9;
    assertFalse(log.tryLog(), "one tick before the interval");
    assertFalse(log.tryLog());
    now[0] += 1;
    assertTrue(log.tryLog(), "at the interval");
    assertEquals(2, log.takeSuppressed());
    assertEquals(0, log.takeSuppressed());
  }

  @Test
  void badHttp2Preface_logsNoReceivedBytes_andTheServerServesOn() throws Exception {
    String marker = "SECRET-BYTES-4242-" + "z".repeat(20);
    try (LogCapture logs = new LogCapture()) {
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        OutputStream out = s.getOutputStream();
        out.write(("NOT-HTTP2 " + marker + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        s.setSoTimeout(30_000);
        assertTrue(s.getInputStream().readAllBytes().length >= 0, "the server closes");
      }
      // another call on a fresh connection: the failed one is logged (or not) by now
      assertEquals(
          0, client(channel, Fixtures.TOKEN_A).listSubmissions(0, "").getSubmissionsCount());
      String logged = logs.text();
      String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.US_ASCII));
      assertFalse(logged.contains(marker), logged);
      assertFalse(logged.toLowerCase(java.util.Locale.ROOT).contains(hex.substring(0, 24)), logged);
      assertFalse(logged.contains("\tat "), "no stack trace: " + logged);
    }
  }

  // ------------------------------------------------------------------ page tokens

  @Test
  void forgedOrForeignPageTokens_areInvalidPageToken_replicasWithTheKeyAcceptThem() {
    EparClient a = client(channel, Fixtures.TOKEN_A);
    for (int i = 0; i < 3; i++) {
      a.submitMonthly(TestReports.monthly(A, "20180" + (i + 1), 1), "m" + i);
    }
    String token = a.listSubmissions(1, "").getNextPageToken();
    assertFalse(token.isEmpty());
    assertEquals(1, a.listSubmissions(1, token).getSubmissionsCount());

    String v1 =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("v1|0".getBytes(StandardCharsets.UTF_8));
    String[] forged = {
      v1,
      token + "x",
      "x" + token,
      token.replace('.', '-'),
      token.substring(0, token.indexOf('.')) + "." + token.substring(0, token.indexOf('.')),
      "A".repeat(300),
      "."
    };
    for (String f : forged) {
      EparRpcException e = assertThrows(EparRpcException.class, () -> a.listSubmissions(1, f), f);
      assertEquals("INVALID_PAGE_TOKEN", e.reason(), f);
    }
    // another contractor's token
    EparRpcException foreign =
        assertThrows(
            EparRpcException.class,
            () -> client(channel, Fixtures.TOKEN_B).listSubmissions(1, token));
    assertEquals("INVALID_PAGE_TOKEN", foreign.reason());
    // the same id with another server key
    try (EparServer other =
        serve("another key of at least 16 bytes".getBytes(StandardCharsets.UTF_8))) {
      ManagedChannel c = channelTo(other);
      try {
        EparRpcException e =
            assertThrows(
                EparRpcException.class,
                () -> client(c, Fixtures.TOKEN_A).listSubmissions(1, token));
        assertEquals("INVALID_PAGE_TOKEN", e.reason());
      } finally {
        c.shutdownNow();
      }
    }
    // a replica with the shared key reads it (its store is empty: an empty page, no error)
    try (EparServer replica = serve(KEY)) {
      ManagedChannel c = channelTo(replica);
      try {
        assertEquals(
            0, client(c, Fixtures.TOKEN_A).listSubmissions(1, token).getSubmissionsCount());
      } finally {
        c.shutdownNow();
      }
    }
    assertThrows(
        IllegalArgumentException.class, () -> EparServer.builder().pageTokenKey(new byte[15]));
  }

  // ------------------------------------------------------------------ request ids

  @Test
  void validateOnly_followsTheRequestIdRulesOfARealSubmit() {
    EparClient a = client(channel, Fixtures.TOKEN_A);
    var first = a.submitMonthly(TestReports.monthly(A, "201803", 10), "used");
    var stub =
        ReportingServiceGrpc.newBlockingStub(channel)
            .withInterceptors(
                MetadataUtils.newAttachHeadersInterceptor(
                    ReportingServiceContract.bearer(Fixtures.TOKEN_A)));
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                stub.submitMonthlyReport(
                    SubmitMonthlyReportRequest.newBuilder()
                        .setRequestId("used")
                        .setValidateOnly(true)
                        .setReport(ProtoMapper.toProto(TestReports.monthly(A, "201803", 11)))
                        .build()));
    assertEquals(Status.Code.ALREADY_EXISTS, e.getStatus().getCode());
    assertEquals("REQUEST_ID_REUSED", EparRpcException.from(e).reason());
    var same =
        stub.submitMonthlyReport(
            SubmitMonthlyReportRequest.newBuilder()
                .setRequestId("used")
                .setValidateOnly(true)
                .setReport(ProtoMapper.toProto(TestReports.monthly(A, "201803", 10)))
                .build());
    assertEquals(first, same.getSubmission(), "the same content: the first result");
  }

  @Test
  void requestIdAlphabet_isVisibleAscii_1To128() {
    EparClient a = client(channel, Fixtures.TOKEN_A);
    String all = new StringBuilder().appendCodePoint(0x21).toString();
    StringBuilder visible = new StringBuilder();
    for (char c = 0x21; c <= 0x7e; c++) {
      visible.append(c);
    }
    assertEquals(94, visible.length());
    assertEquals(
        SubmissionState.SUBMISSION_STATE_ACCEPTED,
        a.submitMonthly(TestReports.monthly(A, "201803", 1), visible.toString()).getState());
    assertEquals(
        SubmissionState.SUBMISSION_STATE_ACCEPTED,
        a.submitMonthly(TestReports.monthly(A, "201804", 1), "~".repeat(128)).getState());
    assertEquals(
        SubmissionState.SUBMISSION_STATE_ACCEPTED,
        a.submitMonthly(TestReports.monthly(A, "201805", 1), all).getState());
    for (String bad :
        new String[] {"", "~".repeat(129), "with space", "tab\t", "del\u007f", "中文", "é"}) {
      EparRpcException e =
          assertThrows(
              EparRpcException.class,
              () -> a.submitMonthly(TestReports.monthly(A, "201806", 1), bad),
              bad);
      assertEquals("INVALID_REQUEST_ID", e.reason(), bad);
    }
    assertEquals(0, client(channel, Fixtures.TOKEN_B).listSubmissions(0, "").getSubmissionsCount());
    assertEquals(3, a.listSubmissions(0, "").getSubmissionsCount());
    assertEquals(ListSubmissionsRequest.getDefaultInstance().getPageToken(), "");
    assertTrue(B != A);
  }
}
