package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.StatusRuntimeException;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.epar.core.privacy.Masking;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparServer;
import org.epar.grpc.TestCertificates;
import org.epar.grpc.spi.Principal;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code epar serve} fit to run: the loopback default and {@code --listen}, TLS and mutual TLS, the
 * strict tokens file, and one clear line (en and zh, no stack trace) for each way it fails.
 */
class ServeCommandTest {

  static final String CODE = "91130425MA0A1B2C3P";
  static final Messages EN = Messages.of(Messages.Lang.EN);

  @TempDir static Path certs;
  static File serverCert;
  static File serverKey;
  static File clientCert;
  static File clientKey;

  @BeforeAll
  static void certificates() throws Exception {
    TestCertificates c = TestCertificates.selfSigned(certs);
    serverCert = c.serverCert();
    serverKey = c.serverKey();
    clientCert = c.clientCert();
    clientKey = c.clientKey();
  }

  static Path tokens(Path dir, String text) throws IOException {
    Path f = dir.resolve("tokens.properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  /**
   * One line on stderr, exit 2, no stack trace. The CLI masks citizen-id-shaped digit runs, which a
   * temporary directory's name may hold, so the expected text is masked alike.
   */
  static void oneLine(Run run, String expected) {
    assertEquals(Epar.USAGE, run.exitCode(), run::toString);
    String masked = Masking.text(expected);
    assertTrue(run.err().contains(masked), () -> "expected: " + masked + "\n" + run);
    assertEquals(1, run.err().strip().lines().count(), run::toString);
    assertFalse(run.all().contains("\tat ") || run.all().contains("Exception"), run::toString);
  }

  // ---- listen address ----

  @Test
  void listensOnLoopbackByDefault() {
    InetSocketAddress a = ServeCommand.address(null, 8980, EN);
    assertTrue(a.getAddress().isLoopbackAddress(), a::toString);
    assertEquals("127.0.0.1", a.getAddress().getHostAddress());
    assertEquals(8980, a.getPort());
  }

  @Test
  void listen_hostPort_hostAlone_ipv6() {
    InetSocketAddress all = ServeCommand.address("0.0.0.0:9000", 8980, EN);
    assertTrue(all.getAddress().isAnyLocalAddress());
    assertEquals(9000, all.getPort());
    InetSocketAddress hostOnly = ServeCommand.address("127.0.0.1", 8981, EN);
    assertEquals(8981, hostOnly.getPort());
    InetSocketAddress v6 = ServeCommand.address("[::1]:65535", 8980, EN);
    assertTrue(v6.getAddress().isLoopbackAddress());
    assertEquals(65535, v6.getPort());
    assertEquals(0, ServeCommand.address("[::1]:0", 8980, EN).getPort());
    assertEquals(8980, ServeCommand.address("::1", 8980, EN).getPort());
  }

  @Test
  void listen_badAddressesAndPorts_oneLine() {
    oneLine(
        Run.epar("--lang", "en", "serve", "--tokens", "t", "--listen", "127.0.0.1:65536"),
        "port 65536 is not between 0 and 65535");
    oneLine(
        Run.epar("--lang", "en", "serve", "--tokens", "t", "--listen", "127.0.0.1:http"),
        "--listen 127.0.0.1:http is not HOST, HOST:PORT or [IPv6]:PORT");
    oneLine(
        Run.epar("--lang", "en", "serve", "--tokens", "t", "--listen", ":8980"),
        "is not HOST, HOST:PORT or [IPv6]:PORT");
    oneLine(
        Run.epar("--lang", "en", "serve", "--tokens", "t", "--listen", "[::1"),
        "is not HOST, HOST:PORT or [IPv6]:PORT");
    oneLine(
        Run.epar("--lang", "en", "serve", "--tokens", "t", "--port", "-1"),
        "port -1 is not between 0 and 65535");
    oneLine(
        Run.epar("--lang", "zh", "serve", "--tokens", "t", "--listen", "127.0.0.1:65536"),
        "端口 65536 不在 0 到 65535 之间");
  }

  @Test
  void serverOnLoopback_answersOnLoopback(@TempDir Path dir) throws IOException {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    try (EparServer s = ServeCommand.start(0, t, Profiles.builtIn("daming-2017"), EN);
        EparClient c =
            EparClient.builder()
                .target("127.0.0.1:" + s.port())
                .credentials("tok-a")
                .deadline(Duration.ofSeconds(20))
                .build()) {
      assertEquals(0, c.listSubmissions(10, "").getSubmissionsCount());
    }
  }

  @Test
  void storeCapacity_zeroIsRefused_oneIsServed(@TempDir Path dir) throws IOException {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    oneLine(
        Run.epar(
            "--lang",
            "en",
            "serve",
            "--tokens",
            t.toString(),
            "--store",
            "memory",
            "--store-capacity",
            "0"),
        "--store-capacity 0 is not positive");
    ServeCommand.Settings one =
        new ServeCommand.Settings(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), t, null, null, null, 1);
    try (EparServer s = ServeCommand.start(one, Profiles.builtIn("daming-2017"), EN);
        EparClient c =
            EparClient.builder()
                .target("127.0.0.1:" + s.port())
                .credentials("tok-a")
                .deadline(Duration.ofSeconds(20))
                .build()) {
      org.epar.core.model.QuarterlyReport q =
          new org.epar.core.model.QuarterlyReport(
              new org.epar.core.model.ReportHeader(
                  org.epar.core.id.CreditCode.of(CODE),
                  org.epar.core.id.DivisionCode.of("130425"),
                  org.epar.core.period.ReportType.QUARTERLY,
                  org.epar.core.period.ReportingPeriod.parse("2018Q1"),
                  null,
                  null),
              null,
              null,
              "summary");
      c.submitQuarterly(q, "cap-1");
      org.epar.grpc.EparRpcException full =
          assertThrows(org.epar.grpc.EparRpcException.class, () -> c.submitQuarterly(q, "cap-2"));
      assertEquals("STORE_FULL", full.reason());
    }
  }

  // ---- port in use, unreadable files ----

  @Test
  void portInUse_oneLine_enAndZh(@TempDir Path dir) throws IOException {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(busy.getLocalPort());
      oneLine(
          Run.epar(
              "--lang",
              "en",
              "serve",
              "--tokens",
              t.toString(),
              "--port",
              port,
              "--store",
              "memory"),
          "cannot listen on 127.0.0.1:" + port + ": the port is already in use");
      oneLine(
          Run.epar(
              "--lang",
              "zh",
              "serve",
              "--tokens",
              t.toString(),
              "--port",
              port,
              "--store",
              "memory"),
          "无法在 127.0.0.1:" + port + " 上监听：端口已被占用");
      // with the embedded database: the database is opened, then closed again (not left locked)
      Path data = dir.resolve("data");
      oneLine(
          Run.epar(
              "--lang",
              "en",
              "serve",
              "--tokens",
              t.toString(),
              "--port",
              port,
              "--data",
              data.toString()),
          "cannot listen on 127.0.0.1:" + port + ": the port is already in use");
      ServeCommand.Settings again =
          new ServeCommand.Settings(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
              t,
              null,
              null,
              null,
              ServeCommand.StoreChoice.h2(data));
      try (ServeCommand.Running r =
          ServeCommand.start(again, Profiles.builtIn("daming-2017"), EN, "")) {
        assertTrue(r.where().startsWith("Submissions stored in H2 "), r::where);
      }
    }
  }

