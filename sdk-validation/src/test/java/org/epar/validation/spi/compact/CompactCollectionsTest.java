package org.epar.validation.spi.compact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompactCollectionsTest {

  @Test
  void longHashSetBasics() {
    LongHashSet s = new LongHashSet();
    assertTrue(s.add(0));
    assertFalse(s.add(0));
    assertTrue(s.add(Long.MIN_VALUE));
    assertTrue(s.add(Long.MAX_VALUE));
    assertTrue(s.add(-1));
    assertEquals(4, s.size());
    assertTrue(s.contains(0) && s.contains(-1) && s.contains(Long.MIN_VALUE));
    assertFalse(s.contains(1));
    for (long i = 1; i < 100_000; i++) {
      assertTrue(s.add(i * 1_000_003L));
    }
    assertEquals(100_003, s.size());
    assertTrue(s.contains(99_999 * 1_000_003L));
    assertFalse(s.contains(1_000_004L));
  }

  @Test
  void longHashSetBehavesLikeHashSet() {
    qt().withExamples(300)
        .forAll(
            lists().of(longs().between(-40, 40)).ofSizeBetween(0, 300),
            lists().of(longs().all()).ofSizeBetween(0, 300))
        .checkAssert(
            (small, any) -> {
              LongHashSet mine = new LongHashSet(1);
              Set<Long> theirs = new HashSet<>();
              for (List<Long> l : List.of(small, any)) {
                for (long v : l) {
                  assertEquals(theirs.add(v), mine.add(v));
                }
              }
              assertEquals(theirs.size(), mine.size());
              for (long v = -50; v <= 50; v++) {
                assertEquals(theirs.contains(v), mine.contains(v));
              }
              for (long v : any) {
                assertTrue(mine.contains(v));
                assertEquals(theirs.contains(v + 1), mine.contains(v + 1));
              }
            });
  }

  @Test
  void blockLists() {
    LongList l = new LongList();
    IntList i = new IntList();
    for (int k = 0; k < 100_000; k++) {
      l.add(k * 3L - 7);
      i.add(-k);
    }
    assertEquals(100_000, l.size());
    assertEquals(100_000, i.size());
    for (int k = 0; k < 100_000; k += 997) {
      assertEquals(k * 3L - 7, l.get(k));
      assertEquals(-k, i.get(k));
    }
  }

  /**
   * Copying a run of a list into an array gives its values in order, across the first, growing
   * block and the full blocks of 16,384, and a run outside the list or the array is refused.
   */
  @Test
  void longListCopyTo_asGettingEach() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 40_000),
            integers().between(0, 40_000),
            integers().between(0, 40_000),
            integers().between(0, 3))
        .checkAssert(
            (size, a, b, at) -> {
              LongList l = new LongList();
              for (int k = 0; k < size; k++) {
                l.add(k * 31L - 5);
              }
              int from = Math.min(a, size);
              int length = Math.min(b, size - from);
              long[] dest = new long[at + length];
              l.copyTo(from, dest, at, length);
              for (int k = 0; k < length; k++) {
                assertEquals(l.get(from + k), dest[at + k]);
              }
              assertThrows(
                  IndexOutOfBoundsException.class, () -> l.copyTo(from, dest, at, length + 1));
              assertThrows(IndexOutOfBoundsException.class, () -> l.copyTo(size + 1, dest, 0, 0));
              assertThrows(IndexOutOfBoundsException.class, () -> l.copyTo(from, dest, -1, 1));
            });
  }

  /**
   * Appending a list at once gives what appending its values one by one gives, whatever the sizes
   * (across the first, growing block and the full blocks of 16,384), and a list appended to itself
   * doubles.
   */
  @Test
  void longListAddAll_asAddingOneByOne() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 40_000),
            integers().between(0, 40_000),
            longs().all(),
            integers().between(0, 2))
        .checkAssert(
            (leftSize, rightSize, seed, shape) -> {
              Random random = new Random(seed);
              // shape 0: any sizes; 1: the left ends at a block's edge; 2: a small left
              int left = shape == 1 ? 16_384 : shape == 2 ? leftSize % 20 : leftSize;
              LongList bulk = new LongList();
              LongList one = new LongList();
              for (int k = 0; k < left; k++) {
                long v = random.nextLong();
                bulk.add(v);
                one.add(v);
              }
              LongList right = new LongList();
              for (int k = 0; k < rightSize; k++) {
                right.add(random.nextLong());
              }
              bulk.addAll(right);
              for (int k = 0; k < right.size(); k++) {
                one.add(right.get(k));
              }
              assertEquals(one.size(), bulk.size());
              for (int k = 0; k < one.size(); k++) {
                assertEquals(one.get(k), bulk.get(k), "position " + k);
              }
              assertEquals(rightSize, right.size()); // not changed
              bulk.add(42); // the list goes on after a bulk append
              assertEquals(42, bulk.get(one.size()));
              int before = right.size();
              right.addAll(right);
              assertEquals(2 * before, right.size());
              for (int k = 0; k < before; k += 97) {
                assertEquals(right.get(k), right.get(before + k));
              }
            });
  }

  @Test
  void stringSetAndLogBehaveLikeHashSet() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(strings().betweenCodePoints(32, 0x4E2D).ofLengthBetween(0, 6))
                .ofSizeBetween(0, 200),
            integers().between(0, 3))
        .checkAssert(
            (list, extra) -> {
              StringSet mine = new StringSet();
              Set<String> theirs = new HashSet<>();
              StringLog log = new StringLog();
              StringSet lazy = new StringSet();
              Map<String, Integer> firsts = new HashMap<>();
              int k = 0;
              for (String s : list) {
                if (k++ % 3 == extra) {
                  lazy.add(s);
                } else {
                  lazy.addLater(s);
                }
                if (k % 5 == 0) {
                  assertEquals(
                      theirs.contains(s + extra) || list.subList(0, k).contains(s + extra),
                      lazy.contains(s + extra));
                }
                assertEquals(theirs.add(s), mine.add(s));
                int o = log.add(s);
                firsts.putIfAbsent(s, o);
                assertEquals(s, log.get(o));
                assertEquals(s.hashCode(), log.hashAt(o));
              }
              assertEquals(theirs.size(), mine.size());
              for (String s : list) {
                assertTrue(mine.contains(s));
                assertTrue(lazy.contains(s));
                assertEquals(theirs.contains(s + extra), lazy.contains(s + extra));
                assertEquals(theirs.contains(s + extra), mine.contains(s + extra));
              }
              StringLog.Index index = log.index();
              assertEquals(theirs.size(), index.distinct());
              for (int o = 0; o < list.size(); o++) {
                assertEquals(firsts.get(list.get(o)), index.first(o));
                assertEquals(firsts.get(list.get(o)), index.find(list.get(o)));
              }
              // copying from another log (as combine does) keeps text, hash and order
              StringLog copy = new StringLog();
              copy.add("before");
              for (int o = 0; o < log.size(); o++) {
                assertEquals(o + 1, copy.addFrom(log, o));
                assertEquals(list.get(o), copy.get(o + 1));
                assertEquals(list.get(o).hashCode(), copy.hashAt(o + 1));
                assertTrue(copy.equalsAt(o + 1, list.get(o)));
              }
              StringSet merged = new StringSet();
              merged.addAllLater(lazy);
              for (String s : list) {
                assertTrue(merged.contains(s));
              }
              assertEquals(theirs.contains("x" + extra), merged.contains("x" + extra));
              assertEquals(
                  theirs.contains("x" + extra) ? firsts.get("x" + extra) : -1,
                  index.find("x" + extra));
            });
  }

  @Test
  void stringLogIndexIsExactUnderHashCollisions() {
    // "Aa" and "BB" have the same String.hashCode, so every word of k such pairs collides: runs of
    // one hash hold many different strings, both short runs (compared pairwise) and long ones.
    qt().withExamples(60)
        .forAll(integers().between(1, 9), integers().between(1, 5), longs().all())
        .checkAssert(
            (pairs, copies, seed) -> {
              List<String> words = new ArrayList<>();
              for (int bits = 0; bits < 1 << pairs; bits++) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < pairs; k++) {
                  b.append((bits >>> k & 1) == 0 ? "Aa" : "BB");
                }
                words.add(b.toString());
              }
              List<String> input = new ArrayList<>();
              for (int c = 0; c < copies; c++) {
                input.addAll(words);
                input.add("x" + c);
              }
              Collections.shuffle(input, new Random(seed));
              StringLog log = new StringLog();
              Map<String, Integer> firsts = new HashMap<>();
              for (String s : input) {
                firsts.putIfAbsent(s, log.add(s));
              }
              StringLog.Index index = log.index();
              assertEquals(firsts.size(), index.distinct());
              for (int o = 0; o < input.size(); o++) {
                assertEquals(firsts.get(input.get(o)), index.first(o));
              }
              for (String w : words) {
                assertEquals(firsts.get(w), index.find(w));
              }
              assertEquals(-1, index.find("Aa".repeat(pairs + 1)));
            });
  }

  @Test
  void stringLogKeepsLongAndWideStrings() {
    StringLog log = new StringLog();
    String wide = "户".repeat(300_000);
    String latin = "é".repeat(2_000_000);
    for (int k = 0; k < 5_000; k++) {
      log.add("H-130425" + k);
    }
    int a = log.add(wide);
    int b = log.add(latin);
    int c = log.add("");
    assertEquals(wide, log.get(a));
    assertEquals(latin, log.get(b));
    assertEquals("", log.get(c));
    assertEquals("H-1304254999", log.get(4_999));
    assertTrue(log.equalsAt(a, wide));
    StringLog copy = new StringLog();
    for (int o = 0; o < log.size(); o++) {
      copy.addFrom(log, o);
    }
    assertEquals(wide, copy.get(a));
    assertEquals(latin, copy.get(b));
    assertEquals("", copy.get(c));
    assertEquals(latin.hashCode(), copy.hashAt(b));
    assertEquals("H-1304254999", copy.get(4_999));
  }

  @Test
  void citizenKeysAreExact() {
    CitizenKeys keys = new CitizenKeys();
    String[] texts = {
      "13042519800101001X",
      "130425198001010011",
      "13042519800101001x",
      "130425800101001",
      "000000000000000",
      "000000000000000000",
      "",
      "abc",
      "12345678901234567X",
      "99999999999999999X",
      "999999999999999"
    };
    Map<Long, String> seen = new HashMap<>();
    for (String t : texts) {
      long k = keys.key(t);
      assertNotEquals(CitizenKeys.NONE, k);
      assertEquals(t, keys.text(k));
      assertEquals(k, keys.existingKey(t));
      String before = seen.put(k, t);
      assertTrue(before == null || before.equals(t), t + " collides with " + before);
      assertEquals(k, keys.key(t));
    }
    assertEquals(CitizenKeys.NONE, keys.existingKey("never seen"));
    CitizenKeys other = new CitizenKeys();
    other.key("zzz");
    long moved = other.copy(keys.key("abc"), keys);
    assertEquals("abc", other.text(moved));
    assertEquals(keys.key("13042519800101001X"), other.copy(keys.key("13042519800101001X"), keys));
  }

  @Test
  void indexList_isExactAcrossTheIntAndUnsignedIntBoundaries() {
    long[] values = {
      0,
      Integer.MAX_VALUE,
      (long) Integer.MAX_VALUE + 1,
      0xFFFF_FFFFL,
      0x1_0000_0000L,
      0x1_0000_0001L,
      5_000_000_000L,
      3,
      Long.MAX_VALUE,
      Long.MIN_VALUE,
      -1
    };
    IndexList list = new IndexList();
    for (long v : values) {
      list.add(v);
    }
    assertEquals(values.length, list.size());
    for (int i = 0; i < values.length; i++) {
      assertEquals(values[i], list.get(i), "position " + i);
    }
  }

  @Test
  void indexList_keepsNoUpperHalvesBelow2To32_andOneRunPerChange() {
    IndexList list = new IndexList();
    list.add(0xFFFF_FFFFL); // the last value of upper half 0
    assertEquals(0, list.runs());
    list.add(0x1_0000_0000L); // one past it
    list.add(0x1_0000_0001L);
    assertEquals(1, list.runs());
    list.add(7); // back to upper half 0: a run again
    assertEquals(2, list.runs());
    assertEquals(0xFFFF_FFFFL, list.get(0));
    assertEquals(0x1_0000_0001L, list.get(2));
    assertEquals(7, list.get(3));
  }

  @Test
  void indexList_outsideTheList_isRejected() {
    IndexList list = new IndexList();
    list.add(1);
    assertEquals(1, list.get(0));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
  }

  @Test
  void indexList_givesBackAnySequence() {
    qt().withExamples(300)
        .forAll(lists().of(longs().between(-3L << 32, 3L << 32)).ofSizeBetween(0, 40_000))
        .checkAssert(
            values -> {
              IndexList list = new IndexList();
              values.forEach(list::add);
              assertEquals(values.size(), list.size());
              for (int i = 0; i < values.size(); i++) {
                assertEquals((long) values.get(i), list.get(i));
              }
            });
  }

  /**
   * {@link StringLog#addAll}: the same strings, hash codes and lookups as appending them one by
   * one, for logs of empty, latin, wide and huge strings, on either side of a block's end.
   */
  @Test
  void stringLogAddAll_asAddingOneByOne() {
    qt().withExamples(200)
        .forAll(
            lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 3_000),
            lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 3_000),
            integers().between(0, 4),
            longs().all())
        .checkAssert(
            (lefts, rights, shape, seed) -> {
              Random random = new Random(seed);
              StringLog left = new StringLog();
              StringLog one = new StringLog();
              StringLog right = new StringLog();
              // shape 0: as generated; 1: latin only; 2: with huge strings; 3: a left near a
              // block's end; 4: empty strings among them
              List<String> l = reshaped(lefts, shape, random);
              List<String> r = reshaped(rights, shape, random);
              l.forEach(left::add);
              l.forEach(one::add);
              r.forEach(right::add);
              left.addAll(right);
              for (int k = 0; k < right.size(); k++) {
                one.addFrom(right, k);
              }
              assertEquals(one.size(), left.size());
              for (int k = 0; k < one.size(); k++) {
                String expected = k < l.size() ? l.get(k) : r.get(k - l.size());
                assertEquals(expected, left.get(k), "ordinal " + k);
                assertTrue(left.equalsAt(k, expected));
                assertEquals(expected.hashCode(), left.hashAt(k));
                assertEquals(expected.isBlank(), left.isBlankAt(k));
              }
              assertEquals(r.size(), right.size()); // not changed
              int after = left.add("after");
              assertEquals("after", left.get(after));
              StringLog.Index index = left.index();
              for (int k = 0; k < left.size(); k += 7) {
                assertEquals(left.get(index.first(k)), left.get(k));
              }
            });
    StringLog self = new StringLog();
    self.add("x");
    assertThrows(IllegalArgumentException.class, () -> self.addAll(self));
  }

  private static List<String> reshaped(List<String> strings, int shape, Random random) {
    List<String> out = new ArrayList<>();
    for (String s : strings) {
      switch (shape) {
        case 1 ->
            out.add(
                s.chars()
                    .mapToObj(c -> String.valueOf((char) (c & 0xFF)))
                    .reduce("", String::concat));
        case 2 -> out.add(random.nextInt(50) == 0 ? "大".repeat(70_000 + random.nextInt(10)) : s);
        case 3 -> out.add(s + "x".repeat(random.nextInt(2_000)));
        case 4 -> out.add(random.nextInt(3) == 0 ? "" : s);
        default -> out.add(s);
      }
    }
    return out;
  }

  /** {@link IntList#addAll}: as adding each value plus the number, one by one. */
  @Test
  void intListAddAll_asAddingOneByOne() {
    qt().withExamples(200)
        .forAll(
            integers().between(0, 40_000),
            integers().between(0, 40_000),
            integers().all(),
            integers().between(0, 2))
        .checkAssert(
            (leftSize, rightSize, plus, shape) -> {
              Random random = new Random(leftSize * 31L + rightSize);
              int left = shape == 1 ? 16_384 : shape == 2 ? leftSize % 20 : leftSize;
              IntList bulk = new IntList();
              IntList one = new IntList();
              for (int k = 0; k < left; k++) {
                int v = random.nextInt();
                bulk.add(v);
                one.add(v);
              }
              IntList right = new IntList();
              for (int k = 0; k < rightSize; k++) {
                right.add(random.nextInt());
              }
              bulk.addAll(right, plus);
              for (int k = 0; k < right.size(); k++) {
                one.add(right.get(k) + plus);
              }
              assertEquals(one.size(), bulk.size());
              for (int k = 0; k < one.size(); k++) {
                assertEquals(one.get(k), bulk.get(k), "position " + k);
              }
              int before = right.size();
              right.addAll(right, 0);
              assertEquals(2 * before, right.size());
              for (int k = 0; k < before; k += 97) {
                assertEquals(right.get(k), right.get(before + k));
              }
            });
  }

  /**
   * {@link IndexList#addAll}: as adding the values one by one (the same values and runs), whether
   * the other list has one upper half (the copied path) or several.
   */
  @Test
  void indexListAddAll_asAddingOneByOne() {
    long[] bases = {0, 1L << 32, -1L << 32, 5L << 32};
    qt().withExamples(300)
        .forAll(
            integers().between(0, 3),
            integers().between(0, 3),
            lists().of(integers().between(0, 20)).ofSizeBetween(0, 300),
            lists().of(integers().between(0, 20)).ofSizeBetween(0, 300))
        .checkAssert(
            (leftBase, rightBase, leftSteps, rightSteps) -> {
              List<Long> values = new ArrayList<>();
              IndexList left = new IndexList();
              IndexList right = new IndexList();
              long v = bases[leftBase];
              for (int step : leftSteps) {
                v += step == 20 ? 1L << 32 : step; // now and then the upper half changes
                values.add(v);
                left.add(v);
              }
              long w = bases[rightBase];
              for (int step : rightSteps) {
                w += step == 20 ? 1L << 32 : step;
                values.add(w);
                right.add(w);
              }
              left.addAll(right);
              IndexList oneByOne = new IndexList();
              values.forEach(oneByOne::add);
              assertEquals(values.size(), left.size());
              assertEquals(oneByOne.runs(), left.runs(), "runs kept (memory)");
              for (int k = 0; k < values.size(); k++) {
                assertEquals((long) values.get(k), left.get(k), "position " + k);
              }
            });
    IndexList self = new IndexList();
    assertThrows(IllegalArgumentException.class, () -> self.addAll(self));
  }
}
