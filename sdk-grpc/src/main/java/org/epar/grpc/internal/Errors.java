package org.epar.grpc.internal;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.epar.core.privacy.Masking;

/**
 * Builds google.rpc.Status errors with ErrorInfo and a bounded BadRequest.
 *
 * <p>Every error fits {@link #MAX_ENCODED_STATUS} bytes of trailers ({@link #encodedSize}): values
 * are masked and shortened ({@link Masking}), at most {@link #MAX_VIOLATIONS} violations are sent,
 * and when more exist, or the next would not fit, a last violation says {@code … and N more}.
 */
public final class Errors {

  public static final String DOMAIN = "epar.org";

  /** At most this many field violations go into a BadRequest (trailers are small). */
  public static final int MAX_VIOLATIONS = 20;

  /**
   * Bound on the encoded status trailers in bytes: grpc-status, grpc-message (percent-encoded) and
   * grpc-status-details-bin (base64), each counted as name + value + 32 as HTTP/2 counts a header
   * list; half the 8 KiB header-list default of grpc-java and grpc-js.
   */
  public static final int MAX_ENCODED_STATUS = 4096;

  /** The field of the closing violation that counts the ones left out. */
  public static final String MORE_FIELD = "";

  static final int MAX_FIELD = 128;
  static final int MAX_DESCRIPTION = 200;
  static final int MAX_METADATA_VALUE = 128;

  private Errors() {}

  /** A violation: field path and description. */
  public record Violation(String field, String description) {}

  public static StatusRuntimeException of(Reason reason) {
    return of(reason, Map.of(), List.of());
  }

  public static StatusRuntimeException of(Reason reason, Violation violation) {
    return of(reason, Map.of(), List.of(violation));
  }

  public static StatusRuntimeException of(
      Reason reason, Map<String, String> metadata, List<Violation> violations) {
    return StatusProto.toStatusRuntimeException(status(reason, metadata, violations));
  }

  /** The google.rpc.Status of an error, within {@link #MAX_ENCODED_STATUS}. */
  static com.google.rpc.Status status(
      Reason reason, Map<String, String> metadata, List<Violation> violations) {
    Lang lang = Lang.current();
    Map<String, String> meta = new LinkedHashMap<>();
    metadata.forEach((k, v) -> meta.put(k, Masking.shorten(v, MAX_METADATA_VALUE)));
    com.google.rpc.Status.Builder status =
        com.google.rpc.Status.newBuilder()
            .setCode(reason.code().value())
            .setMessage(reason.message(lang))
            .addDetails(
                Any.pack(
                    ErrorInfo.newBuilder()
                        .setReason(reason.name())
                        .setDomain(DOMAIN)
                        .putAllMetadata(meta)
                        .build()));
    if (violations.isEmpty()) {
      return status.build();
    }
    BadRequest.Builder br = BadRequest.newBuilder();
    int sent = 0;
    for (Violation v : violations) {
      if (sent == MAX_VIOLATIONS) {
        break;
      }
      BadRequest.FieldViolation fv =
          BadRequest.FieldViolation.newBuilder()
              .setField(Masking.shorten(Masking.echoPath(v.field()), MAX_FIELD))
              .setDescription(Masking.message(v.description(), MAX_DESCRIPTION))
              .build();
      BadRequest.Builder candidate = br.clone().addFieldViolations(fv);
      int left = violations.size() - sent - 1;
      if (left > 0) {
        candidate.addFieldViolations(more(left, lang));
      }
      if (encodedSize(status.clone().addDetails(Any.pack(candidate.build())).build())
          > MAX_ENCODED_STATUS) {
        break;
      }
      br.addFieldViolations(fv);
      sent++;
    }
    if (sent < violations.size()) {
      br.addFieldViolations(more(violations.size() - sent, lang));
    }
    return status.addDetails(Any.pack(br.build())).build();
  }

  private static BadRequest.FieldViolation more(int n, Lang lang) {
    return BadRequest.FieldViolation.newBuilder()
        .setField(MORE_FIELD)
        .setDescription(lang.pick("… and " + n + " more", "……另有 " + n + " 项"))
        .build();
  }

  /**
   * The bytes the status takes as HTTP/2 trailers: for each of grpc-status, grpc-message
   * (percent-encoded UTF-8) and grpc-status-details-bin (unpadded base64), name + value + 32.
   *
   * @param status the status
   * @return the encoded size in bytes
   */
  public static int encodedSize(com.google.rpc.Status status) {
    int details = (status.getSerializedSize() * 4 + 2) / 3;
    return "grpc-status".length()
        + Integer.toString(status.getCode()).length()
        + 32
        + "grpc-message".length()
        + percentEncodedLength(status.getMessage())
        + 32
        + "grpc-status-details-bin".length()
        + details
        + 32;
  }

  private static int percentEncodedLength(String message) {
    int n = 0;
    for (byte b : message.getBytes(StandardCharsets.UTF_8)) {
      n += b >= ' ' && b < '~' + 1 && b != '%' ? 1 : 3;
    }
    return n;
  }
}
