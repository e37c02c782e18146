package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epar.core.json.EparJson;
import org.epar.core.model.Dataset;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** {@code --format json} locates findings exactly: the SDK's index, the file and the line. */
class MachineOutputTest {

  /** An NDJSON file whose county record on line 1 comes again on line 3; line 2 is blank. */
  static Path duplicateCounty(String name) throws IOException {
    return duplicate(name, 0);
  }

  /** An NDJSON file whose record {@code n} of the sample county is on lines 1 and 3. */
  static Path duplicate(String name, int n) throws IOException {
    String record = Files.readAllLines(Fixtures.damingNdjson(), StandardCharsets.UTF_8).get(n);
    Path p = Fixtures.damingNdjson().resolveSibling(name);
    Files.writeString(p, record + "\n\n" + record + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static JsonNode json(Path... files) throws IOException {
    String[] args = new String[7 + files.length];
    System.arraycopy(
        new String[] {"--lang", "en", "validate", "-p", "daming-2017", "--format", "json"},
        0,
        args,
        0,
        7);
    for (int i = 0; i < files.length; i++) {
      args[7 + i] = files[i].toString();
    }
    Run run = Run.epar(args);
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    return ValidateCommand.JSON.readTree(run.out());
  }

  private static JsonNode dup(JsonNode root) {
    for (JsonNode f : root.get("report").get("findings")) {
      if (f.get("rule_id").asText().equals("CORE-DUP-01")) {
        return f;
      }
    }
    throw new AssertionError("no CORE-DUP-01 in " + root);
  }

  @Test
  void duplicate_namesBothLines_withTheSdkIndexes() throws IOException {
    Path file = duplicateCounty("json-dup.ndjson");
    JsonNode f = dup(json(file));
    assertEquals(1, f.get("location").get("index").asLong(), f::toString);
    assertEquals(3, f.get("location").get("line").asLong(), f::toString);
    assertEquals(file.toString(), f.get("location").get("file").asText());
    JsonNode first = f.get("related").get(0);
    assertEquals(0, first.get("index").asLong(), f::toString);
    assertEquals(1, first.get("line").asLong(), f::toString);
    // The same records through the SDK give the same indexes.
    Dataset ds = EparJson.readNdjson(file).dataset();
    ValidationReport sdk =
        EparValidator.builder()
            .profile(Profiles.builtIn("daming-2017"))
            .build()
            .validate(ds.records());
    Finding sdkDup = sdk.findings("CORE-DUP-01").get(0);
    assertEquals(1, sdkDup.location().index());
    assertEquals(List.of(0L), sdkDup.related().stream().map(l -> l.index()).toList());
  }

  @Test
  void secondFile_linesCountFromItsOwnStart_indexesRunOn() throws IOException {
    Path one = duplicateCounty("json-dup-a.ndjson");
    Path two = duplicate("json-dup-b.ndjson", 1);
    JsonNode root = json(one, two);
    assertEquals(2, root.get("inputs").get(1).get("first_index").asLong());
    boolean seenSecondFile = false;
    for (JsonNode f : root.get("report").get("findings")) {
      if (!f.get("rule_id").asText().equals("CORE-DUP-01")) {
        continue;
      }
      JsonNode loc = f.get("location");
      long index = loc.get("index").asLong();
      long line = loc.get("line").asLong();
      JsonNode first = f.get("related").get(0);
      if (index >= 2) {
        seenSecondFile = true;
        assertEquals(3, index, f::toString);
        assertTrue(Run.names(loc.get("file").asText(), two, ""), loc::toString);
        assertEquals(2, first.get("index").asLong(), f::toString);
        assertTrue(Run.names(first.get("file").asText(), two, ""), f::toString);
      } else {
        assertEquals(1, index, f::toString);
        assertEquals(0, first.get("index").asLong(), f::toString);
      }
      assertEquals(3, line, loc::toString);
      assertEquals(1, first.get("line").asLong(), f::toString);
    }
    assertTrue(seenSecondFile, root::toString);
  }

  @Test
  void duplicate_text_namesTheFirstOccurrence() throws IOException {
    Path file = duplicateCounty("text-dup.ndjson");
    Run en = Run.epar("--lang", "en", "validate", "-p", "daming-2017", file.toString());
    assertTrue(Run.names(en.out(), file, ":3  county"), en::toString);
    assertTrue(en.out().contains("first occurrence: "), en::toString);
    assertTrue(Run.names(en.out(), file, ":1  county"), en::toString);
    Run zh = Run.epar("--lang", "zh", "validate", "-p", "daming-2017", file.toString());
    assertTrue(zh.out().contains("首次出现："), zh::toString);
    assertFalse(zh.out().contains("first occurrence"), zh::toString);
  }
}
