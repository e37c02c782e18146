package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epar.core.json.EparJson;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.internal.JsonSchemaGenerator;
import org.epar.core.model.County;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.model.Report;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas of {@code docs/schema/} agree with the SDK, checked with a real JSON Schema
 * validator (networknt, draft 2020-12, format assertions on):
 *
 * <ul>
 *   <li>every generated record, as an NDJSON line and (for reports) as a standalone report, and
 *       every generated dataset is valid;
 *   <li>every single-field mutation of a generated record (wrong JSON type, bad enumeration
 *       constant, bad date, bad money string, an integer one past its range, explicit null on the
 *       required {@code type}, an identifier or period of the wrong form) gives exactly one error,
 *       at the mutated value, and the SDK's NDJSON reader refuses the line too (except for
 *       identifiers, which the reader keeps and the rules report);
 *   <li>an explicit {@code null} on any other property is valid, and the SDK reads it exactly as if
 *       the property were absent; the boundary values (the largest integer, a two-decimal amount)
 *       are valid and read.
 * </ul>
 */
class SchemaConformanceTest {

  private static final ObjectMapper MAPPER = EparJson.mapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Path SCHEMA_DIR = Path.of("..", "docs", "schema");
  private static final Map<String, JsonNode> RAW = new LinkedHashMap<>();
  private static final Map<String, JsonSchema> SCHEMAS = new LinkedHashMap<>();

