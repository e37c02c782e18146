package org.epar.grpc.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.ReportStatus;
import org.epar.core.model.Shipment;
import org.epar.core.model.Transaction;
import org.epar.core.period.ReportType;
import org.epar.core.period.Timeliness;
import org.epar.core.privacy.Masking;
import org.epar.grpc.ProtoMappingException;
import org.epar.grpc.spi.Assessor;
import org.epar.grpc.spi.NoProfileException;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.StoreFullException;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionFilter;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.Assessment;
import org.epar.grpc.v1.ContractorReporting;
import org.epar.grpc.v1.CountyAssessmentSummary;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DailyReportEnd;
import org.epar.grpc.v1.GetAssessmentRequest;
import org.epar.grpc.v1.GetAssessmentResponse;
import org.epar.grpc.v1.GetSubmissionRequest;
import org.epar.grpc.v1.GetSubmissionResponse;
import org.epar.grpc.v1.ListCountyAssessmentsRequest;
import org.epar.grpc.v1.ListCountyAssessmentsResponse;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.ListSubmissionsResponse;
import org.epar.grpc.v1.ReportTypeCompleteness;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmissionState;
import org.epar.grpc.v1.SubmitAnnualReportRequest;
import org.epar.grpc.v1.SubmitAnnualReportResponse;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.epar.grpc.v1.SubmitDailyReportResponse;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.epar.grpc.v1.SubmitMonthlyReportResponse;
import org.epar.grpc.v1.SubmitQuarterlyReportRequest;
import org.epar.grpc.v1.SubmitQuarterlyReportResponse;
import org.epar.grpc.v1.TargetProgress;
import org.epar.grpc.v1.VetoItem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ReportingService: request checks, authorization of the reporter, validation, timeliness,
 * idempotency and storage. Logs ids, types, periods and outcomes only, never report content.
 */
public final class ReportingServiceImpl extends ReportingServiceGrpc.ReportingServiceImplBase {

  private static final Logger LOG = LoggerFactory.getLogger(ReportingServiceImpl.class);
  private static final String NAME_PREFIX = "submissions/";
  static final int MAX_REQUEST_ID = 128;

  /** Finding messages are cut to this many characters in responses. */
  static final int MAX_MESSAGE = 500;

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 1000;

  private final ServerSettings settings;
  private final AtomicLong lastId = new AtomicLong();

  public ReportingServiceImpl(ServerSettings settings) {
    this.settings = settings;
  }

  // ------------------------------------------------------------------ unary submits

  @Override
  public void submitMonthlyReport(
      SubmitMonthlyReportRequest req, StreamObserver<SubmitMonthlyReportResponse> out) {
    unary(
        out,
        () ->
            SubmitMonthlyReportResponse.newBuilder()
                .setSubmission(
                    submit(
                        () -> ModelCodec.fromProto(nonEmpty(req.getReport())),
                        ReportType.MONTHLY,
                        req.getRequestId(),
                        req.getValidateOnly()))
                .build());
  }

  @Override
  public void submitQuarterlyReport(
      SubmitQuarterlyReportRequest req, StreamObserver<SubmitQuarterlyReportResponse> out) {
    unary(
        out,
        () ->
            SubmitQuarterlyReportResponse.newBuilder()
                .setSubmission(
                    submit(
                        () -> ModelCodec.fromProto(nonEmpty(req.getReport())),
                        ReportType.QUARTERLY,
                        req.getRequestId(),
                        req.getValidateOnly()))
                .build());
  }

  @Override
  public void submitAnnualReport(
      SubmitAnnualReportRequest req, StreamObserver<SubmitAnnualReportResponse> out) {
    unary(
        out,
        () ->
            SubmitAnnualReportResponse.newBuilder()
                .setSubmission(
                    submit(
                        () -> ModelCodec.fromProto(nonEmpty(req.getReport())),
                        ReportType.ANNUAL,
                        req.getRequestId(),
                        req.getValidateOnly()))
                .build());
  }

  private static <M extends Message> M nonEmpty(M report) {
    notEmpty(report);
    return report;
  }

  // ------------------------------------------------------------------ daily stream

  @Override
  public StreamObserver<SubmitDailyReportRequest> submitDailyReport(
      StreamObserver<SubmitDailyReportResponse> out) {
    return new DailyStream(out);
  }

  private final class DailyStream implements StreamObserver<SubmitDailyReportRequest> {
    private final StreamObserver<SubmitDailyReportResponse> out;
    private final Context context = Context.current();
    private final Principal who = AuthInterceptor.PRINCIPAL.get();
    private final String contractor = who.contractor().normalized();
    private final MessageDigest digest = sha256();
    private final boolean slot;
    private @Nullable ReportHeader header;
    private String requestId = "";
    private boolean validateOnly;
    private boolean ended;
    private boolean done;
    private boolean released;
    private long records;
    private long buffered;
    private @Nullable ScheduledFuture<?> idle;
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<DeviceDay> deviceDays = new ArrayList<>();

