package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Dataset;
import org.epar.core.model.Direction;
import org.epar.core.model.EparRecord;
import org.epar.core.model.NaturalVillage;
import org.epar.core.model.RecordType;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class NdjsonTest {

  private static List<NdjsonLine> read(String text) {
    try (NdjsonReader r = NdjsonReader.of(new StringReader(text))) {
      List<NdjsonLine> out = new ArrayList<>();
      r.forEach(out::add);
      return out;
    }
  }

  private static String write(List<? extends EparRecord> records) {
    StringWriter sw = new StringWriter();
    try (NdjsonWriter w = NdjsonWriter.of(sw)) {
      w.writeAll(records);
    }
    return sw.toString();
  }

  private static String line(EparRecord r) {
    return write(List.of(r)).strip();
  }

  @Test
  void writer_writesOneCompactObjectPerLine_withTypeFirst() {
    List<EparRecord> all = Examples.dataset().records().toList();
    String text = write(all);
    String[] lines = text.split("\n", -1);
    assertEquals(all.size() + 1, lines.length);
    assertEquals("", lines[lines.length - 1], "ends with \\n");
    assertFalse(text.contains("\r"));
    for (int i = 0; i < all.size(); i++) {
      assertTrue(
          lines[i].startsWith("{\"type\":\"" + all.get(i).recordType().wireName() + "\""),
          lines[i]);
    }
  }

  @Test
  void everyRecordType_roundTripsThroughNdjson() {
    List<EparRecord> all = Examples.dataset().records().toList();
    List<NdjsonLine> lines = read(write(all));
    assertEquals(all.size(), lines.size());
    for (int i = 0; i < all.size(); i++) {
      NdjsonLine.Parsed p = assertInstanceOf(NdjsonLine.Parsed.class, lines.get(i));
      assertEquals(i + 1, p.lineNumber());
      assertEquals(all.get(i), p.record());
    }
  }

  @Test
  void malformedLineInTheMiddle_isReportedWithItsNumber_andTheRestIsRead() {
    String text =
        String.join(
            "\n",
            line(Examples.of(RecordType.VILLAGE)),
            "{\"type\":\"village\",\"code\":",
            line(Examples.transaction()),
            "",
            "{\"type\":\"spaceship\",\"id\":\"x\"}",
            "{\"id\":\"no type\"}",
            "{\"type\":\"village\",\"residents\":\"many\"}",
            "{\"type\":\"village\",\"natural_villages\":[{\"households\":{}}]}",
            "{\"type\":\"transaction\",\"amount\":\"12.345\"}",
            "{\"type\":\"transaction\",\"direction\":\"SIDEWAYS\"}",
            "[1,2]",
            "{\"type\":\"device_day\"} {\"type\":\"device_day\"}",
            "   ",
            line(Examples.shipment()));
    List<NdjsonLine> lines = read(text);
    assertEquals(
        List.of(1L, 2L, 3L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 14L),
        lines.stream().map(NdjsonLine::lineNumber).toList(),
        "blank lines 4 and 13 are skipped but counted");
    assertEquals(Examples.of(RecordType.VILLAGE), ((NdjsonLine.Parsed) lines.get(0)).record());
    assertEquals(Examples.transaction(), ((NdjsonLine.Parsed) lines.get(2)).record());
    assertEquals(Examples.shipment(), ((NdjsonLine.Parsed) lines.get(11)).record());
    List<String> problems =
        lines.stream()
            .filter(l -> l instanceof NdjsonLine.Malformed)
            .map(l -> ((NdjsonLine.Malformed) l).problem())
            .toList();
    assertEquals(9, problems.size(), problems::toString);
    assertEquals(
        "truncated: the JSON ends before the record is complete (the file may be cut off)",
        problems.get(0));
    assertEquals("unknown record type in \"type\" property", problems.get(1));
    assertEquals("missing \"type\" property naming the record type", problems.get(2));
    assertEquals("invalid value for an integer at residents", problems.get(3));
    assertEquals(
        "wrong JSON type, expected an integer at natural_villages[0].households", problems.get(4));
    assertTrue(problems.get(5).startsWith("expected an amount in yuan"), problems.get(5));
    assertTrue(problems.get(5).endsWith(" at amount"), problems.get(5));
    assertEquals("not a constant of Direction at direction", problems.get(6));
    assertEquals(
        "a JSON array, not a record: NDJSON holds one record per line (one JSON object)",
        problems.get(7));
    assertEquals("more than one JSON value on the line", problems.get(8));
  }

  @Test
  void personalData_neverAppearsInAProblem() {
    String id = "11010519491231002X";
    String name = "张三丰";
    List<String> bad =
        List.of(
            "{\"type\":\"household\",\"members\":[{\"citizen_id\":\""
                + id
                + "\",\"name\":\""
                + name
                + "\",\"labour_capacity\":\""
                + name
                + id
                + "\"}]}",
            "{\"type\":\"personnel\",\"citizen_id\":[\"" + id + "\"],\"name\":\"" + name + "\"}",
            "{\"type\":\"personnel\",\"name\":{\"" + name + "\":\"" + id + "\"}}",
            "{\"type\":\"" + name + id + "\"}",
            "{\"type\":\"leader\",\"name\":\"" + name + "\",\"citizen_id\":\"" + id + "\",",
            "{\"type\":\"leader\",\"name\":\"" + name + "\" \"citizen_id\":\"" + id + "\"}",
            "{\"type\":\"annual_report\",\"indicators\":{\"" + name + id + "\":\"" + id + "\"}}",
            "{\"type\":\"transaction\",\"amount\":\"" + id + "\"}",
            "{\"type\":\"transaction\",\"amount\":" + id.substring(0, 17) + ".123}",
            "{\"type\":\"transaction\",\"orders\":" + id.substring(0, 17) + "99999}",
            "{\"type\":\"attendance\",\"citizen_id\":" + id.substring(0, 17) + ".5}",
            "{\"type\":\"daily_report\",\"header\":{\"period\":\"" + id + "\"}}",
            "{\"type\":\"trace_event\",\"time\":\"" + id + "\"}",
            "{\"type\":\"" + name + "\",\"" + id + "\":1}",
            "{\"" + name + "\":\"" + id + "\"}");
    List<NdjsonLine> lines = read(String.join("\n", bad));
    assertEquals(bad.size(), lines.size());
    for (NdjsonLine l : lines) {
      NdjsonLine.Malformed m = assertInstanceOf(NdjsonLine.Malformed.class, l, l::toString);
      String p = m.problem();
      assertFalse(p.contains(name) || p.contains("张") || p.contains("三丰"), p);
      assertFalse(p.contains("110105") || p.contains("1949") || p.contains("002X"), p);
    }
    assertEquals(
        "invalid value for a number at indicators.?",
        ((NdjsonLine.Malformed) lines.get(6)).problem());
    assertEquals("number out of range at orders", ((NdjsonLine.Malformed) lines.get(9)).problem());
  }

  @Test
  void crlfBomAndMissingFinalNewline_areAccepted() {
    String text = "\uFEFF" + line(Examples.transaction()) + "\r\n\r\n" + line(Examples.deviceDay());
    List<NdjsonLine> lines = read(text);
    assertEquals(2, lines.size());
    assertEquals(Examples.transaction(), ((NdjsonLine.Parsed) lines.get(0)).record());
    assertEquals(3, lines.get(1).lineNumber());
    assertEquals(Examples.deviceDay(), ((NdjsonLine.Parsed) lines.get(1)).record());
  }

  @Test
  void overlongLine_isMalformed_andReadingContinues() {
    String longLine = "{\"type\":\"transaction\",\"id\":\"" + "x".repeat(500) + "\"}";
    String text = longLine + "\n" + line(Examples.deviceDay()) + "\n";
    List<NdjsonLine> lines = new ArrayList<>();
    try (NdjsonReader r = NdjsonReader.of(new StringReader(text), EparJson.mapper(), 100)) {
      r.forEach(lines::add);
    }
    assertEquals(new NdjsonLine.Malformed(1, "line longer than 100 characters"), lines.get(0));
    assertEquals(new NdjsonLine.Parsed(2, Examples.deviceDay()), lines.get(1));
  }

  @Test
  void reader_isIterableOnce_andStreams() {
    String text = write(List.of(Examples.transaction(), Examples.shipment()));
    NdjsonReader r = NdjsonReader.of(new StringReader(text));
    try (var s = r.stream()) {
      assertEquals(2, s.count());
    }
    assertThrows(IllegalStateException.class, r::iterator);
  }

  @Test
  void bytes_areUtf8() {
    Village v = (Village) Examples.of(RecordType.VILLAGE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.of(bytes)) {
      w.write(v);
      assertEquals(1, w.count());
    }
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("大街村"));
    try (NdjsonReader r = NdjsonReader.of(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(v, ((NdjsonLine.Parsed) r.iterator().next()).record());
    }
  }

  @Test
  void readDataset_collectsRecordsAndMalformedLines(@TempDir Path dir) throws Exception {
    Dataset ds = Examples.dataset();
    Path file = dir.resolve("county.ndjson");
    Ndjson.writeDataset(file, ds);
    Files.writeString(
        file,
        "{\"type\":\"nope\"}\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    DatasetRead read = Ndjson.readDataset(file);
    assertEquals(Dataset.of(null, ds.records().toList()), read.dataset());
    assertFalse(read.isClean());
    assertEquals(
        List.of(
            new NdjsonLine.Malformed(ds.size() + 1, "unknown record type in \"type\" property")),
        read.malformed());
  }

  // ---- property: random simple records read back equal ----

  private static Gen<String> text() {
    return strings().betweenCodePoints(0, 0x9FFF).ofLengthBetween(0, 12);
  }

  private static <T> Gen<T> orNull(Gen<T> g) {
    return g.toOptionals(20).map(o -> o.orElse(null));
  }

  private static Gen<Village> villages() {
    Gen<NaturalVillage> nv =
        orNull(text()).zip(integers().between(0, 500), booleans().all(), NaturalVillage::new);
    return orNull(text().map(DivisionCode::of))
        .zip(
            orNull(text()),
            integers().between(-10, 100_000),
            integers().between(0, 63),
            (code, name, residents, bits) -> new Object[] {code, name, residents, bits})
        .zip(
            lists().of(nv).ofSizeBetween(0, 3),
            (a, nvs) -> {
              int b = (Integer) a[3];
              return new Village(
                  (DivisionCode) a[0],
                  (String) a[1],
                  (Integer) a[2],
                  (b & 1) != 0,
                  (b & 2) != 0,
                  (b & 4) != 0,
                  (b & 8) != 0,
                  (b & 16) != 0,
                  (b & 32) != 0,
                  nvs);
            });
  }

  private static Gen<Transaction> transactions() {
    Gen<LocalDate> dates = integers().between(0, 60_000).map(d -> LocalDate.ofEpochDay(d));
    Gen<Money> amounts = longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(Money::ofFen);
    Gen<Direction> directions =
        integers().between(0, Direction.values().length - 1).map(i -> Direction.values()[i]);
    return orNull(text())
        .zip(orNull(text()), orNull(text()), (id, site, shop) -> new String[] {id, site, shop})
        .zip(
            orNull(dates),
            orNull(directions),
            orNull(amounts),
            (s, date, dir, amount) -> new Object[] {s, date, dir, amount})
        .zip(
            integers().all(),
            orNull(text()),
            orNull(text()),
            (a, orders, household, product) -> {
              String[] s = (String[]) a[0];
              return new Transaction(
                  s[0],
                  s[1],
                  s[2],
                  (LocalDate) a[1],
                  (Direction) a[2],
                  (Money) a[3],
                  orders,
                  household,
                  product);
            });
  }

  @Test
  void randomRecords_readBackEqual() {
    Gen<EparRecord> records =
        villages().<EparRecord>map(v -> v).mix(transactions().<EparRecord>map(t -> t));
    qt().withExamples(300)
        .forAll(lists().of(records).ofSizeBetween(0, 20))
        .checkAssert(
            rs -> {
              List<NdjsonLine> lines = read(write(rs));
              assertEquals(
                  rs,
                  lines.stream()
                      .map(l -> ((NdjsonLine.Parsed) l).record())
                      .collect(Collectors.toList()));
            });
  }
}
