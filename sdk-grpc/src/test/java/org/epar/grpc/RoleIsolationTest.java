package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.epar.grpc.Fixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.ReportHeader;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.ListSubmissionsResponse;
import org.epar.grpc.v1.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each role sees over gRPC: a contractor its own submissions, a county those of its county, a
 * province those of its province; counties and provinces never submit.
 */
class RoleIsolationTest {

  /** A contractor of the next county, Guangping 130432. */
  static final CreditCode C = CreditCode.of("91130432MA0A1B2C5X");

  /** A contractor of Shanxi, 140105. */
  static final CreditCode D = CreditCode.of("91140105MA0A1B2C6Y");

  private final String name = "roles-" + UUID.randomUUID();
  private EparServer server;
  private final List<EparClient> clients = new ArrayList<>();
  private final List<ManagedChannel> channels = new ArrayList<>();
  private final Map<String, Submission> byContractor = new java.util.HashMap<>();

  @BeforeEach
  void start() {
    Properties tokens = new Properties();
    tokens.setProperty("tok-a", A.raw());
    tokens.setProperty("tok-b", "contractor:" + B.raw());
    tokens.setProperty("tok-c", C.raw());
    tokens.setProperty("tok-d", D.raw());
    tokens.setProperty("tok-daming", "county:130425");
    tokens.setProperty("tok-guangping", "county:130432");
    tokens.setProperty("tok-hebei", "province:13");
    tokens.setProperty("tok-shanxi", "province:14");
    server =
        EparServer.builder()
            .inProcess(name)
            .store(new InMemorySubmissionStore())
            .authenticator(StaticTokenAuthenticator.fromProperties(tokens))
            .validator(Fixtures.VALIDATOR)
            .clock(Fixtures.CLOCK)
            .build()
            .start();
    byContractor.put("a", client("tok-a").submitMonthly(monthly(A, "130425"), "m-a"));
    byContractor.put("b", client("tok-b").submitMonthly(monthly(B, "130425100001"), "m-b"));
    byContractor.put("c", client("tok-c").submitMonthly(monthly(C, "130432"), "m-c"));
    byContractor.put("d", client("tok-d").submitMonthly(monthly(D, "140105"), "m-d"));
  }

  @AfterEach
  void stop() {
    clients.forEach(EparClient::close);
    channels.forEach(ManagedChannel::shutdownNow);
    server.close();
  }

  private EparClient client(String token) {
    ManagedChannel ch = InProcessChannelBuilder.forName(name).build();
    channels.add(ch);
    EparClient c = EparClient.builder().channel(ch).credentials(token).build();
    clients.add(c);
    return c;
  }

  static MonthlyReport monthly(CreditCode reporter, String scope) {
    MonthlyReport m = TestReports.monthly(reporter, "201803", 100);
    return new MonthlyReport(
        new ReportHeader(
            reporter,
            DivisionCode.of(scope),
            ReportType.MONTHLY,
            ReportingPeriod.parse("201803"),
            null,
            null),
        m.progress(),
        m.statistics(),
        m.disbursements(),
        m.trainingSessions(),
        m.attendances(),
        m.sites());
  }

