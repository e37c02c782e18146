package org.epar.core.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A check of a line's bytes before the streaming binders read them directly, without decoding them
 * to a {@code String} first: only a line that is strictly valid UTF-8 (as the JDK's decoder with
 * {@code REPORT} judges it: no overlong forms, no surrogates, nothing above U+10FFFF), holds no NUL
 * byte (Jackson's encoding detection looks at zero bytes) and whose first byte that is not ASCII
 * whitespace is <code>{</code> qualifies. Every other line is decoded and read as before.
 */
public final class Utf8 {

  /** Eight bytes of a byte array at once, in the order they come (little-endian). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Utf8() {}

  /**
   * The length in UTF-16 chars of a qualifying line, or -1.
   *
   * @param b the line's bytes, without terminator
   * @return the number of chars the line decodes to, or -1 when the line does not qualify
   */
  public static int plainChars(byte[] b) {
    return plainChars(b, 0, b.length);
  }

  /**
   * The length in UTF-16 chars of a qualifying line held in {@code b[from .. to)}, or -1.
   *
   * @param b the bytes
   * @param from the line's first byte
   * @param to the end of the line, without terminator
   * @return the number of chars the line decodes to, or -1 when the line does not qualify
   */
  public static int plainChars(byte[] b, int from, int to) {
    int n = to;
    int i = from;
    while (i < n && b[i] > 0 && b[i] != '{') {
      if (!Character.isWhitespace((char) b[i])) {
        return -1;
      }
      i++;
    }
    if (i == n || b[i] != '{') {
      return -1;
    }
    int chars = 0;
    i = from;
    while (i < n) {
      if (i + 8 <= n) {
        // eight ASCII bytes at once: no high bit set, and no zero byte among them
        long w = (long) LONGS.get(b, i);
        if ((w & HIGH_BITS) == 0 && ((w - LOW_BITS) & HIGH_BITS) == 0) {
          i += 8;
          chars += 8;
          continue;
        }
      }
      int c = b[i];
      if (c > 0) {
        i++;
        chars++;
        continue;
      }
      if (c == 0) {
        return -1;
      }
      c &= 0xFF;
      if (c < 0xC2) {
        return -1; // continuation byte without a lead, or an overlong two-byte lead
      }
      if (c < 0xE0) {
        if (i + 1 >= n || !cont(b[i + 1])) {
          return -1;
        }
        i += 2;
        chars++;
      } else if (c < 0xF0) {
        if (i + 2 >= n || !cont(b[i + 1]) || !cont(b[i + 2])) {
          return -1;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) {
          return -1; // overlong, or a surrogate
        }
        i += 3;
        chars++;
      } else if (c < 0xF5) {
        if (i + 3 >= n || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
          return -1;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) {
          return -1; // overlong, or above U+10FFFF
        }
        i += 4;
        chars += 2;
      } else {
        return -1;
      }
    }
    return chars;
  }

  private static boolean cont(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
