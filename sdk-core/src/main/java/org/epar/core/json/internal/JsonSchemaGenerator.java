package org.epar.core.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.epar.core.period.ReportingPeriod;

/**
 * Generates JSON Schema (draft 2020-12) for the model by reflection over record components, with
 * the property names the given mapper uses. A component type without a mapping is an {@link
 * IllegalStateException}, so a new model type cannot silently fall out of the schema, and a new
 * component of a known type is picked up without any change here. Not thread-safe; cheap to create.
 *
 * <p>The schemas agree with the SDK's reader ({@code docs/model-conventions.md}, "What the JSON
 * Schemas guarantee"):
 *
 * <ul>
 *   <li><b>Explicit null</b> is allowed on every property except {@code type}, because the reader
 *       reads it as absent (null, {@code 0}, {@code false} or an empty collection). Elements of
 *       lists and sets and values of maps are never null (the reader refuses them).
 *   <li><b>Required</b>: only the record's {@code type} on an NDJSON line or a standalone report,
 *       the one property whose absence the reader refuses. No data property is required, because no
 *       rule reports a missing one as an error in every profile.
 *   <li><b>One error per bad value</b>: an NDJSON line is dispatched on its {@code type} with
 *       {@code if}/{@code then} (not a {@code oneOf}); enumerations carry no {@code type} beside
 *       their {@code enum}; a nullable record is {@code if null else $ref}; integers are bounded by
 *       their Java type. So one bad value gives one error.
 *   <li><b>Unknown properties</b> are allowed ({@code additionalProperties: true}), because the
 *       reader ignores them.
 *   <li><b>Ajv strict mode</b>: no keyword outside the draft 2020-12 vocabularies, a {@code type}
 *       beside every type-specific keyword, and only the {@code [T, "null"]} union types.
 * </ul>
 */
public final class JsonSchemaGenerator {

  /** The JSON Schema dialect. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The pattern of a money amount as written. */
  public static final String MONEY_PATTERN = "^-?\\d+(\\.\\d{1,2})?$";

  /** The pattern of a valid citizen identity number (18 characters, or 15-digit legacy). */
  public static final String CITIZEN_ID_PATTERN =
      "^[1-9][0-9]{5}((19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]"
          + "|[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3})$";

  /** The pattern of a valid credit code (the check character is not expressible). */
  public static final String CREDIT_CODE_PATTERN =
      "^[1-9AGJNY][1-9A-HJ-NP-RTUW-Y][0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$";

  /** The pattern of a well-formed division code: 12 digits, or the 6- and 9-digit short forms. */
  public static final String DIVISION_CODE_PATTERN = "^[0-9]{6}([0-9]{3}([0-9]{3})?)?$";

  /** The pattern of a well-formed trace code. */
  public static final String TRACE_CODE_PATTERN =
      "^([0-9]{8}|[0-9]{12,14}|[PVH]-[0-9A-Z]+(-[0-9A-Z]+)+)$";

  /** The pattern of a reporting period id. */
  public static final String PERIOD_PATTERN = "^[0-9]{4}([0-9]{4}|[0-9]{2}|W[0-9]{2}|Q[1-4])?$";

  private final ObjectMapper mapper;
  private final JsonNodeFactory f = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> defs = new TreeMap<>();
  private final Map<Class<?>, Map<String, String>> names = new HashMap<>();

  /**
   * Creates a generator.
   *
   * @param mapper the mapper whose property names the schema uses
   */
  public JsonSchemaGenerator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The schema of a whole {@link Dataset} as one JSON object.
   *
   * @return the schema
   */
  public ObjectNode datasetSchema() {
    defs.clear();
    ObjectNode body = objectSchema(Dataset.class);
    return root(
        "EPAR dataset",
        "Every record of one submission, grouped by kind (org.epar.core.model.Dataset)."
            + " Generated from the code; do not edit.",
        body);
  }

