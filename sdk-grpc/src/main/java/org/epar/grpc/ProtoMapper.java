package org.epar.grpc;

import com.google.protobuf.Message;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.grpc.internal.ModelCodec;

/**
 * Lossless conversion between the sdk-core model and the {@code epar.v1} protobuf messages.
 *
 * <p>For every record {@code x}, {@code fromProto(toProto(x)).equals(x)}: invalid identifiers keep
 * their raw text, null stays null (proto3 {@code optional} and {@code *_UNSPECIFIED} enum values),
 * money is exact fen, decimals keep their scale, dates and date-times keep their offset.
 *
 * <pre>{@code
 * org.epar.grpc.v1.MonthlyReport wire = ProtoMapper.toProto(report);
 * MonthlyReport back = ProtoMapper.fromProto(wire);   // back.equals(report)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProtoMapper {

  private ProtoMapper() {}

  /**
   * Any model record to its message, e.g. a {@code Transaction} to an {@code epar.v1.Transaction}.
   *
   * @param record the record
   * @return the message of the record's type
   */
  public static Message toProto(EparRecord record) {
    return ModelCodec.toProtoRecord(record);
  }

  /**
   * A record message back to its model record.
   *
   * @param message a message of one of the record types in {@code epar.v1}
   * @return the record
   * @throws IllegalArgumentException if the message is not one of the record types
   * @throws ProtoMappingException if a date, decimal or period field cannot be read
   */
  public static EparRecord fromProto(Message message) {
    return ModelCodec.fromProtoRecord(message)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    message.getDescriptorForType().getFullName()
                        + " is not an EPAR record message"));
  }

  /**
   * A dataset to its message.
   *
   * @param dataset the dataset
   * @return the message
   */
  public static org.epar.grpc.v1.Dataset toProto(Dataset dataset) {
    return ModelCodec.toProto(dataset);
  }

  /**
   * A dataset message back to the model.
   *
   * @param message the message
   * @return the dataset
   * @throws ProtoMappingException if a date, decimal or period field cannot be read
   */
  public static Dataset fromProto(org.epar.grpc.v1.Dataset message) {
    return ModelCodec.fromProto(message);
  }

  /**
   * A daily report to its message.
   *
   * @param report the report
   * @return the message
   */
  public static org.epar.grpc.v1.DailyReport toProto(DailyReport report) {
    return ModelCodec.toProto(report);
  }

  /**
   * A daily report message back to the model.
   *
   * @param message the message
   * @return the report
   * @throws ProtoMappingException if a date, decimal or period field cannot be read
   */
  public static DailyReport fromProto(org.epar.grpc.v1.DailyReport message) {
    return ModelCodec.fromProto(message);
  }

  /**
   * A monthly report to its message.
   *
   * @param report the report
   * @return the message
   */
  public static org.epar.grpc.v1.MonthlyReport toProto(MonthlyReport report) {
    return ModelCodec.toProto(report);
  }

  /**
   * A monthly report message back to the model.
   *
   * @param message the message
   * @return the report
   * @throws ProtoMappingException if a date, decimal or period field cannot be read
   */
  public static MonthlyReport fromProto(org.epar.grpc.v1.MonthlyReport message) {
    return ModelCodec.fromProto(message);
  }

  /**
   * A quarterly report to its message.
   *
   * @param report the report
   * @return the message
   */
  public static org.epar.grpc.v1.QuarterlyReport toProto(QuarterlyReport report) {
    return ModelCodec.toProto(report);
  }

  /**
   * A quarterly report message back to the model.
   *
   * @param message the message
   * @return the report
   * @throws ProtoMappingException if a date, decimal or period field cannot be read
   */
  public static QuarterlyReport fromProto(org.epar.grpc.v1.QuarterlyReport message) {
    return ModelCodec.fromProto(message);
  }

  /**
   * An annual report to its message.
   *
   * @param report the report
   * @return the message
   */
  public static org.epar.grpc.v1.AnnualReport toProto(AnnualReport report) {
    return ModelCodec.toProto(report);
  }

  /**
   * An annual report message back to the model.
   *
   * @param message the message
   * @return the report
   * @throws ProtoMappingException if a date, decimal or period field cannot be read
   */
  public static AnnualReport fromProto(org.epar.grpc.v1.AnnualReport message) {
    return ModelCodec.fromProto(message);
  }
}
