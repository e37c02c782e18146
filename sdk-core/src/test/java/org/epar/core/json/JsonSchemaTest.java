package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.json.internal.JsonSchemaGenerator;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code docs/schema/} are generated from the code. Regenerate them with {@code
 * mvn -pl sdk-core test -Dtest=JsonSchemaTest -Depar.schema.regenerate=true}. This class checks
 * their shape; {@code SchemaConformanceTest} in sdk-testkit validates generated records and
 * single-field mutations against them with a JSON Schema validator.
 */
class JsonSchemaTest {

  static final String REGENERATE = "epar.schema.regenerate";

  private final ObjectMapper mapper = EparJson.mapper();

  /** File name (under docs/schema) to generated text. */
  static Map<String, String> generated() {
    Map<String, String> out = new LinkedHashMap<>();
    JsonSchemaGenerator g = new JsonSchemaGenerator(EparJson.mapper());
    out.put("dataset.schema.json", JsonSchemaGenerator.toJson(g.datasetSchema()));
    out.put("record.schema.json", JsonSchemaGenerator.toJson(g.recordSchema()));
    for (RecordType t : RecordType.values()) {
      if (Report.class.isAssignableFrom(t.javaType())) {
        out.put(t.wireName() + ".schema.json", JsonSchemaGenerator.toJson(g.recordSchema(t)));
      }
    }
    return out;
  }

  @Test
  void checkedInSchemas_matchTheCode() throws Exception {
    Path dir = RepoRoot.find().resolve("docs/schema");
    boolean regenerate = Boolean.getBoolean(REGENERATE);
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : generated().entrySet()) {
      Path file = dir.resolve(e.getKey());
      if (regenerate) {
        Files.createDirectories(dir);
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      } else if (!Files.exists(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
        stale.add(e.getKey());
      }
    }
    if (!stale.isEmpty()) {
      fail(
          "docs/schema is out of date with the model: "
              + stale
              + ". Regenerate with: mvn -pl"
              + " sdk-core test -Dtest=JsonSchemaTest -D"
              + REGENERATE
              + "=true, and commit the result.");
    }
  }

  @Test
  void recordSchema_dispatchesOnType_withOneIfThenPerRecordType_andNoOneOf() {
    JsonNode schema = new JsonSchemaGenerator(mapper).recordSchema();
    assertEquals("object", schema.get("type").asText());
    assertEquals("[\"type\"]", schema.get("required").toString());
    JsonNode wireNames = schema.get("properties").get("type").get("enum");
    JsonNode branches = schema.get("allOf");
    assertEquals(RecordType.values().length, wireNames.size());
    assertEquals(RecordType.values().length, branches.size());
    for (int i = 0; i < RecordType.values().length; i++) {
      RecordType t = RecordType.values()[i];
      assertEquals(t.wireName(), wireNames.get(i).asText());
      JsonNode branch = branches.get(i);
      assertEquals(
          t.wireName(), branch.get("if").get("properties").get("type").get("const").asText());
      assertEquals(
          "[\"type\"]",
          branch.get("if").get("required").toString(),
          "a line without type must not enter every branch");
      assertEquals(
          "#/$defs/" + t.javaType().getSimpleName(), branch.get("then").get("$ref").asText());
    }
    List<String> combinators = new ArrayList<>();
    collectKeys(schema, Set.of("oneOf", "anyOf"), "$", combinators);
    assertEquals(List.of(), combinators, "oneOf/anyOf report an error per alternative");
  }

  @Test
  void everyDataProperty_acceptsNull_andOnlyTypeIsRequired() {
    JsonSchemaGenerator g = new JsonSchemaGenerator(mapper);
    for (JsonNode schema : List.of(g.datasetSchema(), g.recordSchema())) {
      List<JsonNode> objects = new ArrayList<>();
      schema.get("$defs").forEach(objects::add);
      for (JsonNode o : objects) {
        o.get("properties")
            .fields()
            .forEachRemaining(
                e -> {
                  JsonNode p = e.getValue();
                  boolean nullable =
                      p.has("if") && p.get("if").toString().equals("{\"type\":\"null\"}")
                          || p.has("enum") && p.get("enum").toString().endsWith(",null]")
                          || p.has("type")
                              && p.get("type").isArray()
                              && p.get("type").toString().endsWith(",\"null\"]");
                  assertTrue(nullable, () -> e.getKey() + " does not accept null: " + p);
                });
      }
      List<String> required = new ArrayList<>();
      collectKeys(schema, Set.of("required"), "$", required);
      for (String at : required) {
        assertTrue(
            at.equals("$.required") || at.matches("\\$\\.allOf\\[\\d+]\\.if\\.required"), at);
      }
    }
    assertFalse(
        g.recordSchema().get("properties").get("type").get("enum").toString().contains("null"),
        "the type of a line is never null");
    JsonNode monthly = g.recordSchema(RecordType.MONTHLY_REPORT);
    assertEquals("[\"type\"]", monthly.get("required").toString());
    assertEquals("monthly_report", monthly.get("properties").get("type").get("const").asText());
  }

