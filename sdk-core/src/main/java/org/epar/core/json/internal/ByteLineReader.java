package org.epar.core.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code \n}-terminated lines of bytes (a trailing {@code \r} is dropped), holding at most
 * {@code maxBytes} bytes of one line in memory; the rest of a longer line is skipped and the line
 * is flagged. Works for every charset in which {@code \n} and {@code \r} are the single ASCII bytes
 * and never occur inside a multi-byte character (UTF-8, GBK, GB18030, ...). Not thread-safe.
 */
public final class ByteLineReader {

  /**
   * One line of bytes.
   *
   * @param bytes the bytes, without terminator; truncated when {@code tooLong}
   * @param tooLong whether the line was longer than the limit
   */
  public record Line(byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[8192];
  private byte[] line = new byte[256];
  private int length;
  private int pos;
  private int limit;
  private boolean eof;

  /**
   * Creates a reader.
   *
   * @param in the source; read in blocks, so it need not be buffered
   * @param maxBytes the most bytes of a line kept
   */
  public ByteLineReader(InputStream in, int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * The next line.
   *
   * @return the line, or null at the end of the input
   * @throws IOException if reading fails
   */
  public @Nullable Line next() throws IOException {
    if (eof) {
      return null;
    }
    length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          return any ? finish(tooLong) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong) {
        int room = maxBytes + 1 - length; // one extra to keep a trailing \r
        if (n > room) {
          append(start, room);
          tooLong = true;
        } else {
          append(start, n);
        }
      }
      if (pos < limit) { // found \n
        pos++;
        return finish(tooLong);
      }
    }
  }

  private void append(int from, int n) {
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, Math.min(line.length * 2, maxBytes + 1)));
    }
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }

  private Line finish(boolean tooLong) {
    int n = length;
    if (n > 0 && line[n - 1] == '\r' && !tooLong) {
      n--;
    }
    if (n > maxBytes) {
      n = maxBytes;
      tooLong = true;
    }
    return new Line(Arrays.copyOf(line, n), tooLong);
  }
}
