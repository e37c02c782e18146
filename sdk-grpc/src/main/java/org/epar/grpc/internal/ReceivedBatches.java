package org.epar.grpc.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the bytes of a daily stream's batch exactly as the client encoded them, for the
 * end-of-report digest ({@code DailyReportEnd.records_sha256}, docs/protocol.md): the SHA-256 is
 * over the received bytes of each {@code batch} field, not over a re-serialization, so a client
 * library that writes fields holding their default value (protobufjs does when a field is set
 * explicitly) or orders fields otherwise still agrees with the server.
 *
 * <p>The request marshaller of SubmitDailyReport is wrapped: it reads the message's bytes, parses
 * them with the generated marshaller, and leaves the bytes of the {@code batch} field (all its
 * occurrences, in order, as protobuf merges them) in a thread-local. grpc-java calls the listener
 * on the same thread right after parsing; the service {@link #take takes} them there, and the
 * listener of {@link MalformedMessages} clears what was not taken.
 */
public final class ReceivedBatches {

  private static final ThreadLocal<ByteString> LAST = new ThreadLocal<>();
  private static final String DAILY =
      ReportingServiceGrpc.getSubmitDailyReportMethod().getFullMethodName();

  private ReceivedBatches() {}

  /**
   * The batch bytes of the message just parsed on this thread, and forgets them; null when the
   * message came without bytes (an in-JVM caller) or carries no batch.
   *
   * @return the bytes, or null
   */
  public static @Nullable ByteString take() {
    ByteString b = LAST.get();
    LAST.remove();
    return b;
  }

  /** Forgets what the last parse on this thread left. */
  static void clear() {
    LAST.remove();
  }

  /**
   * The method's request marshaller, keeping batch bytes for SubmitDailyReport only.
   *
   * @param fullMethodName the method's full name
   * @param delegate its generated request marshaller
   * @param <Q> the request type
   * @return a keeping marshaller for SubmitDailyReport, else {@code delegate} itself
   */
  public static <Q> MethodDescriptor.Marshaller<Q> keeping(
      String fullMethodName, MethodDescriptor.Marshaller<Q> delegate) {
    if (!DAILY.equals(fullMethodName)) {
      return delegate;
    }
    return new Keeping<>(delegate);
  }

  /**
   * The concatenated bytes of every {@code batch} field (number {@value
   * SubmitDailyReportRequest#BATCH_FIELD_NUMBER}) of an encoded request, or null if it has none.
   *
   * @param encoded a valid encoding of a SubmitDailyReportRequest
   * @return the batch bytes as encoded, or null
   * @throws IOException if the encoding is not valid
   */
  static @Nullable ByteString batchBytes(byte[] encoded) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(encoded);
    ByteString out = null;
    while (true) {
      int tag = in.readTag();
      if (tag == 0) {
        return out;
      }
      if (WireFormat.getTagFieldNumber(tag) == SubmitDailyReportRequest.BATCH_FIELD_NUMBER
          && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        ByteString b = in.readBytes();
        out = out == null ? b : out.concat(b);
      } else if (!in.skipField(tag)) {
        return out;
      }
    }
  }

  private static final class Keeping<Q> implements MethodDescriptor.Marshaller<Q> {
    private final MethodDescriptor.Marshaller<Q> delegate;

    Keeping(MethodDescriptor.Marshaller<Q> delegate) {
      this.delegate = delegate;
    }

    @Override
    public InputStream stream(Q value) {
      return delegate.stream(value);
    }

    @Override
    public Q parse(InputStream stream) {
      LAST.remove();
      byte[] encoded;
      try {
        encoded = stream.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Q value = delegate.parse(new ByteArrayInputStream(encoded));
      try {
        ByteString batch = batchBytes(encoded);
        if (batch != null) {
          LAST.set(batch);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return value;
    }
  }
}
