package org.epar.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

  /** A stream that hands out at most {@code step} bytes per read, to cut lines across blocks. */
  private static InputStream trickle(byte[] b, int step) {
    return new ByteArrayInputStream(b) {
      @Override
      public synchronized int read(byte[] out, int off, int len) {
        return super.read(out, off, Math.min(len, step));
      }
    };
  }

  private static List<String> lines(ByteLineReader r) {
    List<String> out = new ArrayList<>();
    try {
      for (ByteLineReader.Line l; (l = r.next()) != null; ) {
        out.add(Arrays.toString(l.copy()) + (l.tooLong() ? " too long" : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void atTheLimit_inMemoryAndStreamCutTheSame() {
    int max = 4;
    // 4 bytes: kept; 4 + \r: kept, \r dropped; 5 bytes: too long; 5 + \r: too long
    byte[] in =
        "abcd\nabcd\r\nabcde\nabcde\r\nab\r".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> memory = lines(new ByteLineReader(in, in.length, max));
    assertEquals(
        List.of(
            "[97, 98, 99, 100]",
            "[97, 98, 99, 100]",
            "[97, 98, 99, 100] too long",
            "[97, 98, 99, 100] too long",
            "[97, 98]"),
        memory);
    assertEquals(memory, lines(new ByteLineReader(new ByteArrayInputStream(in), max)));
  }

  @Test
  void anyBytes_inMemoryReadsAsTheStream_atAnyBlockSize() {
    qt().withExamples(2000)
        .forAll(
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 200),
            integers().between(1, 6),
            integers().between(1, 9))
        .checkAssert(
            (codes, max, step) -> {
              byte[] b = new byte[codes.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) "\n\rab{\u00e4".charAt(codes.get(i));
              }
              assertEquals(
                  lines(new ByteLineReader(trickle(b, step), max)),
                  lines(new ByteLineReader(b, b.length, max)));
            });
  }

  @Test
  void longLines_inMemory_cutAtEveryNewline_whereverItFallsInAWord() {
    // the newline search reads eight bytes at a time: put a newline at every offset of a word,
    // with high bytes and \r around it
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 300))
        .checkAssert(
            codes -> {
              byte[] b = new byte[codes.size()];
              List<String> expected = new ArrayList<>();
              List<Byte> current = new ArrayList<>();
              for (int i = 0; i < codes.size(); i++) {
                int c = codes.get(i);
                byte v =
                    c == 0 ? (byte) '\n' : c == 1 ? (byte) 0x8A : c == 2 ? 0 : (byte) ('A' + c);
                b[i] = v;
              }
              for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n') {
                  expected.add(current.toString());
                  current.clear();
                } else {
                  current.add(b[i]);
                }
              }
              if (!current.isEmpty()) {
                expected.add(current.toString());
              }
              assertEquals(expected, lines(new ByteLineReader(b, b.length, 1000)));
            });
  }
}
