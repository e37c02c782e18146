package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.epar.core.json.EparJson;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.NdjsonReader.Binding;
import org.epar.core.json.NdjsonSplitter;
import org.epar.core.json.internal.PlainScanner;
import org.epar.core.json.internal.RecordBinders;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.RecordType;
import org.epar.core.model.Village;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The byte scanner in front of the streaming binders ({@link PlainScanner}) accepts a line only
 * when it gives exactly the record Jackson gives for it: over random records of every type as
 * written, and over the same lines mutated the ways a scanner goes wrong (escapes, whitespace,
 * exotic numbers, repeated, unknown and non-ASCII keys, invalid, overlong and surrogate UTF-8, NUL
 * and control bytes, byte flips, truncation); and whole files read through it give the same lines
 * and the same problems as databind.
 */
class PlainScannerPropertyTest {

  private static final ObjectMapper MAPPER = EparJson.mapper();
  private static final RecordBinders BINDERS = new RecordBinders(MAPPER);
  private static final int KINDS = 16;

  /** A record as written, then changed by mutation {@code kind} (0: unchanged). */
  private static byte[] mutate(EparRecord r, int kind, long seed) {
    Random rnd = new Random(seed);
    byte[] b = write(r).getBytes(StandardCharsets.UTF_8);
    String s = new String(b, StandardCharsets.UTF_8);
    return switch (kind) {
      case 0, 1 -> b;
      case 2 -> { // one byte flipped to any value
        byte[] c = b.clone();
        c[rnd.nextInt(c.length)] = (byte) rnd.nextInt(256);
        yield c;
      }
      case 3 -> java.util.Arrays.copyOf(b, rnd.nextInt(b.length)); // truncated
      case 4 ->
          insertInString(b, rnd, pick(rnd, "\\u00e9", "\\\"", "\\\\", "\\/", "\\n", "\\u0041"));
      case 5 -> insertAnywhere(b, rnd, pick(rnd, " ", "\t", "\r", "  ", "\u000b", "\f"));
      case 6 -> replaceNumber(s, rnd);
      case 7 -> { // a property repeated, with its own or another value
        int at = s.indexOf(",\"", 1);
        if (at < 0) {
          yield b;
        }
        int colon = s.indexOf("\":", at);
        String key = s.substring(at + 1, colon + 2);
        String value = pick(rnd, "true", "1", "\"x\"", "[]", "null");
        yield utf8(s.substring(0, s.length() - 1) + "," + key + value + "}");
      }
      case 8 -> { // an unknown key, ASCII or not, or "type" again
        String key = pick(rnd, "zz", "名字", "type", "Type", "id\\u0041", "");
        String value = pick(rnd, "1", "\"v\"", "{}", "[1,{\"a\":null}]", "true");
        String extra = "\"" + key + "\":" + value;
        int at = s.indexOf(',');
        yield utf8(
            rnd.nextBoolean() || at < 0
                ? s.substring(0, s.length() - 1) + "," + extra + "}"
                : s.substring(0, at + 1) + extra + "," + s.substring(at + 1));
      }
      case 9 -> insertInString(b, rnd, badUtf8(rnd));
      case 10 -> insertAnywhere(b, rnd, badUtf8(rnd));
      case 11 -> insertInString(b, rnd, pick(rnd, "\u0000", "\u0001", "\u001f", "\u007f", "\n"));
      case 12 -> { // a property's name in another case or with a character more
        int at = s.indexOf(",\"");
        if (at < 0) {
          yield b;
        }
        yield utf8(
            s.substring(0, at + 2)
                + (rnd.nextBoolean() ? "X" : s.substring(at + 2, at + 3).toUpperCase())
                + s.substring(at + 3));
      }
      case 13 -> utf8(s + pick(rnd, " ", "x", "}", ",", "{}", "\r")); // something after
      case 14 -> { // a value replaced by null or by a value of another JSON type
        String value = pick(rnd, "null", "1", "\"1\"", "true", "[]", "{}", "1.5", "-0");
        int colon = s.indexOf("\":", s.indexOf(',') + 1);
        if (colon < 0) {
          yield b;
        }
        int end = valueEnd(s, colon + 2);
        yield utf8(s.substring(0, colon + 2) + value + s.substring(end));
      }
      default ->
          utf8(s.replace("{\"type\":", pick(rnd, "{ \"type\":", "{\"type\" :", "{\"type\": ")));
    };
  }

