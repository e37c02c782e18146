package org.epar.assessment;

import static org.epar.assessment.History.A;
import static org.epar.assessment.History.C;
import static org.epar.assessment.History.daily;
import static org.epar.assessment.History.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.Assessment;
import org.epar.grpc.v1.CountyAssessmentSummary;
import org.epar.grpc.v1.ListCountyAssessmentsResponse;
import org.epar.grpc.v1.PeriodState;
import org.epar.grpc.v1.VetoItem;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GetAssessment and ListCountyAssessments over a real in-process server: a county sees its own
 * county only, a province the counties of its province only, a contractor never.
 */
class AssessmentRpcIsolationTest {

  static final LocalDate AS_OF = CountyAssessorTest.AS_OF;

  /** Daming and Guangping (Hebei, 13), Xiaodian (Shanxi, 14). */
  static final List<String> COUNTIES = List.of("130425", "130432", "140105");

  private final String name = "assess-" + UUID.randomUUID();
  private EparServer server;
  private final List<EparClient> clients = new ArrayList<>();
  private final List<ManagedChannel> channels = new ArrayList<>();

  @BeforeEach
  void start() {
    InMemorySubmissionStore store = new InMemorySubmissionStore();
    CountyAssessorTest.history().forEach(store::putIfAbsent);
    // C reports two days for Guangping, on time
    for (int d = 1; d <= 2; d++) {
      LocalDate day = LocalDate.of(2018, 4, d);
      store.putIfAbsent(
          stored(
              1000 + d,
              C,
              daily(C, "130432", day, 1, false, day.plusDays(1)),
              ReportStatus.ACCEPTED,
              day.plusDays(1)));
    }
    CountyAssessor.Builder assessor =
        CountyAssessor.builder()
            .store(store)
            .programmeStart(CountyAssessorTest.START)
            .expected(java.util.Set.of(ReportType.DAILY));
    COUNTIES.forEach(c -> assessor.profile(c, Profiles.builtIn("daming-2017")));
    Properties tokens = new Properties();
    tokens.setProperty("tok-a", A.raw());
    tokens.setProperty("tok-daming", "county:130425");
    tokens.setProperty("tok-guangping", "county:130432");
    tokens.setProperty("tok-hebei", "province:13");
    tokens.setProperty("tok-shanxi", "province:14");
    server =
        EparServer.builder()
            .inProcess(name)
            .store(store)
            .authenticator(StaticTokenAuthenticator.fromProperties(tokens))
            .validator((report, who) -> new ValidationOutcome(true, List.of()))
            .clock(
                Clock.fixed(
                    AS_OF.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                    ZoneId.of("Asia/Shanghai")))
            .assessor(assessor.build().asGrpcAssessor())
            .build()
            .start();
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
    EparClient c =
        EparClient.builder().channel(ch).credentials(token).language(Locale.ENGLISH).build();
    clients.add(c);
    return c;
  }

  private static void denied(Runnable call) {
    EparRpcException e = assertThrows(EparRpcException.class, call::run);
    assertEquals(Status.Code.PERMISSION_DENIED, e.code());
  }

