package org.epar.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.samples.SampleCounties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records written into the template's shape and read back are the same records. */
class RoundTripTest {

  private static Map<RecordType, List<EparRecord>> byType;

  @BeforeAll
  static void county() {
    Dataset d = SampleCounties.daming(7);
    byType = new EnumMap<>(RecordType.class);
    d.records()
        .forEach(
            r -> {
              RecordType t = RecordType.of(r);
              if (SpreadsheetTemplate.supports(t)) {
                byType.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
              }
            });
  }

  @Test
  void sampleCounty_coversNestedRowsAndCollections() {
    assertTrue(byType.containsKey(RecordType.HOUSEHOLD));
    assertTrue(byType.get(RecordType.HOUSEHOLD).size() > 100);
    assertTrue(byType.containsKey(RecordType.VILLAGE));
    assertTrue(byType.containsKey(RecordType.SITE));
  }

  @Test
  void xlsx_everyTypeOfTheSampleCounty_readsBackEqual(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      SpreadsheetTemplate.write(out, byType);
    }
    Map<RecordType, List<EparRecord>> read = new EnumMap<>(RecordType.class);
    List<SpreadsheetProblem> problems = new ArrayList<>();
    ReadSummary s =
        SpreadsheetReader.read(
            file,
            r ->
                read.computeIfAbsent(RecordType.of(r.record()), k -> new ArrayList<>())
                    .add(r.record()),
            problems::add);
    assertEquals(List.of(), problems);
    assertEquals(byType.keySet(), read.keySet());
    for (RecordType t : byType.keySet()) {
      assertEquals(byType.get(t), read.get(t), t.wireName());
    }
    assertEquals(byType.values().stream().mapToLong(List::size).sum(), s.records());
    assertEquals("xlsx", s.encoding());
  }

  @Test
  void csv_everyTypeOfTheSampleCounty_readsBackEqual(@TempDir Path dir) {
    for (RecordType t : byType.keySet()) {
      Path file = dir.resolve(t.wireName() + ".csv");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SpreadsheetTemplate.writeCsv(out, t, byType.get(t));
      write(file, out.toByteArray());
      List<EparRecord> read = new ArrayList<>();
      List<SpreadsheetProblem> problems = new ArrayList<>();
      ReadSummary s = SpreadsheetReader.read(file, r -> read.add(r.record()), problems::add);
      assertEquals(List.of(), problems, t.wireName());
      assertEquals(byType.get(t), read, t.wireName());
      assertEquals("UTF-8", s.encoding());
    }
  }

  @Test
  void headers_areUniquePerTypeInBothLanguages() {
    assertEquals(32, SpreadsheetTemplate.supportedTypes().size());
    assertFalse(SpreadsheetTemplate.supports(RecordType.DAILY_REPORT));
    for (RecordType t : SpreadsheetTemplate.supportedTypes()) {
      var headers = SpreadsheetTemplate.headers(t);
      assertEquals(
          headers.size(), headers.stream().map(Map.Entry::getKey).distinct().count(), t.wireName());
      assertEquals(
          headers.size(),
          headers.stream().map(Map.Entry::getValue).distinct().count(),
          t.wireName());
      // every header has a Chinese label, not the English fallback
      for (var h : headers) {
        assertFalse(
            h.getKey().chars().allMatch(c -> c < 128),
            () -> t.wireName() + "." + h.getValue() + " has no Chinese header");
      }
    }
    Map<String, RecordType> sheets = new LinkedHashMap<>();
    for (RecordType t : SpreadsheetTemplate.supportedTypes()) {
      RecordType previous = sheets.put(SpreadsheetTemplate.sheetName(t), t);
      assertEquals(null, previous, t.wireName());
      assertTrue(SpreadsheetTemplate.sheetName(t).length() <= 31);
    }
    assertEquals(sheets.keySet().stream().collect(Collectors.toSet()).size(), 32);
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
