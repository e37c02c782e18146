package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.json.DatasetRead;
import org.epar.core.json.EparJson;
import org.epar.core.json.Ndjson;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/** JSON and NDJSON round trips of generated records and datasets are lossless. */
class JsonRoundTripTest {

  private static final ObjectMapper MAPPER = EparJson.mapper();

  @TempDir Path dir;

  private static EparRecord roundTrip(EparRecord r) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(r), EparRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertRoundTrips(Gen<? extends EparRecord> gen, int examples) {
    qt().withExamples(examples)
        .forAll(gen)
        .checkAssert(
            r -> {
              EparRecord back = roundTrip(r);
              assertEquals(
                  r,
                  back,
                  () -> {
                    try {
                      return r.recordType() + " " + MAPPER.writeValueAsString(r);
                    } catch (IOException e) {
                      return r.recordType() + " (unprintable)";
                    }
                  });
            });
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void strictRecord_jsonRoundTrip_isEqual(RecordType type) {
    assertRoundTrips(Models.of(type), 300);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void lenientRecord_jsonRoundTrip_isEqual(RecordType type) {
    assertRoundTrips(Models.lenient(type), 300);
  }

  @Test
  void dataset_jsonRoundTrip_isEqual() {
    qt().withExamples(100)
        .forAll(Models.datasets(4))
        .checkAssert(
            ds -> {
              try {
                assertEquals(ds, MAPPER.readValue(MAPPER.writeValueAsString(ds), Dataset.class));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void dataset_ndjsonRoundTrip_isEqualButForScope() {
    qt().withExamples(50)
        .forAll(Models.datasets(4))
        .checkAssert(
            ds -> {
              Path file = dir.resolve("dataset.ndjson");
              Ndjson.writeDataset(file, ds);
              DatasetRead read = Ndjson.readDataset(file);
              assertTrue(read.isClean(), () -> "malformed " + read.malformed());
              assertEquals(Dataset.of(null, ds.records().toList()), read.dataset());
            });
  }

  @Test
  void ndjsonFile_ofRandomRecords_readsBackEqualInOrder() {
    Gen<List<EparRecord>> lists = lists().of(Models.anyLenientRecord()).ofSizeBetween(0, 60);
    qt().withExamples(100)
        .forAll(lists)
        .checkAssert(
            records -> {
              Path file = dir.resolve("records.ndjson");
              try (NdjsonWriter w = NdjsonWriter.create(file)) {
                w.writeAll(records);
              }
              List<EparRecord> back = new ArrayList<>();
              try (NdjsonReader r = NdjsonReader.open(file)) {
                for (NdjsonLine line : r) {
                  if (line instanceof NdjsonLine.Malformed m) {
                    throw new AssertionError(
                        "malformed line " + m.lineNumber() + ": " + m.problem());
                  }
                  back.add(((NdjsonLine.Parsed) line).record());
                }
              }
              assertEquals(records, back);
              try {
                assertEquals(
                    records.size(),
                    Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
