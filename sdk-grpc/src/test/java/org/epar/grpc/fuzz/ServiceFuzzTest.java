package org.epar.grpc.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.epar.core.id.CreditCode;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.ProfileReportValidator;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.AfterAll;

/**
 * Jazzer target for the service's request handling, in process: the fuzzer's bytes become the
 * request messages of one RPC, sent as they are (so they need not be valid protobuf) by an
 * authenticated contractor to an {@code EparServer} with the real daming-2017 validator. Any status
 * is fine but {@code INTERNAL} and {@code UNKNOWN} (an exception that escaped the service), and
 * every call ends.
 *
 * <p>Input layout: byte 0 picks the RPC (0 daily, 1 monthly, 2 quarterly, 3 annual, 4 get, 5 list)
 * and byte 1 the caller's language (even: zh-CN, odd: en). For a unary RPC the rest is the request;
 * for the daily stream it is a sequence of messages, each a two-byte big-endian length and that
 * many bytes. Regression inputs: {@code
 * src/test/resources/org/epar/grpc/fuzz/ServiceFuzzTestInputs/}.
 */
class ServiceFuzzTest {

  /** The contractor of the seeds' reports (大名县). */
  static final CreditCode CONTRACTOR = CreditCode.of("91130425MA0A1B2C3P");

  /** Its token, with both scopes. */
  static final String TOKEN = "fuzz-token";

  /** The seeds' reports are of March 2018: "today" is 2018-04-03 in Beijing. */
  static final Clock CLOCK =
      Clock.fixed(
          ZonedDateTime.of(2018, 4, 3, 10, 0, 0, 0, EparServer.CHINA).toInstant(),
          EparServer.CHINA);

  /** A fresh server after this many stored submissions, so the store never fills. */
  private static final int RESTART_AFTER = 5_000;

  private static final String[] METHODS = {
    "SubmitDailyReport",
    "SubmitMonthlyReport",
    "SubmitQuarterlyReport",
    "SubmitAnnualReport",
    "GetSubmission",
    "ListSubmissions"
  };

  private static final Metadata.Key<String> LANGUAGE =
      Metadata.Key.of("accept-language", Metadata.ASCII_STRING_MARSHALLER);

  private static final MethodDescriptor.Marshaller<byte[]> BYTES =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
          return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
          try {
            return stream.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  private static final ProfileReportValidator VALIDATOR =
      ProfileReportValidator.builder().defaultProfile(Profiles.builtIn("daming-2017")).build();

  private static EparServer server;
  private static InMemorySubmissionStore store;
  private static ManagedChannel channel;
  private static int serial;

  private static synchronized void ensureServer() {
    if (server != null && store.size() < RESTART_AFTER) {
      return;
    }
    stop();
    String name = "epar-fuzz-" + (serial++);
    store = new InMemorySubmissionStore();
    server =
        EparServer.builder()
            .inProcess(name)
            .authenticator(
                StaticTokenAuthenticator.fromMap(Map.of(TOKEN, Principal.allScopes(CONTRACTOR))))
            .validator(VALIDATOR)
            .store(store)
            .clock(CLOCK)
            .build()
            .start();
    channel = InProcessChannelBuilder.forName(name).build();
  }

  @AfterAll
  static synchronized void stop() {
    if (channel != null) {
      channel.shutdownNow();
      channel = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
  void request(byte[] input) throws Exception {
    if (input.length < 2) {
      return;
    }
    ensureServer();
    int method = Math.floorMod(input[0], METHODS.length);
    Metadata headers = new Metadata();
    headers.put(
        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + TOKEN);
    headers.put(LANGUAGE, (input[1] & 1) == 0 ? "zh-CN" : "en");
    MethodDescriptor<byte[], byte[]> md =
        MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(
                method == 0
                    ? MethodDescriptor.MethodType.CLIENT_STREAMING
                    : MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(ReportingServiceGrpc.SERVICE_NAME + "/" + METHODS[method])
            .setRequestMarshaller(BYTES)
            .setResponseMarshaller(BYTES)
            .build();
    ClientCall<byte[], byte[]> call =
        ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers))
            .newCall(md, CallOptions.DEFAULT.withDeadlineAfter(20, TimeUnit.SECONDS));
    byte[] body = Arrays.copyOfRange(input, 2, input.length);
    Status status = method == 0 ? stream(call, body) : unary(call, body);
    assertNotEquals(Status.Code.INTERNAL, status.getCode(), () -> "INTERNAL: " + status);
    assertNotEquals(Status.Code.UNKNOWN, status.getCode(), () -> "UNKNOWN: " + status);
  }

  private static Status unary(ClientCall<byte[], byte[]> call, byte[] body) {
    try {
      ClientCalls.blockingUnaryCall(call, body);
      return Status.OK;
    } catch (StatusRuntimeException e) {
      return e.getStatus();
    }
  }

  private static Status stream(ClientCall<byte[], byte[]> call, byte[] body)
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture<Status> done = new CompletableFuture<>();
    StreamObserver<byte[]> requests =
        ClientCalls.asyncClientStreamingCall(
            call,
            new StreamObserver<>() {
              @Override
              public void onNext(byte[] value) {
                // the response; only the status matters here
              }

              @Override
              public void onError(Throwable t) {
                done.complete(Status.fromThrowable(t));
              }

              @Override
              public void onCompleted() {
                done.complete(Status.OK);
              }
            });
    int i = 0;
    while (i + 2 <= body.length && !done.isDone()) {
      int length = Math.min(((body[i] & 0xff) << 8) | (body[i + 1] & 0xff), body.length - i - 2);
      requests.onNext(Arrays.copyOfRange(body, i + 2, i + 2 + length));
      i += 2 + length;
    }
    requests.onCompleted();
    Status status = done.get(30, TimeUnit.SECONDS);
    assertTrue(status != null, "the call ended");
    return status;
  }
}
