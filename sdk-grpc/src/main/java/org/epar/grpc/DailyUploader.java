package org.epar.grpc;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.epar.core.model.DailyReport;
import org.epar.grpc.internal.ModelCodec;
import org.epar.grpc.internal.Observers;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DailyReportEnd;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.epar.grpc.v1.SubmitDailyReportResponse;

/**
 * Streams a {@link DailyReport} to the server: first the header, then its transactions, shipments
 * and device days in batches of at most {@link #batchSize()} records, then the end of report (the
 * record count and the SHA-256 of the batches sent, see docs/protocol.md), sending only while the
 * transport is ready (gRPC flow control), so a large day never piles up in memory on the wire. The
 * server stores the report only when the end arrives and matches.
 *
 * <p>Obtained from {@link EparClient#dailyUploader()}; thread-safe, each upload is its own stream.
 *
 * @since 0.1.0
 */
public final class DailyUploader {

  private final Supplier<ReportingServiceGrpc.ReportingServiceStub> stub;
  private final int batchSize;

  DailyUploader(Supplier<ReportingServiceGrpc.ReportingServiceStub> stub, int batchSize) {
    this.stub = stub;
    this.batchSize = batchSize;
  }

  /**
   * Most records in one stream message.
   *
   * @return the batch size
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Uploads the report.
   *
   * @param report the report
   * @param requestId the client's id for this submission; resending with the same id and content
   *     returns the first result
   * @return the submission; fails with {@link EparRpcException}
   */
  public CompletableFuture<Submission> upload(DailyReport report, String requestId) {
    return upload(report, requestId, false);
  }

  /**
   * Uploads the report, or with {@code validateOnly} only validates it (nothing is stored).
   *
   * @param report the report
   * @param requestId the client's id for this submission
   * @param validateOnly dry run: validate and mark timeliness only
   * @return the submission; fails with {@link EparRpcException}
   */
  public CompletableFuture<Submission> upload(
      DailyReport report, String requestId, boolean validateOnly) {
    CompletableFuture<Submission> result = new CompletableFuture<>();
    Iterator<SubmitDailyReportRequest> messages = messages(report, requestId, validateOnly);
    var responses =
        Observers.<SubmitDailyReportResponse, Submission>into(
            result, SubmitDailyReportResponse::getSubmission);
    stub.get()
        .submitDailyReport(
            new ClientResponseObserver<SubmitDailyReportRequest, SubmitDailyReportResponse>() {
              private boolean completed;

              @Override
              public void beforeStart(ClientCallStreamObserver<SubmitDailyReportRequest> requests) {
                requests.setOnReadyHandler(
                    () -> {
                      while (requests.isReady() && messages.hasNext()) {
                        requests.onNext(messages.next());
                      }
                      if (!messages.hasNext() && !completed) {
                        completed = true;
                        requests.onCompleted();
                      }
                    });
              }

              @Override
              public void onNext(SubmitDailyReportResponse value) {
                responses.onNext(value);
              }

              @Override
              public void onError(Throwable t) {
                responses.onError(t);
              }

              @Override
              public void onCompleted() {
                responses.onCompleted();
              }
            });
    return result;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private Iterator<SubmitDailyReportRequest> messages(
      DailyReport report, String requestId, boolean validateOnly) {
    List<?> tx = report.transactions();
    List<?> sh = report.shipments();
    List<?> dd = report.deviceDays();
    int total = tx.size() + sh.size() + dd.size();
    MessageDigest digest = sha256();
    return new Iterator<>() {
      private boolean headerSent;
      private boolean endSent;
      private int next;

      @Override
      public boolean hasNext() {
        return !endSent;
      }

      @Override
      public SubmitDailyReportRequest next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (!headerSent) {
          headerSent = true;
          SubmitDailyReportRequest.Builder first =
              SubmitDailyReportRequest.newBuilder()
                  .setRequestId(requestId)
                  .setValidateOnly(validateOnly);
          if (report.header() != null) {
            first.setHeader(ModelCodec.toProto(report.header()));
          } else {
            first.setHeader(org.epar.grpc.v1.ReportHeader.getDefaultInstance());
          }
          return first.build();
        }
        if (next == total) {
          endSent = true;
          return SubmitDailyReportRequest.newBuilder()
              .setEnd(
                  DailyReportEnd.newBuilder()
                      .setRecordCount(total)
                      .setRecordsSha256(HexFormat.of().formatHex(digest.digest())))
              .build();
        }
        DailyRecordBatch.Builder b = DailyRecordBatch.newBuilder();
        int end = Math.min(total, next + batchSize);
        for (; next < end; next++) {
          if (next < tx.size()) {
            b.addTransactions(ModelCodec.toProto(report.transactions().get(next)));
          } else if (next < tx.size() + sh.size()) {
            b.addShipments(ModelCodec.toProto(report.shipments().get(next - tx.size())));
          } else {
            b.addDeviceDays(
                ModelCodec.toProto(report.deviceDays().get(next - tx.size() - sh.size())));
          }
        }
        DailyRecordBatch batch = b.build();
        digest.update(batch.toByteString().asReadOnlyByteBuffer());
        return SubmitDailyReportRequest.newBuilder().setBatch(batch).build();
      }
    };
  }
}
