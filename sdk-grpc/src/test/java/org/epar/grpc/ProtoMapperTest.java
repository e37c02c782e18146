package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.protobuf.Message;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.epar.core.id.CreditCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProtoMapperTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(RecordType.class)
  @DisplayName("every record type survives model -> proto -> bytes -> proto -> model unchanged")
  void everyRecordType_roundTrips(RecordType type) {
    qt().withExamples(300).forAll(ModelGen.of(type.javaType())).checkAssert(record -> {
      Message wire = ProtoMapper.toProto(record);
      assertEquals(record, ProtoMapper.fromProto(wire));
      Message reparsed = reparse(wire);
      assertEquals(record, ProtoMapper.fromProto(reparsed));
    });
  }

  @Test
  void dataset_roundTrips() {
    qt().withExamples(50).forAll(ModelGen.of(Dataset.class)).checkAssert(ds ->
        assertEquals(ds, ProtoMapper.fromProto(ProtoMapper.toProto(ds))));
  }

  @Test
  void typedReportOverloads_roundTrip() {
    qt().withExamples(100).forAll(ModelGen.of(DailyReport.class)).checkAssert(r ->
        assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
    qt().withExamples(100).forAll(ModelGen.of(MonthlyReport.class)).checkAssert(r ->
        assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
    qt().withExamples(100).forAll(ModelGen.of(QuarterlyReport.class)).checkAssert(r ->
        assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
    qt().withExamples(100).forAll(ModelGen.of(AnnualReport.class)).checkAssert(r ->
        assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
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
    org.epar.grpc.v1.Transaction wireNull = (org.epar.grpc.v1.Transaction) ProtoMapper.toProto(allNull);
    assertFalse(wireNull.hasId());
    assertFalse(wireNull.hasAmountFen());
    assertEquals(org.epar.grpc.v1.Direction.DIRECTION_UNSPECIFIED, wireNull.getDirection());
    org.epar.grpc.v1.Transaction wireEmpty = (org.epar.grpc.v1.Transaction) ProtoMapper.toProto(empty);
    assertTrue(wireEmpty.hasId());
    assertTrue(wireEmpty.hasAmountFen());
    assertEquals(allNull, ProtoMapper.fromProto(wireNull));
    assertEquals(empty, ProtoMapper.fromProto(wireEmpty));
  }

  @Test
  void invalidIdentifier_keepsItsRawText() {
    var e = new org.epar.core.model.Enterprise(new CreditCode(" not a code "), null, null, null,
        null, 0);
    var wire = (org.epar.grpc.v1.Enterprise) ProtoMapper.toProto(e);
    assertEquals(" not a code ", wire.getCreditCode());
    assertEquals(e, ProtoMapper.fromProto(wire));
  }

  @Test
  void decimalScale_isKept() {
    AnnualReport r = new AnnualReport(null, null, null, null, null,
        Map.of("a", new BigDecimal("1.50"), "b", new BigDecimal("1.5"), "c", new BigDecimal("1E+3")),
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
    var wire = org.epar.grpc.v1.Product.newBuilder()
        .addCertifications(org.epar.grpc.v1.CertificationType.CERTIFICATION_TYPE_UNSPECIFIED)
        .addCertifications(org.epar.grpc.v1.CertificationType.CERTIFICATION_TYPE_ORGANIC)
        .build();
    var p = (org.epar.core.model.Product) ProtoMapper.fromProto(wire);
    assertEquals(1, p.certifications().size());
  }

  @Test
  void nonRecordMessage_isRejected() {
    assertThrows(IllegalArgumentException.class,
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
      long values = Arrays.stream(wire.getEnumConstants())
          .filter(v -> !((Enum<?>) v).name().equals("UNRECOGNIZED")).count();
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
