package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.epar.core.model.DailyReport;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DeviceDay;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmissionState;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-stream and per-contractor bounds and the store's capacity, in-process. */
class ServerLimitsTest {

  final List<AutoCloseable> open = new ArrayList<>();
  InMemorySubmissionStore store;
  String name;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  void serve(int capacity, UnaryOperator<EparServer.Builder> config) {
    name = "limits-" + UUID.randomUUID();
    store = new InMemorySubmissionStore(capacity);
    EparServer server =
        config
            .apply(
                EparServer.builder()
                    .inProcess(name)
                    .authenticator(Fixtures.authenticator())
                    .validator(Fixtures.VALIDATOR)
                    .store(store)
                    .clock(Fixtures.CLOCK))
            .build()
            .start();
    open.add(server);
  }

  ReportingServiceGrpc.ReportingServiceStub stub() {
    ManagedChannel c = InProcessChannelBuilder.forName(name).build();
    open.add(0, c::shutdownNow);
    return ReportingServiceGrpc.newStub(c)
        .withInterceptors(
            MetadataUtils.newAttachHeadersInterceptor(
                ReportingServiceContract.bearer(Fixtures.TOKEN_A)));
  }

  EparClient client() {
    EparClient c =
        EparClient.builder()
            .channel(InProcessChannelBuilder.forName(name).build())
            .credentials(Fixtures.TOKEN_A)
            .build();
    open.add(0, c);
    return c;
  }

  /** A contract instance only for its stream helpers. */
  final ReportingServiceContract helper = new InProcessReportingTest();

  @Test
  void idleStream_isClosedWithStreamIdle_andStoresNothing() throws Exception {
    serve(10, b -> b.streamIdleTimeout(Duration.ofMillis(300)));
    DailyReport day = TestReports.daily(A, "20180402", 2, 0, 0);
    Object outcome =
        helper
            .send(
                stub(),
                ReportingServiceContract.stream(day, "idle", 0, false, true).subList(0, 2),
                false)
            .get(30, TimeUnit.SECONDS);
    EparRpcException e = ReportingServiceContract.rpcError(outcome);
    assertEquals(Status.Code.DEADLINE_EXCEEDED, e.code());
    assertEquals("STREAM_IDLE", e.reason());
    assertEquals("300", e.metadata().get("idle_timeout_ms"));
    assertEquals(0, store.size());
  }

