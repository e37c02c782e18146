package org.epar.grpc.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Arrays;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.grpc.ProtoMapper;
import org.epar.grpc.ProtoMappingException;
import org.epar.grpc.v1.AnnualReport;
import org.epar.grpc.v1.DailyReport;
import org.epar.grpc.v1.MonthlyReport;
import org.epar.grpc.v1.QuarterlyReport;

/**
 * Jazzer target for the proto mapping, bytes → proto → model: the first byte picks the message
 * (daily, monthly, quarterly, annual report or a whole dataset, which holds every record type), the
 * rest is parsed as that message. Bytes that are not its encoding are an {@code
 * InvalidProtocolBufferException}; a text field that cannot be read is a {@code
 * ProtoMappingException}; anything else maps to a model value that maps back to the same model
 * value (model → proto → model is the identity).
 *
 * <p>Regression inputs: {@code src/test/resources/org/epar/grpc/fuzz/ProtoMappingFuzzTestInputs/}.
 */
class ProtoMappingFuzzTest {

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
  void bytesToModel(byte[] input) {
    if (input.length == 0) {
      return;
    }
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    try {
      switch (Math.floorMod(input[0], 5)) {
        case 0 -> {
          EparRecord model = ProtoMapper.fromProto(DailyReport.parseFrom(body));
          assertEquals(model, ProtoMapper.fromProto(ProtoMapper.toProto(model)));
        }
        case 1 -> {
          EparRecord model = ProtoMapper.fromProto(MonthlyReport.parseFrom(body));
          assertEquals(model, ProtoMapper.fromProto(ProtoMapper.toProto(model)));
        }
        case 2 -> {
          EparRecord model = ProtoMapper.fromProto(QuarterlyReport.parseFrom(body));
          assertEquals(model, ProtoMapper.fromProto(ProtoMapper.toProto(model)));
        }
        case 3 -> {
          EparRecord model = ProtoMapper.fromProto(AnnualReport.parseFrom(body));
          assertEquals(model, ProtoMapper.fromProto(ProtoMapper.toProto(model)));
        }
        default -> {
          Dataset model = ProtoMapper.fromProto(org.epar.grpc.v1.Dataset.parseFrom(body));
          assertEquals(model, ProtoMapper.fromProto(ProtoMapper.toProto(model)));
        }
      }
    } catch (InvalidProtocolBufferException | ProtoMappingException expected) {
      // not an encoding of the message, or a text field the model cannot hold: both documented
    }
  }
}
