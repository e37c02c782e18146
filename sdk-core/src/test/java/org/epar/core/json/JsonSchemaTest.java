package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.epar.core.json.internal.JsonSchemaGenerator;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.model.Report;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code docs/schema/} are generated from the code. Regenerate them with
 * {@code mvn -pl sdk-core test -Dtest=JsonSchemaTest -Depar.schema.regenerate=true}.
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
      fail("docs/schema is out of date with the model: " + stale + ". Regenerate with: mvn -pl"
          + " sdk-core test -Dtest=JsonSchemaTest -D" + REGENERATE + "=true, and commit the result.");
    }
  }

  @Test
  void sampleDataset_conformsToDatasetSchema() {
    JsonNode schema = new JsonSchemaGenerator(mapper).datasetSchema();
    JsonNode doc = mapper.valueToTree(Examples.dataset());
    List<String> errors = new ArrayList<>();
    check(schema, schema, doc, "$", errors);
    assertEquals(List.of(), errors);
  }

  @Test
  void everyRecordLine_conformsToRecordSchema_andMatchesExactlyOneAlternative() {
    JsonNode schema = new JsonSchemaGenerator(mapper).recordSchema();
    for (RecordType t : RecordType.values()) {
      JsonNode doc = mapper.valueToTree(Examples.of(t));
      int matches = 0;
      for (JsonNode alt : schema.get("oneOf")) {
        List<String> errors = new ArrayList<>();
        check(schema, alt, doc, "$", errors);
        if (errors.isEmpty()) {
          matches++;
        }
      }
      assertEquals(1, matches, t + " matches one alternative");
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
    assertEquals("village", village.get("type").get("const").asText());
    assertTrue(village.has("registered_poor") && village.has("mobile4g"));
    JsonNode site = s.get("$defs").get("Site").get("properties");
    assertTrue(site.has("site_type"));
    assertEquals("array", site.get("rooms").get("type").asText());
    assertTrue(site.get("rooms").get("uniqueItems").asBoolean());
    assertTrue(s.get("$defs").get("Site").get("additionalProperties").asBoolean());
    assertEquals(
        "#/$defs/Member",
        s.get("$defs").get("Household").get("properties").get("members").get("items").get("$ref")
            .asText());
    assertEquals(
        "number",
        s.get("$defs").get("AnnualReport").get("properties").get("indicators")
            .get("additionalProperties").get("type").asText());
    assertEquals("date", s.get("$defs").get("Transaction").get("properties").get("date")
        .get("format").asText());
  }

  private static void collectNames(JsonNode n, Set<String> out, boolean mapValues) {
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if (!mapValues) {
          out.add(e.getKey());
        }
        collectNames(e.getValue(), out, e.getKey().equals("indicators"));
      });
    } else if (n.isArray()) {
      n.forEach(x -> collectNames(x, out, false));
    }
  }

  /** A small structural check: $ref, type, properties (all declared), items, enum, const, pattern. */
  private static void check(JsonNode root, JsonNode s, JsonNode doc, String at, List<String> errors) {
    if (s.has("$ref")) {
      String name = s.get("$ref").asText().substring("#/$defs/".length());
      check(root, root.get("$defs").get(name), doc, at, errors);
    }
    if (s.has("required")) {
      for (JsonNode r : s.get("required")) {
        if (!doc.has(r.asText())) {
          errors.add(at + ": missing " + r.asText());
        }
      }
    }
    if (s.has("const") && !s.get("const").equals(doc)) {
      errors.add(at + ": not " + s.get("const"));
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode v : s.get("enum")) {
        found |= v.equals(doc);
      }
      if (!found) {
        errors.add(at + ": not in enum");
      }
    }
    if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(doc.asText()).find()) {
      errors.add(at + ": does not match " + s.get("pattern").asText());
    }
    if (!s.has("type")) {
      return;
    }
    String type = s.get("type").asText();
    boolean ok = switch (type) {
      case "object" -> doc.isObject();
      case "array" -> doc.isArray();
      case "string" -> doc.isTextual();
      case "integer" -> doc.isIntegralNumber();
      case "number" -> doc.isNumber();
      case "boolean" -> doc.isBoolean();
      default -> false;
    };
    if (!ok) {
      errors.add(at + ": not " + type);
      return;
    }
    if (doc.isObject()) {
      ObjectNode props = (ObjectNode) s.get("properties");
      JsonNode additional = s.get("additionalProperties");
      doc.fields().forEachRemaining(e -> {
        String p = at + "." + e.getKey();
        if (props != null && props.has(e.getKey())) {
          check(root, props.get(e.getKey()), e.getValue(), p, errors);
        } else if (props != null) {
          errors.add(p + ": not declared");
        } else if (additional != null && additional.isObject()) {
          check(root, additional, e.getValue(), p, errors);
        }
      });
    } else if (doc.isArray() && s.has("items")) {
      int i = 0;
      for (JsonNode x : doc) {
        check(root, s.get("items"), x, at + "[" + i++ + "]", errors);
      }
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
