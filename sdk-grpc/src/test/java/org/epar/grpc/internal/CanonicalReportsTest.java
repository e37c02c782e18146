package org.epar.grpc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.protobuf.Message;
import org.epar.core.id.CreditCode;
import org.epar.core.model.Report;
import org.epar.grpc.TestReports;
import org.junit.jupiter.api.Test;

/** The canonical message is handed to the store for the very report being stored, and only then. */
class CanonicalReportsTest {

  private static final CreditCode A =
      CreditCode.of("91130425MA0A1B2C3" + CreditCode.checkCharacter("91130425MA0A1B2C3"));

  @Test
  void duringTheStoreCall_theSameReportGetsTheHashedMessage_anyOtherIsMappedAnew() {
    Report report = TestReports.monthly(A, "201803", 100_00L, 5_00L);
    Report equalButAnother = TestReports.monthly(A, "201803", 100_00L, 5_00L);
    Message hashed = ModelCodec.toProtoRecord(report);
    Message[] seen = new Message[2];
    String answer =
        CanonicalReports.during(
            report,
            hashed,
            () -> {
              seen[0] = CanonicalReports.message(report);
              seen[1] = CanonicalReports.message(equalButAnother);
              return "stored";
            });
    assertEquals("stored", answer);
    assertSame(hashed, seen[0]);
    assertNotSame(hashed, seen[1]);
    assertEquals(hashed, seen[1]);
    // after the store call nothing is handed over: mapped anew, the same content
    Message after = CanonicalReports.message(report);
    assertNotSame(hashed, after);
    assertEquals(hashed, after);
  }

  @Test
  void aFailingStoreCall_leavesNothingBehind() {
    Report report = TestReports.monthly(A, "201803", 1L);
    Message hashed = ModelCodec.toProtoRecord(report);
    try {
      CanonicalReports.during(
          report,
          hashed,
          () -> {
            throw new IllegalStateException("store down");
          });
    } catch (IllegalStateException expected) {
      // the store's failure reaches the service as before
    }
    assertNotSame(hashed, CanonicalReports.message(report));
  }
}
