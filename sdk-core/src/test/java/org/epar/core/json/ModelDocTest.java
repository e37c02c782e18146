package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.json.internal.JsonSchemaGenerator;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.epar.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/model.md} is generated from the model records, their Javadoc (first paragraph and the
 * rule IDs it cites) and {@code docs/model-conventions.md} (hand-written, included verbatim).
 * Regenerate with {@code mvn -pl sdk-core test -Dtest=ModelDocTest -Depar.schema.regenerate=true}.
 */
class ModelDocTest {

  private static final Pattern RULE_ID =
      Pattern.compile("\\b(CORE|GD|HLJ|DM|HN|CQ)-[A-Z]+-\\d{2}\\b");
  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

  private final Path root = RepoRoot.find();
  private final Map<String, String> names = namesByComponent();

  @Test
  void checkedInModelDoc_matchesTheCode() throws IOException {
    String text = generate();
    Path file = root.resolve("docs/model.md");
    if (Boolean.getBoolean(JsonSchemaTest.REGENERATE)) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } else if (!Files.exists(file)
        || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      fail(
          "docs/model.md is out of date with the model. Regenerate with: mvn -pl sdk-core test"
              + " -Dtest=ModelDocTest -D"
              + JsonSchemaTest.REGENERATE
              + "=true, and commit the result.");
    }
  }

  /** "Class.component" to JSON property name, as the mapper writes it. */
  private static Map<String, String> namesByComponent() {
    var mapper = EparJson.mapper();
    var out = new java.util.HashMap<String, String>();
    Set<Class<?>> all = new LinkedHashSet<>(allRecords());
    all.add(org.epar.core.model.Dataset.class);
    for (Class<?> c : all) {
      if (!c.isRecord()) {
        continue;
      }
      var d = mapper.getSerializationConfig().introspect(mapper.constructType(c));
      d.findProperties()
          .forEach(p -> out.put(c.getSimpleName() + "." + p.getInternalName(), p.getName()));
    }
    return out;
  }

  private static Set<Class<?>> allRecords() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    for (RecordType t : RecordType.values()) {
      collect(t.javaType(), seen);
    }
    return seen;
  }

  private static void collect(Type t, Set<Class<?>> seen) {
    if (t instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        collect(a, seen);
      }
    } else if (t instanceof Class<?> c
        && (c.isRecord() || c.isEnum())
        && c.getPackageName().equals("org.epar.core.model")
        && seen.add(c)
        && c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        collect(rc.getGenericType(), seen);
      }
    }
  }

  private String source(Class<?> c) throws IOException {
    return Files.readString(
        root.resolve("sdk-core/src/main/java/" + c.getName().replace('.', '/') + ".java"),
        StandardCharsets.UTF_8);
  }

  /** The first paragraph of the type's Javadoc, as Markdown. */
  private String summary(Class<?> c) throws IOException {
    String src = source(c);
    int decl = src.indexOf("public " + (c.isEnum() ? "enum " : "record ") + c.getSimpleName());
    Matcher m = JAVADOC.matcher(src.substring(0, decl));
    String doc = "";
    while (m.find()) {
      doc = m.group(1);
    }
    StringBuilder sb = new StringBuilder();
    for (String line : doc.split("\n")) {
      String l = line.strip().replaceFirst("^\\*\\s?", "").strip();
      if (l.isEmpty() && sb.length() > 0) {
        break;
      }
      if (l.startsWith("@") || l.startsWith("<p>")) {
        break;
      }
      sb.append(sb.length() > 0 && !l.isEmpty() ? " " : "").append(l);
    }
    return sb.toString()
        .replaceAll("\\{@(?:code|link|linkplain) ([^}]*)}", "`$1`")
        .replaceAll("`[A-Za-z]+#", "`");
  }

  private Set<String> rules(Class<?> c, Set<String> known) throws IOException {
    Set<String> ids = new TreeSet<>();
    Matcher m = RULE_ID.matcher(source(c));
    while (m.find()) {
      ids.add(m.group());
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        for (Class<?> used : usedTypes(rc.getGenericType())) {
          if (used.isEnum() && used.getPackageName().equals("org.epar.core.model")) {
            Matcher e = RULE_ID.matcher(source(used));
            while (e.find()) {
              ids.add(e.group());
            }
          }
          String core = coreRule(used);
          if (core != null) {
            ids.add(core);
          }
        }
        if (rc.getName().equals("id")) {
          ids.add("CORE-DUP-01");
        }
      }
    }
    ids.retainAll(known);
    return ids;
  }

  private static List<Class<?>> usedTypes(Type t) {
    List<Class<?>> out = new ArrayList<>();
    if (t instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(usedTypes(a));
      }
    } else if (t instanceof Class<?> c) {
      out.add(c);
    }
    return out;
  }

  private static String coreRule(Class<?> c) {
    if (c == CitizenId.class) {
      return "CORE-ID-01";
    }
    if (c == CreditCode.class) {
      return "CORE-ID-02";
    }
    if (c == DivisionCode.class) {
      return "CORE-ID-03";
    }
    if (c == TraceCode.class) {
      return "CORE-ID-04";
    }
    if (c == Money.class) {
      return "CORE-MONEY-01";
    }
    if (c == LocalDate.class || c == OffsetDateTime.class) {
      return "CORE-DATE-01";
    }
    return null;
  }

  private static String typeName(Type t) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] a = p.getActualTypeArguments();
      if (raw == Map.class) {
        return "object of " + typeName(a[1]);
      }
      return (raw == Set.class ? "set of " : "array of ") + typeName(a[0]);
    }
    Class<?> c = (Class<?>) t;
    if (c == String.class) {
      return "string";
    }
    if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
      return "integer";
    }
    if (c == boolean.class) {
      return "boolean";
    }
    if (c == java.math.BigDecimal.class) {
      return "number";
    }
    if (c == LocalDate.class) {
      return "date";
    }
    if (c == OffsetDateTime.class) {
      return "date-time";
    }
    if (c == Money.class) {
      return "money";
    }
    if (c == ReportingPeriod.class) {
      return "period id";
    }
    if (!c.getPackageName().equals("org.epar.core.model")) {
      return "[" + c.getSimpleName() + "](#identifiers-and-value-types)";
    }
    if (c.isEnum() || c.isRecord()) {
      return "["
          + c.getSimpleName()
          + "](#"
          + c.getSimpleName().toLowerCase(java.util.Locale.ROOT)
          + ")";
    }
    return c.getSimpleName();
  }

  String generate() throws IOException {
    Path ids = root.resolve("docs/rule-ids.txt");
    Set<String> known =
        new TreeSet<>(
            Files.readAllLines(ids, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
    StringBuilder md = new StringBuilder();
    md.append(
        "<!-- Generated by ModelDocTest from the model records and docs/model-conventions.md;"
            + " do not edit. -->\n");
    md.append(Files.readString(root.resolve("docs/model-conventions.md"), StandardCharsets.UTF_8));
    md.append("\n## Records\n\n");
    md.append(
        "Each record below is one NDJSON line (its `type` is given in the heading) and one"
            + " element of the `Dataset` list named after it. Rule IDs are those cited by the type's"
            + " Javadoc, by the enumerations it uses, and the CORE integrity rules of its identifiers,"
            + " amounts and dates (see [`docs/catalog.md`](catalog.md)).\n\n");
    for (RecordType t : RecordType.values()) {
      Class<?> c = t.javaType();
      md.append("### ").append(c.getSimpleName()).append("\n\n");
      md.append("`type`: `")
          .append(t.wireName())
          .append("`; dataset list: `")
          .append(names.get("Dataset." + t.datasetProperty()))
          .append("`\n\n");
      recordBody(c, known, md);
    }
    md.append("## Nested objects\n\n");
    for (Class<?> c : allRecords()) {
      if (c.isRecord() && RecordType.fromWireName(wire(c)).isEmpty()) {
        md.append("### ").append(c.getSimpleName()).append("\n\n");
        recordBody(c, known, md);
      }
    }
    md.append("### Dataset\n\n").append(summary(org.epar.core.model.Dataset.class)).append("\n\n");
    table(org.epar.core.model.Dataset.class, md);
    md.append("## Enumerations\n\nWritten as the constant name.\n\n");
    for (Class<?> c : allRecords()) {
      if (c.isEnum()) {
        md.append("### ")
            .append(c.getSimpleName())
            .append("\n\n")
            .append(summary(c))
            .append("\n\n");
        Set<String> r = rules(c, known);
        if (!r.isEmpty()) {
          md.append("Rules: ").append(String.join(", ", r)).append("\n\n");
        }
        md.append("| constant | 中文 |\n|---|---|\n");
        for (Object k : c.getEnumConstants()) {
          String zh;
          try {
            zh = (String) c.getMethod("termZh").invoke(k);
          } catch (ReflectiveOperationException e) {
            zh = "";
          }
          md.append("| `").append(((Enum<?>) k).name()).append("` | ").append(zh).append(" |\n");
        }
        md.append("\n");
      }
    }
    return md.toString();
  }

  private static String wire(Class<?> c) {
    for (RecordType t : RecordType.values()) {
      if (t.javaType() == c) {
        return t.wireName();
      }
    }
    return "";
  }

  private void recordBody(Class<?> c, Set<String> known, StringBuilder md) throws IOException {
    md.append(summary(c)).append("\n\n");
    Set<String> r = rules(c, known);
    if (!r.isEmpty()) {
      md.append("Rules: ").append(String.join(", ", r)).append("\n\n");
    }
    table(c, md);
  }

  private void table(Class<?> c, StringBuilder md) {
    md.append("| JSON property | Java component | type |\n|---|---|---|\n");
    for (RecordComponent rc : c.getRecordComponents()) {
      String json = names.getOrDefault(c.getSimpleName() + "." + rc.getName(), rc.getName());
      md.append("| `")
          .append(json)
          .append("` | `")
          .append(rc.getName())
          .append("` | ")
          .append(typeName(rc.getGenericType()))
          .append(" |\n");
    }
    md.append("\n");
  }

  @Test
  void schemaGenerator_andDoc_agreeOnNames() {
    Set<String> schemaNames = new JsonSchemaGenerator(EparJson.mapper()).propertyNames();
    Set<String> docNames = new TreeSet<>(names.values());
    docNames.removeAll(schemaNames);
    if (!docNames.isEmpty()) {
      fail("names in the doc but not the schema: " + docNames);
    }
  }
}
