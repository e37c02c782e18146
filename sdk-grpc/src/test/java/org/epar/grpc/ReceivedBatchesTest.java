package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.ByteString;
import java.io.ByteArrayInputStream;
import org.epar.grpc.internal.ReceivedBatches;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DailyReportEnd;
import org.epar.grpc.v1.DeviceDay;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.junit.jupiter.api.Test;

/** The batch bytes the end-of-report digest covers are those received, field by field. */
class ReceivedBatchesTest {

  @Test
  void keepsTheBatchFieldBytesAsEncoded_onlyForTheDailyMethod() {
    DailyRecordBatch batch =
        DailyRecordBatch.newBuilder()
            .addDeviceDays(DeviceDay.newBuilder().setDevice("d").setOnline(true))
            .build();
    byte[] encoded =
        SubmitDailyReportRequest.newBuilder()
            .setRequestId("r")
            .setBatch(batch)
            .build()
            .toByteArray();
    var daily = ReportingServiceGrpc.getSubmitDailyReportMethod();
    var keeping = ReceivedBatches.keeping(daily.getFullMethodName(), daily.getRequestMarshaller());
    SubmitDailyReportRequest parsed = keeping.parse(new ByteArrayInputStream(encoded));
    assertEquals(batch, parsed.getBatch());
    assertEquals(batch.toByteString(), ReceivedBatches.take());
    assertNull(ReceivedBatches.take(), "taken once");

    byte[] end =
        SubmitDailyReportRequest.newBuilder()
            .setEnd(DailyReportEnd.newBuilder().setRecordCount(1))
            .build()
            .toByteArray();
    keeping.parse(new ByteArrayInputStream(end));
    assertNull(ReceivedBatches.take(), "no batch, no bytes");

    var monthly = ReportingServiceGrpc.getSubmitMonthlyReportMethod();
    assertEquals(
        monthly.getRequestMarshaller(),
        ReceivedBatches.keeping(monthly.getFullMethodName(), monthly.getRequestMarshaller()));
  }

  @Test
  void aBatchFieldTwice_isBothOccurrencesInOrder() throws Exception {
    ByteString one =
        DailyRecordBatch.newBuilder()
            .addDeviceDays(DeviceDay.newBuilder().setDevice("a"))
            .build()
            .toByteString();
    ByteString two =
        DailyRecordBatch.newBuilder()
            .addDeviceDays(DeviceDay.newBuilder().setDevice("b"))
            .build()
            .toByteString();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    var out = com.google.protobuf.CodedOutputStream.newInstance(bytes);
    out.writeString(SubmitDailyReportRequest.REQUEST_ID_FIELD_NUMBER, "r");
    out.writeBytes(SubmitDailyReportRequest.BATCH_FIELD_NUMBER, one);
    out.writeBytes(SubmitDailyReportRequest.BATCH_FIELD_NUMBER, two);
    out.flush();
    var daily = ReportingServiceGrpc.getSubmitDailyReportMethod();
    SubmitDailyReportRequest parsed =
        ReceivedBatches.keeping(daily.getFullMethodName(), daily.getRequestMarshaller())
            .parse(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(2, parsed.getBatch().getDeviceDaysCount(), "protobuf merges the two");
    assertEquals(one.concat(two), ReceivedBatches.take());
  }
}
