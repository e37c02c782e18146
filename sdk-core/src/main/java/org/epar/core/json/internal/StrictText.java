package org.epar.core.json.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Strict decoding of input text: bytes that are not valid in the expected charset are reported,
 * never replaced by U+FFFD, together with the encoding the bytes probably are in.
 */
public final class StrictText {

  /** The JDK's GB18030, a superset of GBK and GB2312: what Chinese Windows tools write. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** The name used in problem texts for {@link #GB18030}. */
  public static final String GBK_GB18030 = "GBK/GB18030";

  /**
   * Decoded text, or where the bytes stopped being valid.
   *
   * @param text the text; null when the bytes were not valid
   * @param badByte the 0-based offset of the first invalid byte, -1 when valid
   * @param likelyEncoding the encoding the bytes decode cleanly in, when they are not valid; may be
   *     null
   */
  public record Decoded(@Nullable String text, long badByte, @Nullable String likelyEncoding) {

    /**
     * Whether the bytes were valid.
     *
     * @return {@code text != null}
     */
    public boolean ok() {
      return text != null;
    }

    /**
     * The problem text, free of input values, for bytes that were not valid.
     *
     * @param charset the charset expected
     * @param where what the offset counts in, e.g. {@code "the line"}
     * @return the text
     */
    public String problem(Charset charset, String where) {
      String s = "not valid " + charset.name() + " (byte " + (badByte + 1) + " of " + where + ")";
      if (likelyEncoding == null) {
        return s;
      }
      return s
          + "; it looks like "
          + likelyEncoding
          + ": read it with the "
          + (GBK_GB18030.equals(likelyEncoding) ? "GB18030" : likelyEncoding)
          + " encoding";
    }
  }

  private StrictText() {}

  /**
   * Whether lines of this charset can be split at the byte {@code \n}: the charset writes the ASCII
   * characters as single ASCII bytes.
   *
   * @param charset the charset
   * @return whether it is ASCII-compatible
   */
  public static boolean asciiCompatible(Charset charset) {
    if (!charset.canEncode()) {
      return false;
    }
    String probe = "{\"type\":[0-9 a-z_]}\r\n";
    return java.util.Arrays.equals(
        probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Decodes bytes strictly.
   *
   * @param bytes the bytes
   * @param length how many of them
   * @param charset the charset they should be in
   * @return the text, or the offset of the first invalid byte and the likely encoding
   */
  public static Decoded decode(byte[] bytes, int length, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    CharsetDecoder d = strict(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out =
        CharBuffer.allocate(
            (int)
                Math.min(
                    Integer.MAX_VALUE - 8L,
                    (long) Math.ceil(length * (double) d.maxCharsPerByte()) + 1));
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      return new Decoded(null, in.position(), likely(bytes, length, charset));
    }
    out.flip();
    return new Decoded(out.toString(), -1, null);
  }

  /**
   * A strict decoder: malformed and unmappable input is reported, not replaced.
   *
   * @param charset the charset
   * @return a new decoder
   */
  public static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static @Nullable String likely(byte[] bytes, int length, Charset tried) {
    if (!tried.equals(GB18030) && cleanly(bytes, length, GB18030)) {
      return GBK_GB18030;
    }
    if (!tried.equals(StandardCharsets.UTF_8) && cleanly(bytes, length, StandardCharsets.UTF_8)) {
      return "UTF-8";
    }
    return null;
  }

  private static boolean cleanly(byte[] bytes, int length, Charset charset) {
    try {
      strict(charset).decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
