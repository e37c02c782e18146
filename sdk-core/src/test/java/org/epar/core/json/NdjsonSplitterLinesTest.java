package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every part knows its line count before it is read: the count the splitter makes block by block as
 * the bytes arrive is the number of lines a reader of the part numbers, for any cut, any blocks the
 * input stream hands out, and a line too long to keep whose skipped rest ends in short lines.
 */
class NdjsonSplitterLinesTest {

  /** Newline, CR, JSON, a Chinese lead byte, NUL, 0x8A: the bytes the generator draws from. */
  private static final byte[] ALPHABET = {
    '\n', '\r', '{', '}', 'a', ' ', (byte) 0xE4, 0, (byte) 0x8A
  };

  /** Hands out the bytes in blocks of random sizes (1 to 700), as a pipe or a socket would. */
  private static InputStream inBlocks(byte[] bytes, long seed) {
    Random random = new Random(seed);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(700)));
      }
    };
  }

  /** The lines of each part as a reader of it numbers them, and as the part says beforehand. */
  private static List<long[]> linesOfParts(InputStream in, int partBytes, boolean reuse) {
    List<long[]> out = new ArrayList<>();
    try (NdjsonSplitter s = NdjsonSplitter.of(in, partBytes)) {
      byte[] spare = null;
      for (NdjsonSplitter.Part part; (part = s.next(spare)) != null; ) {
        NdjsonReader r = NdjsonSplitter.reader(part, NdjsonReader.Binding.STREAMING);
        r.forEach(line -> {});
        out.add(new long[] {r.linesRead(), part.lines()});
        spare = reuse ? part.bytes() : null;
      }
    }
    return out;
  }

  @Test
  void anyBytes_anyCut_anyBlocks_eachPartCountsTheLinesItsReaderNumbers() {
    qt().withExamples(1000)
        .forAll(
            lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 3000),
            integers().between(1, 900),
            integers().between(0, 3))
        .checkAssert(
            (codes, partBytes, flags) -> {
              byte[] bytes = new byte[codes.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = ALPHABET[codes.get(i)];
              }
              InputStream in =
                  (flags & 1) == 0
                      ? new ByteArrayInputStream(bytes)
                      : inBlocks(bytes, codes.size());
              long total = 0;
              for (long[] part : linesOfParts(in, partBytes, (flags & 2) != 0)) {
                assertEquals(part[0], part[1], "lines read, lines the part said");
                total += part[1];
              }
              long newlines = 0;
              for (byte b : bytes) {
                newlines += b == '\n' ? 1 : 0;
              }
              boolean open = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
              assertEquals(newlines + (open ? 1 : 0), total);
            });
  }

  /**
   * A line longer than any reader keeps is passed on cut short and the rest of it skipped; the
   * block the skip stops in already holds the short lines after it, which belong to the next part.
   */
  @Test
  void aLineTooLongToKeep_thenShortLinesInTheSameBlock_counted() {
    int keep =
        (int)
            Math.ceil(
                NdjsonReader.DEFAULT_MAX_LINE_LENGTH
                    * (double) StandardCharsets.UTF_8.newEncoder().maxBytesPerChar());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{}\n\n".getBytes(StandardCharsets.US_ASCII));
    byte[] huge = new byte[keep + 5000];
    Arrays.fill(huge, (byte) 'a');
    out.writeBytes(huge);
    out.writeBytes(
        "\n{}\n\n{\n}\n".getBytes(StandardCharsets.US_ASCII)); // its end, four short lines
    out.writeBytes("{}".getBytes(StandardCharsets.US_ASCII)); // and one without a newline
    byte[] bytes = out.toByteArray();
    List<long[]> parts = linesOfParts(new ByteArrayInputStream(bytes), 1 << 20, false);
    long total = 0;
    for (long[] part : parts) {
      assertEquals(part[0], part[1], "lines read, lines the part said");
      total += part[1];
    }
    assertEquals(2 + 1 + 4 + 1, total);
    assertTrue(parts.size() >= 3, "parts: " + parts.size());
  }

  @Test
  void aPartsLineCount_isChecked_andCountedWhenNotGiven() {
    byte[] b = "{}\n\n{}".getBytes(StandardCharsets.US_ASCII);
    assertEquals(3, new NdjsonSplitter.Part(0, b, b.length).lines());
    assertEquals(2, new NdjsonSplitter.Part(0, b, 4).lines());
    assertEquals(0, new NdjsonSplitter.Part(0, b, 0).lines());
    assertThrows(IllegalArgumentException.class, () -> new NdjsonSplitter.Part(0, b, 4, -1));
    assertThrows(IllegalArgumentException.class, () -> new NdjsonSplitter.Part(0, b, 4, 5));
    assertThrows(IllegalArgumentException.class, () -> new NdjsonSplitter.Part(0, b, 7));
    assertEquals("Part[ordinal=0, length=4, lines=2]", new NdjsonSplitter.Part(0, b, 4).toString());
  }
}
