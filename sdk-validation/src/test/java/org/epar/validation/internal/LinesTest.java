package org.epar.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.NdjsonSplitter;
import org.junit.jupiter.api.Test;

class LinesTest {

  /** The bytes the generator draws from: newline, CR, JSON, a Chinese lead byte, NUL, 0x8A. */
  private static final byte[] ALPHABET = {
    '\n', '\r', '{', '}', 'a', ' ', (byte) 0xE4, 0, (byte) 0x8A
  };

  private static long naive(byte[] b, int length) {
    long n = 0;
    for (int i = 0; i < length; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return length > 0 && b[length - 1] != '\n' ? n + 1 : n;
  }

  /** The lines a reader of the part numbers, the count every later part's numbers build on. */
  private static long read(byte[] b, int length, long ordinal) {
    NdjsonReader r =
        NdjsonSplitter.reader(
            new NdjsonSplitter.Part(ordinal, b, length), NdjsonReader.Binding.STREAMING);
    r.forEach(line -> {});
    return r.linesRead();
  }

  @Test
  void atTheEdges() {
    byte[] b = "{}\n\n{}".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, Lines.count(b, 0));
    assertEquals(1, Lines.count(b, 1)); // "{": a last line without newline
    assertEquals(1, Lines.count(b, 3)); // "{}\n"
    assertEquals(2, Lines.count(b, 4)); // "{}\n\n": a blank line counts
    assertEquals(3, Lines.count(b, 5));
    byte[] nine = "12345678\n".getBytes(StandardCharsets.UTF_8); // the newline after a full word
    assertEquals(1, Lines.count(nine, 9));
    assertEquals(1, Lines.count(nine, 8));
  }

  @Test
  void anyBytes_countedAsTheReaderNumbersThem() {
    qt().withExamples(1500)
        .forAll(
            lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 120),
            integers().between(0, 8),
            integers().between(0, 1))
        .checkAssert(
            (codes, spare, ordinal) -> {
              byte[] b = new byte[codes.size() + spare];
              for (int i = 0; i < codes.size(); i++) {
                b[i] = ALPHABET[codes.get(i)];
              }
              Arrays.fill(b, codes.size(), b.length, (byte) '\n'); // not counted
              int length = codes.size();
              assertEquals(naive(b, length), Lines.count(b, length));
              assertEquals(read(b, length, ordinal), Lines.count(b, length));
            });
  }

  /**
   * Newlines only, and newlines in most bytes, across the blocks the count sums lanes over (63
   * rounds of 32 bytes: 2,016): every lane at its most, no sum lost at a block's edge.
   */
  @Test
  void newlinesEverywhere_countedAcrossBlocks() {
    for (int length : new int[] {31, 32, 33, 2015, 2016, 2017, 2048, 4032, 4033, 65_536 + 7}) {
      byte[] all = new byte[length];
      Arrays.fill(all, (byte) '\n');
      assertEquals(length, Lines.count(all, length), "all newlines, " + length);
      all[length - 1] = 'x';
      assertEquals(length, Lines.count(all, length), "a last line without newline, " + length);
    }
  }

  @Test
  void longDenseInput_countedAsNaively() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 3)).ofSizeBetween(0, 9000), integers().between(0, 40))
        .checkAssert(
            (codes, spare) -> {
              byte[] b = new byte[codes.size() + spare];
              for (int i = 0; i < codes.size(); i++) {
                b[i] = codes.get(i) == 0 ? (byte) 'a' : (byte) '\n'; // three newlines in four
              }
              assertEquals(naive(b, codes.size()), Lines.count(b, codes.size()));
            });
  }
}