  @Test
  void integers_areBoundedByTheirJavaType_andEnumsCarryNoType() {
    JsonNode defs = new JsonSchemaGenerator(mapper).datasetSchema().get("$defs");
    JsonNode residents = defs.get("Village").get("properties").get("residents");
    assertEquals(Integer.MAX_VALUE, residents.get("maximum").asLong());
    assertEquals(Integer.MIN_VALUE, residents.get("minimum").asLong());
    JsonNode volume = defs.get("ReportStatistics").get("properties").get("sales_volume");
    assertEquals(Long.MAX_VALUE, volume.get("maximum").asLong());
    JsonNode siteType = defs.get("Site").get("properties").get("site_type");
    assertFalse(siteType.has("type"), "an enum with a type gives two errors for a number");
    assertTrue(siteType.get("enum").toString().contains("\"VILLAGE_STATION\""));
    JsonNode rooms = defs.get("Site").get("properties").get("rooms").get("items");
    assertFalse(rooms.has("type"));
    assertFalse(rooms.get("enum").toString().contains("null"), "set elements are never null");
  }

  private static void collectKeys(JsonNode n, Set<String> keys, String at, List<String> out) {
    if (n.isObject()) {
      n.fields()
          .forEachRemaining(
              e -> {
                String p = at + "." + e.getKey();
                if (keys.contains(e.getKey()) && !at.endsWith(".properties")) {
                  out.add(p);
                }
                collectKeys(e.getValue(), keys, p, out);
              });
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        collectKeys(n.get(i), keys, at + "[" + i + "]", out);
      }
    }
  }

  @Test
  void everyPropertyTheMapperWrites_isDeclared() {
    Set<String> declared = new JsonSchemaGenerator(mapper).propertyNames();
    Set<String> written = new HashSet<>();
    collectNames(mapper.valueToTree(Examples.dataset()), written, false);
    written.removeAll(declared);
    assertEquals(Set.of(), written);
  }

  @Test
  void schema_usesSnakeCaseAndTypeConst() {
    JsonNode s = new JsonSchemaGenerator(mapper).datasetSchema();
    assertEquals(JsonSchemaGenerator.DIALECT, s.get("$schema").asText());
    JsonNode village = s.get("$defs").get("Village").get("properties");
    assertEquals(
        "[\"village\",null]",
        village.get("type").get("enum").toString(),
        "type is optional and nullable inside a dataset list");
    assertTrue(village.has("registered_poor") && village.has("mobile4g"));
    JsonNode site = s.get("$defs").get("Site").get("properties");
    assertTrue(site.has("site_type"));
    assertEquals("[\"array\",\"null\"]", site.get("rooms").get("type").toString());
    assertTrue(site.get("rooms").get("uniqueItems").asBoolean());
    assertTrue(s.get("$defs").get("Site").get("additionalProperties").asBoolean());
    assertEquals(
        "#/$defs/Member",
        s.get("$defs")
            .get("Household")
            .get("properties")
            .get("members")
            .get("items")
            .get("$ref")
            .asText());
    assertEquals(
        "#/$defs/ReportHeader",
        s.get("$defs")
            .get("DailyReport")
            .get("properties")
            .get("header")
            .get("else")
            .get("$ref")
            .asText());
    assertEquals(
        "number",
        s.get("$defs")
            .get("AnnualReport")
            .get("properties")
            .get("indicators")
            .get("additionalProperties")
            .get("type")
            .asText(),
        "map values are never null");
    assertEquals(
        "date",
        s.get("$defs").get("Transaction").get("properties").get("date").get("format").asText());
  }

  private static void collectNames(JsonNode n, Set<String> out, boolean mapValues) {
    if (n.isObject()) {
      n.fields()
          .forEachRemaining(
              e -> {
                if (!mapValues) {
                  out.add(e.getKey());
                }
                collectNames(e.getValue(), out, e.getKey().equals("indicators"));
              });
    } else if (n.isArray()) {
      n.forEach(x -> collectNames(x, out, false));
    }
  }

  @Test
  void everyRecordClass_isAnEparRecordWithADefinition() {
    JsonNode defs = new JsonSchemaGenerator(mapper).datasetSchema().get("$defs");
    for (RecordType t : RecordType.values()) {
      assertTrue(EparRecord.class.isAssignableFrom(t.javaType()));
      assertTrue(defs.has(t.javaType().getSimpleName()), t::toString);
    }
  }
}
