package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed certificates that openssl makes at test time for the TLS tests of sdk-grpc and,
 * through its test jar, of {@code epar serve}: a server certificate for {@code localhost} and
 * {@code 127.0.0.1}, and a client certificate for client authentication. openssl is part of the
 * build machine: a test fails, not skips, without it.
 *
 * @param serverCert the server's certificate (PEM), valid for two days
 * @param serverKey its private key (PEM, unencrypted)
 * @param clientCert a client certificate (PEM, CN {@code contractor-a}, {@code clientAuth})
 * @param clientKey its private key
 */
public record TestCertificates(File serverCert, File serverKey, File clientCert, File clientKey) {

  /**
   * Makes the two certificates and their keys in a directory.
   *
   * @param dir a temporary directory; the files are {@code server.crt}, {@code server.key}, {@code
   *     client.crt} and {@code client.key}
   * @return the files
   * @throws Exception if openssl cannot be started or is interrupted
   */
  public static TestCertificates selfSigned(Path dir) throws Exception {
    TestCertificates c =
        new TestCertificates(
            dir.resolve("server.crt").toFile(),
            dir.resolve("server.key").toFile(),
            dir.resolve("client.crt").toFile(),
            dir.resolve("client.key").toFile());
    server(dir);
    selfSigned(dir, c.clientCert, c.clientKey, "contractor-a", "extendedKeyUsage=clientAuth");
    return c;
  }

  /**
   * Makes only the server certificate and its key, {@code server.crt} and {@code server.key}, for
   * {@code localhost} and {@code 127.0.0.1}.
   *
   * @param dir a temporary directory
   * @throws IOException if openssl cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void server(Path dir) throws IOException, InterruptedException {
    selfSigned(
        dir,
        dir.resolve("server.crt").toFile(),
        dir.resolve("server.key").toFile(),
        "localhost",
        "subjectAltName=IP:127.0.0.1,DNS:localhost");
  }

  private static void selfSigned(Path dir, File cert, File key, String cn, String ext)
      throws IOException, InterruptedException {
    openssl(
        dir,
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
        ext);
  }

  /**
   * Runs openssl and fails the test, with openssl's output, when it does not succeed within a
   * minute.
   *
   * @param dir where openssl's output goes ({@code openssl.log})
   * @param args the arguments after {@code openssl}
   * @throws IOException if openssl cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void openssl(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Path log = dir.resolve("openssl.log");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl finished");
    assertEquals(0, p.exitValue(), () -> "openssl failed: " + read(log));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
