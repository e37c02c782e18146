package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.GetSubmissionRequest;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmitAnnualReportRequest;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.epar.grpc.v1.SubmitQuarterlyReportRequest;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plants a citizen id, a name and a phone number into every string field and map key of every
 * request type, one field at a time, sends each request to a real server running the SDK's
 * validator, and asserts that neither the responses (messages, findings, error details) nor the
 * logs carry any of them unmasked.
 *
 * <p>One echo is by design and left out: {@code Submission.request_id} returns the client's own
 * idempotency key as sent.
 */
class PersonalDataSweepTest {

  static final String CITIZEN_ID = "11010519491231002X";
  static final String NAME = "张三丰";
  static final String PHONE = "13812345678";
  static final List<String> PLANTED =
      List.of(NAME + " " + CITIZEN_ID + " " + PHONE, CITIZEN_ID, PHONE, NAME);

  EparServer server;
  ManagedChannel channel;
  ReportingServiceGrpc.ReportingServiceBlockingStub blocking;
  ReportingServiceGrpc.ReportingServiceStub async;
  final AtomicInteger ids = new AtomicInteger();
  final List<String> seen = new ArrayList<>();
  int calls;

  @BeforeEach
  void start() {
    String name = "sweep-" + UUID.randomUUID();
    server =
        EparServer.builder()
            .inProcess(name)
            .authenticator(Fixtures.authenticator())
            .validator(
                ProfileReportValidator.builder()
                    .profile(Fixtures.DAMING, Profiles.builtIn("daming-2017"))
                    .build())
            .clock(Fixtures.CLOCK)
            .build()
            .start();
    channel = InProcessChannelBuilder.forName(name).build();
    var auth =
        MetadataUtils.newAttachHeadersInterceptor(
            ReportingServiceContract.bearer(Fixtures.TOKEN_A));
    Metadata en = new Metadata();
    en.put(Metadata.Key.of("accept-language", Metadata.ASCII_STRING_MARSHALLER), "en");
    blocking = ReportingServiceGrpc.newBlockingStub(channel).withInterceptors(auth);
    async = ReportingServiceGrpc.newStub(channel).withInterceptors(auth);
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.close();
  }

  @Test
  void noPlantedPersonalData_inAnyResponseOrLogLine() throws Exception {
    try (LogCapture logs = new LogCapture()) {
      for (String value : PLANTED) {
        sweep(value);
      }
      String logged = logs.text();
      for (String token : List.of(CITIZEN_ID, NAME, PHONE)) {
        assertTrue(
            !logged.contains(token),
            () -> "logs contain " + token + ":\n" + excerpt(logged, token));
        seen.forEach(
            s -> assertTrue(!s.contains(token), () -> "a response contains " + token + ": " + s));
      }
    }
    assertTrue(calls > 300, "swept " + calls + " requests");
    System.out.println(
        "personal data sweep: "
            + calls
            + " requests, "
            + seen.size()
            + " response strings checked");
  }

  private void sweep(String value) throws Exception {
    var monthly =
        SubmitMonthlyReportRequest.newBuilder()
            .setRequestId("m")
            .setReport(ProtoMapper.toProto(TestReports.monthly(A, "201803", 5_00L)))
            .build();
    for (Message m : plant(monthly, value, 0)) {
      unary(() -> blocking.submitMonthlyReport(fresh((SubmitMonthlyReportRequest) m)));
    }
    var quarterly =
        SubmitQuarterlyReportRequest.newBuilder()
            .setRequestId("q")
            .setReport(ProtoMapper.toProto(TestReports.quarterly(A, "2018Q1", "s")))
            .build();
    for (Message m : plant(quarterly, value, 0)) {
      unary(() -> blocking.submitQuarterlyReport(fresh((SubmitQuarterlyReportRequest) m)));
    }
    var annual =
        SubmitAnnualReportRequest.newBuilder()
            .setRequestId("y")
            .setReport(ProtoMapper.toProto(TestReports.annual(A, "2017", "s")))
            .build();
    for (Message m : plant(annual, value, 0)) {
      unary(() -> blocking.submitAnnualReport(fresh((SubmitAnnualReportRequest) m)));
    }
    for (Message m :
        plant(GetSubmissionRequest.newBuilder().setName("submissions/1").build(), value, 0)) {
      unary(() -> blocking.getSubmission((GetSubmissionRequest) m));
    }
    for (Message m : plant(ListSubmissionsRequest.getDefaultInstance(), value, 0)) {
      unary(() -> blocking.listSubmissions((ListSubmissionsRequest) m));
    }
    List<SubmitDailyReportRequest> daily =
        ReportingServiceContract.stream(
            TestReports.daily(A, "20180402", 1, 1, 1), "d", 0, false, true);
    for (Message m : plant(daily.get(0), value, 0)) {
      SubmitDailyReportRequest first = (SubmitDailyReportRequest) m;
      if (first.getRequestId().equals("d")) {
        first = first.toBuilder().setRequestId("d" + ids.incrementAndGet()).build();
      }
      stream(List.of(first, daily.get(1), daily.get(2)));
    }
    for (Message m : plant(daily.get(1).getBatch(), value, 0)) {
      DailyRecordBatch batch = (DailyRecordBatch) m;
      stream(
          List.of(
              daily.get(0).toBuilder().setRequestId("d" + ids.incrementAndGet()).build(),
              SubmitDailyReportRequest.newBuilder().setBatch(batch).build(),
              end(batch)));
    }
  }

