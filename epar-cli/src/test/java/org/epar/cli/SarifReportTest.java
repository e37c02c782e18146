package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code epar validate --format sarif} against the SARIF 2.1.0 JSON schema (sarif/README.md). */
class SarifReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("sarif/sarif-2.1.0-rtm.5.json")) {
      JsonNode node = JSON.readTree(in);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(node);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode sarif(String lang, Path file) throws IOException {
    Run run = Run.validate(lang, "daming-2017", "2018-12-31", "--format", "sarif", file.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertFalse(
        run.all().contains(Fixtures.VALID_CITIZEN) || run.all().contains(Fixtures.INVALID_CITIZEN));
    return JSON.readTree(run.out());
  }

  @Test
  void brokenNdjson_isAValidSarifLog_withRulesResultsAndLines() throws IOException {
    Path file = Fixtures.brokenNdjson("sarif-broken.ndjson");
    JsonNode log = sarif("en", file);
    Set<ValidationMessage> errors = SCHEMA.validate(log);
    assertEquals(Set.of(), errors);
    assertEquals("2.1.0", log.get("version").asText());
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals("epar", run.at("/tool/driver/name").asText());
    List<String> ruleIds = new ArrayList<>();
    rules.forEach(r -> ruleIds.add(r.get("id").asText()));
    assertEquals(ruleIds.size(), new HashSet<>(ruleIds).size(), "each rule once");

    String uri = file.toUri().toASCIIString();
    Set<Long> inputLines = new HashSet<>();
    boolean householdFinding = false;
    for (JsonNode r : run.get("results")) {
      String id = r.get("ruleId").asText();
      assertEquals(id, ruleIds.get(r.get("ruleIndex").asInt()), "ruleIndex points at the rule");
      assertTrue(Set.of("error", "warning", "note").contains(r.get("level").asText()));
      assertFalse(r.at("/message/text").asText().isBlank());
      JsonNode physical = r.at("/locations/0/physicalLocation");
      if (id.equals(SarifReport.INPUT_RULE)) {
        assertEquals(uri, physical.at("/artifactLocation/uri").asText());
        inputLines.add(physical.at("/region/startLine").asLong());
      } else if (r.at("/locations/0/logicalLocations/0/fullyQualifiedName")
          .asText()
          .startsWith("household/")) {
        assertEquals(uri, physical.at("/artifactLocation/uri").asText());
        assertEquals(4, physical.at("/region/startLine").asLong(), r::toString);
        householdFinding = true;
      }
    }
    assertEquals(Set.of(3L, 5L), inputLines);
    assertTrue(householdFinding, "a finding on the household of line 4");
  }

  @Test
  void chineseMessages_underLangZh_andStillValid() throws IOException {
    JsonNode log = sarif("zh", Fixtures.brokenNdjson("sarif-broken-zh.ndjson"));
    assertEquals(Set.of(), SCHEMA.validate(log));
    JsonNode first = log.at("/runs/0/results/0/message/text");
    assertTrue(
        first
            .asText()
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        first::asText);
  }

  @Test
  void duplicate_namesTheFirstOccurrenceAsARelatedLocation_andStaysValid() throws IOException {
    Path file = MachineOutputTest.duplicateCounty("sarif-dup.ndjson");
    JsonNode log = sarif("en", file);
    assertEquals(Set.of(), SCHEMA.validate(log));
    JsonNode dup = null;
    for (JsonNode r : log.get("runs").get(0).get("results")) {
      if (r.get("ruleId").asText().equals("CORE-DUP-01")) {
        dup = r;
      }
    }
    assertTrue(dup != null, log::toString);
    assertEquals(
        3,
        dup.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
    JsonNode first = dup.get("relatedLocations").get(0);
    assertEquals(1, first.get("physicalLocation").get("region").get("startLine").asInt());
    assertEquals("first occurrence", first.get("message").get("text").asText());
    assertEquals(
        "首次出现",
        sarif("zh", file)
            .get("runs")
            .get(0)
            .get("results")
            .findValue("relatedLocations")
            .get(0)
            .get("message")
            .get("text")
            .asText());
  }

  @Test
  void schema_rejectsWhatSarifForbids_soTheCheckCanFail() throws IOException {
    JsonNode log = sarif("en", Fixtures.brokenNdjson("sarif-broken-2.ndjson"));
    ObjectNode bad = (ObjectNode) log.deepCopy();
    ((ObjectNode) bad.at("/runs/0/results/0")).put("level", "fatal");
    assertFalse(SCHEMA.validate(bad).isEmpty());
    ObjectNode noVersion = (ObjectNode) log.deepCopy();
    noVersion.remove("version");
    assertFalse(SCHEMA.validate(noVersion).isEmpty());
  }

  @Test
  void uri_relativePathsStayRelativeAndEscaped() {
    assertEquals("data/%E5%8E%BF%20a.ndjson", SarifReport.uri(Path.of("data", "县 a.ndjson")));
  }
}