  /**
   * The schema of one NDJSON line: any record, told apart by its {@code type} property.
   *
   * @return the schema
   */
  public ObjectNode recordSchema() {
    defs.clear();
    ObjectNode body = f.objectNode();
    body.put("type", "object");
    body.putArray("required").add(Mixins.TYPE_PROPERTY);
    ObjectNode typeProperty = body.putObject("properties").putObject(Mixins.TYPE_PROPERTY);
    typeProperty.put(
        "description",
        "The record type (RecordType.wireName()); it selects the schema"
            + " of the rest of the line.");
    ArrayNode wireNames = typeProperty.putArray("enum");
    ArrayNode allOf = body.putArray("allOf");
    for (RecordType t : RecordType.values()) {
      wireNames.add(t.wireName());
      ObjectNode branch = allOf.addObject();
      ObjectNode when = branch.putObject("if");
      when.putObject("properties").putObject(Mixins.TYPE_PROPERTY).put("const", t.wireName());
      when.putArray("required").add(Mixins.TYPE_PROPERTY);
      branch.set("then", ref(t.javaType()));
    }
    body.put("additionalProperties", true);
    return root(
        "EPAR record (one NDJSON line)",
        "One record of any type, named by its \"type\" property (RecordType.wireName()), which"
            + " selects the record's schema. Generated from the code; do not edit.",
        body);
  }

  /**
   * The schema of one record type as a standalone JSON object, e.g. a monthly report.
   *
   * @param type the record type
   * @return the schema
   */
  public ObjectNode recordSchema(RecordType type) {
    defs.clear();
    ObjectNode body = objectSchema(type.javaType());
    ((ObjectNode) body.get("properties"))
        .putObject(Mixins.TYPE_PROPERTY)
        .put("const", type.wireName());
    body.putArray("required").add(Mixins.TYPE_PROPERTY);
    return root(
        "EPAR " + type.wireName().replace('_', ' '),
        "One "
            + type.javaType().getSimpleName()
            + " record (org.epar.core.model)."
            + " Generated from the code; do not edit.",
        body);
  }

  /**
   * Every property name the model declares, on any record reachable from {@link Dataset}, plus the
   * {@code type} property.
   *
   * @return the names
   */
  public Set<String> propertyNames() {
    datasetSchema();
    Set<String> all = new TreeSet<>();
    all.add(Mixins.TYPE_PROPERTY);
    for (Map<String, String> m : names.values()) {
      all.addAll(m.values());
    }
    return all;
  }

