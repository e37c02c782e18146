package org.epar.grpc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Captures what the server logs while open: slf4j-simple's lines (written to the current
 * System.err) and every java.util.logging record with its stack trace (gRPC and Netty log there).
 */
final class LogCapture implements AutoCloseable {

  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final StringBuffer jul = new StringBuffer();
  private final java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
  private final Handler handler =
      new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
          jul.append(format.format(r));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  LogCapture() {
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    System.setErr(new PrintStream(new TeeStream(err, originalErr), true, StandardCharsets.UTF_8));
  }

  /** Everything logged so far. */
  String text() {
    System.err.flush();
    synchronized (err) {
      return err.toString(StandardCharsets.UTF_8) + jul;
    }
  }

  @Override
  public void close() {
    System.setErr(originalErr);
    root.removeHandler(handler);
  }

  private static final class TeeStream extends java.io.OutputStream {
    private final ByteArrayOutputStream copy;
    private final PrintStream out;

    TeeStream(ByteArrayOutputStream copy, PrintStream out) {
      this.copy = copy;
      this.out = out;
    }

    @Override
    public void write(int b) {
      synchronized (copy) {
        copy.write(b);
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (copy) {
        copy.write(b, off, len);
      }
      out.write(b, off, len);
    }
  }
}
