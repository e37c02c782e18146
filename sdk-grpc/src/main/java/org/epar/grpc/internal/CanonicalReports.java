package org.epar.grpc.internal;

import com.google.protobuf.Message;
import java.util.function.Supplier;
import org.epar.core.model.Report;

/**
 * A report's canonical protobuf message (the mapped report whose deterministic bytes {@code
 * content_sha256} is computed over), mapped once per submission: the service maps the report to
 * hash it and hands the same message to the store on the same thread while it stores the report, so
 * that a store that keeps the canonical bytes (the JDBC store) serialises that message instead of
 * mapping the whole report again. Thread-confined; nothing outlives the store call.
 */
public final class CanonicalReports {

  private record Current(Report report, Message message) {}

  private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

  private CanonicalReports() {}

  /**
   * The canonical message of a report: the one the service mapped for this very report (the same
   * instance) if this thread is storing it, else mapped now. Either way the same content.
   *
   * @param report the report
   * @return its message
   */
  public static Message message(Report report) {
    Current c = CURRENT.get();
    if (c != null && c.report() == report) {
      return c.message();
    }
    return ModelCodec.toProtoRecord(report);
  }

  /**
   * Runs {@code body} (the store call) with {@code message} as the canonical message of {@code
   * report} on this thread.
   *
   * @param report the report being stored
   * @param message its canonical message, {@code ModelCodec.toProtoRecord(report)}
   * @param body the store call
   * @return what the body returns
   */
  static <T> T during(Report report, Message message, Supplier<T> body) {
    Current before = CURRENT.get();
    CURRENT.set(new Current(report, message));
    try {
      return body.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }
}
