package org.epar.core.json.internal;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code \n}-terminated lines (a trailing {@code \r} is dropped) holding at most {@code
 * maxLength} characters of one line in memory; the rest of a longer line is skipped and the line is
 * flagged. A byte-order mark at the start of the input is dropped. Not thread-safe.
 */
public final class BoundedLineReader {

  /**
   * One line.
   *
   * @param text the text, without terminator; truncated when {@code tooLong}
   * @param tooLong whether the line was longer than the limit
   */
  public record Line(String text, boolean tooLong) {}

  private final Reader in;
  private final int maxLength;
  private final char[] buf = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int limit;
  private boolean first = true;
  private boolean eof;

  /**
   * Creates a reader.
   *
   * @param in the source; read in blocks, so it need not be buffered
   * @param maxLength the most characters of a line kept
   */
  public BoundedLineReader(Reader in, int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    this.in = in;
    this.maxLength = maxLength;
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
    line.setLength(0);
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
        if (first) {
          first = false;
          if (buf[0] == '\uFEFF') {
            pos = 1;
            continue;
          }
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong) {
        int room = maxLength + 1 - line.length(); // one extra to keep a trailing \r
        if (n > room) {
          line.append(buf, start, room);
          tooLong = true;
        } else {
          line.append(buf, start, n);
        }
      }
      if (pos < limit) { // found \n
        pos++;
        return finish(tooLong);
      }
    }
  }

  private Line finish(boolean tooLong) {
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r' && !tooLong) {
      line.setLength(n - 1);
    }
    if (line.length() > maxLength) {
      line.setLength(maxLength);
      tooLong = true;
    }
    return new Line(line.toString(), tooLong);
  }
}