  @Test
  void unreadableTokensFile_oneLine(@TempDir Path dir) {
    Path missing = dir.resolve("missing.properties");
    oneLine(
        Run.epar("--lang", "en", "serve", "--port", "0", "--tokens", missing.toString()),
        "cannot read " + missing + ": no such file");
    oneLine(
        Run.epar("--lang", "en", "serve", "--port", "0", "--tokens", dir.toString()),
        "cannot read " + dir + ": Is a directory");
  }

  // ---- tokens file ----

  @Test
  void tokensFile_commentsBlankLinesScopes(@TempDir Path dir) throws IOException {
    Path t =
        tokens(
            dir,
            "\uFEFF# tokens\n\n  tok-a = "
                + CODE
                + "  \r\n"
                + "tok-r="
                + CODE
                + " reports.read\n"
                + "tok-both = "
                + CODE
                + " reports.submit , reports.read\n");
    Map<String, Principal> m = TokensFile.read(t, EN);
    assertEquals(List.of("tok-a", "tok-r", "tok-both"), List.copyOf(m.keySet()));
    assertEquals(java.util.Set.of(Principal.SUBMIT, Principal.READ), m.get("tok-a").scopes());
    assertEquals(java.util.Set.of(Principal.READ), m.get("tok-r").scopes());
    assertEquals(java.util.Set.of(Principal.SUBMIT, Principal.READ), m.get("tok-both").scopes());
  }

