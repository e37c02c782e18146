package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.epar.grpc.Fixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.ListSubmissionsResponse;
import org.epar.grpc.v1.SubmissionState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles from client certificates over real mutual TLS on loopback: a test CA and client
 * certificates with {@code epar:} URI names, made by openssl at test time (as {@link TlsTest}).
 */
class CertificateRoleTest {

  @TempDir static Path dir;
  static EparServer server;
  static final List<EparClient> clients = new ArrayList<>();
  static String aDaming;
  static String bDaming;
  static String aGuangping;

  @BeforeAll
  static void start() throws Exception {
    TestCertificates.server(dir);
    TestCertificates.openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        path("ca.key"),
        "-out",
        path("ca.crt"),
        "-days",
        "2",
        "-subj",
        "/CN=epar-test-ca",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign");
    issue("contractor-a", "URI:epar:contractor:" + A.raw());
    issue("contractor-b", "URI:epar:contractor:" + B.raw());
    issue("daming", "URI:epar:county:130425");
    issue("guangping", "URI:epar:county:130432");
    issue("hebei", "URI:epar:province:13");
    issue("shanxi", "URI:epar:province:14");
    issue("plain", "DNS:plain.example");
    issue("bad-county", "URI:epar:county:130400");
    issue("two-roles", "URI:epar:county:130425,URI:epar:province:13");
    Properties tokens = new Properties();
    tokens.setProperty("tok-a", A.raw());
    tokens.setProperty("tok-b", B.raw());
    server =
        EparServer.builder()
            .listen(new InetSocketAddress("127.0.0.1", 0))
            .mutualTls(file("server.crt"), file("server.key"), file("ca.crt"))
            .store(new InMemorySubmissionStore())
            .authenticator(StaticTokenAuthenticator.fromProperties(tokens))
            .validator(Fixtures.VALIDATOR)
            .clock(Fixtures.CLOCK)
            .build()
            .start();
    aDaming = submit(client("contractor-a", null), RoleIsolationTest.monthly(A, "130425"), "c-a");
    bDaming =
        submit(client("contractor-b", null), RoleIsolationTest.monthly(B, "130425100001"), "c-b");
    aGuangping = submit(client("plain", "tok-a"), RoleIsolationTest.monthly(A, "130432"), "c-a2");
  }

  @AfterAll
  static void stop() {
    clients.forEach(EparClient::close);
    server.close();
  }

