package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.epar.grpc.v1.SubmissionState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS and mutual TLS over Netty on loopback, with self-signed certificates that openssl makes at
 * test time ({@link TestCertificates}).
 */
class TlsTest {

  @TempDir static Path dir;
  static File serverCert;
  static File serverKey;
  static File clientCert;
  static File clientKey;

  @BeforeAll
  static void certificates() throws Exception {
    TestCertificates c = TestCertificates.selfSigned(dir);
    serverCert = c.serverCert();
    serverKey = c.serverKey();
    clientCert = c.clientCert();
    clientKey = c.clientKey();
  }

  private static EparServer.Builder server() {
    return EparServer.builder()
        .listen(new InetSocketAddress("127.0.0.1", 0))
        .authenticator(Fixtures.authenticator())
        .validator(Fixtures.VALIDATOR)
        .clock(Fixtures.CLOCK);
  }

  @Test
  void tls_serverCertificateTrusted_submits() {
    try (EparServer s = server().tls(serverCert, serverKey).build().start();
        EparClient c =
            EparClient.builder()
                .target("127.0.0.1:" + s.port())
                .tls(serverCert)
                .credentials(Fixtures.TOKEN_A)
                .retry(3, java.time.Duration.ofMillis(100))
                .build()) {
      assertEquals(
          SubmissionState.SUBMISSION_STATE_ACCEPTED,
          c.submitMonthly(TestReports.monthly(Fixtures.A, "201803"), "tls-1").getState());
    }
  }

  @Test
  void mutualTls_withClientCertificate_submits_withoutIt_fails() {
    try (EparServer s = server().mutualTls(serverCert, serverKey, clientCert).build().start()) {
      try (EparClient c =
          EparClient.builder()
              .target("127.0.0.1:" + s.port())
              .mutualTls(serverCert, clientCert, clientKey)
              .credentials(Fixtures.TOKEN_A)
              .build()) {
        assertEquals(
            SubmissionState.SUBMISSION_STATE_ACCEPTED,
            c.submitMonthly(TestReports.monthly(Fixtures.A, "201803"), "mtls-1").getState());
      }
      try (EparClient anonymous =
          EparClient.builder()
              .target("127.0.0.1:" + s.port())
              .tls(serverCert)
              .credentials(Fixtures.TOKEN_A)
              .build()) {
        EparRpcException e =
            assertThrows(
                EparRpcException.class,
                () -> anonymous.submitMonthly(TestReports.monthly(Fixtures.A, "201803"), "mtls-2"));
        assertEquals(Status.Code.UNAVAILABLE, e.code());
      }
    }
  }
}
