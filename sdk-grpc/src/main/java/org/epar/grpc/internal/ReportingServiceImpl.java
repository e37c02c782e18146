package org.epar.grpc.internal;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
import org.epar.grpc.ProtoMappingException;
import org.epar.grpc.spi.Finding;
import org.epar.grpc.spi.NoProfileException;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.GetSubmissionRequest;
import org.epar.grpc.v1.GetSubmissionResponse;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.ListSubmissionsResponse;
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
  private static final String TOKEN_PREFIX = "v1|";
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
    unary(out, () -> SubmitMonthlyReportResponse.newBuilder().setSubmission(submit(
        () -> ModelCodec.fromProto(req.getReport()), ReportType.MONTHLY, req.getRequestId(),
        req.getValidateOnly())).build());
  }

  @Override
  public void submitQuarterlyReport(
      SubmitQuarterlyReportRequest req, StreamObserver<SubmitQuarterlyReportResponse> out) {
    unary(out, () -> SubmitQuarterlyReportResponse.newBuilder().setSubmission(submit(
        () -> ModelCodec.fromProto(req.getReport()), ReportType.QUARTERLY, req.getRequestId(),
        req.getValidateOnly())).build());
  }

  @Override
  public void submitAnnualReport(
      SubmitAnnualReportRequest req, StreamObserver<SubmitAnnualReportResponse> out) {
    unary(out, () -> SubmitAnnualReportResponse.newBuilder().setSubmission(submit(
        () -> ModelCodec.fromProto(req.getReport()), ReportType.ANNUAL, req.getRequestId(),
        req.getValidateOnly())).build());
  }

  // ------------------------------------------------------------------ daily stream

  @Override
  public StreamObserver<SubmitDailyReportRequest> submitDailyReport(
      StreamObserver<SubmitDailyReportResponse> out) {
    return new DailyStream(out);
  }

  private final class DailyStream implements StreamObserver<SubmitDailyReportRequest> {
    private final StreamObserver<SubmitDailyReportResponse> out;
    private @Nullable ReportHeader header;
    private String requestId = "";
    private boolean validateOnly;
    private boolean done;
    private long records;
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<DeviceDay> deviceDays = new ArrayList<>();

    DailyStream(StreamObserver<SubmitDailyReportResponse> out) {
      this.out = out;
    }

    @Override
    public void onNext(SubmitDailyReportRequest msg) {
      if (done) {
        return;
      }
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
          throw Errors.of(Reason.STREAM_OUT_OF_ORDER,
              new Errors.Violation("header", "the first message must carry the header"));
        }
        requestId = msg.getRequestId();
        validateOnly = msg.getValidateOnly();
        header = ModelCodec.fromProto(msg.getHeader());
        return;
      }
      if (!msg.getRequestId().isEmpty() && !msg.getRequestId().equals(requestId)) {
        throw Errors.of(Reason.STREAM_OUT_OF_ORDER,
            new Errors.Violation("request_id", "differs from the first message's"));
      }
      if (!msg.hasBatch()) {
        throw Errors.of(Reason.STREAM_OUT_OF_ORDER,
            new Errors.Violation("batch", "every message after the first must carry a batch"));
      }
      DailyRecordBatch b = msg.getBatch();
      records += b.getTransactionsCount() + b.getShipmentsCount() + b.getDeviceDaysCount();
      if (records > settings.maxRecordsPerStream()) {
        throw Errors.of(Reason.TOO_MANY_RECORDS,
            Map.of("max_records", Integer.toString(settings.maxRecordsPerStream())), List.of());
      }
      b.getTransactionsList().forEach(t -> transactions.add(ModelCodec.fromProto(t)));
      b.getShipmentsList().forEach(s -> shipments.add(ModelCodec.fromProto(s)));
      b.getDeviceDaysList().forEach(d -> deviceDays.add(ModelCodec.fromProto(d)));
    }

    private void fail(StatusRuntimeException e) {
      done = true;
      clear();
      out.onError(e);
    }

    private void clear() {
      transactions.clear();
      shipments.clear();
      deviceDays.clear();
    }

    @Override
    public void onError(Throwable t) {
      done = true;
      clear();
      LOG.info("daily report stream broken by the client ({}); nothing stored",
          io.grpc.Status.fromThrowable(t).getCode());
    }

    @Override
    public void onCompleted() {
      if (done) {
        return;
      }
      done = true;
      if (header == null) {
        out.onError(Errors.of(Reason.STREAM_OUT_OF_ORDER,
            new Errors.Violation("header", "the stream carried no header")));
        return;
      }
      DailyReport report = new DailyReport(header, transactions, shipments, deviceDays);
      clear();
      unary(out, () -> SubmitDailyReportResponse.newBuilder()
          .setSubmission(submit(() -> report, ReportType.DAILY, requestId, validateOnly)).build());
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
      throw Errors.of(Reason.INVALID_REQUEST_ID,
          new Errors.Violation("request_id", "1 to 128 printable ASCII characters"));
    }
    Report report = decode.get();
    ReportHeader h = checkHeader(report.header(), type);
    if (!h.reporter().normalized().equals(who.contractor().normalized())) {
      LOG.info("contractor {} tried to submit a report of another reporter", who.contractor().raw());
      throw Errors.of(Reason.REPORTER_MISMATCH);
    }
    String sha = sha256(report);
    if (!validateOnly) {
      var earlier = settings.store().findByRequestId(who.contractor(), requestId);
      if (earlier.isPresent()) {
        return replay(earlier.get(), sha);
      }
    }
    ValidationOutcome outcome;
    try {
      outcome = settings.validator().validate(report, who);
    } catch (NoProfileException e) {
      LOG.warn("no validation profile for scope '{}'; report of {} not validated, nothing stored",
          e.scope(), who.contractor().raw());
      throw Errors.of(Reason.NO_PROFILE_FOR_SCOPE, Map.of("scope", e.scope()),
          List.of(new Errors.Violation("header.scope", "no validation profile for this county")));
    }
    Instant now = settings.clock().instant();
    LocalDate today = LocalDate.ofInstant(now, settings.clock().getZone());
    StoredSubmission s = new StoredSubmission(
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
    StoredSubmission stored = settings.store().putIfAbsent(s);
    if (stored != s) {
      return replay(stored, sha);
    }
    LOG.info("stored submission {} of {}: {} {} {} {}, {} findings", s.id(),
        s.contractor().raw(), s.type(), s.period(), s.status(), s.timeliness(), s.findings().size());
    return answer(s, true);
  }

  private Submission replay(StoredSubmission earlier, String sha) {
    if (!earlier.contentSha256().equals(sha)) {
      throw Errors.of(Reason.REQUEST_ID_REUSED,
          Map.of("submission", NAME_PREFIX + earlier.id()), List.of());
    }
    LOG.info("resend of submission {} answered with the first result", earlier.id());
    return answer(earlier, true);
  }

  /** The response for a submission, or the VALIDATION_FAILED error for a rejected one. */
  private Submission answer(StoredSubmission s, boolean withFindings) {
    Submission proto = toProto(s, withFindings);
    if (s.status() == ReportStatus.ACCEPTED) {
      return proto;
    }
    Lang lang = Lang.current();
    List<Errors.Violation> violations = new ArrayList<>();
    s.findings().stream().filter(f -> f.severity().rejects()).forEach(f -> violations.add(
        new Errors.Violation(f.location(), f.ruleId() + ": " + lang.pick(f.messageEn(), f.messageZh()))));
    Map<String, String> meta = new LinkedHashMap<>();
    if (!s.id().isEmpty()) {
      meta.put("submission", NAME_PREFIX + s.id());
    }
    meta.put("finding_count", Integer.toString(s.findings().size()));
    throw Errors.of(Reason.VALIDATION_FAILED, meta, violations);
  }

  private static Submission toProto(StoredSubmission s, boolean withFindings) {
    Lang lang = Lang.current();
    Submission.Builder b = Submission.newBuilder()
        .setName(s.id().isEmpty() ? "" : NAME_PREFIX + s.id())
        .setRequestId(s.requestId())
        .setReportType(ModelCodec.toProto(s.type()))
        .setReporter(s.contractor().raw())
        .setPeriod(s.period())
        .setState(s.status() == ReportStatus.ACCEPTED
            ? SubmissionState.SUBMISSION_STATE_ACCEPTED : SubmissionState.SUBMISSION_STATE_REJECTED)
        .setTimeliness(s.timeliness() == Timeliness.LATE
            ? org.epar.grpc.v1.Timeliness.TIMELINESS_LATE
            : org.epar.grpc.v1.Timeliness.TIMELINESS_ON_TIME)
        .setDeadline(s.deadline().toString())
        .setReceiveTime(s.receivedAt().toString())
        .setRecordCount(s.recordCount())
        .setContentSha256(s.contentSha256())
        .setFindingCount(s.findings().size());
    if (withFindings) {
      for (Finding f : s.findings()) {
        b.addFindings(org.epar.grpc.v1.Finding.newBuilder()
            .setRuleId(f.ruleId())
            .setSeverity(org.epar.grpc.v1.Severity.valueOf("SEVERITY_" + f.severity().name()))
            .setLocation(f.location())
            .setMessage(lang.pick(f.messageEn(), f.messageZh())));
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

  static boolean validRequestId(String id) {
    if (id.isEmpty() || id.length() > 128) {
      return false;
    }
    return id.chars().allMatch(c -> c > 0x20 && c < 0x7f);
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
      return m.disbursements().size() + m.trainingSessions().size() + m.attendances().size()
          + m.sites().size();
    }
    if (r instanceof AnnualReport a) {
      return a.indicators().size();
    }
    return 0; // a quarterly report carries no record lists
  }

  /** SHA-256 over the message type name and the report's deterministic protobuf bytes. */
  static String sha256(Report report) {
    Message m = ModelCodec.toProtoRecord(report);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(m.getDescriptorForType().getFullName().getBytes(StandardCharsets.UTF_8));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(m.getSerializedSize());
      CodedOutputStream cos = CodedOutputStream.newInstance(bytes);
      cos.useDeterministicSerialization();
      m.writeTo(cos);
      cos.flush();
      return HexFormat.of().formatHex(md.digest(bytes.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ reads

  @Override
  public void getSubmission(GetSubmissionRequest req, StreamObserver<GetSubmissionResponse> out) {
    unary(out, () -> {
      Principal who = AuthInterceptor.PRINCIPAL.get();
      String name = req.getName();
      if (!name.startsWith(NAME_PREFIX) || name.length() == NAME_PREFIX.length()) {
        throw Errors.of(Reason.INVALID_NAME, new Errors.Violation("name", "submissions/{id}"));
      }
      StoredSubmission s = settings.store()
          .get(who.contractor(), name.substring(NAME_PREFIX.length()))
          .orElseThrow(() -> Errors.of(Reason.SUBMISSION_NOT_FOUND));
      return GetSubmissionResponse.newBuilder().setSubmission(toProto(s, true)).build();
    });
  }

  @Override
  public void listSubmissions(
      ListSubmissionsRequest req, StreamObserver<ListSubmissionsResponse> out) {
    unary(out, () -> {
      Principal who = AuthInterceptor.PRINCIPAL.get();
      if (req.getPageSize() < 0) {
        throw Errors.of(Reason.INVALID_PAGE_SIZE, new Errors.Violation("page_size", ">= 0"));
      }
      int size = req.getPageSize() == 0 ? DEFAULT_PAGE_SIZE
          : Math.min(req.getPageSize(), MAX_PAGE_SIZE);
      String after = decodeToken(req.getPageToken());
      List<StoredSubmission> page = settings.store().list(who.contractor(), after, size + 1);
      ListSubmissionsResponse.Builder b = ListSubmissionsResponse.newBuilder();
      page.stream().limit(size).forEach(s -> b.addSubmissions(toProto(s, false)));
      if (page.size() > size) {
        b.setNextPageToken(encodeToken(page.get(size - 1).id()));
      }
      return b.build();
    });
  }

  private static String encodeToken(String lastId) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((TOKEN_PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable String decodeToken(String token) {
    if (token.isEmpty()) {
      return null;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (s.startsWith(TOKEN_PREFIX) && s.length() > TOKEN_PREFIX.length()) {
        return s.substring(TOKEN_PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // fall through
    }
    throw Errors.of(Reason.INVALID_PAGE_TOKEN, new Errors.Violation("page_token", "unknown token"));
  }
}
