package org.epar.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8Test {

  /**
   * What {@link Utf8#plainChars} must say: the JDK's strict decoder accepts the bytes, no NUL, and
   * '{' is the first char that is not ASCII white space.
   */
  private static int expected(byte[] b, int from, int to) {
    String s;
    try {
      s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, from, to - from))
              .toString();
    } catch (CharacterCodingException e) {
      return -1;
    }
    if (s.indexOf('\0') >= 0) {
      return -1;
    }
    int i = 0;
    // only ASCII white space may come before the '{'
    while (i < s.length() && s.charAt(i) < 0x80 && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < s.length() && s.charAt(i) == '{' ? s.length() : -1;
  }

  private static final byte[] PIECES_SOURCE =
      "{\"name\":\"王小明\",\"id\":\"130425\"} 𝄞 \t é".getBytes(StandardCharsets.UTF_8);

  @Test
  void longAsciiRuns_countedEightAtATime_stopAtANulOrAHighByte_exactlyWhereTheyAre() {
    byte[] plain =
        "{\"type\":\"household\",\"id\":\"13042500000001\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(plain.length, Utf8.plainChars(plain));
    for (int at = 1; at < plain.length; at++) {
      byte[] nul = plain.clone();
      nul[at] = 0;
      assertEquals(-1, Utf8.plainChars(nul), "NUL at " + at);
      byte[] high = plain.clone();
      high[at] = (byte) 0x80; // a continuation byte without a lead
      assertEquals(-1, Utf8.plainChars(high), "0x80 at " + at);
      byte[] del = plain.clone();
      del[at] = 0x7F; // the largest ASCII byte still counts as one char
      assertEquals(plain.length, Utf8.plainChars(del), "0x7F at " + at);
    }
  }

  @Test
  void anyBytes_anyWindow_agreeWithTheJdkStrictDecoder() {
    qt().withExamples(3000)
        .forAll(
            lists().of(integers().between(-6, 255)).ofSizeBetween(0, 40),
            integers().between(0, 8),
            integers().between(0, 8))
        .checkAssert(
            (codes, head, tail) -> {
              // mostly pieces of real text (ASCII runs, Chinese, a surrogate pair), some raw bytes
              byte[] b = new byte[codes.size() * 4 + 1];
              int n = 0;
              b[n++] = '{';
              for (int c : codes) {
                if (c < 0) {
                  int from = (-c - 1) * 7 % PIECES_SOURCE.length;
                  int len = Math.min(9, PIECES_SOURCE.length - from);
                  byte[] grown = java.util.Arrays.copyOf(b, b.length + len);
                  System.arraycopy(PIECES_SOURCE, from, grown, n, len);
                  b = grown;
                  n += len;
                } else {
                  b[n++] = (byte) c;
                }
              }
              int from = Math.min(head, n);
              int to = Math.max(from, n - tail);
              assertEquals(expected(b, from, to), Utf8.plainChars(b, from, to));
            });
  }

  @Test
  void examples() {
    for (String s : List.of("{}", "  {\"a\":1}", "\t{\"名\":\"王\"}", "{\"x\":\"𝄞\"}", "x{}", "")) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      assertEquals(expected(b, 0, b.length), Utf8.plainChars(b), s);
    }
  }
}
