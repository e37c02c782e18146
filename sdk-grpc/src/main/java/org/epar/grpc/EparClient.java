package org.epar.grpc;

import io.grpc.CallCredentials;
import io.grpc.ChannelCredentials;
import io.grpc.ClientInterceptor;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.Timeliness;
import org.epar.grpc.internal.BearerCredentials;
import org.epar.grpc.internal.Lang;
import org.epar.grpc.internal.ModelCodec;
import org.epar.grpc.internal.Observers;
import org.epar.grpc.spi.SubmissionFilter;
import org.epar.grpc.v1.GetSubmissionRequest;
import org.epar.grpc.v1.GetSubmissionResponse;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.ListSubmissionsResponse;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmissionState;
import org.epar.grpc.v1.SubmitAnnualReportRequest;
import org.epar.grpc.v1.SubmitAnnualReportResponse;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.epar.grpc.v1.SubmitMonthlyReportResponse;
import org.epar.grpc.v1.SubmitQuarterlyReportRequest;
import org.epar.grpc.v1.SubmitQuarterlyReportResponse;
import org.jspecify.annotations.Nullable;

/**
 * The contractor's client of the reporting service: submit reports, read back submissions.
 *
 * <pre>{@code
 * try (EparClient client = EparClient.builder()
 *     .target("reports.example.gov.cn:443")
 *     .tls(new File("platform-ca.pem"))
 *     .credentials(token)
 *     .deadline(Duration.ofSeconds(30))
 *     .build()) {
 *   Submission s = client.submitMonthly(report, "2018-03-monthly-1");
 *   log.info("{} {}", s.getState(), s.getTimeliness());
 * }
 * }</pre>
 *
 * <p>Every failure is an {@link EparRpcException} with the status code, the stable reason and the
 * field violations. Thread-safe; close it to release the channel it created (a channel passed to
 * {@link Builder#channel(ManagedChannel)} stays open: the caller owns it).
 *
 * @since 0.1.0
 */
public final class EparClient implements AutoCloseable {

  private final ManagedChannel channel;
  private final boolean ownsChannel;
  private final @Nullable CallCredentials credentials;
  private final @Nullable Duration deadline;
  private final ClientInterceptor language;
  private final int dailyBatchSize;

  private EparClient(Builder b, ManagedChannel channel, boolean ownsChannel) {
    this.channel = channel;
    this.ownsChannel = ownsChannel;
    this.credentials = b.token == null ? null : new BearerCredentials(b.token);
    this.deadline = b.deadline;
    Metadata headers = new Metadata();
    headers.put(Lang.ACCEPT_LANGUAGE, b.language.toLanguageTag());
    this.language = MetadataUtils.newAttachHeadersInterceptor(headers);
    this.dailyBatchSize = b.dailyBatchSize;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private <S extends AbstractStub<S>> S configure(S stub) {
    S s = stub.withInterceptors(language);
    if (credentials != null) {
      s = s.withCallCredentials(credentials);
    }
    if (deadline != null) {
      s = s.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS);
    }
    return s;
  }

  private ReportingServiceGrpc.ReportingServiceBlockingStub blocking() {
    return configure(ReportingServiceGrpc.newBlockingStub(channel));
  }

  private ReportingServiceGrpc.ReportingServiceStub async() {
    return configure(ReportingServiceGrpc.newStub(channel));
  }

  private static <T> T call(java.util.function.Supplier<T> rpc) {
    try {
      return rpc.get();
    } catch (StatusRuntimeException e) {
      throw EparRpcException.from(e);
    }
  }

  /**
   * Submits a monthly report and waits for the result.
   *
   * @param report the report; its header's reporter must be the authenticated contractor
   * @param requestId the client's id for this submission (1 to 128 printable ASCII characters); a
   *     resend with the same id and content returns the first result
   * @return the accepted submission, with warnings if any
   * @throws EparRpcException if the call fails; a rejected report has reason {@code
   *     VALIDATION_FAILED}
   */
  public Submission submitMonthly(MonthlyReport report, String requestId) {
    return call(() -> blocking().submitMonthlyReport(monthly(report, requestId)).getSubmission());
  }

