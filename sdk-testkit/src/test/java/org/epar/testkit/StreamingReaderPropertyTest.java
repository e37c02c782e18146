package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.epar.core.json.EparJson;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.NdjsonReader.Binding;
import org.epar.core.json.NdjsonSplitter;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.RecordType;
import org.epar.core.model.Village;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The streaming reader ({@link Binding#STREAMING}) gives exactly what databind ({@link
 * Binding#DATABIND}) gives: the same records and the same malformed lines with the same problem
 * texts, on random valid lines, random malformed ones (truncated, wrong JSON types, bad constants,
 * non-UTF-8 bytes, missing, repeated and unknown properties, {@code type} moved, trailing tokens)
 * and mixtures; and parts cut at any newline read back as the whole input.
 */
class StreamingReaderPropertyTest {

  private static final ObjectMapper MAPPER = EparJson.mapper();
  private static final int KINDS = 17;

  /** One generated line of bytes: a record written by the mapper, then changed by a mutation. */
  private static Gen<byte[]> lines() {
    return Models.anyLenientRecord()
        .zip(integers().between(0, KINDS - 1), longs().all(), StreamingReaderPropertyTest::line);
  }

  private static Gen<List<byte[]>> files() {
    return lists().of(lines()).ofSizeBetween(0, 12);
  }

  private static byte[] line(EparRecord r, int kind, long seed) {
    Random rnd = new Random(seed);
    try {
      ObjectNode node = MAPPER.valueToTree(r);
      String json = MAPPER.writeValueAsString(r);
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      switch (kind) {
        case 0, 1, 2, 3:
          return bytes; // valid, as written
        case 4: // truncated
          return java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length));
        case 5:
          { // a value of another JSON type, anywhere in the tree
            ObjectNode target = randomObject(node, rnd);
            String field = randomField(target, rnd);
            if (field != null) {
              target.set(field, otherValue(rnd));
            }
            return MAPPER.writeValueAsBytes(node);
          }
        case 6:
          { // a bad constant or a text in another case
            ObjectNode target = randomObject(node, rnd);
            String field = randomField(target, rnd);
            if (field != null && target.get(field).isTextual()) {
              String v = target.get(field).asText();
              target.put(field, rnd.nextBoolean() ? v.toLowerCase(java.util.Locale.ROOT) : v + "X");
            }
            return MAPPER.writeValueAsBytes(node);
          }
        case 7:
          { // GBK bytes or a lone continuation byte somewhere
            int at = rnd.nextInt(bytes.length + 1);
            byte[] bad =
                rnd.nextBoolean()
                    ? "中文".getBytes(java.nio.charset.Charset.forName("GB18030"))
                    : new byte[] {(byte) 0x80};
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.write(bad, 0, bad.length);
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
          }
        case 8:
          { // a property dropped (a primitive then takes its default)
            ObjectNode target = randomObject(node, rnd);
            String field = randomField(target, rnd);
            if (field != null) {
              target.remove(field);
            }
            return MAPPER.writeValueAsBytes(node);
          }
        case 9:
          { // a property repeated
            ObjectNode target = randomObject(node, rnd);
            String field = randomField(target, rnd);
            String text = MAPPER.writeValueAsString(node);
            if (field == null) {
              return text.getBytes(StandardCharsets.UTF_8);
            }
            String extra = ",\"" + field + "\":" + MAPPER.writeValueAsString(target.get(field));
            return (text.substring(0, text.length() - 1) + extra + "}")
                .getBytes(StandardCharsets.UTF_8);
          }
        case 10:
          { // "type" last
            JsonNode type = node.remove("type");
            node.set("type", type);
            return MAPPER.writeValueAsBytes(node);
          }
        case 11:
          { // blank, whitespace, or leading whitespace
            String[] pads = {"", " ", "\t", "\u3000", "  \r"};
            String pad = pads[rnd.nextInt(pads.length)];
            return (rnd.nextBoolean() ? pad : pad + json).getBytes(StandardCharsets.UTF_8);
          }
        case 12:
          { // unknown properties, nested
            ObjectNode target = randomObject(node, rnd);
            ObjectNode unknown = target.putObject("zz_unknown_" + rnd.nextInt(3));
            unknown.putArray("a").add(1).addObject().put("b", "c");
            return MAPPER.writeValueAsBytes(node);
          }
        case 13: // trailing tokens or not an object
          return rnd.nextBoolean()
              ? (json + (rnd.nextBoolean() ? " {}" : " 1")).getBytes(StandardCharsets.UTF_8)
              : ("[" + json + "]").getBytes(StandardCharsets.UTF_8);
        case 14:
          { // an unknown or a missing type
            if (rnd.nextBoolean()) {
              node.put("type", "no_such_type");
            } else {
              node.remove("type");
            }
            return MAPPER.writeValueAsBytes(node);
          }
        case 15: // a byte-order mark, a \r, or an escaped character in a string
          return rnd.nextBoolean()
              ? ("\uFEFF" + json + "\r").getBytes(StandardCharsets.UTF_8)
              : json.replaceFirst("\":\"", "\":\"\\\\u4e2d").getBytes(StandardCharsets.UTF_8);
        default:
          { // numbers out of range and fractions in integer places
            ObjectNode target = randomObject(node, rnd);
            String field = randomField(target, rnd);
            if (field != null && target.get(field).isNumber()) {
              target.put(field, rnd.nextBoolean() ? 1e20 : 3.0);
            }
            return MAPPER.writeValueAsBytes(node);
          }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode randomObject(ObjectNode root, Random rnd) {
    List<ObjectNode> all = new ArrayList<>();
    collect(root, all);
    return all.get(rnd.nextInt(all.size()));
  }

  private static void collect(JsonNode n, List<ObjectNode> out) {
    if (n instanceof ObjectNode o) {
      out.add(o);
    }
    for (JsonNode child : n) {
      collect(child, out);
    }
  }

  private static String randomField(ObjectNode o, Random rnd) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      String name = it.next().getKey();
      if (!name.equals("type")) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : names.get(rnd.nextInt(names.size()));
  }

  private static JsonNode otherValue(Random rnd) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (rnd.nextInt(9)) {
      case 0 -> f.numberNode(123);
      case 1 -> f.booleanNode(true);
      case 2 -> f.textNode("x");
      case 3 -> f.arrayNode();
      case 4 -> f.objectNode();
      case 5 -> f.nullNode();
      case 6 -> f.numberNode(1.5);
      case 7 -> f.numberNode(99_999_999_999L);
      default -> {
        ArrayNode a = f.arrayNode();
        a.add("x").addNull();
        yield a;
      }
    };
  }

  private static byte[] join(List<byte[]> lines, boolean finalNewline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      out.write(lines.get(i), 0, lines.get(i).length);
      if (i < lines.size() - 1 || finalNewline) {
        out.write('\n');
      }
    }
    return out.toByteArray();
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

  @Test
  void streamingAndDatabind_onMixedLines_giveTheSameLines() {
    qt().withExamples(3000)
        .forAll(files(), integers().between(0, 1))
        .checkAssert(
            (lines, nl) -> {
              byte[] bytes = join(lines, nl == 1);
              assertEquals(read(bytes, Binding.DATABIND), read(bytes, Binding.STREAMING));
            });
  }

  @Test
  void streamingAndDatabind_onText_giveTheSameLines() {
    qt().withExamples(1000)
        .forAll(files())
        .checkAssert(
            lines -> {
              String text = new String(join(lines, true), StandardCharsets.UTF_8);
              List<NdjsonLine> a = new ArrayList<>();
              List<NdjsonLine> b = new ArrayList<>();
              NdjsonReader.of(new StringReader(text), MAPPER, 1 << 20, Binding.DATABIND)
                  .forEach(a::add);
              NdjsonReader.of(new StringReader(text), MAPPER, 1 << 20, Binding.STREAMING)
                  .forEach(b::add);
              assertEquals(a, b);
            });
  }

  @Test
  void partsCutAtAnySize_readBackAsTheWhole() {
    qt().withExamples(1000)
        .forAll(files(), integers().between(1, 600), integers().between(0, 3))
        .checkAssert(
            (lines, partBytes, flags) -> {
              // flags: bit 0 a newline at the end, bit 1 each part read into the last one's bytes
              byte[] bytes = join(lines, (flags & 1) == 1);
              boolean reuse = (flags & 2) != 0;
              List<NdjsonLine> whole = read(bytes, Binding.DATABIND);
              List<NdjsonLine> parts = new ArrayList<>();
              long before = 0;
              long total;
              try (NdjsonSplitter s =
                  NdjsonSplitter.of(new ByteArrayInputStream(bytes), partBytes)) {
                byte[] spare = null;
                for (NdjsonSplitter.Part part; (part = s.next(spare)) != null; ) {
                  assertTrue(part.length() > 0);
                  NdjsonReader in = NdjsonSplitter.reader(part, Binding.STREAMING);
                  long base = before;
                  in.forEach(l -> parts.add(shift(l, base)));
                  before += in.linesRead();
                  spare = reuse ? part.bytes() : null;
                }
                total = before;
              }
              assertEquals(whole, parts);
              long expectedLines =
                  bytes.length == 0
                      ? 0
                      : new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1).length
                          - (bytes[bytes.length - 1] == '\n' ? 1 : 0);
              assertEquals(expectedLines, total);
            });
  }

  @Test
  void partsOfManyLines_oneParserAcrossLines_readBackAsTheWhole() {
    // parts of many lines: plain lines are bound by one parser running over the part, which
    // must give exactly what a parser over each line alone gives (truncated lines, trailing
    // tokens, blank and malformed lines in between)
    qt().withExamples(1000)
        .forAll(files(), integers().between(1 << 10, 1 << 16), integers().between(0, 1))
        .checkAssert(
            (lines, partBytes, nl) -> {
              byte[] bytes = join(lines, nl == 1);
              assertEquals(read(bytes, Binding.DATABIND), readInParts(bytes, partBytes));
            });
  }

  @Test
  void aRecordSpanningTwoLines_isTwoMalformedLines_notOneRecord() {
    qt().withExamples(100)
        .forAll(Models.of(Village.class))
        .checkAssert(
            v -> {
              String json;
              try {
                json = MAPPER.writeValueAsString(v);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              int cut = json.lastIndexOf(',');
              String text =
                  json + "\n" + json.substring(0, cut) + "\n" + json.substring(cut) + "\n" + json;
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              List<NdjsonLine> parts = readInParts(bytes, 1 << 16);
              assertEquals(read(bytes, Binding.DATABIND), parts);
              assertEquals(4, parts.size());
              assertTrue(parts.get(0) instanceof NdjsonLine.Parsed);
              assertTrue(parts.get(1) instanceof NdjsonLine.Malformed);
              assertTrue(parts.get(2) instanceof NdjsonLine.Malformed);
              assertEquals(4, parts.get(3).lineNumber());
              assertTrue(parts.get(3) instanceof NdjsonLine.Parsed);
            });
  }

  private static List<NdjsonLine> readInParts(byte[] bytes, int partBytes) {
    List<NdjsonLine> parts = new ArrayList<>();
    long before = 0;
    try (NdjsonSplitter s = NdjsonSplitter.of(new ByteArrayInputStream(bytes), partBytes)) {
      for (NdjsonSplitter.Part part; (part = s.next()) != null; ) {
        NdjsonReader in = NdjsonSplitter.reader(part, Binding.STREAMING);
        long base = before;
        in.forEach(l -> parts.add(shift(l, base)));
        before += in.linesRead();
      }
    }
    return parts;
  }

  private static NdjsonLine shift(NdjsonLine l, long base) {
    if (l instanceof NdjsonLine.Parsed p) {
      return new NdjsonLine.Parsed(base + p.lineNumber(), p.record());
    }
    NdjsonLine.Malformed m = (NdjsonLine.Malformed) l;
    return new NdjsonLine.Malformed(
        base + m.lineNumber(), m.problem(), m.undecodable(), m.likelyEncoding());
  }

  @Test
  void householdsAndVillages_areBoundByStreaming() {
    // the plain form of the record types of the benchmark file never reaches databind
    assertTrue(org.epar.core.json.internal.RecordBinders.class != null);
    org.epar.core.json.internal.RecordBinders b =
        new org.epar.core.json.internal.RecordBinders(MAPPER);
    assertTrue(b.binds(RecordType.HOUSEHOLD));
    assertTrue(b.binds(RecordType.VILLAGE));
    assertTrue(b.binds(RecordType.SITE), "site_type is read by its wire name");
    assertFalse(b.binds(RecordType.DAILY_REPORT), "reports carry typed records: databind");
  }

  @Test
  void streaming_withAMapperOfYourOwn_isRefused() {
    ObjectMapper own = EparJson.builder().build();
    assertThrows(
        IllegalArgumentException.class,
        () -> NdjsonReader.of(new StringReader(""), own, 10, Binding.STREAMING));
  }

  @Test
  void aRepeatedProperty_isReadAsDatabindReadsIt_andPlainLinesStreamToEqualRecords() {
    qt().withExamples(200)
        .forAll(Models.of(Household.class), Models.of(Village.class))
        .checkAssert(
            (h, v) -> {
              String json = write(h);
              String repeated =
                  json.substring(0, json.length() - 1)
                      + ",\"registered_poor\":"
                      + !h.registeredPoor()
                      + "}";
              byte[] bytes =
                  (repeated + "\n" + json + "\n" + write(v)).getBytes(StandardCharsets.UTF_8);
              List<NdjsonLine> streaming = read(bytes, Binding.STREAMING);
              assertEquals(read(bytes, Binding.DATABIND), streaming);
              assertEquals(new NdjsonLine.Parsed(2, h), streaming.get(1));
              assertEquals(new NdjsonLine.Parsed(3, v), streaming.get(2));
            });
  }

  private static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