  /** A new request id unless the planted field is the request id. */
  @SuppressWarnings("unchecked")
  private <M extends Message> M fresh(M m) {
    FieldDescriptor rid = m.getDescriptorForType().findFieldByName("request_id");
    String id = (String) m.getField(rid);
    if (id.length() == 1) {
      return (M) m.toBuilder().setField(rid, id + ids.incrementAndGet()).build();
    }
    return m;
  }

  private static SubmitDailyReportRequest end(DailyRecordBatch batch) throws Exception {
    var md = java.security.MessageDigest.getInstance("SHA-256");
    return SubmitDailyReportRequest.newBuilder()
        .setEnd(
            org.epar.grpc.v1.DailyReportEnd.newBuilder()
                .setRecordCount(
                    batch.getTransactionsCount()
                        + batch.getShipmentsCount()
                        + batch.getDeviceDaysCount())
                .setRecordsSha256(
                    java.util.HexFormat.of().formatHex(md.digest(batch.toByteArray()))))
        .build();
  }

  private void unary(java.util.function.Supplier<? extends Message> call) {
    calls++;
    try {
      collect(call.get(), seen);
    } catch (StatusRuntimeException e) {
      collect(e);
    }
  }

  private void stream(List<SubmitDailyReportRequest> messages) throws Exception {
    calls++;
    Object outcome =
        new ReportingServiceContract() {
          @Override
          EparServer.Builder transport(EparServer.Builder b) {
            return b;
          }

          @Override
          ManagedChannel newChannel() {
            return channel;
          }
        }.send(async, messages, true).get(30, TimeUnit.SECONDS);
    if (outcome instanceof Message m) {
      collect(m, seen);
    } else {
      collect(StatusRuntimeException.class.cast(outcome));
    }
  }

  private void collect(StatusRuntimeException e) {
    seen.add(String.valueOf(e.getStatus().getDescription()));
    com.google.rpc.Status status = io.grpc.protobuf.StatusProto.fromThrowable(e);
    assertNotNull(status, "every error carries details");
    for (Any any : status.getDetailsList()) {
      try {
        if (any.is(ErrorInfo.class)) {
          collect(any.unpack(ErrorInfo.class), seen);
        } else if (any.is(BadRequest.class)) {
          collect(any.unpack(BadRequest.class), seen);
        } else {
          seen.add(any.toString());
        }
      } catch (InvalidProtocolBufferException x) {
        throw new AssertionError(x);
      }
    }
  }

  /** Every string value and map key in the message, except Submission.request_id. */
  static void collect(Message m, List<String> out) {
    for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
      FieldDescriptor f = e.getKey();
      if (f.getName().equals("request_id")
          && m.getDescriptorForType().getName().equals("Submission")) {
        continue;
      }
      List<?> values = f.isRepeated() ? (List<?>) e.getValue() : List.of(e.getValue());
      for (Object v : values) {
        if (v instanceof Message sub) {
          collect(sub, out);
        } else if (v instanceof String s) {
          out.add(s);
        }
      }
    }
  }

  /** One copy of the message per string field, map key and map value, planted with the value. */
  static List<Message> plant(Message m, String value, int depth) {
    List<Message> out = new ArrayList<>();
    for (FieldDescriptor f : m.getDescriptorForType().getFields()) {
      if (f.isMapField()) {
        FieldDescriptor k = f.getMessageType().findFieldByName("key");
        FieldDescriptor v = f.getMessageType().findFieldByName("value");
        Function<Object[], Message> entry =
            kv -> m.toBuilder().newBuilderForField(f).setField(k, kv[0]).setField(v, kv[1]).build();
        if (k.getJavaType() == JavaType.STRING && v.getJavaType() == JavaType.STRING) {
          out.add(
              m.toBuilder().addRepeatedField(f, entry.apply(new Object[] {value, "0.5"})).build());
          out.add(
              m.toBuilder().addRepeatedField(f, entry.apply(new Object[] {"k", value})).build());
        }
      } else if (f.getJavaType() == JavaType.STRING) {
        out.add(
            f.isRepeated()
                ? m.toBuilder().addRepeatedField(f, value).build()
                : m.toBuilder().setField(f, value).build());
      } else if (f.getJavaType() == JavaType.MESSAGE && depth < 6) {
        Message template =
            f.isRepeated()
                ? (m.getRepeatedFieldCount(f) > 0
                    ? (Message) m.getRepeatedField(f, 0)
                    : m.toBuilder().newBuilderForField(f).build())
                : (Message) m.getField(f);
        for (Message planted : plant(template, value, depth + 1)) {
          out.add(
              f.isRepeated()
                  ? m.toBuilder().addRepeatedField(f, planted).build()
                  : m.toBuilder().setField(f, planted).build());
        }
      }
    }
    return out;
  }

  private static String excerpt(String text, String token) {
    int i = text.indexOf(token);
    return text.substring(Math.max(0, i - 600), Math.min(text.length(), i + 200));
  }

  @Test
  void plant_reachesEveryStringFieldOfTheMonthlyRequest() {
    var monthly =
        SubmitMonthlyReportRequest.newBuilder()
            .setRequestId("m")
            .setReport(ProtoMapper.toProto(TestReports.monthly(A, "201803", 5_00L)))
            .build();
    List<Message> planted = plant(monthly, PHONE, 0);
    assertTrue(planted.size() > 30, "planted " + planted.size());
    for (Message m : planted) {
      List<String> strings = new ArrayList<>();
      collect(m, strings);
      assertEquals(1, strings.stream().filter(PHONE::equals).count(), m::toString);
    }
  }
}