  /**
   * Submits a quarterly report and waits for the result.
   *
   * @param report the report
   * @param requestId the client's id for this submission
   * @return the accepted submission
   * @throws EparRpcException if the call fails
   */
  public Submission submitQuarterly(QuarterlyReport report, String requestId) {
    return call(
        () -> blocking().submitQuarterlyReport(quarterly(report, requestId)).getSubmission());
  }

  /**
   * Submits an annual report and waits for the result.
   *
   * @param report the report
   * @param requestId the client's id for this submission
   * @return the accepted submission
   * @throws EparRpcException if the call fails
   */
  public Submission submitAnnual(AnnualReport report, String requestId) {
    return call(() -> blocking().submitAnnualReport(annual(report, requestId)).getSubmission());
  }

  /**
   * Streams a daily report in batches and waits for the result.
   *
   * @param report the report
   * @param requestId the client's id for this submission
   * @return the accepted submission
   * @throws EparRpcException if the call fails
   */
  public Submission submitDaily(DailyReport report, String requestId) {
    return join(dailyUploader().upload(report, requestId));
  }

  /**
   * One of the caller's submissions with all its findings.
   *
   * @param name the resource name, {@code submissions/{id}}
   * @return the submission
   * @throws EparRpcException with NOT_FOUND if there is none (or it is another contractor's)
   */
  public Submission getSubmission(String name) {
    return call(() -> blocking().getSubmission(get(name)).getSubmission());
  }

  /**
   * A page of the caller's submissions, oldest first.
   *
   * @param pageSize at most this many; 0 for the server's default
   * @param pageToken empty for the first page, else the previous page's next_page_token
   * @return the page
   * @throws EparRpcException if the call fails
   */
  public ListSubmissionsResponse listSubmissions(int pageSize, String pageToken) {
    return call(() -> blocking().listSubmissions(list(pageSize, pageToken)));
  }

  /**
   * A page of the caller's submissions that match a filter, oldest first: by period range, report
   * type, state and timeliness (see {@link SubmissionFilter}). The next page must be asked for with
   * the same filter; a token of another filter is refused ({@code INVALID_PAGE_TOKEN}).
   *
   * <pre>{@code
   * SubmissionFilter lateInMarch =
   *     SubmissionFilter.ANY
   *         .withPeriods(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31))
   *         .withTimeliness(Timeliness.LATE);
   * ListSubmissionsResponse page = client.listSubmissions(lateInMarch, 100, "");
   * }</pre>
   *
   * @param filter which submissions; {@link SubmissionFilter#ANY} for all
   * @param pageSize at most this many; 0 for the server's default
   * @param pageToken empty for the first page, else the previous page's next_page_token
   * @return the page
   * @throws EparRpcException if the call fails
   * @since 0.2.0
   */
  public ListSubmissionsResponse listSubmissions(
      SubmissionFilter filter, int pageSize, String pageToken) {
    return call(() -> blocking().listSubmissions(list(filter, pageSize, pageToken)));
  }

  /**
   * The assessment (验收) of a county as of a date: for a county office its own county, for a
   * provincial office a county of its province.
   *
   * @param county the county's 6-digit code
   * @param asOf the as-of date, or null for today in China
   * @return the assessment
   * @throws EparRpcException PERMISSION_DENIED for a contractor or a county the caller may not
   *     read, NOT_FOUND for a county the server has no profile for
   * @since 0.2.0
   */
  public org.epar.grpc.v1.Assessment getAssessment(
      String county, java.time.@Nullable LocalDate asOf) {
    org.epar.grpc.v1.GetAssessmentRequest req =
        org.epar.grpc.v1.GetAssessmentRequest.newBuilder()
            .setCounty(county)
            .setAsOf(asOf == null ? "" : asOf.toString())
            .build();
    return call(() -> blocking().getAssessment(req).getAssessment());
  }

