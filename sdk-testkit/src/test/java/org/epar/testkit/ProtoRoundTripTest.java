package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.RecordType;
import org.epar.grpc.ProtoMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The proto mapping is lossless on the testkit's data: {@code fromProto(toProto(x)).equals(x)},
 * also through the wire bytes, for valid ({@link Models#of(RecordType)}) and lenient ({@link
 * Models#lenient(RecordType)}) records of every type. Lives here, not in sdk-grpc, because sdk-grpc
 * cannot depend on sdk-testkit (sdk-testkit depends on sdk-grpc).
 */
class ProtoRoundTripTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(RecordType.class)
  @DisplayName("valid records of every type: model -> proto -> bytes -> proto -> model unchanged")
  void validRecords_roundTrip(RecordType type) {
    qt().withExamples(200).forAll(Models.of(type)).checkAssert(ProtoRoundTripTest::roundTrips);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RecordType.class)
  @DisplayName("lenient records of every type (nulls, invalid ids, negative amounts) round-trip")
  void lenientRecords_roundTrip(RecordType type) {
    qt().withExamples(200).forAll(Models.lenient(type)).checkAssert(ProtoRoundTripTest::roundTrips);
  }

  @Test
  void datasets_roundTrip() {
    qt().withExamples(30)
        .forAll(Models.datasets(3))
        .checkAssert(
            ds -> {
              org.epar.grpc.v1.Dataset wire = ProtoMapper.toProto(ds);
              assertEquals(ds, ProtoMapper.fromProto(wire));
              assertEquals(ds, ProtoMapper.fromProto((org.epar.grpc.v1.Dataset) reparse(wire)));
            });
  }

  @Test
  void damingLikeCounty_roundTrips() {
    Dataset ds = Counties.damingLike(7L);
    assertEquals(ds, ProtoMapper.fromProto(ProtoMapper.toProto(ds)));
  }

  @Test
  void typedReportOverloads_roundTrip() {
    qt().withExamples(100)
        .forAll(Models.lenient(DailyReport.class))
        .checkAssert(r -> assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
    qt().withExamples(100)
        .forAll(Models.lenient(MonthlyReport.class))
        .checkAssert(r -> assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
    qt().withExamples(100)
        .forAll(Models.lenient(QuarterlyReport.class))
        .checkAssert(r -> assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
    qt().withExamples(100)
        .forAll(Models.lenient(AnnualReport.class))
        .checkAssert(r -> assertEquals(r, ProtoMapper.fromProto(ProtoMapper.toProto(r))));
  }

  private static void roundTrips(EparRecord record) {
    Message wire = ProtoMapper.toProto(record);
    assertEquals(record, ProtoMapper.fromProto(wire));
    assertEquals(record, ProtoMapper.fromProto(reparse(wire)));
  }

  private static Message reparse(Message m) {
    try {
      return m.getParserForType().parseFrom(m.toByteArray());
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }
}
