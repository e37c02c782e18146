package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.epar.grpc.Fixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.Timeliness;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionFilter;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DailyReportEnd;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.ListSubmissionsResponse;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmissionState;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.epar.grpc.v1.SubmitDailyReportResponse;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's behaviour, run against a real server over one transport (subclasses: in-process and
 * Netty on loopback). No mocked stubs, no timing assertions.
 */
abstract class ReportingServiceContract {

  static final int MAX_MESSAGE = 64 * 1024;
  static final int MAX_RECORDS = 500;

  InMemorySubmissionStore store;
  EparServer server;

  /** When set, the next validation counts it down and waits until its call is cancelled. */
  final AtomicReference<CountDownLatch> blockNextValidation = new AtomicReference<>();

  final List<EparClient> clients = new ArrayList<>();
  final List<ManagedChannel> channels = new ArrayList<>();

  /** Sets the transport on the builder (port or in-process). */
  abstract EparServer.Builder transport(EparServer.Builder b);

  /** A new channel to the started server. */
  abstract ManagedChannel newChannel();

  @BeforeEach
  void start() {
    store = new InMemorySubmissionStore();
    server =
        transport(EparServer.builder())
            .store(store)
            .authenticator(Fixtures.authenticator())
            .validator(this::validate)
            .clock(Fixtures.CLOCK)
            .maxInboundMessageSize(MAX_MESSAGE)
            .maxRecordsPerStream(MAX_RECORDS)
            .build()
            .start();
  }

  private ValidationOutcome validate(Report report, Principal who) {
    CountDownLatch entered = blockNextValidation.getAndSet(null);
    if (entered != null) {
      CountDownLatch cancelled = new CountDownLatch(1);
      Context.current().addListener(c -> cancelled.countDown(), Runnable::run);
      entered.countDown();
      try {
        cancelled.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Fixtures.VALIDATOR.validate(report, who);
  }

  @AfterEach
  void stop() {
    clients.forEach(EparClient::close);
    channels.forEach(c -> c.shutdownNow());
    server.close();
  }

  ManagedChannel channel() {
    ManagedChannel c = newChannel();
    channels.add(c);
    return c;
  }

  EparClient client(String token) {
    return client(token, Locale.SIMPLIFIED_CHINESE);
  }

  EparClient client(String token, Locale lang) {
    EparClient c =
        EparClient.builder()
            .channel(channel())
            .credentials(token)
            .language(lang)
            .dailyBatchSize(7)
            .build();
    clients.add(c);
    return c;
  }

  // ------------------------------------------------------------------ lifecycle

  @Test
  void lifecycle_dailyMonthlyQuarterlyAnnual_getAndListWithPaging() {
    EparClient a = client(Fixtures.TOKEN_A);

    DailyReport day = TestReports.daily(A, "20180402", 25, 10, 5);
    Submission d = a.submitDaily(day, "daily-20180402");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, d.getState());
    assertEquals(40, d.getRecordCount());
    assertEquals(org.epar.grpc.v1.Timeliness.TIMELINESS_ON_TIME, d.getTimeliness());
    assertEquals("2018-04-03", d.getDeadline());
    StoredSubmission stored =
        store.get(A, d.getName().substring("submissions/".length())).orElseThrow();
    assertEquals(day, stored.report(), "the streamed batches reassemble into the same report");

    Submission m = a.submitMonthly(TestReports.monthly(A, "201803", 150_000_00L), "monthly-201803");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, m.getState());
    assertEquals(org.epar.grpc.v1.Timeliness.TIMELINESS_ON_TIME, m.getTimeliness());

    Submission q = a.submitQuarterly(TestReports.quarterly(A, "2018Q1", null), "quarterly-2018Q1");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, q.getState());
    assertEquals(1, q.getFindingsCount(), "accepted with a warning");
    assertEquals("TEST-SUMMARY-01", q.getFindings(0).getRuleId());
    assertEquals(org.epar.grpc.v1.Severity.SEVERITY_WARNING, q.getFindings(0).getSeverity());
    assertEquals("缺少总结。", q.getFindings(0).getMessage(), "zh-CN is the default language");