    DailyStream(StreamObserver<SubmitDailyReportResponse> out) {
      this.out = out;
      this.slot = settings.limits().openStream(contractor);
      if (!slot) {
        done = true;
        LOG.info(
            "contractor {} has {} open daily streams; one more refused",
            who.contractor().raw(),
            settings.limits().maxStreams());
        out.onError(
            Errors.of(
                Reason.TOO_MANY_STREAMS,
                Map.of("max_streams", Integer.toString(settings.limits().maxStreams())),
                List.of()));
        return;
      }
      armIdleTimer();
    }

    private void armIdleTimer() {
      if (idle != null) {
        idle.cancel(false);
      }
      idle =
          settings
              .timer()
              .schedule(
                  this::idleTimeout, settings.streamIdleTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    private synchronized void idleTimeout() {
      if (done) {
        return;
      }
      LOG.info(
          "daily report stream of {} idle for {}; closed, nothing stored",
          who.contractor().raw(),
          settings.streamIdleTimeout());
      fail(
          Errors.of(
              Reason.STREAM_IDLE,
              Map.of("idle_timeout_ms", Long.toString(settings.streamIdleTimeout().toMillis())),
              List.of()));
    }

    @Override
    public synchronized void onNext(SubmitDailyReportRequest msg) {
      if (done) {
        return;
      }
      if (context.isCancelled()) {
        release();
        done = true;
        return;
      }
      armIdleTimer();
      try {
        accept(msg);
      } catch (StatusRuntimeException e) {
        fail(e);
      } catch (ProtoMappingException e) {
        fail(malformed(e));
      }
    }

    private void accept(SubmitDailyReportRequest msg) {
      boolean first = header == null;
      if (first) {
        if (!msg.hasHeader()) {
          throw Errors.of(
              Reason.STREAM_OUT_OF_ORDER,
              new Errors.Violation("header", "the first message must carry the header"));
        }
        requestId = msg.getRequestId();
        validateOnly = msg.getValidateOnly();
        header = ModelCodec.fromProto(msg.getHeader());
        return;
      }
      if (ended) {
        throw Errors.of(
            Reason.STREAM_OUT_OF_ORDER,
            new Errors.Violation("end", "no message may follow the end"));
      }
      if (!msg.getRequestId().isEmpty() && !msg.getRequestId().equals(requestId)) {
        throw Errors.of(
            Reason.STREAM_OUT_OF_ORDER,
            new Errors.Violation("request_id", "differs from the first message's"));
      }
      if (msg.hasEnd()) {
        end(msg.getEnd());
        return;
      }
      if (!msg.hasBatch()) {
        throw Errors.of(
            Reason.STREAM_OUT_OF_ORDER,
            new Errors.Violation(
                "batch", "every message between the header and the end must carry a batch"));
      }
      DailyRecordBatch b = msg.getBatch();
      records += b.getTransactionsCount() + b.getShipmentsCount() + b.getDeviceDaysCount();
      if (records > settings.maxRecordsPerStream()) {
        throw Errors.of(
            Reason.TOO_MANY_RECORDS,
            Map.of("max_records", Integer.toString(settings.maxRecordsPerStream())),
            List.of());
      }
      // The digest covers the batch as the client encoded it (docs/protocol.md); an in-JVM caller
      // hands over a parsed message only, whose canonical encoding is then what it sent.
      ByteString received = ReceivedBatches.take();
      ByteString bytes = received != null ? received : b.toByteString();
      if (!settings.limits().buffer(contractor, bytes.size())) {
        LOG.info(
            "contractor {} buffers more than {} bytes in open streams; stream refused",
            who.contractor().raw(),
            settings.limits().maxBytes());
        throw Errors.of(
            Reason.TOO_MUCH_BUFFERED,
            Map.of("max_buffered_bytes", Long.toString(settings.limits().maxBytes())),
            List.of());
      }
      buffered += bytes.size();
      digest.update(bytes.asReadOnlyByteBuffer());
      long index =
          records - b.getTransactionsCount() - b.getShipmentsCount() - b.getDeviceDaysCount();
      index = notEmpty(b.getTransactionsList(), "transactions", index);
      index = notEmpty(b.getShipmentsList(), "shipments", index);
      notEmpty(b.getDeviceDaysList(), "device_days", index);
      b.getTransactionsList().forEach(t -> transactions.add(ModelCodec.fromProto(t)));
      b.getShipmentsList().forEach(s -> shipments.add(ModelCodec.fromProto(s)));
      b.getDeviceDaysList().forEach(d -> deviceDays.add(ModelCodec.fromProto(d)));
    }

    private void end(DailyReportEnd end) {
      if (end.getRecordCount() != records) {
        throw Errors.of(
            Reason.INCOMPLETE_REPORT,
            Map.of("received_records", Long.toString(records)),
            List.of(
                new Errors.Violation(
                    "end.record_count", "differs from the " + records + " records received")));
      }
      String sha = HexFormat.of().formatHex(digest.digest());
      if (!sha.equals(end.getRecordsSha256())) {
        throw Errors.of(
            Reason.DIGEST_MISMATCH,
            Map.of("received_sha256", sha),
            List.of(
                new Errors.Violation(
                    "end.records_sha256", "differs from the SHA-256 of the batches received")));
      }
      ended = true;
    }

    private void fail(StatusRuntimeException e) {
      done = true;
      release();
      out.onError(e);
    }

    /** Frees the records, the contractor's stream slot and buffered bytes; idempotent. */
    private void release() {
      if (idle != null) {
        idle.cancel(false);
      }
      transactions.clear();
      shipments.clear();
      deviceDays.clear();
      if (slot && !released) {
        released = true;
        settings.limits().closeStream(contractor, buffered);
      }
    }

    @Override
    public synchronized void onError(Throwable t) {
      if (done) {
        return;
      }
      done = true;
      release();
      LOG.info(
          "daily report stream broken by the client ({}); nothing stored",
          io.grpc.Status.fromThrowable(t).getCode());
    }

    @Override
    public synchronized void onCompleted() {
      if (done) {
        return;
      }
      done = true;
      StatusRuntimeException refusal = null;
      DailyReport report = null;
      if (header == null) {
        refusal =
            Errors.of(
                Reason.STREAM_OUT_OF_ORDER,
                new Errors.Violation("header", "the stream carried no header"));
      } else if (!ended) {
        LOG.info(
            "daily report stream of {} ended without its end message after {} records; "
                + "nothing stored",
            who.contractor().raw(),
            records);
        refusal =
            Errors.of(
                Reason.INCOMPLETE_REPORT,
                Map.of("received_records", Long.toString(records)),
                List.of(new Errors.Violation("end", "the stream ended without the end message")));
      } else if (records == 0) {
        refusal =
            Errors.of(
                Reason.EMPTY_REPORT,
                new Errors.Violation(
                    "batch",
                    "a daily report needs at least one transaction, shipment or device day"));
      } else {
        report =
            new DailyReport(
                header, List.copyOf(transactions), List.copyOf(shipments), List.copyOf(deviceDays));
      }
      // The contractor's stream slot is free before the client hears the answer, so a next call
      // made on receiving it is never refused for a stream that has already ended.
      release();
      if (refusal != null) {
        out.onError(refusal);
        return;
      }
      DailyReport received = report;
      unary(
          out,
          () ->
              SubmitDailyReportResponse.newBuilder()
                  .setSubmission(submit(() -> received, ReportType.DAILY, requestId, validateOnly))
                  .build());
    }
  }

  /** The index after the list; EMPTY_RECORD for the first element without any field set. */
  private static long notEmpty(List<? extends Message> list, String field, long first) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).getSerializedSize() == 0) {
        throw Errors.of(
            Reason.EMPTY_RECORD,
            new Errors.Violation(
                field + "[" + (first + i) + "]", "a record without any field set"));
      }
    }
    return first + list.size();
  }

  /** EMPTY_RECORD for the first element of a repeated record field of the report without fields. */
  private static void notEmpty(Message report) {
    for (var f : report.getDescriptorForType().getFields()) {
      if (f.isRepeated()
          && !f.isMapField()
          && f.getJavaType() == com.google.protobuf.Descriptors.FieldDescriptor.JavaType.MESSAGE) {
        @SuppressWarnings("unchecked")
        List<? extends Message> list = (List<? extends Message>) report.getField(f);
        notEmpty(list, "report." + f.getName(), 0);
      }
    }
  }

  // ------------------------------------------------------------------ the submission pipeline

  private <T> void unary(StreamObserver<T> out, Supplier<T> body) {
    T response;
    try {
      response = body.get();
    } catch (StatusRuntimeException e) {
      out.onError(e);
      return;
    } catch (ProtoMappingException e) {
      out.onError(malformed(e));
      return;
    } catch (java.util.concurrent.CancellationException e) {
      // a data-bound loop (the county assessment) saw the call cancelled or past its deadline
      io.grpc.Deadline deadline = Context.current().getDeadline();
      boolean late = deadline != null && deadline.isExpired();
      LOG.info("call stopped: {}", late ? "deadline exceeded" : "cancelled");
      out.onError(
          (late ? io.grpc.Status.DEADLINE_EXCEEDED : io.grpc.Status.CANCELLED)
              .withDescription(late ? "deadline exceeded" : "cancelled")
              .asRuntimeException());
      return;
    } catch (RuntimeException e) {
      LOG.error("internal error; nothing stored", e);
      out.onError(Errors.of(Reason.INTERNAL_ERROR));
      return;
    }
    out.onNext(response);
    out.onCompleted();
  }

  private static StatusRuntimeException malformed(ProtoMappingException e) {
    return Errors.of(Reason.MALFORMED_FIELD, new Errors.Violation(e.field(), e.getMessage()));
  }

  private Submission submit(
      Supplier<Report> decode, ReportType type, String requestId, boolean validateOnly) {
    Principal who = AuthInterceptor.PRINCIPAL.get();
    if (!validRequestId(requestId)) {
      throw Errors.of(
          Reason.INVALID_REQUEST_ID,
          new Errors.Violation("request_id", "1 to 128 visible ASCII characters, no space"));
    }
    Report report = decode.get();
    ReportHeader h = checkHeader(report.header(), type);
    if (!h.reporter().normalized().equals(who.contractor().normalized())) {
      LOG.info(
          "contractor {} tried to submit a report of another reporter", who.contractor().raw());
      throw Errors.of(Reason.REPORTER_MISMATCH);
    }
    String sha = sha256(report);
    // validate_only follows the same request_id rules: a used id answers its first result or
    // REQUEST_ID_REUSED, exactly as a real submit would
    var earlier = settings.store().findByRequestId(who.contractor(), requestId);
    if (earlier.isPresent()) {
      return replay(earlier.get(), sha);
    }
    checkNotCancelled();
    ValidationOutcome outcome;
    try {
      outcome = settings.validator().validate(report, who);
    } catch (NoProfileException e) {
      if (!WarmUp.ACTIVE.get()) {
        LOG.warn(
            "no validation profile for scope '{}'; report of {} not validated, nothing stored",
            echoScope(e.scope()),
            who.contractor().raw());
      }
      throw Errors.of(
          Reason.NO_PROFILE_FOR_SCOPE,
          Map.of("scope", echoScope(e.scope())),
          List.of(new Errors.Violation("header.scope", "no validation profile for this county")));
    }
    Instant now = settings.clock().instant();
    LocalDate today = LocalDate.ofInstant(now, settings.clock().getZone());
    StoredSubmission s =
        new StoredSubmission(
            validateOnly ? "" : nextId(now),
            who.contractor(),
            requestId,
            sha,
            type,
            h.period().id(),
            outcome.accepted() ? ReportStatus.ACCEPTED : ReportStatus.REJECTED,
            settings.deadlinePolicy().timeliness(type, h.period(), today),
            settings.deadlinePolicy().deadline(type, h.period()),
            now,
            recordCount(report),
            outcome.findings(),
            report);
    if (validateOnly) {
      return answer(s, true);
    }
    checkNotCancelled();
    StoredSubmission stored;
    try {
      stored = settings.store().putIfAbsent(s);
    } catch (StoreFullException e) {
      LOG.warn("store full; submission of {} refused, nothing stored", who.contractor().raw());
      throw Errors.of(Reason.STORE_FULL);
    }
    if (stored != s) {
      return replay(stored, sha);
    }
    LOG.info(
        "stored submission {} of {}: {} {} {} {}, {} findings",
        s.id(),
        s.contractor().raw(),
        s.type(),
        s.period(),
        s.status(),
        s.timeliness(),
        s.findings().size());
    return answer(s, true);
  }

  /** A division code (6, 9 or 12 digits) is echoed as is; any other scope text masked. */
  private static String echoScope(String scope) {
    return scope.matches("\\d{6}|\\d{9}|\\d{12}") ? scope : Masking.echo(scope);
  }

  /**
   * The last check before a commit: a call the client cancelled, or whose deadline passed, stores
   * nothing and leaves its request id free (the client was, or will be, told CANCELLED or
   * DEADLINE_EXCEEDED and will retry).
   */
  private static void checkNotCancelled() {
    Context ctx = Context.current();
    if (ctx.isCancelled()) {
      LOG.info("call cancelled or past its deadline before the commit; nothing stored");
      throw io.grpc.Status.CANCELLED
          .withDescription("the call was cancelled before the commit; nothing was stored")
          .asRuntimeException();
    }
  }

  private Submission replay(StoredSubmission earlier, String sha) {
    if (!earlier.contentSha256().equals(sha)) {
      throw Errors.of(
          Reason.REQUEST_ID_REUSED, Map.of("submission", NAME_PREFIX + earlier.id()), List.of());
    }
    LOG.info("resend of submission {} answered with the first result", earlier.id());
    return answer(earlier, true);
  }

  /** The response for a submission, or the VALIDATION_FAILED error for a rejected one. */
  private Submission answer(StoredSubmission s, boolean withFindings) {
    if (s.status() == ReportStatus.ACCEPTED) {
      return toProto(s, withFindings);
    }
    // a rejected report is answered with the error alone: its findings (up to tens of thousands)
    // are read through GetSubmission, and only the few violations the bounded status holds are
    // written as text here
    Lang lang = Lang.current();
    List<org.epar.validation.Finding> blocking = new ArrayList<>();
    for (org.epar.validation.Finding f : s.findings()) {
      if (f.severity().blocksAcceptance()) {
        blocking.add(f);
      }
    }
    List<Errors.Violation> violations =
        new java.util.AbstractList<>() {
          @Override
          public Errors.Violation get(int i) {
            org.epar.validation.Finding f = blocking.get(i);
            return new Errors.Violation(
                FindingText.location(f),
                f.ruleId() + ": " + lang.pick(FindingText.messageEn(f), FindingText.messageZh(f)));
          }

          @Override
          public int size() {
            return blocking.size();
          }
        };
    Map<String, String> meta = new LinkedHashMap<>();
    if (!s.id().isEmpty()) {
      meta.put("submission", NAME_PREFIX + s.id());
    }
    meta.put("finding_count", Integer.toString(s.findings().size()));
    throw Errors.of(Reason.VALIDATION_FAILED, meta, violations);
  }

  private static Submission toProto(StoredSubmission s, boolean withFindings) {
    Lang lang = Lang.current();
    Submission.Builder b =
        Submission.newBuilder()
            .setName(s.id().isEmpty() ? "" : NAME_PREFIX + s.id())
            .setRequestId(s.requestId())
            .setReportType(ModelCodec.toProto(s.type()))
            .setReporter(s.contractor().raw())
            .setPeriod(s.period())
            .setState(
                s.status() == ReportStatus.ACCEPTED
                    ? SubmissionState.SUBMISSION_STATE_ACCEPTED
                    : SubmissionState.SUBMISSION_STATE_REJECTED)
            .setTimeliness(
                s.timeliness() == Timeliness.LATE
                    ? org.epar.grpc.v1.Timeliness.TIMELINESS_LATE
                    : org.epar.grpc.v1.Timeliness.TIMELINESS_ON_TIME)
            .setDeadline(s.deadline().toString())
            .setReceiveTime(s.receivedAt().toString())
            .setRecordCount(s.recordCount())
            .setContentSha256(s.contentSha256())
            .setFindingCount(s.findings().size());
    if (withFindings) {
      for (org.epar.validation.Finding f : s.findings()) {
        b.addFindings(
            org.epar.grpc.v1.Finding.newBuilder()
                .setRuleId(f.ruleId())
                .setSeverity(org.epar.grpc.v1.Severity.valueOf("SEVERITY_" + f.severity().name()))
                .setLocation(Masking.echoPath(FindingText.location(f)))
                .setMessage(
                    Masking.message(
                        lang.pick(FindingText.messageEn(f), FindingText.messageZh(f)),
                        MAX_MESSAGE)));
      }
    }
    return b.build();
  }

  private static ReportHeader checkHeader(@Nullable ReportHeader h, ReportType type) {
    List<Errors.Violation> v = new ArrayList<>();
    if (h == null) {
      v.add(new Errors.Violation("header", "required"));
    } else {
      if (h.reporter() == null) {
        v.add(new Errors.Violation("header.reporter", "required"));
      }
      if (h.type() != type) {
        v.add(new Errors.Violation("header.type", "must be " + type + " for this call"));
      }
      if (h.period() == null) {
        v.add(new Errors.Violation("header.period", "required"));
      } else if (h.period().granularity() != type.periodType()) {
        v.add(new Errors.Violation("header.period", "must be a " + type.periodType() + " period"));
      }
    }
    if (!v.isEmpty() || h == null) {
      throw Errors.of(Reason.INVALID_HEADER, Map.of(), v);
    }
    return h;
  }

  /** 1 to {@value #MAX_REQUEST_ID} visible ASCII characters, 0x21 to 0x7E (no space). */
  static boolean validRequestId(String id) {
    if (id.isEmpty() || id.length() > MAX_REQUEST_ID) {
      return false;
    }
    return id.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }

  private String nextId(Instant now) {
    long base = now.toEpochMilli() << 12;
    long id = lastId.updateAndGet(prev -> Math.max(prev + 1, base));
    return String.format("%016x", id);
  }

  private static int recordCount(Report r) {
    if (r instanceof DailyReport d) {
      return d.transactions().size() + d.shipments().size() + d.deviceDays().size();
    }
    if (r instanceof MonthlyReport m) {
      return m.disbursements().size()
          + m.trainingSessions().size()
          + m.attendances().size()
          + m.sites().size();
    }
    if (r instanceof AnnualReport a) {
      return a.indicators().size();
    }
    return 0; // a quarterly report carries no record lists
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** SHA-256 over the message type name and the report's deterministic protobuf bytes. */
  static String sha256(Report report) {
    Message m = ModelCodec.toProtoRecord(report);
    try {
      MessageDigest md = sha256();
      md.update(m.getDescriptorForType().getFullName().getBytes(StandardCharsets.UTF_8));
      // the canonical bytes go straight into the digest through a 64 KiB buffer: a 4 MiB report
      // no longer allocates its encoding twice (the stream's array and its copy)
      CodedOutputStream cos =
          CodedOutputStream.newInstance(
              new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), md),
              64 * 1024);
      cos.useDeterministicSerialization();
      m.writeTo(cos);
      cos.flush();
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ reads

  /**
   * The submission with this id the caller may see: a contractor's own, or for a county or province
   * the first (in key order) submission of that id in its division. Submission ids are unique per
   * contractor; two contractors of one county sharing an id (two replicas drawing it in the same
   * millisecond) is possible but improbable, and then the first is answered.
   */
  private java.util.Optional<StoredSubmission> find(Principal who, String id) {
    if (who.role() == Principal.Role.CONTRACTOR) {
      return settings.store().get(who.contractor(), id);
    }
    List<StoredSubmission> one =
        settings.store().listInDivision(who.division(), new SubmissionKey(id, ""), 1);
    return one.stream().filter(s -> s.id().equals(id) && who.sees(s)).findFirst();
  }

  @Override
  public void getSubmission(GetSubmissionRequest req, StreamObserver<GetSubmissionResponse> out) {
    unary(
        out,
        () -> {
          Principal who = AuthInterceptor.PRINCIPAL.get();
          String name = req.getName();
          if (!name.startsWith(NAME_PREFIX) || name.length() == NAME_PREFIX.length()) {
            throw Errors.of(Reason.INVALID_NAME, new Errors.Violation("name", "submissions/{id}"));
          }
          String id = name.substring(NAME_PREFIX.length());
          StoredSubmission s =
              find(who, id).orElseThrow(() -> Errors.of(Reason.SUBMISSION_NOT_FOUND));
          return GetSubmissionResponse.newBuilder().setSubmission(toProto(s, true)).build();
        });
  }

  @Override
  public void listSubmissions(
      ListSubmissionsRequest req, StreamObserver<ListSubmissionsResponse> out) {
    unary(
        out,
        () -> {
          Principal who = AuthInterceptor.PRINCIPAL.get();
          if (req.getPageSize() < 0) {
            throw Errors.of(Reason.INVALID_PAGE_SIZE, new Errors.Violation("page_size", ">= 0"));
          }
          int size =
              req.getPageSize() == 0
                  ? DEFAULT_PAGE_SIZE
                  : Math.min(req.getPageSize(), MAX_PAGE_SIZE);
          ListSubmissionsResponse.Builder b = ListSubmissionsResponse.newBuilder();
          SubmissionFilter filter = filter(req);
          // a token is bound to the filter: the page after a key of one filter is not of another
          // (no filter: the query of tokens issued before filters existed, which stay valid)
          String query =
              filter.isAny() ? LIST_SUBMISSIONS : LIST_SUBMISSIONS + "?" + filter.canonical();
          if (who.role() == Principal.Role.CONTRACTOR) {
            String contractor = who.contractor().normalized();
            String after = settings.pageTokens().read(query, contractor, req.getPageToken());
            List<StoredSubmission> page =
                settings.store().list(who.contractor(), filter, after, size + 1);
            page.stream().limit(size).forEach(s -> b.addSubmissions(toProto(s, false)));
            if (page.size() > size) {
              b.setNextPageToken(
                  settings.pageTokens().issue(query, contractor, page.get(size - 1).id()));
            }
          } else {
            String key = who.name();
            String after = settings.pageTokens().read(query, key, req.getPageToken());
            SubmissionKey afterKey = null;
            if (after != null) {
              int slash = after.indexOf('/');
              afterKey = new SubmissionKey(after.substring(0, slash), after.substring(slash + 1));
            }
            List<StoredSubmission> page =
                settings.store().listInDivision(who.division(), filter, afterKey, size + 1);
            page.stream().limit(size).forEach(s -> b.addSubmissions(toProto(s, false)));
            if (page.size() > size) {
              StoredSubmission last = page.get(size - 1);
              b.setNextPageToken(
                  settings
                      .pageTokens()
                      .issue(query, key, last.id() + "/" + last.contractor().raw()));
            }
          }
          return b.build();
        });
  }

  private static final String LIST_SUBMISSIONS = "epar.v1.ReportingService/ListSubmissions";

  /** The filter of a ListSubmissions request; INVALID_FILTER for a bad or reversed range. */
  private static SubmissionFilter filter(ListSubmissionsRequest req) {
    LocalDate from = filterDate("period_from", req.getPeriodFrom());
    LocalDate to = filterDate("period_to", req.getPeriodTo());
    if (from != null && to != null && from.isAfter(to)) {
      throw Errors.of(
          Reason.INVALID_FILTER, new Errors.Violation("period_from", "not after period_to"));
    }
    ReportType type =
        switch (req.getReportType()) {
          case REPORT_TYPE_DAILY -> ReportType.DAILY;
          case REPORT_TYPE_MONTHLY -> ReportType.MONTHLY;
          case REPORT_TYPE_QUARTERLY -> ReportType.QUARTERLY;
          case REPORT_TYPE_ANNUAL -> ReportType.ANNUAL;
          case REPORT_TYPE_UNSPECIFIED -> null;
          default ->
              throw Errors.of(
                  Reason.INVALID_FILTER, new Errors.Violation("report_type", "a known type"));
        };
    ReportStatus status =
        switch (req.getState()) {
          case SUBMISSION_STATE_ACCEPTED -> ReportStatus.ACCEPTED;
          case SUBMISSION_STATE_REJECTED -> ReportStatus.REJECTED;
          case SUBMISSION_STATE_UNSPECIFIED -> null;
          default ->
              throw Errors.of(
                  Reason.INVALID_FILTER, new Errors.Violation("state", "a known state"));
        };
    Timeliness timeliness =
        switch (req.getTimeliness()) {
          case TIMELINESS_ON_TIME -> Timeliness.ON_TIME;
          case TIMELINESS_LATE -> Timeliness.LATE;
          case TIMELINESS_UNSPECIFIED -> null;
          default ->
              throw Errors.of(
                  Reason.INVALID_FILTER, new Errors.Violation("timeliness", "a known value"));
        };
    return new SubmissionFilter(from, to, type, status, timeliness);
  }

  private static @org.jspecify.annotations.Nullable LocalDate filterDate(String field, String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    try {
      if (raw.length() == 10) {
        return LocalDate.parse(raw);
      }
    } catch (java.time.format.DateTimeParseException e) {
      // refused below
    }
    throw Errors.of(Reason.INVALID_FILTER, new Errors.Violation(field, "YYYY-MM-DD"));
  }

  // ------------------------------------------------------------------ assessment

  private static final String LIST_ASSESSMENTS = "epar.v1.ReportingService/ListCountyAssessments";

  /** At most this many findings of a veto item travel as its evidence. */
  static final int MAX_EVIDENCE = 100;

  @Override
  public void getAssessment(GetAssessmentRequest req, StreamObserver<GetAssessmentResponse> out) {
    unary(
        out,
        () -> {
          Principal who = AuthInterceptor.PRINCIPAL.get();
          if (who.role() == Principal.Role.CONTRACTOR) {
            LOG.info("contractor {} asked for an assessment; refused", who.name());
            throw Errors.of(Reason.NOT_ALLOWED_TO_ASSESS);
          }
          DivisionCode county = county(req.getCounty());
          LocalDate asOf = asOf(req.getAsOf());
          if (!who.mayAssess(county)) {
            LOG.info(
                "principal {} may not read the assessment of county {}",
                who.name(),
                county.value().substring(0, 6));
            throw Errors.of(Reason.NOT_ALLOWED_TO_ASSESS);
          }
          Assessor assessor = assessor();
          if (!assessor.counties().contains(county)) {
            throw Errors.of(Reason.COUNTY_NOT_ASSESSED);
          }
          Assessment a = assessor.assess(county, asOf, locale());
          return GetAssessmentResponse.newBuilder().setAssessment(redact(a)).build();
        });
  }

  @Override
  public void listCountyAssessments(
      ListCountyAssessmentsRequest req, StreamObserver<ListCountyAssessmentsResponse> out) {
    unary(
        out,
        () -> {
          Principal who = AuthInterceptor.PRINCIPAL.get();
          if (who.role() != Principal.Role.PROVINCE) {
            LOG.info(
                "principal {} asked for the county assessments of a province; refused", who.name());
            throw Errors.of(Reason.NOT_ALLOWED_TO_ASSESS);
          }
          LocalDate asOf = asOf(req.getAsOf());
          if (req.getPageSize() < 0) {
            throw Errors.of(Reason.INVALID_PAGE_SIZE, new Errors.Violation("page_size", ">= 0"));
          }
          int size =
              req.getPageSize() == 0
                  ? DEFAULT_PAGE_SIZE
                  : Math.min(req.getPageSize(), MAX_PAGE_SIZE);
          Assessor assessor = assessor();
          String key = who.name() + "\n" + asOf;
          String after = settings.pageTokens().read(LIST_ASSESSMENTS, key, req.getPageToken());
          List<DivisionCode> mine =
              assessor.counties().stream()
                  .filter(who::mayAssess)
                  .filter(c -> after == null || c.value().compareTo(after) > 0)
                  .sorted(java.util.Comparator.comparing(DivisionCode::value))
                  .toList();
          ListCountyAssessmentsResponse.Builder b = ListCountyAssessmentsResponse.newBuilder();
          Locale locale = locale();
          for (DivisionCode c : mine.subList(0, Math.min(size, mine.size()))) {
            if (Context.current().isCancelled()) {
              throw new java.util.concurrent.CancellationException("call cancelled");
            }
            b.addCounties(summary(assessor.assess(c, asOf, locale)));
          }
          if (mine.size() > size) {
            b.setNextPageToken(
                settings.pageTokens().issue(LIST_ASSESSMENTS, key, mine.get(size - 1).value()));
          }
          return b.build();
        });
  }

  private Assessor assessor() {
    Assessor a = settings.assessor();
    if (a == null) {
      throw Errors.of(Reason.ASSESSMENT_UNAVAILABLE);
    }
    return a;
  }

  private static Locale locale() {
    return Lang.current() == Lang.EN ? Locale.ENGLISH : Locale.CHINESE;
  }

  private static DivisionCode county(String raw) {
    if (raw.length() == 6 && raw.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      try {
        DivisionCode c = DivisionCode.of(raw);
        if (c.isAtLevel(DivisionLevel.COUNTY)) {
          return DivisionCode.of(c.value());
        }
      } catch (IllegalArgumentException e) {
        // refused below
      }
    }
    throw Errors.of(Reason.INVALID_COUNTY, new Errors.Violation("county", "6-digit county code"));
  }

  private LocalDate asOf(String raw) {
    if (raw.isEmpty()) {
      return LocalDate.now(settings.clock().withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }
    try {
      if (raw.length() == 10) {
        return LocalDate.parse(raw);
      }
    } catch (java.time.format.DateTimeParseException e) {
      // refused below
    }
    throw Errors.of(Reason.INVALID_AS_OF, new Errors.Violation("as_of", "YYYY-MM-DD"));
  }

  /** Cuts the evidence and passes every message and location through the response redaction. */
  private static Assessment redact(Assessment a) {
    Assessment.Builder b = a.toBuilder();
    for (int i = 0; i < b.getVetoItemsCount(); i++) {
      VetoItem v = b.getVetoItems(i);
      VetoItem.Builder vb = v.toBuilder().clearEvidence().setEvidenceTotal(evidenceCount(v));
      v.getEvidenceList().stream()
          .limit(MAX_EVIDENCE)
          .forEach(
              f ->
                  vb.addEvidence(
                      f.toBuilder()
                          .setLocation(Masking.echoPath(f.getLocation()))
                          .setMessage(Masking.message(f.getMessage(), MAX_MESSAGE))));
      b.setVetoItems(i, vb);
    }
    return b.build();
  }

  private static int evidenceCount(VetoItem v) {
    return Math.max(v.getEvidenceTotal(), v.getEvidenceList().size());
  }

  /** One province row: the veto items without evidence, and counts. */
  static CountyAssessmentSummary summary(Assessment a) {
    CountyAssessmentSummary.Builder b =
        CountyAssessmentSummary.newBuilder()
            .setCounty(a.getCounty())
            .setProfile(a.getProfile())
            .setSubmissionsRead(a.getSubmissionsRead())
            .setVetoesPassed(a.getVetoesPassed())
            .setContractors(a.getReportingCount());
    for (VetoItem v : a.getVetoItemsList()) {
      b.addVetoItems(v.toBuilder().clearEvidence().setEvidenceTotal(evidenceCount(v)));
    }
    for (TargetProgress t : a.getTargetsList()) {
      switch (t.getState()) {
        case TARGET_STATE_MET -> b.setTargetsMet(b.getTargetsMet() + 1);
        case TARGET_STATE_ON_TRACK -> b.setTargetsOnTrack(b.getTargetsOnTrack() + 1);
        case TARGET_STATE_MISSED -> b.setTargetsMissed(b.getTargetsMissed() + 1);
        default -> {}
      }
    }
    for (ContractorReporting r : a.getReportingList()) {
      int late = 0;
      int missing = 0;
      for (ReportTypeCompleteness t : r.getByTypeList()) {
        b.setPeriodsOnTime(b.getPeriodsOnTime() + t.getOnTime());
        late += t.getLate();
        missing += t.getMissing();
      }
      b.setPeriodsLate(b.getPeriodsLate() + late);
      b.setPeriodsMissing(b.getPeriodsMissing() + missing);
      if (late == 0 && missing == 0) {
        b.setContractorsComplete(b.getContractorsComplete() + 1);
      }
    }
    return b.build();
  }
}
