package org.epar.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Report;
import org.epar.grpc.ProtoMapper;
import org.epar.grpc.internal.FindingText;
import org.epar.validation.Finding;
import org.epar.validation.Severity;

/**
 * How a submission's report and findings are kept in a row: the report as its deterministic
 * protobuf bytes (the same bytes the server hashes for {@code content_sha256}), the findings as a
 * JSON array. Stateless and thread-safe.
 */
public final class RowCodec {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<List<StoredFinding>> FINDINGS = new TypeReference<>() {};

  /**
   * A finding as the findings column holds it, since 0.1.0: {@code {"ruleId", "severity",
   * "location", "messageEn", "messageZh"}} in that order (the shape of the server kit's former
   * {@code spi.Finding}, kept byte for byte so existing databases read without a migration). The
   * location and messages are {@link FindingText}'s.
   */
  private record StoredFinding(
      String ruleId, Severity severity, String location, String messageEn, String messageZh) {

    static StoredFinding of(Finding f) {
      return new StoredFinding(
          f.ruleId(),
          f.severity(),
          FindingText.location(f),
          FindingText.messageEn(f),
          FindingText.messageZh(f));
    }

    Finding finding() {
      return FindingText.stored(ruleId, severity, location, messageEn, messageZh);
    }
  }

  private RowCodec() {}

  /**
   * The protobuf message of a report.
   *
   * @param report the report
   * @return the message
   */
  public static Message message(Report report) {
    if (report instanceof DailyReport d) {
      return ProtoMapper.toProto(d);
    }
    if (report instanceof MonthlyReport m) {
      return ProtoMapper.toProto(m);
    }
    if (report instanceof QuarterlyReport q) {
      return ProtoMapper.toProto(q);
    }
    return ProtoMapper.toProto((AnnualReport) report);
  }

  /**
   * The deterministic serialization of a message.
   *
   * @param m the message
   * @return its bytes
   */
  public static byte[] bytes(Message m) {
    byte[] out = new byte[m.getSerializedSize()];
    CodedOutputStream cos = CodedOutputStream.newInstance(out);
    cos.useDeterministicSerialization();
    try {
      m.writeTo(cos);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on an array of the exact size
    }
    cos.checkNoSpaceLeft();
    return out;
  }

  /**
   * The report back from its row.
   *
   * @param format the message type's full name, e.g. {@code epar.v1.DailyReport}
   * @param bytes the bytes
   * @return the report
   * @throws InvalidProtocolBufferException if the bytes are not a message of that type
   * @throws IllegalArgumentException if the format is unknown
   */
  public static Report report(String format, byte[] bytes) throws InvalidProtocolBufferException {
    return switch (format) {
      case "epar.v1.DailyReport" ->
          ProtoMapper.fromProto(org.epar.grpc.v1.DailyReport.parseFrom(bytes));
      case "epar.v1.MonthlyReport" ->
          ProtoMapper.fromProto(org.epar.grpc.v1.MonthlyReport.parseFrom(bytes));
      case "epar.v1.QuarterlyReport" ->
          ProtoMapper.fromProto(org.epar.grpc.v1.QuarterlyReport.parseFrom(bytes));
      case "epar.v1.AnnualReport" ->
          ProtoMapper.fromProto(org.epar.grpc.v1.AnnualReport.parseFrom(bytes));
      default -> throw new IllegalArgumentException("unknown report format '" + format + "'");
    };
  }

  /**
   * The findings as JSON: an array of {@code {"ruleId", "severity", "location", "messageEn",
   * "messageZh"}} objects (location and messages as the server sends them, see {@link
   * FindingText}); observed values, thresholds and citations are not kept.
   *
   * @param findings the findings
   * @return a JSON array
   */
  public static String findings(List<Finding> findings) {
    try {
      return JSON.writeValueAsString(findings.stream().map(StoredFinding::of).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("findings cannot be written as JSON", e);
    }
  }

  /**
   * The findings back from JSON.
   *
   * @param json a JSON array written by {@link #findings(List)} (or by any version since 0.1.0)
   * @return the findings, each with count 1 and nothing observed (see {@link FindingText#stored})
   * @throws JsonProcessingException if the text is not such an array
   */
  public static List<Finding> findings(String json) throws JsonProcessingException {
    return JSON.readValue(json, FINDINGS).stream().map(StoredFinding::finding).toList();
  }
}