  @Test
  void county_readsItsOwnAssessment_withTheFailedDailyReportingVeto() {
    Assessment a = client("tok-daming").getAssessment("130425", AS_OF);
    assertEquals("130425", a.getCounty());
    assertEquals(AS_OF.toString(), a.getAsOf());
    assertFalse(a.getVetoesPassed());
    VetoItem rpt =
        a.getVetoItemsList().stream()
            .filter(v -> v.getRuleId().equals("DM-RPT-02"))
            .findFirst()
            .orElseThrow();
    assertFalse(rpt.getPassed());
    assertTrue(rpt.getEvidenceTotal() >= 1);
    assertEquals(rpt.getEvidenceTotal(), rpt.getEvidenceCount());
    var ra =
        a.getReportingList().stream()
            .filter(r -> r.getContractor().equals(A.raw()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        2,
        ra.getGapsList().stream()
            .filter(g -> g.getState() == PeriodState.PERIOD_STATE_MISSING)
            .count());
    assertEquals(
        List.of("20180405", "20180406", "20180408"),
        ra.getGapsList().stream().map(g -> g.getPeriod()).toList());
    assertEquals(6, ra.getByType(0).getOnTime());
  }

  @Test
  void county_neverSeesAnotherCounty_andListsNoProvince() {
    EparClient daming = client("tok-daming");
    denied(() -> daming.getAssessment("130432", AS_OF));
    denied(() -> daming.getAssessment("140105", AS_OF));
    denied(() -> daming.listCountyAssessments(AS_OF, 10, ""));
    EparClient guangping = client("tok-guangping");
    assertEquals(1, guangping.getAssessment("130432", AS_OF).getReportingCount());
    denied(() -> guangping.getAssessment("130425", AS_OF));
  }

  @Test
  void contractor_neverReadsAnAssessment() {
    EparClient a = client("tok-a");
    denied(() -> a.getAssessment("130425", AS_OF));
    denied(() -> a.listCountyAssessments(AS_OF, 10, ""));
  }

  @Test
  void province_readsItsCounties_neverAnotherProvince() {
    EparClient hebei = client("tok-hebei");
    assertEquals("130432", hebei.getAssessment("130432", AS_OF).getCounty());
    denied(() -> hebei.getAssessment("140105", AS_OF));
    EparClient shanxi = client("tok-shanxi");
    denied(() -> shanxi.getAssessment("130425", AS_OF));
    ListCountyAssessmentsResponse s = shanxi.listCountyAssessments(AS_OF, 10, "");
    assertEquals(
        List.of("140105"),
        s.getCountiesList().stream().map(CountyAssessmentSummary::getCounty).toList());
    assertTrue(s.getNextPageToken().isEmpty());
  }

  @Test
  void province_pagesOneRowPerCounty_atThePageSizeBoundary() {
    EparClient hebei = client("tok-hebei");
    ListCountyAssessmentsResponse both = hebei.listCountyAssessments(AS_OF, 2, "");
    assertEquals(2, both.getCountiesCount(), "page size = number of counties: one page");
    assertTrue(both.getNextPageToken().isEmpty());
    ListCountyAssessmentsResponse first = hebei.listCountyAssessments(AS_OF, 1, "");
    assertEquals("130425", first.getCounties(0).getCounty());
    assertFalse(first.getNextPageToken().isEmpty());
    ListCountyAssessmentsResponse second =
        hebei.listCountyAssessments(AS_OF, 1, first.getNextPageToken());
    assertEquals("130432", second.getCounties(0).getCounty());
    assertTrue(second.getNextPageToken().isEmpty());

    CountyAssessmentSummary daming = first.getCounties(0);
    assertFalse(daming.getVetoesPassed());
    assertEquals(2, daming.getContractors());
    assertEquals(1, daming.getContractorsComplete());
    assertEquals(2, daming.getPeriodsMissing());
    assertEquals(1, daming.getPeriodsLate());
    assertTrue(
        daming.getVetoItemsList().stream().allMatch(v -> v.getEvidenceCount() == 0),
        "the roll-up carries no evidence");

    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> client("tok-shanxi").listCountyAssessments(AS_OF, 1, first.getNextPageToken()));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code(), "another province's token");
    EparRpcException otherDate =
        assertThrows(
            EparRpcException.class,
            () -> hebei.listCountyAssessments(AS_OF.minusDays(1), 1, first.getNextPageToken()));
    assertEquals(Status.Code.INVALID_ARGUMENT, otherDate.code(), "another as-of date's token");
  }

  @Test
  void badCountiesAndDates_areInvalidArguments_unknownCountyNotFound() {
    EparClient hebei = client("tok-hebei");
    for (String bad : List.of("", "13042", "1304250", "130400", "abcdef")) {
      EparRpcException e =
          assertThrows(EparRpcException.class, () -> hebei.getAssessment(bad, AS_OF), bad);
      assertEquals(Status.Code.INVALID_ARGUMENT, e.code(), bad);
    }
    EparRpcException none =
        assertThrows(EparRpcException.class, () -> hebei.getAssessment("130426", AS_OF));
    assertEquals(Status.Code.NOT_FOUND, none.code());
    EparRpcException size =
        assertThrows(EparRpcException.class, () -> hebei.listCountyAssessments(AS_OF, -1, ""));
    assertEquals(Status.Code.INVALID_ARGUMENT, size.code());
    assertEquals(0, hebei.listCountyAssessments(AS_OF, 0, "").getNextPageToken().length());

    io.grpc.Metadata auth = new io.grpc.Metadata();
    auth.put(
        io.grpc.Metadata.Key.of("authorization", io.grpc.Metadata.ASCII_STRING_MARSHALLER),
        "Bearer tok-hebei");
    ManagedChannel ch = InProcessChannelBuilder.forName(name).build();
    channels.add(ch);
    var stub =
        org.epar.grpc.v1.ReportingServiceGrpc.newBlockingStub(ch)
            .withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(auth));
    for (String bad : List.of("2018-4-10", "2018-04-31", "20180410", "x")) {
      io.grpc.StatusRuntimeException e =
          assertThrows(
              io.grpc.StatusRuntimeException.class,
              () ->
                  stub.getAssessment(
                      org.epar.grpc.v1.GetAssessmentRequest.newBuilder()
                          .setCounty("130425")
                          .setAsOf(bad)
                          .build()),
              bad);
      assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode(), bad);
    }
    assertEquals(
        "2018-04-10",
        stub.getAssessment(
                org.epar.grpc.v1.GetAssessmentRequest.newBuilder().setCounty("130425").build())
            .getAssessment()
            .getAsOf(),
        "empty as_of: today in China on the server's clock");
  }
}