  @Test
  void tokensFile_eachBadLine_namesItsNumber_neverTheToken(@TempDir Path dir) throws IOException {
    String ok = "tok-ok = " + CODE + "\n";
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("secret-no-equals " + CODE, "expected token = credit code [scopes]");
    cases.put(" = " + CODE, "the token is empty");
    String badToken = "a token is 1 to 256 visible ASCII characters without spaces";
    cases.put("secret token = " + CODE, badToken);
    cases.put("secret\u00e9 = " + CODE, badToken);
    cases.put("x".repeat(257) + " = " + CODE, "a token is 1 to 256 visible ASCII");
    cases.put("tok-ok = " + CODE, "the same token appears on an earlier line");
    cases.put("secret-1 =", "no credit code after =");
    cases.put("secret-1 = 91130425MA0A1B2C3Q", "not a valid credit code [BAD_CHECK_CHARACTER]");
    cases.put("secret-1 = " + CODE + " reports.write", "unknown scope");
    cases.put("secret-1 = " + CODE + " reports.read,", "unknown scope");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path t = tokens(dir, "# comment\n" + ok + c.getKey() + "\n");
      Run run = Run.epar("--lang", "en", "serve", "--port", "0", "--tokens", t.toString());
      oneLine(run, "tokens file " + t + ", line 3: " + c.getValue());
      assertFalse(run.all().contains("secret"), run::toString);
    }
    Run zh =
        Run.epar(
            "--lang",
            "zh",
            "serve",
            "--port",
            "0",
            "--tokens",
            tokens(dir, ok + "secret-1 =\n").toString());
    oneLine(zh, "第 2 行：= 后没有统一社会信用代码");
  }

  @Test
  void tokensFile_256CharacterTokenIsAccepted_257IsNot(@TempDir Path dir) throws IOException {
    Path t = tokens(dir, "x".repeat(256) + " = " + CODE + "\n");
    assertEquals(1, TokensFile.read(t, EN).size());
    Path u = tokens(dir, "x".repeat(257) + " = " + CODE + "\n");
    assertThrows(Failures.CliException.class, () -> TokensFile.read(u, EN));
  }

  @Test
  void tokensFile_emptyOrNotUtf8(@TempDir Path dir) throws IOException {
    Path empty = tokens(dir, "# only a comment\n\n");
    oneLine(
        Run.epar("--lang", "en", "serve", "--port", "0", "--tokens", empty.toString()),
        "no tokens in " + empty);
    Path latin1 = dir.resolve("latin1.properties");
    Files.write(latin1, new byte[] {'t', (byte) 0xe9, '=', '9'});
    oneLine(
        Run.epar("--lang", "en", "serve", "--port", "0", "--tokens", latin1.toString()),
        "tokens file " + latin1 + " is not UTF-8 text");
  }

  // ---- TLS ----

  @Test
  void tls_clientTrustingTheCertificate_isServed(@TempDir Path dir) throws IOException {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    ServeCommand.Settings s =
        new ServeCommand.Settings(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            t,
            serverCert.toPath(),
            serverKey.toPath(),
            null,
            10);
    try (EparServer server = ServeCommand.start(s, Profiles.builtIn("daming-2017"), EN);
        EparClient tls =
            EparClient.builder()
                .target("127.0.0.1:" + server.port())
                .tls(serverCert)
                .credentials("tok-a")
                .deadline(Duration.ofSeconds(20))
                .build();
        EparClient plain =
            EparClient.builder()
                .target("127.0.0.1:" + server.port())
                .credentials("tok-a")
                .deadline(Duration.ofSeconds(20))
                .build()) {
      assertEquals(0, tls.listSubmissions(10, "").getSubmissionsCount());
      assertThrows(RuntimeException.class, () -> plain.listSubmissions(10, ""));
    }
  }

  @Test
  void mutualTls_clientWithoutCertificateIsRefused_withOneIsServed(@TempDir Path dir)
      throws IOException {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    ServeCommand.Settings s =
        new ServeCommand.Settings(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            t,
            serverCert.toPath(),
            serverKey.toPath(),
            clientCert.toPath(),
            10);
    try (EparServer server = ServeCommand.start(s, Profiles.builtIn("daming-2017"), EN);
        EparClient with =
            EparClient.builder()
                .target("127.0.0.1:" + server.port())
                .mutualTls(serverCert, clientCert, clientKey)
                .credentials("tok-a")
                .deadline(Duration.ofSeconds(20))
                .build();
        EparClient without =
            EparClient.builder()
                .target("127.0.0.1:" + server.port())
                .tls(serverCert)
                .credentials("tok-a")
                .deadline(Duration.ofSeconds(20))
                .build()) {
      assertEquals(0, with.listSubmissions(10, "").getSubmissionsCount());
      RuntimeException e =
          assertThrows(RuntimeException.class, () -> without.listSubmissions(10, ""));
      assertTrue(e instanceof StatusRuntimeException || e.getCause() != null, e::toString);
    }
  }

  @Test
  void tls_badCertificateKeyOrOptions_oneLine(@TempDir Path dir) throws IOException {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    Path notPem = dir.resolve("not.pem");
    Files.writeString(notPem, "hello\n");
    String[] base = {"--lang", "en", "serve", "--port", "0", "--tokens", t.toString()};
    oneLine(
        run(base, "--tls-cert", notPem.toString(), "--tls-key", serverKey.getPath()),
        notPem + " is not a PEM certificate file");
    oneLine(
        run(base, "--tls-cert", serverCert.getPath(), "--tls-key", notPem.toString()),
        notPem + " is not a PEM private key file");
    oneLine(
        run(base, "--tls-cert", serverCert.getPath(), "--tls-key", clientKey.getPath()),
        "cannot use the TLS certificate and key");
    oneLine(
        run(
            base,
            "--tls-cert",
            serverCert.getPath(),
            "--tls-key",
            serverKey.getPath(),
            "--client-ca",
            notPem.toString()),
        notPem + " is not a PEM certificate file");
    oneLine(
        run(
            base,
            "--tls-cert",
            dir.resolve("none.crt").toString(),
            "--tls-key",
            serverKey.getPath()),
        "cannot read " + dir.resolve("none.crt") + ": no such file");
    oneLine(run(base, "--tls-cert", serverCert.getPath()), "--tls-cert and --tls-key go together");
    oneLine(
        run(base, "--client-ca", serverCert.getPath()),
        "--client-ca needs --tls-cert and --tls-key");
    String[] zh = base.clone();
    zh[1] = "zh";
    oneLine(
        run(zh, "--tls-cert", notPem.toString(), "--tls-key", serverKey.getPath()),
        notPem + " 不是 PEM 证书文件");
  }

  private static Run run(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return Run.epar(all);
  }
}
