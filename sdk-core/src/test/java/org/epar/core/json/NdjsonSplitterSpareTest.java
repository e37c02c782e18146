package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A splitter given the bytes of the part before reads into them again: a file read part after part
 * allocates its buffers once, not once per part (a part's buffer is a large array, costly to the
 * collector), whatever the lengths of the lines left over at each cut.
 */
class NdjsonSplitterSpareTest {

  private static final int PART = 4096;

  private static byte[] lines(List<Integer> lengths) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int n : lengths) {
      out.writeBytes("x".repeat(n).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    return out.toByteArray();
  }

  @Test
  void linesOfAnyLengthUpToASixteenthOfAPart_everyPartReadIntoTheSpare() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(20, PART / 16 - 2)).ofSizeBetween(400, 900))
        .checkAssert(
            lengths -> {
              byte[] bytes = lines(lengths);
              long read = 0;
              int parts = 0;
              try (NdjsonSplitter s = NdjsonSplitter.of(new ByteArrayInputStream(bytes), PART)) {
                byte[] spare = null;
                for (NdjsonSplitter.Part p; (p = s.next(spare)) != null; ) {
                  if (spare != null) {
                    assertTrue(spare == p.bytes(), "part " + p.ordinal() + " in a new buffer");
                  }
                  read += p.length();
                  parts++;
                  spare = p.bytes();
                }
              }
              assertEquals(bytes.length, read);
              assertTrue(parts >= 2, "parts: " + parts); // 400 lines of 21 bytes or more
            });
  }

  @Test
  void aCarryOfMoreThanASixteenthOfAPart_aNewBuffer() {
    // the first buffer holds a part and a sixteenth: 3,801 bytes of the first line and 551 of the
    // second, which is carried; a part and the carry do not fit in it again
    byte[] bytes = lines(List.of(3800, 1000, 10));
    try (NdjsonSplitter s = NdjsonSplitter.of(new ByteArrayInputStream(bytes), PART)) {
      NdjsonSplitter.Part first = s.next(null);
      assertEquals(3801, first.length());
      assertEquals(PART + PART / 16, first.bytes().length);
      NdjsonSplitter.Part second = s.next(first.bytes());
      assertTrue(first.bytes() != second.bytes(), "the second part in the first one's buffer");
      assertEquals(1001 + 11, second.length());
    }
  }
}
