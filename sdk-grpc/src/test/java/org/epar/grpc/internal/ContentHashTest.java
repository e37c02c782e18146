package org.epar.grpc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.epar.core.id.CreditCode;
import org.epar.core.model.Report;
import org.epar.grpc.TestReports;
import org.junit.jupiter.api.Test;

/** The content hash streamed into the digest equals the hash of the encoded canonical bytes. */
class ContentHashTest {

  private static final CreditCode A =
      CreditCode.of("91130425MA0A1B2C3" + CreditCode.checkCharacter("91130425MA0A1B2C3"));

  /** The hash as computed before streaming: the whole encoding in a byte array, then digested. */
  private static String encodedThenHashed(Report report) throws Exception {
    Message m = ModelCodec.toProtoRecord(report);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(m.getDescriptorForType().getFullName().getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream cos = CodedOutputStream.newInstance(bytes);
    cos.useDeterministicSerialization();
    m.writeTo(cos);
    cos.flush();
    return HexFormat.of().formatHex(md.digest(bytes.toByteArray()));
  }

  @Test
  void streamedHash_equalsTheHashOfTheEncoding_smallAndPastTheBuffer() throws Exception {
    long[] few = {100_00L, -5_00L};
    long[] many = new long[5_000]; // encodes to more than the 64 KiB buffer
    for (int i = 0; i < many.length; i++) {
      many[i] = i + 1;
    }
    for (long[] amounts : new long[][] {few, many}) {
      Report r = TestReports.monthly(A, "201803", amounts);
      assertEquals(encodedThenHashed(r), ReportingServiceImpl.sha256(r));
    }
    assertNotEquals(
        ReportingServiceImpl.sha256(TestReports.monthly(A, "201803", few)),
        ReportingServiceImpl.sha256(TestReports.monthly(A, "201803", 100_00L, -5_01L)));
  }
}