  /**
   * A page of the county assessments of the caller's province, one row per county.
   *
   * @param asOf the as-of date, or null for today in China
   * @param pageSize at most this many; 0 for the server's default
   * @param pageToken empty for the first page, else the previous page's next_page_token
   * @return the page
   * @throws EparRpcException PERMISSION_DENIED unless the caller is a provincial office
   * @since 0.2.0
   */
  public org.epar.grpc.v1.ListCountyAssessmentsResponse listCountyAssessments(
      java.time.@Nullable LocalDate asOf, int pageSize, String pageToken) {
    org.epar.grpc.v1.ListCountyAssessmentsRequest req =
        org.epar.grpc.v1.ListCountyAssessmentsRequest.newBuilder()
            .setAsOf(asOf == null ? "" : asOf.toString())
            .setPageSize(pageSize)
            .setPageToken(pageToken)
            .build();
    return call(() -> blocking().listCountyAssessments(req));
  }

  /**
   * {@link #submitMonthly} without blocking.
   *
   * @param report the report
   * @param requestId the client's id for this submission
   * @return the submission; fails with {@link EparRpcException}
   */
  public CompletableFuture<Submission> submitMonthlyAsync(MonthlyReport report, String requestId) {
    CompletableFuture<Submission> f = new CompletableFuture<>();
    async()
        .submitMonthlyReport(
            monthly(report, requestId),
            Observers.into(f, SubmitMonthlyReportResponse::getSubmission));
    return f;
  }

  /**
   * {@link #submitQuarterly} without blocking.
   *
   * @param report the report
   * @param requestId the client's id for this submission
   * @return the submission; fails with {@link EparRpcException}
   */
  public CompletableFuture<Submission> submitQuarterlyAsync(
      QuarterlyReport report, String requestId) {
    CompletableFuture<Submission> f = new CompletableFuture<>();
    async()
        .submitQuarterlyReport(
            quarterly(report, requestId),
            Observers.into(f, SubmitQuarterlyReportResponse::getSubmission));
    return f;
  }

  /**
   * {@link #submitAnnual} without blocking.
   *
   * @param report the report
   * @param requestId the client's id for this submission
   * @return the submission; fails with {@link EparRpcException}
   */
  public CompletableFuture<Submission> submitAnnualAsync(AnnualReport report, String requestId) {
    CompletableFuture<Submission> f = new CompletableFuture<>();
    async()
        .submitAnnualReport(
            annual(report, requestId),
            Observers.into(f, SubmitAnnualReportResponse::getSubmission));
    return f;
  }

  /**
   * {@link #getSubmission} without blocking.
   *
   * @param name the resource name
   * @return the submission; fails with {@link EparRpcException}
   */
  public CompletableFuture<Submission> getSubmissionAsync(String name) {
    CompletableFuture<Submission> f = new CompletableFuture<>();
    async().getSubmission(get(name), Observers.into(f, GetSubmissionResponse::getSubmission));
    return f;
  }

  /**
   * {@link #listSubmissions} without blocking.
   *
   * @param pageSize at most this many; 0 for the server's default
   * @param pageToken empty for the first page
   * @return the page; fails with {@link EparRpcException}
   */
  public CompletableFuture<ListSubmissionsResponse> listSubmissionsAsync(
      int pageSize, String pageToken) {
    CompletableFuture<ListSubmissionsResponse> f = new CompletableFuture<>();
    async().listSubmissions(list(pageSize, pageToken), Observers.into(f, Function.identity()));
    return f;
  }

  /**
   * An uploader that streams daily reports in batches of the configured size.
   *
   * @return the uploader
   */
  public DailyUploader dailyUploader() {
    return new DailyUploader(this::async, dailyBatchSize);
  }

