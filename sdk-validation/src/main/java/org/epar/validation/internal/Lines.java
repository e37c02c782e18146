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
    for (; i + 8 <= length; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES; // a newline byte is now zero
      // exactly the zero bytes get their high bit set: no borrow crosses a byte
      long zero = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
      n += Long.bitCount(zero);
    }
    for (; i < length; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return length > 0 && b[length - 1] != '\n' ? n + 1 : n;
  }
}