  /**
   * Writes a schema as pretty JSON with two-space indents, {@code \n} line ends and a final
   * newline.
   *
   * @param schema the schema
   * @return the text
   */
  public static String toJson(ObjectNode schema) {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(pp).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode root(String title, String description, ObjectNode body) {
    ObjectNode root = f.objectNode();
    root.put("$schema", DIALECT);
    root.put("title", title);
    root.put("description", description);
    root.setAll(body);
    if (!defs.isEmpty()) {
      ObjectNode d = root.putObject("$defs");
      defs.forEach(d::set);
    }
    return root;
  }

  private ObjectNode ref(Class<?> recordClass) {
    String name = recordClass.getSimpleName();
    if (!defs.containsKey(name)) {
      defs.put(name, f.objectNode()); // placeholder against cycles
      defs.put(name, objectSchema(recordClass));
    }
    return f.objectNode().put("$ref", "#/$defs/" + name);
  }

  private ObjectNode objectSchema(Class<?> recordClass) {
    ObjectNode s = f.objectNode();
    s.put("type", "object");
    ObjectNode props = s.putObject("properties");
    if (EparRecord.class.isAssignableFrom(recordClass)) {
      RecordType t =
          List.of(RecordType.values()).stream()
              .filter(r -> r.javaType() == recordClass)
              .findFirst()
              .orElseThrow();
      // optional and nullable inside a dataset list or a report; a line or a standalone record
      // requires it and accepts only its own wire name (see recordSchema)
      props.putObject(Mixins.TYPE_PROPERTY).putArray("enum").add(t.wireName()).addNull();
    }
    Map<String, String> external = externalNames(recordClass);
    for (RecordComponent c : recordClass.getRecordComponents()) {
      String name = external.get(c.getName());
      if (name != null) {
        props.set(name, nullable(schemaFor(c.getGenericType())));
      }
    }
    s.put("additionalProperties", true);
    return s;
  }

  /**
   * The schema that also allows an explicit {@code null}: {@code "type": [T, "null"]} for a single
   * type, {@code null} added to an {@code enum}, and {@code if null else} around a {@code $ref} (an
   * {@code anyOf} would report an error per alternative).
   */
  private ObjectNode nullable(ObjectNode s) {
    if (s.has("$ref")) {
      ObjectNode n = f.objectNode();
      n.putObject("if").put("type", "null");
      n.set("else", s);
      return n;
    }
    if (s.has("enum")) {
      ((ArrayNode) s.get("enum")).addNull();
      return s;
    }
    if (s.has("type") && s.get("type").isTextual()) {
      String type = s.get("type").asText();
      s.putArray("type").add(type).add("null");
      return s;
    }
    throw new IllegalStateException("no nullable form of " + s);
  }

  private Map<String, String> externalNames(Class<?> c) {
    return names.computeIfAbsent(
        c,
        k -> {
          BeanDescription d = mapper.getSerializationConfig().introspect(mapper.constructType(k));
          Map<String, String> m = new LinkedHashMap<>();
          for (BeanPropertyDefinition p : d.findProperties()) {
            m.put(p.getInternalName(), p.getName());
          }
          return m;
        });
  }

  private ObjectNode schemaFor(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        ObjectNode s = f.objectNode().put("type", "array");
        s.set("items", schemaFor(args[0]));
        return s;
      }
      if (raw == Set.class) {
        ObjectNode s = f.objectNode().put("type", "array");
        s.set("items", schemaFor(args[0]));
        s.put("uniqueItems", true);
        return s;
      }
      if (raw == Map.class && args[0] == String.class) {
        ObjectNode s = f.objectNode().put("type", "object");
        s.set("additionalProperties", schemaFor(args[1]));
        return s;
      }
    }
    if (type instanceof Class<?> c) {
      return schemaForClass(c);
    }
    throw new IllegalStateException("no JSON schema mapping for " + type.getTypeName());
  }

  private ObjectNode schemaForClass(Class<?> c) {
    if (c == String.class) {
      return string();
    }
    if (c == int.class || c == Integer.class) {
      return f.objectNode()
          .put("type", "integer")
          .put("minimum", Integer.MIN_VALUE)
          .put("maximum", Integer.MAX_VALUE);
    }
    if (c == long.class || c == Long.class) {
      return f.objectNode()
          .put("type", "integer")
          .put("minimum", Long.MIN_VALUE)
          .put("maximum", Long.MAX_VALUE);
    }
    if (c == boolean.class || c == Boolean.class) {
      return f.objectNode().put("type", "boolean");
    }
    if (c == BigDecimal.class) {
      return f.objectNode().put("type", "number");
    }
    if (c == LocalDate.class) {
      return string().put("format", "date");
    }
    if (c == OffsetDateTime.class) {
      return string().put("format", "date-time");
    }
    if (c == Money.class) {
      return string()
          .put("pattern", MONEY_PATTERN)
          .put("description", "Amount in yuan (元) with at most two decimals, e.g. \"1500.00\".");
    }
    if (c == ReportingPeriod.class) {
      return string()
          .put("pattern", PERIOD_PATTERN)
          .put(
              "description",
              "Reporting period id: day 20180315, ISO week 2018W11, month 201803, quarter 2018Q1,"
                  + " year 2018.");
    }
    if (c == CitizenId.class) {
      return string()
          .put("pattern", CITIZEN_ID_PATTERN)
          .put(
              "description",
              "Citizen identity number (公民身份号码), GB 11643-1999: 18 characters ending in an"
                  + " ISO 7064 MOD 11-2 check character, or a 15-digit legacy number. Personal"
                  + " data.");
    }
    if (c == CreditCode.class) {
      return string()
          .put("pattern", CREDIT_CODE_PATTERN)
          .put(
              "description",
              "Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from"
                  + " 0-9 and A-Y without I, O, S, V, Z, the last a check character.");
    }
    if (c == DivisionCode.class) {
      return string()
          .put("pattern", DIVISION_CODE_PATTERN)
          .put(
              "description",
              "Statistical division code (统计用区划代码) of the National Bureau of Statistics: 12"
                  + " digits (province 2, city 2, county 2, township 3, village 3); the 6-digit"
                  + " GB/T 2260 county form and the 9-digit township form are accepted.");
    }
    if (c == TraceCode.class) {
      return string()
          .put("pattern", TRACE_CODE_PATTERN)
          .put(
              "description",
              "Traceability code (追溯码): a GS1 GTIN (8, 12, 13 or 14 digits) or an EPAR programme"
                  + " code P-... (一品一码), V-... (一村一码), H-... (一户一品一码) ending in an ISO"
                  + " 7064 MOD 37,36 check character.");
    }
    if (c.isEnum()) {
      // no "type" beside the enum: a value of the wrong type would be two errors
      ObjectNode s = f.objectNode();
      ArrayNode values = s.putArray("enum");
      for (Object constant : c.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return s;
    }
    if (c.isRecord()) {
      return ref(c);
    }
    throw new IllegalStateException("no JSON schema mapping for " + c.getName());
  }

  private ObjectNode string() {
    return f.objectNode().put("type", "string");
  }
}
