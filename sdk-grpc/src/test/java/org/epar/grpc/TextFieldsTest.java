package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.epar.grpc.internal.TextFields;
import org.epar.grpc.v1.AnnualReport;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmitAnnualReportRequest;
import org.junit.jupiter.api.Test;

/** Decimal, date and period text is bounded before any arithmetic; exact boundaries. */
class TextFieldsTest {

  @Test
  void decimal_of40CharactersIsRead_41IsMalformed() {
    String forty = "1." + "5".repeat(38);
    assertEquals(new BigDecimal(forty), TextFields.decimal(forty, "f"));
    ProtoMappingException e =
        assertThrows(ProtoMappingException.class, () -> TextFields.decimal(forty + "5", "f"));
    assertEquals("f", e.field());
  }

  @Test
  void decimalExponent_ofPlusMinus30IsRead_31IsMalformed() {
    assertEquals(new BigDecimal("1E+30"), TextFields.decimal("1E+30", "f"));
    assertEquals(new BigDecimal("1e-30"), TextFields.decimal("1e-30", "f"));
    assertEquals(new BigDecimal("1E30"), TextFields.decimal("1E30", "f"));
    assertThrows(ProtoMappingException.class, () -> TextFields.decimal("1E+31", "f"));
    assertThrows(ProtoMappingException.class, () -> TextFields.decimal("1e-31", "f"));
    assertThrows(ProtoMappingException.class, () -> TextFields.decimal("1E-100000", "f"));
    assertThrows(ProtoMappingException.class, () -> TextFields.decimal("1E" + "9".repeat(30), "f"));
  }

  @Test
  void decimal_keepsScaleSignAndRefusesWhatIsNotANumber() {
    assertEquals(new BigDecimal("-1.50"), TextFields.decimal("-1.50", "f"));
    assertEquals(new BigDecimal("+.5"), TextFields.decimal("+.5", "f"));
    for (String bad :
        new String[] {"", "-", ".", "1e", "1e+", "1..2", "1.2.3", "0x10", "NaN", " 1", "1 ", "１"}) {
      assertThrows(ProtoMappingException.class, () -> TextFields.decimal(bad, "f"), bad);
    }
  }

  @Test
  void date_of12CharactersIsRead_13IsMalformed() {
    assertEquals(LocalDate.of(10000, 1, 1), TextFields.date("+10000-01-01", "f"));
    assertEquals(LocalDate.of(2018, 3, 15), TextFields.date("2018-03-15", "f"));
    assertThrows(ProtoMappingException.class, () -> TextFields.date("+100000-01-01", "f"));
    assertThrows(ProtoMappingException.class, () -> TextFields.date("2018-3-15", "f"));
  }

  @Test
  void dateTimeAndPeriod_areBounded() {
    assertThrows(
        ProtoMappingException.class,
        () -> TextFields.dateTime("2018-03-15T10:00:00" + "0".repeat(60) + "+08:00", "f"));
    assertEquals("201803", TextFields.period("201803", "f").id());
    assertThrows(ProtoMappingException.class, () -> TextFields.period("2".repeat(17), "f"));
  }

  /**
   * The 3,000,000-digit decimal: refused with MALFORMED_FIELD by a real in-process server.
   * The time is printed, not asserted (no timing assertions in unit tests); see docs/protocol.md.
   */
  @Test
  void threeMillionDigitDecimal_isRefusedAsMalformedField() {
    String name = "digits-" + UUID.randomUUID();
    try (EparServer server =
            EparServer.builder()
                .inProcess(name)
                .authenticator(Fixtures.authenticator())
                .validator(Fixtures.VALIDATOR)
                .clock(Fixtures.CLOCK)
                .build()
                .start();
        var channel = new Closing(InProcessChannelBuilder.forName(name).build())) {
      var stub =
          ReportingServiceGrpc.newBlockingStub(channel.c)
              .withInterceptors(
                  MetadataUtils.newAttachHeadersInterceptor(
                      ReportingServiceContract.bearer(Fixtures.TOKEN_A)));
      AnnualReport base = ProtoMapper.toProto(TestReports.annual(A, "2017", "s"));
      AnnualReport huge =
          base.toBuilder().putIndicators("training_rate", "9".repeat(3_000_000)).build();
      assertTrue(huge.getSerializedSize() < 4 * 1024 * 1024);
      SubmitAnnualReportRequest req =
          SubmitAnnualReportRequest.newBuilder().setRequestId("digits").setReport(huge).build();
      long mapping = System.nanoTime();
      assertThrows(
          ProtoMappingException.class, () -> org.epar.grpc.internal.ModelCodec.fromProto(huge));
      mapping = System.nanoTime() - mapping;
      double[] calls = new double[3];
      EparRpcException e = null;
      for (int i = 0; i < calls.length; i++) {
        long call = System.nanoTime();
        e =
            EparRpcException.from(
                assertThrows(StatusRuntimeException.class, () -> stub.submitAnnualReport(req)));
        calls[i] = (System.nanoTime() - call) / 1e6;
      }
      assertEquals("MALFORMED_FIELD", e.reason());
      assertEquals(-1, server.port(), "in-process");
      assertEquals("indicators[training_rate]", e.violations().get(0).field());
      System.out.printf(
          "3,000,000-digit decimal: mapping refused in %.3f ms; whole in-process "
              + "calls (first includes class loading) %.1f / %.1f / %.1f ms%n",
          mapping / 1e6, calls[0], calls[1], calls[2]);
    }
  }

  private record Closing(ManagedChannel c) implements AutoCloseable {
    @Override
    public void close() {
      c.shutdownNow();
    }
  }
}