    Submission y = a.submitAnnual(TestReports.annual(A, "2017", "done"), "annual-2017");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, y.getState());

    Submission got = a.getSubmission(q.getName());
    assertEquals(q, got);

    Set<String> seen = new HashSet<>();
    String token = "";
    int pages = 0;
    do {
      ListSubmissionsResponse page = a.listSubmissions(3, token);
      page.getSubmissionsList().forEach(s -> assertTrue(seen.add(s.getName())));
      token = page.getNextPageToken();
      pages++;
    } while (!token.isEmpty());
    assertEquals(Set.of(d.getName(), m.getName(), q.getName(), y.getName()), seen);
    assertEquals(2, pages);
  }

  @Test
  void listSubmissions_filters_byPeriodRangeTypeStateAndTimeliness_atTheirBoundaries() {
    EparClient a = client(Fixtures.TOKEN_A);
    Submission d = a.submitDaily(TestReports.daily(A, "20180402", 3, 0, 0), "f-daily");
    Submission m = a.submitMonthly(TestReports.monthly(A, "201803", 1), "f-monthly");
    Submission q = a.submitQuarterly(TestReports.quarterly(A, "2018Q1", "s"), "f-quarterly");
    Submission y = a.submitAnnual(TestReports.annual(A, "2017", "s"), "f-annual"); // late
    SubmissionFilter any = SubmissionFilter.ANY;
    java.util.function.Function<SubmissionFilter, List<String>> names =
        f ->
            a.listSubmissions(f, 50, "").getSubmissionsList().stream()
                .map(Submission::getName)
                .toList();
    LocalDate april2 = LocalDate.of(2018, 4, 2);
    assertEquals(List.of(d.getName()), names.apply(any.withPeriods(april2, april2)));
    assertEquals(List.of(), names.apply(any.withPeriods(april2.plusDays(1), null)));
    assertEquals(
        List.of(),
        names.apply(
            any.withPeriods(null, april2.minusDays(1))
                .withType(org.epar.core.period.ReportType.DAILY)));
    assertEquals(
        List.of(m.getName(), q.getName()),
        names.apply(any.withPeriods(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 31))));
    assertEquals(
        List.of(m.getName()),
        names.apply(any.withPeriods(LocalDate.of(2018, 1, 2), LocalDate.of(2018, 3, 31))));
    assertEquals(
        List.of(q.getName()), names.apply(any.withType(org.epar.core.period.ReportType.QUARTERLY)));
    assertEquals(List.of(y.getName()), names.apply(any.withTimeliness(Timeliness.LATE)));
    assertEquals(
        List.of(d.getName(), m.getName(), q.getName()),
        names.apply(any.withTimeliness(Timeliness.ON_TIME)));
    assertEquals(4, names.apply(any.withStatus(ReportStatus.ACCEPTED)).size());
    assertEquals(List.of(), names.apply(any.withStatus(ReportStatus.REJECTED)));
  }

  @Test
  void listSubmissions_pageToken_isBoundToItsFilter() {
    EparClient a = client(Fixtures.TOKEN_A);
    a.submitMonthly(TestReports.monthly(A, "201801", 1), "t-1");
    a.submitMonthly(TestReports.monthly(A, "201802", 1), "t-2");
    a.submitMonthly(TestReports.monthly(A, "201803", 1), "t-3");
    SubmissionFilter monthly =
        SubmissionFilter.ANY.withType(org.epar.core.period.ReportType.MONTHLY);
    ListSubmissionsResponse first = a.listSubmissions(monthly, 1, "");
    assertEquals("201801", first.getSubmissions(0).getPeriod());
    assertEquals(
        "201802",
        a.listSubmissions(monthly, 1, first.getNextPageToken()).getSubmissions(0).getPeriod());
    for (SubmissionFilter other :
        List.of(
            SubmissionFilter.ANY,
            monthly.withTimeliness(Timeliness.ON_TIME),
            monthly.withPeriods(LocalDate.of(2018, 1, 1), null))) {
      EparRpcException e =
          assertThrows(
              EparRpcException.class,
              () -> a.listSubmissions(other, 1, first.getNextPageToken()),
              other.canonical());
      assertEquals("INVALID_PAGE_TOKEN", e.reason());
    }
  }

  @Test
  void listSubmissions_badOrReversedPeriodRange_isInvalidFilter() {
    var stub =
        ReportingServiceGrpc.newBlockingStub(channel())
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(Fixtures.TOKEN_A)));
    for (var req :
        List.of(
            ListSubmissionsRequest.newBuilder().setPeriodFrom("2018-3-1").build(),
            ListSubmissionsRequest.newBuilder().setPeriodTo("2018-02-30").build(),
            ListSubmissionsRequest.newBuilder()
                .setPeriodFrom("2018-03-02")
                .setPeriodTo("2018-03-01")
                .build())) {
      StatusRuntimeException e =
          assertThrows(StatusRuntimeException.class, () -> stub.listSubmissions(req));
      assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
      assertEquals("INVALID_FILTER", EparRpcException.from(e).reason());
    }
    // from == to is a one-day range, not a reversed one
    assertEquals(
        0,
        stub.listSubmissions(
                ListSubmissionsRequest.newBuilder()
                    .setPeriodFrom("2018-03-01")
                    .setPeriodTo("2018-03-01")
                    .build())
            .getSubmissionsCount());
  }

  @Test
  void asyncVariants_completeWithTheSubmission() throws Exception {
    EparClient a = client(Fixtures.TOKEN_A);
    CompletableFuture<Submission> m =
        a.submitMonthlyAsync(TestReports.monthly(A, "201803", 1), "m-async");
    CompletableFuture<Submission> q =
        a.submitQuarterlyAsync(TestReports.quarterly(A, "2018Q1", "s"), "q-async");
    CompletableFuture<Submission> y =
        a.submitAnnualAsync(TestReports.annual(A, "2017", "s"), "y-async");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, m.get(30, TimeUnit.SECONDS).getState());
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, q.get(30, TimeUnit.SECONDS).getState());
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, y.get(30, TimeUnit.SECONDS).getState());
    assertEquals(m.get(), a.getSubmissionAsync(m.get().getName()).get(30, TimeUnit.SECONDS));
    assertEquals(3, a.listSubmissionsAsync(0, "").get(30, TimeUnit.SECONDS).getSubmissionsCount());
  }

  @Test
  void lateReport_isAcceptedMarkedLateAndStored() {
    Submission y =
        client(Fixtures.TOKEN_A).submitAnnual(TestReports.annual(A, "2017", "s"), "y-2017");
    assertEquals(org.epar.grpc.v1.Timeliness.TIMELINESS_LATE, y.getTimeliness());
    assertEquals("2018-01-31", y.getDeadline());
    assertEquals(1, store.size());
    assertEquals(Timeliness.LATE, store.list(A, null, 10).get(0).timeliness());
  }

  @Test
  void validateOnly_storesNothing() {
    var stub =
        ReportingServiceGrpc.newBlockingStub(channel())
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(Fixtures.TOKEN_A)));
    Submission s =
        stub.submitMonthlyReport(
                SubmitMonthlyReportRequest.newBuilder()
                    .setRequestId("dry")
                    .setValidateOnly(true)
                    .setReport(ProtoMapper.toProto(TestReports.monthly(A, "201803", 5)))
                    .build())
            .getSubmission();
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState());
    assertEquals("", s.getName());
    assertEquals(0, store.size());
  }

  // ------------------------------------------------------------------ auth and isolation

  @Test
  void missingOrBadToken_isUnauthenticated() {
    var noToken = ReportingServiceGrpc.newBlockingStub(channel());
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                noToken.listSubmissions(
                    org.epar.grpc.v1.ListSubmissionsRequest.getDefaultInstance()));
    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    assertEquals("UNAUTHENTICATED_TOKEN", EparRpcException.from(e).reason());

    EparRpcException bad =
        assertThrows(
            EparRpcException.class,
            () -> client("no-such-token").submitMonthly(TestReports.monthly(A, "201803"), "x"));
    assertEquals(Status.Code.UNAUTHENTICATED, bad.code());
    assertEquals("UNAUTHENTICATED_TOKEN", bad.reason());
    assertEquals(0, store.size());
  }

  @Test
  void readOnlyToken_cannotSubmit() {
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () ->
                client(Fixtures.TOKEN_A_READ_ONLY)
                    .submitMonthly(TestReports.monthly(A, "201803"), "x"));
    assertEquals(Status.Code.PERMISSION_DENIED, e.code());
    assertEquals("MISSING_SCOPE", e.reason());
  }

  @Test
  void anotherContractor_seesNothingAndCannotReportForA() {
    Submission mine =
        client(Fixtures.TOKEN_A).submitMonthly(TestReports.monthly(A, "201803"), "r1");
    EparClient b = client(Fixtures.TOKEN_B);
    assertEquals(0, b.listSubmissions(10, "").getSubmissionsCount());
    EparRpcException notFound =
        assertThrows(EparRpcException.class, () -> b.getSubmission(mine.getName()));
    assertEquals(Status.Code.NOT_FOUND, notFound.code());
    assertEquals("SUBMISSION_NOT_FOUND", notFound.reason());
    EparRpcException denied =
        assertThrows(
            EparRpcException.class, () -> b.submitMonthly(TestReports.monthly(A, "201803"), "r1"));
    assertEquals(Status.Code.PERMISSION_DENIED, denied.code());
    assertEquals("REPORTER_MISMATCH", denied.reason());
    // B may use the same request id for its own report: ids are scoped per contractor
    assertEquals(
        SubmissionState.SUBMISSION_STATE_ACCEPTED,
        b.submitMonthly(TestReports.monthly(B, "201803"), "r1").getState());
    assertEquals(1, b.listSubmissions(10, "").getSubmissionsCount());
  }

  // ------------------------------------------------------------------ idempotency

  @Test
  void sameRequestIdSameContent_returnsTheFirstResultAndStoresOnce() {
    EparClient a = client(Fixtures.TOKEN_A);
    Submission first = a.submitMonthly(TestReports.monthly(A, "201803", 10), "once");
    Submission again = a.submitMonthly(TestReports.monthly(A, "201803", 10), "once");
    assertEquals(first, again);
    Submission daily1 = a.submitDaily(TestReports.daily(A, "20180402", 20, 0, 0), "day");
    Submission daily2 =
        a.dailyUploader().upload(TestReports.daily(A, "20180402", 20, 0, 0), "day").join();
    assertEquals(daily1, daily2);
    assertEquals(2, store.size());
  }

  @Test
  void sameRequestIdOtherContent_isAlreadyExists() {
    EparClient a = client(Fixtures.TOKEN_A);
    a.submitMonthly(TestReports.monthly(A, "201803", 10), "once");
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> a.submitMonthly(TestReports.monthly(A, "201803", 11), "once"));
    assertEquals(Status.Code.ALREADY_EXISTS, e.code());
    assertEquals("REQUEST_ID_REUSED", e.reason());
    assertEquals(1, store.size());
  }

  // ------------------------------------------------------------------ limits and broken streams

  @Test
  void oversizeMessage_isResourceExhaustedAndStoresNothing() {
    String big = "x".repeat(MAX_MESSAGE + 1);
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> client(Fixtures.TOKEN_A).submitAnnual(TestReports.annual(A, "2017", big), "big"));
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.code());
    assertEquals(0, store.size());
  }

  @Test
  void tooManyRecordsInAStream_isResourceExhaustedWithReason() {
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () ->
                client(Fixtures.TOKEN_A)
                    .submitDaily(TestReports.daily(A, "20180402", MAX_RECORDS + 1, 0, 0), "huge"));
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.code());
    assertEquals("TOO_MANY_RECORDS", e.reason());
    assertEquals(0, store.size());
  }

  @Test
  void brokenStream_storesNothingAndLeavesTheRequestIdFree() throws Exception {
    var stub =
        ReportingServiceGrpc.newStub(channel())
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(Fixtures.TOKEN_A)));
    CompletableFuture<Throwable> ended = new CompletableFuture<>();
    StreamObserver<SubmitDailyReportRequest> requests =
        stub.submitDailyReport(
            new StreamObserver<SubmitDailyReportResponse>() {
              @Override
              public void onNext(SubmitDailyReportResponse value) {
                ended.completeExceptionally(new AssertionError("a broken stream got a response"));
              }

              @Override
              public void onError(Throwable t) {
                ended.complete(t);
              }

              @Override
              public void onCompleted() {}
            });
    DailyReport day = TestReports.daily(A, "20180402", 3, 0, 0);
    requests.onNext(
        SubmitDailyReportRequest.newBuilder()
            .setRequestId("broken")
            .setHeader(ProtoMapper.toProto(day).getHeader())
            .build());
    requests.onNext(
        SubmitDailyReportRequest.newBuilder()
            .setBatch(
                DailyRecordBatch.newBuilder()
                    .addAllTransactions(ProtoMapper.toProto(day).getTransactionsList()))
            .build());
    requests.onError(new IllegalStateException("client gave up mid-way"));
    assertEquals(
        Status.Code.CANCELLED, Status.fromThrowable(ended.get(30, TimeUnit.SECONDS)).getCode());

    EparClient a = client(Fixtures.TOKEN_A);
    assertEquals(0, a.listSubmissions(10, "").getSubmissionsCount());
    Submission whole = a.submitDaily(TestReports.daily(A, "20180402", 5, 0, 0), "broken");
    assertEquals(5, whole.getRecordCount(), "the id was not taken by the broken stream");
    assertEquals(1, store.size());
  }

  // ------------------------------------------------------------------ end of report

  /** Header, one batch of the day's records, and the end message as docs/protocol.md defines it. */
  static List<SubmitDailyReportRequest> stream(
      DailyReport day, String requestId, long countDelta, boolean corruptDigest, boolean withEnd)
      throws Exception {
    var proto = ProtoMapper.toProto(day);
    DailyRecordBatch batch =
        DailyRecordBatch.newBuilder()
            .addAllTransactions(proto.getTransactionsList())
            .addAllShipments(proto.getShipmentsList())
            .addAllDeviceDays(proto.getDeviceDaysList())
            .build();
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(batch.toByteArray());
    if (corruptDigest) {
      md.update((byte) 0);
    }
    List<SubmitDailyReportRequest> out = new ArrayList<>();
    out.add(
        SubmitDailyReportRequest.newBuilder()
            .setRequestId(requestId)
            .setHeader(proto.getHeader())
            .build());
    out.add(SubmitDailyReportRequest.newBuilder().setBatch(batch).build());
    if (withEnd) {
      long count =
          batch.getTransactionsCount() + batch.getShipmentsCount() + batch.getDeviceDaysCount();
      out.add(
          SubmitDailyReportRequest.newBuilder()
              .setEnd(
                  DailyReportEnd.newBuilder()
                      .setRecordCount(count + countDelta)
                      .setRecordsSha256(HexFormat.of().formatHex(md.digest())))
              .build());
    }
    return out;
  }

  /** Sends the messages, half-closes, and returns the outcome (response or error). */
  CompletableFuture<Object> send(
      ReportingServiceGrpc.ReportingServiceStub stub,
      List<SubmitDailyReportRequest> messages,
      boolean halfClose) {
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    StreamObserver<SubmitDailyReportRequest> requests =
        stub.submitDailyReport(
            new StreamObserver<SubmitDailyReportResponse>() {
              @Override
              public void onNext(SubmitDailyReportResponse value) {
                outcome.complete(value);
              }

              @Override
              public void onError(Throwable t) {
                outcome.complete(t);
              }

              @Override
              public void onCompleted() {}
            });
    messages.forEach(requests::onNext);
    if (halfClose) {
      requests.onCompleted();
    }
    lastRequests = requests;
    return outcome;
  }

  StreamObserver<SubmitDailyReportRequest> lastRequests;

  ReportingServiceGrpc.ReportingServiceStub rawStub() {
    return ReportingServiceGrpc.newStub(channel())
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(Fixtures.TOKEN_A)));
  }

  static EparRpcException rpcError(Object outcome) {
    assertTrue(outcome instanceof Throwable, "expected an error, got " + outcome);
    return EparRpcException.from((Throwable) outcome);
  }

  /** The retry with the same request id and content stores the report: the id was left free. */
  void retrySucceeds(DailyReport day, String requestId) {
    Submission s = client(Fixtures.TOKEN_A).submitDaily(day, requestId);
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState());
    assertEquals(
        day.transactions().size() + day.shipments().size() + day.deviceDays().size(),
        s.getRecordCount());
    assertEquals(1, store.size());
  }

  @Test
  void streamWithoutEnd_isIncompleteReport_storesNothing_retrySucceeds() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 4, 2, 1);
    EparRpcException e =
        rpcError(
            send(rawStub(), stream(day, "no-end", 0, false, false), true)
                .get(30, TimeUnit.SECONDS));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("INCOMPLETE_REPORT", e.reason());
    assertEquals("7", e.metadata().get("received_records"));
    assertEquals(0, store.size());
    retrySucceeds(day, "no-end");
  }

  @Test
  void endWithOneRecordMoreOrLess_isIncompleteReport() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 3, 0, 0);
    for (long delta : new long[] {-1, 1}) {
      EparRpcException e =
          rpcError(
              send(rawStub(), stream(day, "count", delta, false, true), true)
                  .get(30, TimeUnit.SECONDS));
      assertEquals("INCOMPLETE_REPORT", e.reason(), "count off by " + delta);
    }
    assertEquals(0, store.size());
    retrySucceeds(day, "count");
  }

  @Test
  void endWithAnotherDigest_isDigestMismatch() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 3, 1, 0);
    EparRpcException e =
        rpcError(
            send(rawStub(), stream(day, "digest", 0, true, true), true).get(30, TimeUnit.SECONDS));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("DIGEST_MISMATCH", e.reason());
    assertEquals(0, store.size());
    retrySucceeds(day, "digest");
  }

  /**
   * The batch as protobufjs writes it when a field is set to its default explicitly: each offline
   * device day also carries {@code online = false} (field 4, varint 0), which a re-serialization
   * drops.
   */
  static byte[] withExplicitDefaults(DailyRecordBatch batch) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    com.google.protobuf.CodedOutputStream out =
        com.google.protobuf.CodedOutputStream.newInstance(bytes);
    for (var t : batch.getTransactionsList()) {
      out.writeMessage(DailyRecordBatch.TRANSACTIONS_FIELD_NUMBER, t);
    }
    for (var d : batch.getDeviceDaysList()) {
      byte[] day = d.toByteArray();
      if (!d.getOnline()) {
        day = java.util.Arrays.copyOf(day, day.length + 2);
        day[day.length - 2] = 0x20; // field 4, varint
        day[day.length - 1] = 0x00; // false
      }
      out.writeByteArray(DailyRecordBatch.DEVICE_DAYS_FIELD_NUMBER, day);
    }
    out.flush();
    return bytes.toByteArray();
  }

  /** Sends each message exactly as the bytes given, half-closes; the response or the error. */
  CompletableFuture<Object> sendBytes(List<byte[]> messages) {
    io.grpc.MethodDescriptor<byte[], byte[]> md =
        io.grpc.MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
            .setFullMethodName(
                ReportingServiceGrpc.getSubmitDailyReportMethod().getFullMethodName())
            .setRequestMarshaller(HostileInputTest.BYTES)
            .setResponseMarshaller(HostileInputTest.BYTES)
            .build();
    io.grpc.ClientCall<byte[], byte[]> call =
        io.grpc.ClientInterceptors.intercept(
                channel(), MetadataUtils.newAttachHeadersInterceptor(bearer(Fixtures.TOKEN_A)))
            .newCall(md, io.grpc.CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS));
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    StreamObserver<byte[]> requests =
        io.grpc.stub.ClientCalls.asyncClientStreamingCall(
            call,
            new StreamObserver<>() {
              @Override
              public void onNext(byte[] value) {
                try {
                  outcome.complete(SubmitDailyReportResponse.parseFrom(value));
                } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                  outcome.completeExceptionally(e);
                }
              }

              @Override
              public void onError(Throwable t) {
                outcome.complete(t);
              }

              @Override
              public void onCompleted() {}
            });
    messages.forEach(requests::onNext);
    requests.onCompleted();
    return outcome;
  }

  @Test
  void digestIsOverTheBatchBytesAsSent_notOverARe_serialization() throws Exception {
    DailyReport day = TestReports.daily(A, "20180403", 2, 0, 3);
    var proto = ProtoMapper.toProto(day);
    DailyRecordBatch batch =
        DailyRecordBatch.newBuilder()
            .addAllTransactions(proto.getTransactionsList())
            .addAllDeviceDays(proto.getDeviceDaysList())
            .build();
    byte[] sent = withExplicitDefaults(batch);
    assertEquals(batch, DailyRecordBatch.parseFrom(sent), "the same batch, encoded otherwise");
    assertFalse(java.util.Arrays.equals(batch.toByteArray(), sent), "one offline device day");
    java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();
    com.google.protobuf.CodedOutputStream m =
        com.google.protobuf.CodedOutputStream.newInstance(message);
    m.writeByteArray(SubmitDailyReportRequest.BATCH_FIELD_NUMBER, sent);
    m.flush();
    byte[] header =
        SubmitDailyReportRequest.newBuilder()
            .setRequestId("as-sent")
            .setHeader(proto.getHeader())
            .build()
            .toByteArray();
    HexFormat hex = HexFormat.of();
    for (byte[] hashed : List.of(batch.toByteArray(), sent)) {
      byte[] end =
          SubmitDailyReportRequest.newBuilder()
              .setEnd(
                  DailyReportEnd.newBuilder()
                      .setRecordCount(5)
                      .setRecordsSha256(
                          hex.formatHex(MessageDigest.getInstance("SHA-256").digest(hashed))))
              .build()
              .toByteArray();
      Object outcome =
          sendBytes(List.of(header, message.toByteArray(), end)).get(30, TimeUnit.SECONDS);
      if (hashed == sent) {
        assertTrue(outcome instanceof SubmitDailyReportResponse, () -> "got " + outcome);
        Submission s = ((SubmitDailyReportResponse) outcome).getSubmission();
        assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState());
        assertEquals(5, s.getRecordCount());
      } else {
        assertEquals("DIGEST_MISMATCH", rpcError(outcome).reason(), "re-serialized digest");
        assertEquals(0, store.size());
      }
    }
    assertEquals(1, store.size());
  }

  @Test
  void messageAfterTheEnd_isOutOfOrder() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 2, 0, 0);
    List<SubmitDailyReportRequest> msgs = new ArrayList<>(stream(day, "after", 0, false, true));
    msgs.add(msgs.get(1));
    EparRpcException e = rpcError(send(rawStub(), msgs, true).get(30, TimeUnit.SECONDS));
    assertEquals("STREAM_OUT_OF_ORDER", e.reason());
    assertEquals(0, store.size());
  }

  @Test
  void completeStreamHalfClosedThenCancelled_storesNothing_retrySucceeds() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 5, 1, 1);
    CountDownLatch validating = new CountDownLatch(1);
    blockNextValidation.set(validating);
    CompletableFuture<Object> outcome =
        send(rawStub(), stream(day, "cancel", 0, false, true), true);
    assertTrue(validating.await(30, TimeUnit.SECONDS), "the server got the whole report");
    ((ClientCallStreamObserver<SubmitDailyReportRequest>) lastRequests)
        .cancel("the client gives up after its last write", null);
    assertEquals(Status.Code.CANCELLED, rpcError(outcome.get(30, TimeUnit.SECONDS)).code());
    assertEquals(0, store.size());
    retrySucceeds(day, "cancel");
  }

  @Test
  void streamCutByTheDeadline_storesNothing_retrySucceeds() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 5, 0, 2);
    CountDownLatch validating = new CountDownLatch(1);
    blockNextValidation.set(validating);
    CompletableFuture<Object> outcome =
        send(
            rawStub().withDeadlineAfter(1, TimeUnit.SECONDS),
            stream(day, "deadline", 0, false, true),
            true);
    assertEquals(Status.Code.DEADLINE_EXCEEDED, rpcError(outcome.get(30, TimeUnit.SECONDS)).code());
    blockNextValidation.set(null);
    assertEquals(0, store.size());
    retrySucceeds(day, "deadline");
  }

  @Test
  void headerOnlyDaily_isEmptyReport() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 0, 0, 0);
    EparRpcException e =
        assertThrows(
            EparRpcException.class, () -> client(Fixtures.TOKEN_A).submitDaily(day, "empty"));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("EMPTY_REPORT", e.reason());
    assertEquals(0, store.size());
  }

  @Test
  void emptyDeviceDay_isEmptyRecordWithItsStreamIndex() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 2, 0, 1);
    List<SubmitDailyReportRequest> msgs =
        new ArrayList<>(stream(day, "empty-rec", 0, false, false));
    msgs.add(
        SubmitDailyReportRequest.newBuilder()
            .setBatch(
                DailyRecordBatch.newBuilder()
                    .addDeviceDays(org.epar.grpc.v1.DeviceDay.getDefaultInstance()))
            .build());
    EparRpcException e = rpcError(send(rawStub(), msgs, true).get(30, TimeUnit.SECONDS));
    assertEquals("EMPTY_RECORD", e.reason());
    assertEquals("device_days[3]", e.violations().get(0).field());
    assertEquals(0, store.size());
  }

  // ------------------------------------------------------------------ rich errors

  @Test
  void rejectedReport_carriesReasonAndBoundedRuleViolations_fullFindingsViaGet() {
    long[] negatives = LongStream.range(0, 25).map(i -> -1 - i).toArray();
    MonthlyReport bad = TestReports.monthly(A, "201803", negatives);
    EparClient en = client(Fixtures.TOKEN_A, Locale.ENGLISH);
    EparRpcException e = assertThrows(EparRpcException.class, () -> en.submitMonthly(bad, "bad"));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("VALIDATION_FAILED", e.reason());
    assertEquals(21, e.violations().size(), "BadRequest is bounded: 20 and the count left out");
    assertEquals("", e.violations().get(20).field());
    assertEquals("… and 5 more", e.violations().get(20).description());
    assertEquals("CORE-MONEY-01", e.violations().get(0).ruleId());
    assertEquals("disbursement//disbursements[0].amount_fen", e.violations().get(0).field());
    assertTrue(e.violations().get(0).description().contains("must not be negative"));
    assertEquals("25", e.metadata().get("finding_count"));

    Submission full = en.getSubmission(e.metadata().get("submission"));
    assertEquals(SubmissionState.SUBMISSION_STATE_REJECTED, full.getState());
    assertEquals(25, full.getFindingsCount());
    assertEquals(ReportStatus.REJECTED, store.list(A, null, 1).get(0).status());

    // the resend of a rejected report gets the same rejection, and nothing new is stored
    EparRpcException zh =
        assertThrows(
            EparRpcException.class, () -> client(Fixtures.TOKEN_A).submitMonthly(bad, "bad"));
    assertEquals("VALIDATION_FAILED", zh.reason());
    assertTrue(zh.violations().get(0).description().contains("金额不能为负数"));
    assertEquals(1, store.size());
  }

  @Test
  void errorDetails_decodeFromTheRawTrailerAsAnyClientWould() throws Exception {
    var stub =
        ReportingServiceGrpc.newBlockingStub(channel())
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(Fixtures.TOKEN_A)));
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                stub.submitMonthlyReport(
                    SubmitMonthlyReportRequest.newBuilder()
                        .setRequestId("raw")
                        .setReport(ProtoMapper.toProto(TestReports.monthly(A, "201803", -5)))
                        .build()));
    Metadata trailers = e.getTrailers();
    assertNotNull(trailers);
    byte[] raw =
        trailers.get(Metadata.Key.of("grpc-status-details-bin", Metadata.BINARY_BYTE_MARSHALLER));
    assertNotNull(raw, "grpc-status-details-bin trailer");
    com.google.rpc.Status status = com.google.rpc.Status.parseFrom(raw);
    assertEquals(Status.Code.INVALID_ARGUMENT.value(), status.getCode());
    ErrorInfo info = null;
    BadRequest br = null;
    for (com.google.protobuf.Any any : status.getDetailsList()) {
      if (any.getTypeUrl().equals("type.googleapis.com/google.rpc.ErrorInfo")) {
        info = ErrorInfo.parseFrom(any.getValue());
      } else if (any.getTypeUrl().equals("type.googleapis.com/google.rpc.BadRequest")) {
        br = BadRequest.parseFrom(any.getValue());
      }
    }
    assertNotNull(info);
    assertEquals("VALIDATION_FAILED", info.getReason());
    assertEquals("epar.org", info.getDomain());
    assertNotNull(br);
    assertEquals(1, br.getFieldViolationsCount());
    assertTrue(br.getFieldViolations(0).getDescription().startsWith("CORE-MONEY-01: "));
  }

  @Test
  void headerOfTheWrongType_isInvalidHeader() {
    MonthlyReport wrong =
        new MonthlyReport(
            TestReports.header(A, org.epar.core.period.ReportType.QUARTERLY, "2018Q1"),
            null,
            null,
            null,
            null,
            null,
            null);
    EparRpcException e =
        assertThrows(
            EparRpcException.class, () -> client(Fixtures.TOKEN_A).submitMonthly(wrong, "w"));
    assertEquals("INVALID_HEADER", e.reason());
    assertFalse(e.violations().isEmpty());
  }

  @Test
  void healthService_reportsServing() {
    HealthCheckResponse r =
        HealthGrpc.newBlockingStub(channel())
            .check(
                HealthCheckRequest.newBuilder()
                    .setService(ReportingServiceGrpc.SERVICE_NAME)
                    .build());
    assertEquals(HealthCheckResponse.ServingStatus.SERVING, r.getStatus());
  }

  static Metadata bearer(String token) {
    Metadata m = new Metadata();
    m.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    return m;
  }
}
