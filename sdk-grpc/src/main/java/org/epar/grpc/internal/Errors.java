package org.epar.grpc.internal;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Map;

/** Builds google.rpc.Status errors with ErrorInfo and a bounded BadRequest. */
public final class Errors {

  public static final String DOMAIN = "epar.org";

  /** At most this many field violations go into a BadRequest (trailers are small). */
  public static final int MAX_VIOLATIONS = 20;

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
    Lang lang = Lang.current();
    com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
        .setCode(reason.code().value())
        .setMessage(reason.message(lang))
        .addDetails(Any.pack(ErrorInfo.newBuilder()
            .setReason(reason.name())
            .setDomain(DOMAIN)
            .putAllMetadata(metadata)
            .build()));
    if (!violations.isEmpty()) {
      BadRequest.Builder br = BadRequest.newBuilder();
      violations.stream().limit(MAX_VIOLATIONS).forEach(v -> br.addFieldViolations(
          BadRequest.FieldViolation.newBuilder()
              .setField(v.field())
              .setDescription(v.description())));
      status.addDetails(Any.pack(br.build()));
    }
    return StatusProto.toStatusRuntimeException(status.build());
  }
}