  private static String submit(EparClient c, org.epar.core.model.MonthlyReport m, String id) {
    var s = c.submitMonthly(m, id);
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState());
    return s.getName();
  }

  private static String path(String name) {
    return dir.resolve(name).toString();
  }

  private static File file(String name) {
    return dir.resolve(name).toFile();
  }

  private static void issue(String name, String san) throws Exception {
    Files.writeString(
        dir.resolve(name + ".ext"), "subjectAltName=" + san + "\nextendedKeyUsage=clientAuth\n");
    TestCertificates.openssl(
        dir,
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        path(name + ".key"),
        "-out",
        path(name + ".csr"),
        "-subj",
        "/CN=" + name);
    TestCertificates.openssl(
        dir,
        "x509",
        "-req",
        "-in",
        path(name + ".csr"),
        "-CA",
        path("ca.crt"),
        "-CAkey",
        path("ca.key"),
        "-CAcreateserial",
        "-out",
        path(name + ".crt"),
        "-days",
        "2",
        "-extfile",
        path(name + ".ext"));
  }

  private static EparClient client(String cert, String token) {
    EparClient.Builder b =
        EparClient.builder()
            .target("127.0.0.1:" + server.port())
            .mutualTls(file("server.crt"), file(cert + ".crt"), file(cert + ".key"));
    if (token != null) {
      b.credentials(token);
    }
    EparClient c = b.build();
    clients.add(c);
    return c;
  }

  private static Set<String> scopes(EparClient c) {
    Set<String> out = new HashSet<>();
    String token = "";
    do {
      ListSubmissionsResponse page = c.listSubmissions(1, token);
      page.getSubmissionsList().forEach(s -> out.add(s.getName()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return out;
  }

  @Test
  void contractorCertificate_withoutToken_seesItsOwnOnly() {
    assertEquals(Set.of(aDaming, aGuangping), scopes(client("contractor-a", null)));
    assertEquals(Set.of(bDaming), scopes(client("contractor-b", null)));
  }

  @Test
  void countyCertificate_seesItsCountyOnly_andNeverSubmits() {
    assertEquals(Set.of(aDaming, bDaming), scopes(client("daming", null)));
    assertEquals(Set.of(aGuangping), scopes(client("guangping", null)));
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () ->
                client("daming", null)
                    .submitMonthly(RoleIsolationTest.monthly(A, "130425"), "county-submit"));
    assertEquals(Status.Code.PERMISSION_DENIED, e.code());
    assertEquals("MISSING_SCOPE", e.reason());
  }

  @Test
  void provinceCertificate_seesItsProvinceOnly() {
    assertEquals(3, scopes(client("hebei", null)).size());
    assertEquals(Set.of(), scopes(client("shanxi", null)));
  }

  @Test
  void contractorCertificate_mayNotReadAnAssessment() {
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () ->
                client("contractor-a", null)
                    .getAssessment("130425", java.time.LocalDate.of(2018, 3, 31)));
    assertEquals(Status.Code.PERMISSION_DENIED, e.code());
  }

  @Test
  void certificateWithoutRole_needsAToken() {
    EparRpcException e =
        assertThrows(EparRpcException.class, () -> client("plain", null).listSubmissions(10, ""));
    assertEquals(Status.Code.UNAUTHENTICATED, e.code());
    assertEquals(Set.of(aDaming, aGuangping), scopes(client("plain", "tok-a")));
  }

  @Test
  void tokenOfAnotherPrincipal_thanTheCertificate_isRefused() {
    EparRpcException e =
        assertThrows(
            EparRpcException.class, () -> client("contractor-b", "tok-a").listSubmissions(10, ""));
    assertEquals(Status.Code.PERMISSION_DENIED, e.code());
    assertEquals("CREDENTIAL_MISMATCH", e.reason());
    EparRpcException county =
        assertThrows(
            EparRpcException.class, () -> client("daming", "tok-a").listSubmissions(10, ""));
    assertEquals("CREDENTIAL_MISMATCH", county.reason());
    assertEquals(Set.of(bDaming), scopes(client("contractor-b", "tok-b")), "same one");
  }

  @Test
  void malformedOrAmbiguousRole_isRefused_notIgnored() {
    for (String cert : List.of("bad-county", "two-roles")) {
      EparRpcException e =
          assertThrows(
              EparRpcException.class, () -> client(cert, "tok-a").listSubmissions(10, ""), cert);
      assertEquals(Status.Code.UNAUTHENTICATED, e.code(), cert);
      assertEquals("INVALID_CLIENT_CERTIFICATE", e.reason(), cert);
    }
  }

  @Test
  void roleUris_boundaries() {
    assertEquals("county:130425", CertificatePrincipals.fromUri("epar:county:130425").name());
    assertEquals("province:13", CertificatePrincipals.fromUri("EPAR:province:13").name());
    assertEquals(
        Set.of(Principal.SUBMIT, Principal.READ),
        CertificatePrincipals.fromUri("epar:contractor:" + A.raw()).scopes());
    for (String bad :
        List.of(
            "epar:county:13042",
            "epar:county:1304251",
            "epar:county:130400",
            "epar:province:1",
            "epar:province:130",
            "epar:contractor:91130425MA0A1B2C3X",
            "epar:citizen:130425",
            "epar:county",
            "urn:county:130425")) {
      assertThrows(IllegalArgumentException.class, () -> CertificatePrincipals.fromUri(bad), bad);
    }
  }
}