  static {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    try (var files = Files.list(SCHEMA_DIR)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList()) {
        JsonNode node = MAPPER.readTree(Files.readString(p));
        RAW.put(p.getFileName().toString(), node);
        SCHEMAS.put(p.getFileName().toString(), factory.getSchema(node, config));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the SDK's NDJSON reader does with a mutated line. */
  enum Sdk {
    /** The line is malformed. */
    REFUSES,
    /** The line is read (the rules judge the value). */
    READS
  }

  /**
   * A single-field mutation: the new value at a place, where the one schema error must be (the
   * place, or the element of a list or map value), and what the SDK does with it.
   */
  record Mutation(String name, JsonPointer at, JsonNode value, JsonPointer errorAt, Sdk sdk) {
    Mutation(String name, JsonPointer at, JsonNode value, Sdk sdk) {
      this(name, at, value, at, sdk);
    }

    @Override
    public String toString() {
      return name + " at " + at;
    }
  }

  /** A place in a record's JSON that the schema describes, with the schema of its value. */
  record Slot(JsonPointer at, JsonNode schema, boolean required) {}

  @Test
  void everySchemaFile_isTheGeneratorsOutput_andLoads() {
    assertEquals(
        Set.of(
            "record.schema.json",
            "dataset.schema.json",
            "daily_report.schema.json",
            "monthly_report.schema.json",
            "quarterly_report.schema.json",
            "annual_report.schema.json"),
        SCHEMAS.keySet());
    assertEquals(
        JsonSchemaGenerator.toJson(new JsonSchemaGenerator(MAPPER).recordSchema()),
        JsonSchemaGenerator.toJson((ObjectNode) RAW.get("record.schema.json")));
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void generatedRecords_areValid_asLineAndAsReport(RecordType type) {
    qt().withExamples(40)
        .forAll(Models.of(type))
        .checkAssert(
            r -> {
              JsonNode doc = MAPPER.valueToTree(r);
              for (String schema : schemasOf(type)) {
                assertEquals(List.of(), errors(schema, doc), () -> schema + " " + doc);
              }
            });
  }

  @Test
  void generatedDatasets_areValid() {
    qt().withExamples(30)
        .forAll(Models.datasets(3))
        .checkAssert(
            ds -> {
              JsonNode doc = MAPPER.valueToTree(ds);
              assertEquals(List.of(), errors("dataset.schema.json", doc));
            });
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void everySingleFieldMutation_givesOneError_andTheSdkAgrees(RecordType type) {
    qt().withExamples(8)
        .forAll(Models.of(type))
        .checkAssert(
            r -> {
              ObjectNode doc = MAPPER.valueToTree(r);
              for (Slot slot : slots(type, doc)) {
                for (Mutation m : mutations(slot)) {
                  checkMutation(type, doc, m);
                }
              }
            });
  }

  /** The QuickTheories property: any record, any slot, any mutation of it. */
  @Test
  void anyRecord_anyMutation_givesOneError_andTheSdkAgrees() {
    qt().withExamples(2000)
        .forAll(Models.anyRecord(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (r, pick) -> {
              ObjectNode doc = MAPPER.valueToTree(r);
              List<Slot> slots = slots(r.recordType(), doc);
              Slot slot = slots.get(pick % slots.size());
              List<Mutation> mutations = mutations(slot);
              checkMutation(
                  r.recordType(), doc, mutations.get((pick / slots.size()) % mutations.size()));
            });
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void explicitNull_onEveryOptionalProperty_isValid_andReadAsAbsent(RecordType type) {
    qt().withExamples(8)
        .forAll(Models.of(type))
        .checkAssert(
            r -> {
              ObjectNode doc = MAPPER.valueToTree(r);
              for (Slot slot : slots(type, doc)) {
                if (slot.required() || isElement(slot.at())) {
                  continue;
                }
                ObjectNode withNull = set(doc, slot.at(), F.nullNode());
                for (String schema : schemasOf(type)) {
                  assertEquals(
                      List.of(), errors(schema, withNull), () -> schema + " null at " + slot.at());
                }
                ObjectNode without = doc.deepCopy();
                ((ObjectNode) without.at(slot.at().head()))
                    .remove(slot.at().last().getMatchingProperty());
                assertEquals(read(without), read(withNull), () -> "null at " + slot.at());
              }
            });
  }

  @Test
  void boundaries_theLastValidValue_isValidAndRead_oneMore_isOneErrorAndRefused() {
    ObjectNode village = MAPPER.createObjectNode().put("type", "village");
    village.put("residents", Integer.MAX_VALUE);
    assertEquals(List.of(), errors("record.schema.json", village));
    assertInstanceOf(NdjsonLine.Parsed.class, readLine(village));
    village.put("residents", BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE));
    assertEquals(List.of("/residents"), locations("record.schema.json", village));
    assertInstanceOf(NdjsonLine.Malformed.class, readLine(village));
    village.put("residents", Integer.MIN_VALUE);
    assertEquals(List.of(), errors("record.schema.json", village));
    village.put("residents", BigInteger.valueOf(Integer.MIN_VALUE).subtract(BigInteger.ONE));
    assertEquals(List.of("/residents"), locations("record.schema.json", village));

    ObjectNode tx = MAPPER.createObjectNode().put("type", "transaction");
    for (String amount : List.of("0.01", "-3.00", "1500", "1500.5", "1500.00")) {
      tx.put("amount", amount);
      assertEquals(List.of(), errors("record.schema.json", tx), amount);
      assertInstanceOf(NdjsonLine.Parsed.class, readLine(tx), amount);
    }
    for (String amount : List.of("0.001", "1500.", "1,500.00", ".5", "1e3")) {
      tx.put("amount", amount);
      assertEquals(List.of("/amount"), locations("record.schema.json", tx), amount);
      assertInstanceOf(NdjsonLine.Malformed.class, readLine(tx), amount);
    }
  }

  /** The documented leniencies of the reader that the schema does not share. */
  @Test
  void nonCanonicalForms_theReaderTakes_areOneSchemaError() {
    ObjectNode village = MAPPER.createObjectNode().put("type", "village").put("residents", "12");
    assertEquals(List.of("/residents"), locations("record.schema.json", village));
    assertEquals(12, ((Village) read(village)).residents());
    ObjectNode tx = MAPPER.createObjectNode().put("type", "transaction").put("amount", 1500.5);
    assertEquals(List.of("/amount"), locations("record.schema.json", tx));
    assertEquals(new BigDecimal("1500.50"), ((Transaction) read(tx)).amount().toBigDecimal());
    ObjectNode county = MAPPER.createObjectNode().put("type", "county").put("code", 130425);
    assertEquals(List.of("/code"), locations("record.schema.json", county));
    assertEquals("130425", ((County) read(county)).code().raw());
  }

  @Test
  void aRecordWithoutId_isValid_becauseTheSdkReadsIt() {
    ObjectNode household = MAPPER.createObjectNode().put("type", "household");
    household.put("registered_poor", true);
    assertEquals(List.of(), errors("record.schema.json", household));
    assertInstanceOf(NdjsonLine.Parsed.class, readLine(household));
    household.remove("type");
    assertEquals(List.of(""), locations("record.schema.json", household), "type is required");
    assertInstanceOf(NdjsonLine.Malformed.class, readLine(household));
  }

  @Test
  void unknownProperties_areAllowed_becauseTheSdkIgnoresThem() {
    ObjectNode county = MAPPER.createObjectNode().put("type", "county").put("name", "大名县");
    county.put("population_2020", 12).putObject("extension").put("any", "thing");
    assertEquals(List.of(), errors("record.schema.json", county));
    assertInstanceOf(NdjsonLine.Parsed.class, readLine(county));
  }

  private static void checkMutation(RecordType type, ObjectNode doc, Mutation m) {
    ObjectNode mutated = set(doc, m.at(), m.value());
    String expected = m.errorAt().toString();
    for (String schema : schemasOf(type)) {
      assertEquals(
          List.of(expected),
          locations(schema, mutated),
          () -> schema + ": " + m + " = " + m.value() + " gives " + errors(schema, mutated));
    }
    NdjsonLine line = readLine(mutated);
    if (m.sdk() == Sdk.REFUSES) {
      assertInstanceOf(NdjsonLine.Malformed.class, line, () -> "SDK reads " + m);
    } else {
      assertInstanceOf(NdjsonLine.Parsed.class, line, () -> "SDK refuses " + m + ": " + line);
    }
  }

  /** The mutations that make a slot's value invalid: each must give one schema error. */
  private static List<Mutation> mutations(Slot slot) {
    JsonNode s = slot.schema();
    JsonPointer at = slot.at();
    List<Mutation> out = new ArrayList<>();
    String type = baseType(s);
    if (slot.required()) {
      out.add(new Mutation("null on required", at, F.nullNode(), Sdk.REFUSES));
    }
    if (s.has("enum")) {
      out.add(new Mutation("wrong type", at, F.numberNode(42), Sdk.REFUSES));
      out.add(new Mutation("bad enum", at, F.textNode("NOT_A_CONSTANT"), Sdk.REFUSES));
    } else if (isRecord(s)) {
      out.add(new Mutation("wrong type", at, F.textNode("not an object"), Sdk.REFUSES));
    } else if (type.equals("string")) {
      out.add(new Mutation("wrong type", at, F.objectNode().put("wrong", 1), Sdk.REFUSES));
      String format = s.path("format").asText();
      String pattern = s.path("pattern").asText();
      if (format.equals("date")) {
        out.add(new Mutation("bad date", at, F.textNode("2018-02-30"), Sdk.REFUSES));
      } else if (format.equals("date-time")) {
        out.add(new Mutation("bad date-time", at, F.textNode("2018-03-15T09:30:00"), Sdk.REFUSES));
      } else if (pattern.equals(JsonSchemaGenerator.MONEY_PATTERN)) {
        out.add(new Mutation("bad money", at, F.textNode("1,500.00"), Sdk.REFUSES));
        out.add(new Mutation("money with 3 decimals", at, F.textNode("0.001"), Sdk.REFUSES));
      } else if (pattern.equals(JsonSchemaGenerator.PERIOD_PATTERN)) {
        out.add(new Mutation("bad period", at, F.textNode("2018M3"), Sdk.REFUSES));
      } else if (!pattern.isEmpty()) {
        out.add(new Mutation("bad identifier", at, F.textNode("X-1"), Sdk.READS));
      }
    } else if (type.equals("integer")) {
      out.add(new Mutation("wrong type", at, F.textNode("many"), Sdk.REFUSES));
      BigInteger past = BigInteger.valueOf(s.get("maximum").asLong()).add(BigInteger.ONE);
      out.add(new Mutation("one past the range", at, F.numberNode(past), Sdk.REFUSES));
    } else if (type.equals("number") || type.equals("boolean")) {
      out.add(new Mutation("wrong type", at, F.textNode("not a " + type), Sdk.REFUSES));
    } else if (type.equals("array")) {
      out.add(new Mutation("wrong type", at, F.textNode("not a list"), Sdk.REFUSES));
      JsonNode items = s.get("items");
      if (items.has("enum")) {
        out.add(
            new Mutation(
                "bad enum element",
                at,
                F.arrayNode().add("NOT_A_CONSTANT"),
                at.appendIndex(0),
                Sdk.REFUSES));
      }
      out.add(
          new Mutation(
              "null element", at, F.arrayNode().addNull(), at.appendIndex(0), Sdk.REFUSES));
    } else if (type.equals("object")) {
      out.add(new Mutation("wrong type", at, F.textNode("not a map"), Sdk.REFUSES));
      out.add(
          new Mutation(
              "null map value",
              at,
              F.objectNode().putNull("k"),
              at.appendProperty("k"),
              Sdk.REFUSES));
    } else {
      throw new IllegalStateException("no mutation for " + s);
    }
    return out;
  }

  /** Every slot of a record: its properties, those of nested records and first list elements. */
  private static List<Slot> slots(RecordType type, ObjectNode doc) {
    JsonNode defs = RAW.get("record.schema.json").get("$defs");
    List<Slot> out = new ArrayList<>();
    walk(defs, defs.get(type.javaType().getSimpleName()), doc, JsonPointer.empty(), true, out);
    return out;
  }

  private static void walk(
      JsonNode defs, JsonNode def, JsonNode doc, JsonPointer at, boolean line, List<Slot> out) {
    def.get("properties")
        .fields()
        .forEachRemaining(
            e -> {
              JsonPointer p = at.appendProperty(e.getKey());
              JsonNode s = e.getValue();
              boolean required = line && e.getKey().equals("type");
              out.add(new Slot(p, s, required));
              JsonNode value = doc.get(e.getKey());
              if (value == null || value.isNull()) {
                return;
              }
              if (isRecord(s) && value.isObject()) {
                walk(defs, defs.get(refName(s)), value, p, false, out);
              } else if (value.isArray() && !value.isEmpty()) {
                JsonNode items = s.get("items");
                JsonPointer first = p.appendIndex(0);
                out.add(new Slot(first, items, false));
                if (isRecord(items)) {
                  walk(defs, defs.get(refName(items)), value.get(0), first, false, out);
                }
              }
            });
  }

  private static boolean isRecord(JsonNode s) {
    return s.has("$ref") || s.has("else");
  }

  private static String refName(JsonNode s) {
    String ref = s.has("$ref") ? s.get("$ref").asText() : s.get("else").get("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String baseType(JsonNode s) {
    JsonNode t = s.get("type");
    if (t == null) {
      return "";
    }
    return t.isArray() ? t.get(0).asText() : t.asText();
  }

  private static boolean isElement(JsonPointer at) {
    return at.last().mayMatchElement();
  }

  private static ObjectNode set(ObjectNode doc, JsonPointer at, JsonNode value) {
    ObjectNode copy = doc.deepCopy();
    JsonNode parent = copy.at(at.head());
    if (parent instanceof ArrayNode a) {
      a.set(at.last().getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
    }
    return copy;
  }

  private static List<String> schemasOf(RecordType type) {
    return Report.class.isAssignableFrom(type.javaType())
        ? List.of("record.schema.json", type.wireName() + ".schema.json")
        : List.of("record.schema.json");
  }

  private static List<String> errors(String schema, JsonNode doc) {
    return SCHEMAS.get(schema).validate(doc).stream()
        .map(ValidationMessage::toString)
        .sorted()
        .collect(Collectors.toList());
  }

  private static List<String> locations(String schema, JsonNode doc) {
    return SCHEMAS.get(schema).validate(doc).stream()
        .map(m -> m.getInstanceLocation().toString())
        .sorted()
        .collect(Collectors.toList());
  }

  private static NdjsonLine readLine(JsonNode doc) {
    try (NdjsonReader reader = NdjsonReader.of(new StringReader(MAPPER.writeValueAsString(doc)))) {
      return reader.iterator().next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EparRecord read(JsonNode doc) {
    NdjsonLine line = readLine(doc);
    if (line instanceof NdjsonLine.Parsed p) {
      return p.record();
    }
    return fail("SDK refuses " + line);
  }
}