  private static SubmitMonthlyReportRequest monthly(MonthlyReport r, String id) {
    return SubmitMonthlyReportRequest.newBuilder()
        .setRequestId(id)
        .setReport(ModelCodec.toProto(r))
        .build();
  }

  private static SubmitQuarterlyReportRequest quarterly(QuarterlyReport r, String id) {
    return SubmitQuarterlyReportRequest.newBuilder()
        .setRequestId(id)
        .setReport(ModelCodec.toProto(r))
        .build();
  }

  private static SubmitAnnualReportRequest annual(AnnualReport r, String id) {
    return SubmitAnnualReportRequest.newBuilder()
        .setRequestId(id)
        .setReport(ModelCodec.toProto(r))
        .build();
  }

  private static GetSubmissionRequest get(String name) {
    return GetSubmissionRequest.newBuilder().setName(name).build();
  }

  private static ListSubmissionsRequest list(int pageSize, String pageToken) {
    return list(SubmissionFilter.ANY, pageSize, pageToken);
  }

  private static ListSubmissionsRequest list(
      SubmissionFilter filter, int pageSize, String pageToken) {
    ListSubmissionsRequest.Builder b =
        ListSubmissionsRequest.newBuilder().setPageSize(pageSize).setPageToken(pageToken);
    if (filter.periodFrom() != null) {
      b.setPeriodFrom(filter.periodFrom().toString());
    }
    if (filter.periodTo() != null) {
      b.setPeriodTo(filter.periodTo().toString());
    }
    if (filter.type() != null) {
      b.setReportType(ModelCodec.toProto(filter.type()));
    }
    if (filter.status() != null) {
      b.setState(
          filter.status() == ReportStatus.ACCEPTED
              ? SubmissionState.SUBMISSION_STATE_ACCEPTED
              : SubmissionState.SUBMISSION_STATE_REJECTED);
    }
    if (filter.timeliness() != null) {
      b.setTimeliness(
          filter.timeliness() == Timeliness.LATE
              ? org.epar.grpc.v1.Timeliness.TIMELINESS_LATE
              : org.epar.grpc.v1.Timeliness.TIMELINESS_ON_TIME);
    }
    return b.build();
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.get();
    } catch (ExecutionException | CompletionException e) {
      Throwable c = e.getCause();
      if (c instanceof EparRpcException r) {
        throw r;
      }
      throw new IllegalStateException("call failed", c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Closes the channel this client created; waits up to five seconds. */
  @Override
  public void close() {
    if (!ownsChannel) {
      return;
    }
    channel.shutdown();
    try {
      if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
        channel.shutdownNow();
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Configures an {@link EparClient}: set exactly one of {@link #target(String)} and {@link
   * #channel(ManagedChannel)}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String target;
    private @Nullable ManagedChannel channel;
    private @Nullable String token;
    private @Nullable Duration deadline;
    private int maxAttempts = 1;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Locale language = Locale.SIMPLIFIED_CHINESE;
    private @Nullable File trustCerts;
    private @Nullable File certChain;
    private @Nullable File privateKey;
    private int dailyBatchSize = 1000;

    private Builder() {}

    /**
     * The server address, {@code host:port}; the client creates and owns the channel.
     *
     * @param target the address
     * @return this builder
     */
    public Builder target(String target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /**
     * A channel the caller created and owns (e.g. in-process); retry and TLS settings of this
     * builder do not apply to it.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(ManagedChannel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * The contractor's token, sent as {@code authorization: Bearer <token>} on every call.
     *
     * @param token the token
     * @return this builder
     */
    public Builder credentials(String token) {
      if (token.isBlank()) {
        throw new IllegalArgumentException("token is blank");
      }
      this.token = token;
      return this;
    }

    /**
     * Deadline of each call, counted from its start; default none.
     *
     * @param deadline the deadline, positive
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("deadline " + deadline + " is not positive");
      }
      this.deadline = deadline;
      return this;
    }

    /**
     * Retries calls that fail with UNAVAILABLE (nothing reached the service, so a retry is safe),
     * with exponential backoff; default no retry. Applies to channels the client creates.
     *
     * @param maxAttempts attempts in all, 1 to 5
     * @param initialBackoff the first backoff, positive; doubles each time, at most 30 seconds
     * @return this builder
     */
    public Builder retry(int maxAttempts, Duration initialBackoff) {
      if (maxAttempts < 1 || maxAttempts > 5) {
        throw new IllegalArgumentException("maxAttempts " + maxAttempts + " is not 1 to 5");
      }
      if (initialBackoff.isNegative() || initialBackoff.isZero()) {
        throw new IllegalArgumentException("initialBackoff " + initialBackoff + " is not positive");
      }
      this.maxAttempts = maxAttempts;
      this.initialBackoff = initialBackoff;
      return this;
    }

    /**
     * The language of error and finding messages: English for an {@code en} locale, else Chinese;
     * default {@code zh-CN}.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder language(Locale locale) {
      this.language = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Connects with TLS, trusting the server certificates issued by {@code trustCerts}.
     *
     * @param trustCerts CA certificates, PEM
     * @return this builder
     */
    public Builder tls(File trustCerts) {
      this.trustCerts = Objects.requireNonNull(trustCerts, "trustCerts");
      return this;
    }

    /**
     * Connects with mutual TLS: {@link #tls(File)} plus this client certificate and key.
     *
     * @param trustCerts CA certificates, PEM
     * @param certChain the client certificate chain, PEM
     * @param privateKey the client private key, PKCS#8 PEM
     * @return this builder
     */
    public Builder mutualTls(File trustCerts, File certChain, File privateKey) {
      tls(trustCerts);
      this.certChain = Objects.requireNonNull(certChain, "certChain");
      this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
      return this;
    }

    /**
     * Most records per message when streaming a daily report; default 1000.
     *
     * @param records the batch size, at least 1
     * @return this builder
     */
    public Builder dailyBatchSize(int records) {
      if (records < 1) {
        throw new IllegalArgumentException("dailyBatchSize " + records + " is not positive");
      }
      this.dailyBatchSize = records;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException unless exactly one of target and channel is set
     * @throws UncheckedIOException if a TLS file cannot be read
     */
    public EparClient build() {
      if ((target == null) == (channel == null)) {
        throw new IllegalStateException("set exactly one of target(...) and channel(...)");
      }
      if (channel != null) {
        return new EparClient(this, channel, false);
      }
      ManagedChannelBuilder<?> cb = Grpc.newChannelBuilder(target, channelCredentials());
      if (maxAttempts > 1) {
        cb.enableRetry().defaultServiceConfig(retryConfig());
      } else {
        cb.disableRetry();
      }
      return new EparClient(this, cb.build(), true);
    }

    private ChannelCredentials channelCredentials() {
      if (trustCerts == null) {
        return InsecureChannelCredentials.create();
      }
      try {
        TlsChannelCredentials.Builder tls =
            TlsChannelCredentials.newBuilder().trustManager(trustCerts);
        if (certChain != null && privateKey != null) {
          tls.keyManager(certChain, privateKey);
        }
        return tls.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the TLS files", e);
      }
    }

    private Map<String, ?> retryConfig() {
      Map<String, Object> policy =
          Map.of(
              "maxAttempts",
              (double) maxAttempts,
              "initialBackoff",
              initialBackoff.toMillis() / 1000.0 + "s",
              "maxBackoff",
              "30s",
              "backoffMultiplier",
              2.0,
              "retryableStatusCodes",
              List.of("UNAVAILABLE"));
      Map<String, Object> name = Map.of("service", ReportingServiceGrpc.SERVICE_NAME);
      return Map.of("methodConfig", List.of(Map.of("name", List.of(name), "retryPolicy", policy)));
    }
  }
}
