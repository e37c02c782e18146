package org.epar.core.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code \n}-terminated lines of bytes (a trailing {@code \r} is dropped), holding at most
 * {@code maxBytes} bytes of one line in memory; the rest of a longer line is skipped and the line
 * is flagged. Works for every charset in which {@code \n} and {@code \r} are the single ASCII bytes
 * and never occur inside a multi-byte character (UTF-8, GBK, GB18030, ...). Lines are views, valid
 * until the next call: no bytes are copied for a line that lies within one block of the input, and
 * none at all for input held in memory ({@link #ByteLineReader(byte[], int, int)}). Not
 * thread-safe.
 */
public final class ByteLineReader {

  /**
   * One line of bytes: {@code bytes[offset .. offset + length)}, valid until the reader's next
   * call.
   *
   * @param bytes the array holding the line (the reader's, not to be kept or changed)
   * @param offset where the line starts in {@code bytes}
   * @param length the number of bytes, without terminator; truncated when {@code tooLong}
   * @param tooLong whether the line was longer than the limit
   */
  public record Line(byte[] bytes, int offset, int length, boolean tooLong) {
    /**
     * A copy of the line's bytes.
     *
     * @return the bytes
     */
    public byte[] copy() {
      return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** Prints the position and size only, never the bytes. */
    @Override
    public String toString() {
      return "Line[offset=" + offset + ", length=" + length + ", tooLong=" + tooLong + "]";
    }
  }

  private final @Nullable InputStream in;
  private final int maxBytes;
  private final byte[] buf;
  private byte[] line = new byte[256];
  private int length;
  private int pos;
  private int limit;
  private boolean eof;
  private final boolean inMemory;

  /**
   * Creates a reader of a stream.
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
    this.buf = new byte[1 << 16];
    this.inMemory = false;
  }

  /**
   * Creates a reader of bytes held in memory; its lines are views into {@code data}.
   *
   * @param data the bytes; only the first {@code dataLength} count; not copied, not to be changed
   *     while read
   * @param dataLength the number of bytes
   * @param maxBytes the most bytes of a line kept
   */
  public ByteLineReader(byte[] data, int dataLength, int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (dataLength < 0 || dataLength > data.length) {
      throw new IllegalArgumentException("dataLength out of range: " + dataLength);
    }
    this.in = null;
    this.maxBytes = maxBytes;
    this.buf = data;
    this.limit = dataLength;
    this.inMemory = true;
  }

  /**
   * The bytes every line is a view into, for a reader of bytes in memory: a parser may run over
   * several lines of it.
   *
   * @return the array, or null for a reader of a stream
   */
  public byte @Nullable [] data() {
    return inMemory ? buf : null;
  }

  /**
   * The number of bytes of {@link #data()} that count, for a reader of bytes in memory.
   *
   * @return the length, or 0 for a reader of a stream
   */
  public int dataLength() {
    return inMemory ? limit : 0;
  }

  /**
   * Where the next line starts in {@link #data()}, for a reader of bytes in memory.
   *
   * @return the index of the next line's first byte ({@link #dataLength()} at the end)
   */
  public int position() {
    return pos;
  }

  /**
   * Moves past lines read elsewhere, for a reader of bytes in memory: the next line starts at
   * {@code position}, which must be the start of a line (just after a newline) or the end.
   *
   * @param position the index of the next line's first byte, not before {@link #position()}
   * @throws IllegalStateException for a reader of a stream
   * @throws IllegalArgumentException if {@code position} is out of range
   */
  public void skipTo(int position) {
    if (!inMemory) {
      throw new IllegalStateException("skipTo is for a reader of bytes in memory");
    }
    if (position < pos || position > limit) {
      throw new IllegalArgumentException("position out of range: " + position);
    }
    pos = position;
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
    if (pos < limit) {
      int start = pos;
      int nl = indexOfNewline(buf, start, limit);
      if (nl >= 0 || inMemory) {
        int end = nl >= 0 ? nl : limit;
        pos = nl >= 0 ? nl + 1 : limit;
        return view(buf, start, end - start);
      }
    } else if (inMemory) {
      eof = true;
      return null;
    }
    length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = Objects.requireNonNull(in).read(buf, 0, buf.length);
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

  private static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    // eight bytes at a time: a byte equal to '\n' becomes zero after the XOR, and the lowest
    // zero byte of a word sets the high bit of its own byte in (x - 0x01..) & ~x & 0x80..
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long zero = (x - LOW_BITS) & ~x & HIGH_BITS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Eight bytes of a byte array at once, in the order they come (little-endian). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** A whole line of {@code n} bytes at {@code from}: the same cut as {@link #finish}. */
  private Line view(byte[] b, int from, int n) {
    if (n > 0 && b[from + n - 1] == '\r' && n <= maxBytes + 1) {
      n--;
    }
    boolean tooLong = n > maxBytes;
    return new Line(b, from, tooLong ? maxBytes : n, tooLong);
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
    return new Line(line, 0, n, tooLong);
  }
}