  @Test
  void contractorStreams_atTheLimitAreServed_onePastIsResourceExhausted() throws Exception {
    serve(10, b -> b.maxStreamsPerContractor(2));
    DailyReport day = TestReports.daily(A, "20180402", 2, 0, 0);
    var all = ReportingServiceContract.stream(day, "s", 0, false, true);
    List<java.util.concurrent.CompletableFuture<Object>> outcomes = new ArrayList<>();
    List<io.grpc.stub.StreamObserver<SubmitDailyReportRequest>> requests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      outcomes.add(helper.send(stub(), all.subList(0, 1), false));
      requests.add(helper.lastRequests);
    }
    // the server starts the three calls in any order: exactly one is refused at once
    Object refused =
        java.util.concurrent.CompletableFuture.anyOf(
                outcomes.toArray(new java.util.concurrent.CompletableFuture<?>[0]))
            .get(30, TimeUnit.SECONDS);
    EparRpcException e = ReportingServiceContract.rpcError(refused);
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.code());
    assertEquals("TOO_MANY_STREAMS", e.reason());
    assertEquals("2", e.metadata().get("max_streams"));
    int served = 0;
    for (int i = 0; i < 3; i++) {
      if (outcomes.get(i).isDone()) {
        continue;
      }
      all.subList(1, 3).forEach(requests.get(i)::onNext);
      requests.get(i).onCompleted();
      assertTrue(
          outcomes.get(i).get(30, TimeUnit.SECONDS)
              instanceof org.epar.grpc.v1.SubmitDailyReportResponse,
          "the same first result");
      served++;
    }
    assertEquals(2, served, "the two streams within the limit are served to the end");
    // and their slots are free again
    assertEquals(
        SubmissionState.SUBMISSION_STATE_ACCEPTED,
        client().submitDaily(TestReports.daily(A, "20180403", 1, 0, 0), "after").getState());
  }

  @Test
  void bufferedBytes_overTheContractorBound_isResourceExhausted() throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 50, 0, 0);
    var msgs = ReportingServiceContract.stream(day, "bytes", 0, false, true);
    int batchBytes = msgs.get(1).getBatch().getSerializedSize();
    serve(10, b -> b.maxBufferedBytesPerContractor(batchBytes));
    assertTrue(
        helper.send(stub(), msgs, true).get(30, TimeUnit.SECONDS)
            instanceof org.epar.grpc.v1.SubmitDailyReportResponse,
        "exactly at the bound");
    serve(10, b -> b.maxBufferedBytesPerContractor(batchBytes - 1));
    EparRpcException e =
        ReportingServiceContract.rpcError(
            helper.send(stub(), msgs, true).get(30, TimeUnit.SECONDS));
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.code());
    assertEquals("TOO_MUCH_BUFFERED", e.reason());
    assertEquals(0, store.size());
  }

  @Test
  void fullStore_refusesWithStoreFull_butAnswersResends() {
    serve(1, b -> b);
    EparClient a = client();
    var first = a.submitMonthly(TestReports.monthly(A, "201803", 1), "m1");
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> a.submitMonthly(TestReports.monthly(A, "201804", 1), "m2"));
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.code());
    assertEquals("STORE_FULL", e.reason());
    assertEquals(first, a.submitMonthly(TestReports.monthly(A, "201803", 1), "m1"));
    assertEquals(1, store.size());
    assertEquals(
        "STORE_FULL",
        assertThrows(
                EparRpcException.class,
                () -> a.submitMonthly(TestReports.monthly(A, "201804", 1), "m2"))
            .reason(),
        "the refused id was not taken");
  }

  @Test
  void storeCapacity_mustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new InMemorySubmissionStore(0));
    assertEquals(1, new InMemorySubmissionStore(1).capacity());
  }

  @Test
  void dailyOf999999EmptyDeviceDays_isRefusedAsEmptyRecord() throws Exception {
    serve(10, b -> b.maxRecordsPerStream(1_000_000));
    DailyReport day = TestReports.daily(A, "20180402", 0, 0, 0);
    DailyRecordBatch.Builder batch = DailyRecordBatch.newBuilder();
    for (int i = 0; i < 999_999; i++) {
      batch.addDeviceDays(DeviceDay.getDefaultInstance());
    }
    List<SubmitDailyReportRequest> msgs =
        new ArrayList<>(ReportingServiceContract.stream(day, "empties", 0, false, false));
    msgs.set(1, SubmitDailyReportRequest.newBuilder().setBatch(batch).build());
    EparRpcException e =
        ReportingServiceContract.rpcError(
            helper.send(stub(), msgs, true).get(60, TimeUnit.SECONDS));
    assertEquals("EMPTY_RECORD", e.reason());
    assertEquals("device_days[0]", e.violations().get(0).field());
    assertEquals(0, store.size());
  }

  /** A stream of {@code records} device days in batches of 5,000, with its end. */
  static List<SubmitDailyReportRequest> deviceDays(int records, String requestId) throws Exception {
    DailyReport day = TestReports.daily(A, "20180402", 0, 0, 0);
    List<SubmitDailyReportRequest> msgs =
        new ArrayList<>(ReportingServiceContract.stream(day, requestId, 0, false, false));
    msgs.remove(1);
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    for (int from = 0; from < records; from += 5_000) {
      DailyRecordBatch.Builder b = DailyRecordBatch.newBuilder();
      for (int i = from; i < Math.min(records, from + 5_000); i++) {
        b.addDeviceDays(
            DeviceDay.newBuilder().setDevice("d" + i).setSite("site-1").setDate("2018-04-02"));
      }
      DailyRecordBatch batch = b.build();
      sha.update(batch.toByteArray());
      msgs.add(SubmitDailyReportRequest.newBuilder().setBatch(batch).build());
    }
    msgs.add(
        SubmitDailyReportRequest.newBuilder()
            .setEnd(
                org.epar.grpc.v1.DailyReportEnd.newBuilder()
                    .setRecordCount(records)
                    .setRecordsSha256(java.util.HexFormat.of().formatHex(sha.digest())))
            .build());
    return msgs;
  }

  @Test
  void defaultRecordLimit_50000IsServed_50001IsTooManyRecords() throws Exception {
    serve(10, b -> b);
    int limit = EparServer.DEFAULT_MAX_RECORDS_PER_STREAM;
    assertEquals(50_000, limit);
    EparRpcException over =
        ReportingServiceContract.rpcError(
            helper.send(stub(), deviceDays(limit + 1, "over"), true).get(120, TimeUnit.SECONDS));
    assertEquals("TOO_MANY_RECORDS", over.reason());
    assertEquals(Integer.toString(limit), over.metadata().get("max_records"));
    assertEquals(0, store.size());
    Object at = helper.send(stub(), deviceDays(limit, "at"), true).get(120, TimeUnit.SECONDS);
    assertTrue(at instanceof org.epar.grpc.v1.SubmitDailyReportResponse, () -> "got " + at);
    assertEquals(
        limit, ((org.epar.grpc.v1.SubmitDailyReportResponse) at).getSubmission().getRecordCount());
    assertEquals(1, store.size());
  }
}