  private static Set<String> reporters(EparClient c) {
    Set<String> out = new HashSet<>();
    String token = "";
    do {
      ListSubmissionsResponse page = c.listSubmissions(1, token);
      page.getSubmissionsList().forEach(s -> assertTrue(out.add(s.getReporter()), "no repeats"));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return out;
  }

  private static void notFound(EparClient c, Submission s) {
    EparRpcException e = assertThrows(EparRpcException.class, () -> c.getSubmission(s.getName()));
    assertEquals(Status.Code.NOT_FOUND, e.code());
  }

  @Test
  void contractor_seesItsOwnOnly() {
    EparClient a = client("tok-a");
    assertEquals(Set.of(A.raw()), reporters(a));
    assertEquals(
        byContractor.get("a").getName(),
        a.getSubmission(byContractor.get("a").getName()).getName());
    notFound(a, byContractor.get("b"));
    notFound(a, byContractor.get("c"));
  }

  @Test
  void county_seesEveryContractorOfItsCounty_andNoOtherCounty() {
    EparClient daming = client("tok-daming");
    assertEquals(Set.of(A.raw(), B.raw()), reporters(daming), "a village scope lies in the county");
    assertEquals(B.raw(), daming.getSubmission(byContractor.get("b").getName()).getReporter());
    notFound(daming, byContractor.get("c"));
    notFound(daming, byContractor.get("d"));
    EparClient guangping = client("tok-guangping");
    assertEquals(Set.of(C.raw()), reporters(guangping));
    notFound(guangping, byContractor.get("a"));
  }

  @Test
  void province_seesEveryCountyOfItsProvince_andNoOtherProvince() {
    EparClient hebei = client("tok-hebei");
    assertEquals(Set.of(A.raw(), B.raw(), C.raw()), reporters(hebei));
    notFound(hebei, byContractor.get("d"));
    EparClient shanxi = client("tok-shanxi");
    assertEquals(Set.of(D.raw()), reporters(shanxi));
    notFound(shanxi, byContractor.get("a"));
  }

  @Test
  void countyAndProvince_neverSubmit_permissionDenied_nothingStored() {
    for (String token : List.of("tok-daming", "tok-hebei")) {
      EparRpcException e =
          assertThrows(
              EparRpcException.class,
              () -> client(token).submitMonthly(monthly(A, "130425"), "m-" + token));
      assertEquals(Status.Code.PERMISSION_DENIED, e.code());
      assertEquals("MISSING_SCOPE", e.reason());
    }
    assertEquals(Set.of(A.raw(), B.raw()), reporters(client("tok-daming")));
  }

  @Test
  void aPageTokenOfOneCounty_isRefusedToAnother() {
    ListSubmissionsResponse first = client("tok-daming").listSubmissions(1, "");
    assertFalse(first.getNextPageToken().isEmpty());
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> client("tok-guangping").listSubmissions(1, first.getNextPageToken()));
    assertEquals("INVALID_PAGE_TOKEN", e.reason());
    EparRpcException p =
        assertThrows(
            EparRpcException.class,
            () -> client("tok-hebei").listSubmissions(1, first.getNextPageToken()));
    assertEquals("INVALID_PAGE_TOKEN", p.reason());
  }

  @Test
  void tokensFile_rolesAndTheirCodes() {
    assertEquals(Principal.Role.CONTRACTOR, StaticTokenAuthenticator.principal(A.raw()).role());
    assertEquals(
        Set.of(Principal.READ),
        StaticTokenAuthenticator.principal("contractor:" + A.raw() + " reports.read").scopes());
    Principal county = StaticTokenAuthenticator.principal("county:130425");
    assertEquals("130425000000", county.division().raw());
    assertFalse(county.has(Principal.SUBMIT));
    assertEquals(
        "130000000000", StaticTokenAuthenticator.principal("province:13").division().raw());
    for (String bad :
        List.of(
            "county:13042",
            "county:1304251",
            "county:130400",
            "province:1",
            "province:130",
            "county:130425 reports.submit",
            "mayor:130425",
            "county:")) {
      assertThrows(
          IllegalArgumentException.class, () -> StaticTokenAuthenticator.principal(bad), bad);
    }
  }

  @Test
  void mayAssess_ownCountyOrAProvincesCounty_neverAContractor() {
    DivisionCode daming = DivisionCode.of("130425");
    assertTrue(Principal.county(daming).mayAssess(daming));
    assertFalse(Principal.county(DivisionCode.of("130432")).mayAssess(daming));
    assertTrue(Principal.province("13").mayAssess(daming));
    assertFalse(Principal.province("14").mayAssess(daming));
    assertFalse(Principal.allScopes(A).mayAssess(daming));
    assertFalse(Principal.province("13").mayAssess(DivisionCode.of("130400")), "a city");
  }
}
