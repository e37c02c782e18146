package org.epar.validation.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts the lines of NDJSON bytes held in memory the way {@code NdjsonReader} numbers them: one
 * per newline, plus one for a last line without a newline. Counting eight bytes at a time is a
 * small fraction of reading the lines, so a part's count can be known before its lines are read.
 */
public final class Lines {

  /** Eight bytes of a byte array at once, in the order they come (little-endian). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
  private static final long SHORT_ONES = 0x0001000100010001L;

  private Lines() {}

  /**
   * The number of lines of {@code b[0 .. length)}: newlines, and a last line without one.
   *
   * @param b the bytes
   * @param length how many of them count
   * @return the number of lines; 0 for no bytes
   */
  public static long count(byte[] b, int length) {
    long n = 0;
    int i = 0;
    while (i + 32 <= length) {
      // per byte lane, the newlines of up to 63 rounds of four words: at most 252, no carry
      long lanes = 0;
      int end = Math.min(length - 31, i + 32 * 63);
      for (; i < end; i += 32) {
        lanes +=
            newlines((long) LONGS.get(b, i))
                + newlines((long) LONGS.get(b, i + 8))
                + newlines((long) LONGS.get(b, i + 16))
                + newlines((long) LONGS.get(b, i + 24));
      }
      // pairs of lanes into four 16-bit lanes (at most 504 each), whose sum lands in the top one
      long pairs = (lanes & EVEN_BYTES) + ((lanes >>> 8) & EVEN_BYTES);
      n += (pairs * SHORT_ONES) >>> 48;
    }
    for (; i < length; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return length > 0 && b[length - 1] != '\n' ? n + 1 : n;
  }

  /** One in the lowest bit of each byte of {@code word} that is a newline, zero elsewhere. */
  private static long newlines(long word) {
    long x = word ^ NEWLINES; // a newline byte is now zero
    // exactly the zero bytes get their high bit set: no borrow crosses a byte
    return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN) >>> 7;
  }
}
