package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.epar.grpc.v1.SubmissionState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS and mutual TLS over Netty on loopback, with self-signed certificates that openssl makes at
 * test time (openssl is part of the build machine; the test fails, not skips, without it).
 */
class TlsTest {

  @TempDir static Path dir;
  static File serverCert;
  static File serverKey;
  static File clientCert;
  static File clientKey;

  @BeforeAll
  static void certificates() throws Exception {
    serverCert = dir.resolve("server.crt").toFile();
    serverKey = dir.resolve("server.key").toFile();
    clientCert = dir.resolve("client.crt").toFile();
    clientKey = dir.resolve("client.key").toFile();
    selfSigned(serverCert, serverKey, "localhost", "subjectAltName=IP:127.0.0.1,DNS:localhost");
    selfSigned(clientCert, clientKey, "contractor-a", "extendedKeyUsage=clientAuth");
  }

  private static void selfSigned(File cert, File key, String cn, String ext)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                List.of(
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-keyout",
                    key.getPath(),
                    "-out",
                    cert.getPath(),
                    "-days",
                    "2",
                    "-subj",
                    "/CN=" + cn,
                    "-addext",
                    ext))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(cn + ".log").toFile())
            .start();
    assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "openssl finished");
    assertEquals(0, p.exitValue(), () -> "openssl failed: " + read(dir.resolve(cn + ".log")));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
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
          c.submitMonthly(Fixtures.monthly(Fixtures.A, "201803"), "tls-1").getState());
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
            c.submitMonthly(Fixtures.monthly(Fixtures.A, "201803"), "mtls-1").getState());
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
                () -> anonymous.submitMonthly(Fixtures.monthly(Fixtures.A, "201803"), "mtls-2"));
        assertEquals(Status.Code.UNAVAILABLE, e.code());
      }
    }
  }
}
