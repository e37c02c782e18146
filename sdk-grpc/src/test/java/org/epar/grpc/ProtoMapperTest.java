package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Direction;
import org.epar.core.model.EparRecord;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProtoMapperTest {

  // Property tests over every record type (Models.of / Models.lenient) live in sdk-testkit's
  // ProtoRoundTripTest: sdk-grpc cannot depend on sdk-testkit. Here: the edges, by hand.

  @Test
  void extremeMoneyAndCounts_roundTrip() {
    for (long fen : new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}) {
      for (int orders : new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}) {
        Transaction t =
            new Transaction(
                "t",
                "s",
                null,
                LocalDate.of(2018, 3, 15),
                null,
                Money.ofFen(fen),
                orders,
                null,
                null);
        var wire = (org.epar.grpc.v1.Transaction) reparse(ProtoMapper.toProto(t));
        assertEquals(fen, wire.getAmountFen());
        assertEquals(t, ProtoMapper.fromProto(wire));
      }
    }
  }

  @Test
  void extremeDatesOffsetsAndText_roundTrip() {
    for (String text :
        new String[] {
          "",
          " ",
          "村级站点",
          "Ünïcödé 🍎",
          "line\nbreak",
          "tab\tand \"quotes\"",
          "x".repeat(300),
          "１２３"
        }) {
      ReportHeader h =
          new ReportHeader(
              new CreditCode(text),
              new DivisionCode(text),
              ReportType.DAILY,
              ReportingPeriod.parse("99991231"),
              text,
              OffsetDateTime.of(LocalDateTime.of(1, 1, 1, 0, 0, 0, 1), ZoneOffset.ofHours(-18)));
      DailyReport d =
          new DailyReport(
              h,
              List.of(
                  new Transaction(
                      text,
                      text,
                      text,
                      LocalDate.of(9999, 12, 31),
                      Direction.UPWARD,
                      Money.ZERO,
                      0,
                      text,
                      text)),
              null,
              List.of(new DeviceDay(text, text, LocalDate.of(1, 1, 1), true)));
      assertEquals(d, ProtoMapper.fromProto(ProtoMapper.toProto(d)));
      assertEquals(d, ProtoMapper.fromProto(reparse(ProtoMapper.toProto((EparRecord) d))));
    }
    OffsetDateTime plus18 =
        OffsetDateTime.of(2018, 3, 15, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(18));
    ReportHeader h = new ReportHeader(null, null, null, null, null, plus18);
    QuarterlyReport q = new QuarterlyReport(h, null, null, null);
    assertEquals(plus18, ProtoMapper.fromProto(ProtoMapper.toProto(q)).header().submittedAt());
  }

  @Test
  void emptyReportsAndDataset_roundTrip() {
    assertEquals(Dataset.empty(), ProtoMapper.fromProto(ProtoMapper.toProto(Dataset.empty())));
    MonthlyReport m = new MonthlyReport(null, null, null, null, null, null, null);
    assertEquals(m, ProtoMapper.fromProto(ProtoMapper.toProto(m)));
    AnnualReport a = new AnnualReport(null, null, null, null, null, null, null);
    assertEquals(a, ProtoMapper.fromProto(ProtoMapper.toProto(a)));
  }

  static Stream<Class<?>> enums() {
    return Arrays.stream(RecordType.values())
        .flatMap(t -> Arrays.stream(t.javaType().getRecordComponents()))
        .map(c -> c.getType())
        .filter(Class::isEnum)
        .distinct()
        .map(c -> (Class<?>) c);
  }

  @Test
  void nullZeroAndEmpty_stayDistinct() {
    Transaction allNull = new Transaction(null, null, null, null, null, null, 0, null, null);
    Transaction empty = new Transaction("", "", "", null, null, Money.ZERO, 0, "", "");
    org.epar.grpc.v1.Transaction wireNull =
        (org.epar.grpc.v1.Transaction) ProtoMapper.toProto(allNull);
    assertFalse(wireNull.hasId());
    assertFalse(wireNull.hasAmountFen());
    assertEquals(org.epar.grpc.v1.Direction.DIRECTION_UNSPECIFIED, wireNull.getDirection());
    org.epar.grpc.v1.Transaction wireEmpty =
        (org.epar.grpc.v1.Transaction) ProtoMapper.toProto(empty);
    assertTrue(wireEmpty.hasId());
    assertTrue(wireEmpty.hasAmountFen());
    assertEquals(allNull, ProtoMapper.fromProto(wireNull));
    assertEquals(empty, ProtoMapper.fromProto(wireEmpty));
  }

  @Test
  void invalidIdentifier_keepsItsRawText() {
    var e =
        new org.epar.core.model.Enterprise(
            new CreditCode(" not a code "), null, null, null, null, 0);
    var wire = (org.epar.grpc.v1.Enterprise) ProtoMapper.toProto(e);
    assertEquals(" not a code ", wire.getCreditCode());
    assertEquals(e, ProtoMapper.fromProto(wire));
  }

  @Test
  void decimalScale_isKept() {
    AnnualReport r =
        new AnnualReport(
            null,
            null,
            null,
            null,
            null,
            Map.of(
                "a",
                new BigDecimal("1.50"),
                "b",
                new BigDecimal("1.5"),
                "c",
                new BigDecimal("1E+3"),
                "d",
                new BigDecimal(java.math.BigInteger.valueOf(Long.MIN_VALUE), 12),
                "e",
                new BigDecimal(java.math.BigInteger.valueOf(Long.MAX_VALUE), -5)),
            null);
    AnnualReport back = ProtoMapper.fromProto(ProtoMapper.toProto(r));
    assertEquals(r, back);
    assertEquals(2, back.indicators().get("a").scale());
  }

  @Test
  void malformedDate_namesTheFieldNotTheValue() {
    var wire = org.epar.grpc.v1.Transaction.newBuilder().setDate("15/03/2018").build();
    ProtoMappingException e =
        assertThrows(ProtoMappingException.class, () -> ProtoMapper.fromProto(wire));
    assertEquals("date", e.field());
    assertFalse(e.getMessage().contains("15/03/2018"));
  }

  @Test
  void unspecifiedEnumInASet_isIgnored() {
    var wire =
        org.epar.grpc.v1.Product.newBuilder()
            .addCertifications(org.epar.grpc.v1.CertificationType.CERTIFICATION_TYPE_UNSPECIFIED)
            .addCertifications(org.epar.grpc.v1.CertificationType.CERTIFICATION_TYPE_ORGANIC)
            .build();
    var p = (org.epar.core.model.Product) ProtoMapper.fromProto(wire);
    assertEquals(1, p.certifications().size());
  }

  @Test
  void nonRecordMessage_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ProtoMapper.fromProto(org.epar.grpc.v1.Finding.getDefaultInstance()));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyEnumConstant_hasItsOwnWireValue(Class<?> type) {
    List<Object> constants = List.of(type.getEnumConstants());
    assertFalse(constants.isEmpty());
    // covered through the record round trips; here: the wire enum has one value per constant + 1
    String wireName = "org.epar.grpc.v1." + type.getSimpleName();
    try {
      Class<?> wire = Class.forName(wireName);
      long values =
          Arrays.stream(wire.getEnumConstants())
              .filter(v -> !((Enum<?>) v).name().equals("UNRECOGNIZED"))
              .count();
      assertEquals(constants.size() + 1, values, wireName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(wireName, e);
    }
  }

  private static Message reparse(Message m) {
    try {
      return m.getParserForType().parseFrom(m.toByteArray());
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }
}
