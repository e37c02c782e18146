package org.epar.grpc.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.epar.core.json.EparJson;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.model.EparRecord;

/**
 * Jazzer target for the NDJSON reader: any bytes give one {@code Parsed} or {@code Malformed} entry
 * per non-blank line, in line order, without an exception; a malformed line says why; every parsed
 * record writes back to JSON that reads as an equal record.
 *
 * <p>Regression inputs: {@code src/test/resources/org/epar/grpc/fuzz/NdjsonFuzzTestInputs/}.
 */
class NdjsonFuzzTest {

  /** Small, so the fuzzer also reaches the over-long-line path. */
  private static final int MAX_LINE = 2048;

  private static final ObjectWriter WRITER = EparJson.mapper().writerFor(EparRecord.class);
  private static final ObjectReader READER = EparJson.mapper().readerFor(EparRecord.class);

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
  void readRecords(byte[] input) throws JsonProcessingException {
    long lines = 1;
    for (byte b : input) {
      if (b == '\n') {
        lines++;
      }
    }
    long previous = 0;
    try (NdjsonReader reader =
        NdjsonReader.of(
            new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8),
            EparJson.mapper(),
            MAX_LINE)) {
      for (NdjsonLine line : reader) {
        assertTrue(line.lineNumber() > previous, "line numbers increase");
        assertTrue(line.lineNumber() <= lines, "no line past the input");
        previous = line.lineNumber();
        if (line instanceof NdjsonLine.Malformed m) {
          assertFalse(m.problem().isBlank(), "a malformed line says why");
        } else if (line instanceof NdjsonLine.Parsed p) {
          String json = WRITER.writeValueAsString(p.record());
          assertEquals(p.record(), READER.readValue(json), "a parsed record writes back");
        }
      }
    }
  }
}