  /**
   * Where the JSON value starting at {@code from} ends (a string, a scalar or a bracketed value).
   */
  private static int valueEnd(String s, int from) {
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return s.length();
  }

  private static byte[] replaceNumber(String s, Random rnd) {
    List<int[]> numbers = new ArrayList<>();
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i - 1) == ':' && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
        numbers.add(new int[] {i, valueEnd(s, i)});
      }
    }
    String exotic =
        pick(
            rnd,
            "1E-100000",
            "-0",
            "1.0e2",
            "1e2",
            "12345678901234567890",
            "123456789",
            "1234567890",
            "-2147483648",
            "2147483647",
            "2147483648",
            "999999999999999999",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "0012",
            "00",
            "-",
            "1.",
            ".5",
            "+1",
            "0x10",
            "NaN",
            "-Infinity",
            "-12");
    if (numbers.isEmpty()) {
      return utf8(s.substring(0, s.length() - 1) + ",\"residents\":" + exotic + "}");
    }
    int[] n = numbers.get(rnd.nextInt(numbers.size()));
    return utf8(s.substring(0, n[0]) + exotic + s.substring(n[1]));
  }

  private static byte[] badUtf8(Random rnd) {
    byte[][] bad = {
      {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {(byte) 0x80}, // a lone continuation byte
      {(byte) 0xE4, (byte) 0xB8}, // cut short
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // five bytes
      {(byte) 0xC2, (byte) 0xA0}, // valid: U+00A0
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // valid: U+1F600, two chars
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, // valid: a byte-order mark inside
      "中".getBytes(java.nio.charset.Charset.forName("GB18030")),
    };
    return bad[rnd.nextInt(bad.length)];
  }

  private static byte[] insertInString(byte[] b, Random rnd, String text) {
    return insertInString(b, rnd, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Inserts bytes just inside a random string (after an opening quote of a value or a name). */
  private static byte[] insertInString(byte[] b, Random rnd, byte[] insert) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '"') {
        quotes.add(i + 1);
      }
    }
    return insertAt(b, quotes.get(rnd.nextInt(quotes.size())), insert);
  }

  private static byte[] insertAnywhere(byte[] b, Random rnd, String text) {
    return insertAnywhere(b, rnd, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] insertAnywhere(byte[] b, Random rnd, byte[] insert) {
    return insertAt(b, rnd.nextInt(b.length + 1), insert);
  }

  private static byte[] insertAt(byte[] b, int at, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, at);
    out.write(insert, 0, insert.length);
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  @SafeVarargs
  private static <T> T pick(Random rnd, T... options) {
    return options[rnd.nextInt(options.length)];
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Gen<byte[]> lines() {
    return Models.anyLenientRecord()
        .zip(integers().between(0, KINDS - 1), longs().all(), PlainScannerPropertyTest::mutate);
  }

  /** The strict decoding the reader applies to a line, or null when the bytes are not UTF-8. */
  private static String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** What Jackson's streaming binders give for the line alone. */
  private static EparRecord jackson(byte[] b) {
    try (JsonParser p = MAPPER.getFactory().createParser(b)) {
      return BINDERS.bind(p);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The record databind reads from the strictly decoded line, or null when it reports a problem.
   */
  private static EparRecord databind(String text) {
    try {
      return MAPPER
          .readerFor(EparRecord.class)
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(text);
    } catch (IOException e) {
      return null;
    }
  }

  @Test
  void anAcceptedLine_isTheRecordJacksonAndDatabindGive() {
    PlainScanner scanner = new PlainScanner(BINDERS);
    qt().withExamples(20_000)
        .forAll(lines())
        .checkAssert(
            b -> {
              EparRecord fast = scanner.scan(b, 0, b.length);
              if (fast == null) {
                return;
              }
              String text = strictUtf8(b);
              assertNotNull(text, "accepted bytes that are not strict UTF-8");
              EparRecord viaDatabind = databind(text);
              assertEquals(viaDatabind, fast);
              assertEquals(viaDatabind.getClass(), fast.getClass());
              assertEquals(jackson(b), fast);
            });
  }

  @Test
  void recordsAsWritten_ofEveryBoundType_areAccepted() {
    // the fast path is not vacuous: a line as the writer writes it, without escapes, is bound
    PlainScanner scanner = new PlainScanner(BINDERS);
    Set<RecordType> accepted = EnumSet.noneOf(RecordType.class);
    qt().withExamples(5_000)
        .forAll(Models.anyLenientRecord())
        .checkAssert(
            r -> {
              byte[] b = write(r).getBytes(StandardCharsets.UTF_8);
              EparRecord fast = scanner.scan(b, 0, b.length);
              if (fast != null) {
                accepted.add(r.recordType());
                assertEquals(r, fast);
              } else if (BINDERS.binds(r.recordType()) && plain(b)) {
                throw new AssertionError("plain line refused: " + r.recordType());
              }
            });
    assertTrue(accepted.contains(RecordType.HOUSEHOLD), accepted::toString);
    assertTrue(accepted.contains(RecordType.VILLAGE), accepted::toString);
    assertTrue(accepted.size() >= 10, accepted::toString);
  }

  /** No escape and no integer of more than 9 digits: what the scanner must take when bound. */
  private static boolean plain(byte[] b) {
    int digits = 0;
    for (byte c : b) {
      if (c == '\\') {
        return false; // an escape
      }
      digits = c >= '0' && c <= '9' ? digits + 1 : 0;
      if (digits > 9) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theBoundaries_ofTheScanner() {
    PlainScanner s = new PlainScanner(BINDERS);
    String v = "{\"type\":\"village\",\"code\":\"130425100001\",\"residents\":";
    assertEquals(123456789, ((Village) scan(s, v + "123456789}")).residents());
    assertNull(scan(s, v + "1234567890}"), "10 digits: Jackson's");
    assertEquals(-5, ((Village) scan(s, v + "-5}")).residents());
    assertNull(scan(s, v + "-0}"));
    assertNull(scan(s, v + "05}"));
    assertNull(scan(s, v + "1.0e2}"));
    assertEquals(0, ((Village) scan(s, v + "0}")).residents());
    assertNull(scan(s, v + "1 }"));
    assertNull(scan(s, v + "1}x"));
    assertNull(scan(s, "{\"type\":\"village\",\"name\":\"a\\\"b\"}"), "an escape");
    assertEquals(
        "a\u00e9b", ((Village) scan(s, "{\"type\":\"village\",\"name\":\"a\u00e9b\"}")).name());
    assertNull(scan(s, "{\"type\":\"village\",\"name\":\"a\u0001b\"}"), "a control character");
    assertNull(scan(s, "{\"type\":\"village\",\"name\":\"a\",\"name\":\"b\"}"), "repeated");
    assertNull(scan(s, "{\"type\":\"village\",\"zz\":1}"), "unknown");
    assertNull(scan(s, "{\"type\":\"village\",\"type\":\"village\"}"), "type twice");
    assertEquals(databind("{\"type\":\"village\"}"), scan(s, "{\"type\":\"village\"}"));
    assertNull(scan(s, "{\"type\":\"villages\",\"code\":\"1\"}"), "unknown type");
    String site = "{\"type\":\"site\",\"floor_area\":";
    for (String n : List.of("12.50", "0.5", "0", "7", "-3.25", "123456789012345678", "0.00")) {
      assertNotNull(scan(s, site + n + "}"), n);
      assertEquals(databind(site + n + "}"), scan(s, site + n + "}"), n);
    }
    for (String n :
        List.of(
            "1.0e2", "1E-100000", "-0.5", "1.", "1234567890123456789", "0.123456789012345678")) {
      assertNull(scan(s, site + n + "}"), n);
    }
    byte[] b = utf8("{\"type\":\"village\",\"code\":\"1\"}\r\n{");
    int n = b.length - 3;
    assertNull(s.scanLine(b, 0, n - 1, b.length), "one byte over the limit");
    assertEquals("1", ((Village) s.scanLine(b, 0, n, b.length)).code().raw());
    assertEquals(n + 2, s.next(), "after \\r\\n");
    byte[] c = utf8("{\"type\":\"village\",\"code\":\"1\"}\rx");
    assertNull(s.scanLine(c, 0, n, c.length), "a \\r before another byte");
    assertNotNull(s.scanLine(b, 0, n, n + 1), "a \\r at the end");
    assertEquals(n + 1, s.next());
  }

  private static EparRecord scan(PlainScanner s, String line) {
    byte[] b = utf8(line);
    return s.scan(b, 0, b.length);
  }

  @Test
  void files_readInParts_giveTheSameLinesAndProblemsAsDatabind() {
    qt().withExamples(1500)
        .forAll(lists().of(lines()).ofSizeBetween(0, 12), integers().between(0, 7))
        .checkAssert(
            (lines, flags) -> {
              // flags: bit 0 a final newline, bit 1 \r\n, bit 2 small parts
              String nl = (flags & 2) != 0 ? "\r\n" : "\n";
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              for (int i = 0; i < lines.size(); i++) {
                out.write(lines.get(i), 0, lines.get(i).length);
                if (i < lines.size() - 1 || (flags & 1) != 0) {
                  out.write(utf8(nl), 0, nl.length());
                }
              }
              byte[] bytes = out.toByteArray();
              List<NdjsonLine> databind = read(bytes, Binding.DATABIND);
              assertEquals(databind, read(bytes, Binding.STREAMING));
              assertEquals(databind, readInParts(bytes, (flags & 4) != 0 ? 200 : 1 << 16));
            });
  }

  @Test
  void householdLines_readInParts_areTheRecordsWritten() {
    qt().withExamples(200)
        .forAll(lists().of(Models.of(Household.class)).ofSizeBetween(1, 20))
        .checkAssert(
            hs -> {
              StringBuilder text = new StringBuilder();
              for (Household h : hs) {
                text.append(write(h)).append('\n');
              }
              List<NdjsonLine> lines = readInParts(utf8(text.toString()), 1 << 16);
              assertEquals(hs.size(), lines.size());
              for (int i = 0; i < hs.size(); i++) {
                assertEquals(new NdjsonLine.Parsed(i + 1, hs.get(i)), lines.get(i));
              }
            });
  }

  private static List<NdjsonLine> read(byte[] bytes, Binding binding) {
    List<NdjsonLine> out = new ArrayList<>();
    try (NdjsonReader r =
        NdjsonReader.of(
            new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8,
            MAPPER,
            NdjsonReader.DEFAULT_MAX_LINE_LENGTH,
            binding)) {
      r.forEach(out::add);
    }
    return out;
  }

  private static List<NdjsonLine> readInParts(byte[] bytes, int partBytes) {
    List<NdjsonLine> parts = new ArrayList<>();
    long before = 0;
    try (NdjsonSplitter s = NdjsonSplitter.of(new ByteArrayInputStream(bytes), partBytes)) {
      for (NdjsonSplitter.Part part; (part = s.next()) != null; ) {
        NdjsonReader in = NdjsonSplitter.reader(part, Binding.STREAMING);
        long base = before;
        in.forEach(
            l -> {
              if (l instanceof NdjsonLine.Parsed p) {
                parts.add(new NdjsonLine.Parsed(base + p.lineNumber(), p.record()));
              } else {
                NdjsonLine.Malformed m = (NdjsonLine.Malformed) l;
                parts.add(
                    new NdjsonLine.Malformed(
                        base + m.lineNumber(), m.problem(), m.undecodable(), m.likelyEncoding()));
              }
            });
        before += in.linesRead();
      }
    }
    return parts;
  }
}
