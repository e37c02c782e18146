package org.epar.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.epar.core.EparException;

/**
 * A call to the reporting service failed: the gRPC status code, the stable reason from the {@code
 * google.rpc.ErrorInfo} detail, and the field violations of the {@code google.rpc.BadRequest}
 * detail (for a rejected report: at most 20, each with its rule ID; the full findings are in {@link
 * EparClient#getSubmission(String)} for the submission named in {@link #metadata()}).
 *
 * <pre>{@code
 * try {
 *   client.submitMonthly(report, "2018-03-monthly");
 * } catch (EparRpcException e) {
 *   if (e.reason().equals("VALIDATION_FAILED")) {
 *     e.violations().forEach(v -> log.warn("{} at {}", v.ruleId(), v.field()));
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EparRpcException extends EparException {

  private static final long serialVersionUID = 1L;

  /**
   * One field violation.
   *
   * @param field the field path, e.g. {@code transactions[3].amount_fen}
   * @param description the description, starting with the rule ID for a validation finding
   * @param ruleId the rule ID the description starts with, or empty if it names none
   * @since 0.1.0
   */
  public record Violation(String field, String description, String ruleId)
      implements java.io.Serializable {}

  private final Status.Code code;
  private final String reason;
  private final Map<String, String> metadata;
  private final List<Violation> violations;

  private EparRpcException(
      String message,
      Throwable cause,
      Status.Code code,
      String reason,
      Map<String, String> metadata,
      List<Violation> violations) {
    super(message, cause);
    this.code = code;
    this.reason = reason;
    this.metadata = Map.copyOf(metadata);
    this.violations = List.copyOf(violations);
  }

  /**
   * Reads the status and its details from a failed call.
   *
   * @param t what the gRPC stub threw or reported
   * @return the exception
   */
  public static EparRpcException from(Throwable t) {
    Status status = Status.fromThrowable(t);
    com.google.rpc.Status details = StatusProto.fromThrowable(t);
    String reason = "";
    Map<String, String> metadata = Map.of();
    List<Violation> violations = new ArrayList<>();
    if (details != null) {
      for (Any any : details.getDetailsList()) {
        try {
          if (any.is(ErrorInfo.class)) {
            ErrorInfo info = any.unpack(ErrorInfo.class);
            reason = info.getReason();
            metadata = info.getMetadataMap();
          } else if (any.is(BadRequest.class)) {
            for (BadRequest.FieldViolation v :
                any.unpack(BadRequest.class).getFieldViolationsList()) {
              violations.add(
                  new Violation(v.getField(), v.getDescription(), ruleId(v.getDescription())));
            }
          }
        } catch (InvalidProtocolBufferException e) {
          // a detail we cannot read is left out
        }
      }
    }
    String message =
        status.getCode()
            + (reason.isEmpty() ? "" : " " + reason)
            + (status.getDescription() == null ? "" : ": " + status.getDescription());
    return new EparRpcException(message, t, status.getCode(), reason, metadata, violations);
  }

  private static String ruleId(String description) {
    int colon = description.indexOf(':');
    String head = colon < 0 ? "" : description.substring(0, colon);
    return head.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+") ? head : "";
  }

  /**
   * The gRPC status code.
   *
   * @return the code, e.g. {@code INVALID_ARGUMENT}
   */
  public Status.Code code() {
    return code;
  }

  /**
   * The stable reason from ErrorInfo (domain {@code epar.org}).
   *
   * @return the reason, e.g. {@code VALIDATION_FAILED}, or empty if the error carried none (a
   *     transport failure)
   */
  public String reason() {
    return reason;
  }

  /**
   * The ErrorInfo metadata, e.g. {@code submission} naming the stored rejected submission.
   *
   * @return the metadata, possibly empty
   */
  public Map<String, String> metadata() {
    return metadata;
  }

  /**
   * The BadRequest field violations.
   *
   * @return at most 20 violations, possibly none, and when the server left some out a last one with
   *     an empty field and the description {@code … and N more}
   */
  public List<Violation> violations() {
    return violations;
  }
}
