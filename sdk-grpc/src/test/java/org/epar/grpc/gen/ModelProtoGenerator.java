package org.epar.grpc.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epar.core.model.RecordType;
import org.epar.grpc.gen.ModelSource.Component;
import org.epar.grpc.gen.ModelSource.Constant;
import org.epar.grpc.gen.ModelSource.EnumDef;
import org.epar.grpc.gen.ModelSource.RecordDef;

/**
 * Generates {@code epar/v1/model.proto} and {@code org.epar.grpc.internal.ModelCodec} from the
 * sdk-core model ({@link ModelSource}) and the committed wire numbers ({@link WireLock}).
 *
 * <p>Field and enum-value numbers come from the lock, never from declaration order: reordering
 * record components or enum constants moves lines but keeps every number; a new component or
 * constant gets the next number above every number its type ever used; a removed one is retired in
 * the lock and declared {@code reserved} (number and name) in the proto. Run by {@code
 * ModelWireTest}, which fails when the committed files differ from this output and writes them with
 * {@code -Depar.proto.regenerate=true}. Replaces {@code sdk-grpc/tools/gen_model.py}, whose output
 * this reproduces byte for byte.
 */
final class ModelProtoGenerator {

  /** The three generated texts: the proto, the Java codec and the updated lock. */
  record Output(String proto, String codec, String lock) {}

  private static final Set<String> IDS =
      Set.of("DivisionCode", "CitizenId", "CreditCode", "TraceCode");
  private static final Pattern COLLECTION = Pattern.compile("^(List|Set)<(\\w+)>$");
  private static final String P = "org.epar.grpc.v1.";

  private static final Map<String, String> NOTE =
      Map.ofEntries(
          Map.entry("str", "Unset means absent (null); \"\" is an empty string."),
          Map.entry(
              "id",
              "The identifier's raw text exactly as given, valid or not; unset means absent."),
          Map.entry("date", "ISO-8601 date, YYYY-MM-DD; unset means absent."),
          Map.entry(
              "datetime",
              "ISO-8601 date-time with offset, e.g. 2018-03-15T10:15:30+08:00; unset"
                  + " means absent."),
          Map.entry("money", "Amount in fen (分, 1 yuan = 100 fen), exact; unset means absent."),
          Map.entry(
              "decimal",
              "Exact decimal as text, e.g. \"0.45\" (scale preserved); unset means" + " absent."),
          Map.entry("boxed", "Unset means absent."),
          Map.entry(
              "period",
              "Reporting period id: 20180315, 2018W11, 201803, 2018Q1 or 2018; unset"
                  + " means absent."),
          Map.entry("enum", "The UNSPECIFIED value means absent."),
          Map.entry("msg", "Unset means absent."),
          Map.entry("rep_id", "Each element is an identifier's raw text."),
          Map.entry("rep_date", "Each element is an ISO-8601 date, YYYY-MM-DD."),
          Map.entry(
              "rep_enum",
              "A set: order carries no meaning; duplicates and UNSPECIFIED are" + " ignored."),
          Map.entry("map_decimal", "Values are exact decimals as text (scale preserved)."));

  private final ModelSource model;
  private final WireLock lock;

  private ModelProtoGenerator(ModelSource model, WireLock lock) {
    this.model = model;
    this.lock = lock;
  }

  /**
   * Generates the proto, the codec and the lock grown by any new component or constant.
   *
   * @param model the model read from the sources
   * @param lock the committed lock; it is updated in place
   * @throws IllegalStateException when a component or constant reuses a retired name, or a type
   *     cannot be mapped
   */
  static Output generate(ModelSource model, WireLock lock) {
    ModelProtoGenerator g = new ModelProtoGenerator(model, lock);
    List<String> order = new ArrayList<>();
    for (String name : model.records().keySet()) {
      if (!name.equals("Dataset")) {
        order.add(name);
      }
    }
    if (model.records().containsKey("Dataset")) {
      order.add("Dataset");
    }
    g.assignNumbers(order);
    return new Output(g.proto(order), g.codec(order), lock.format());
  }

  // ------------------------------------------------------------------------------ numbers

  private void assignNumbers(List<String> order) {
    for (EnumDef e : model.enums().values()) {
      String prefix = upperSnake(e.name());
      List<String> live = new ArrayList<>();
      for (Constant c : e.constants()) {
        live.add(prefix + "_" + c.name());
        lock.numberOf(e.name(), prefix + "_" + c.name());
      }
      lock.retireAllBut(e.name(), live);
    }
    for (String name : order) {
      List<String> live = new ArrayList<>();
      for (Component c : model.records().get(name).components()) {
        String field = fieldName(c);
        live.add(field);
        lock.numberOf(name, field);
      }
      lock.retireAllBut(name, live);
    }
    Set<String> types = new LinkedHashSet<>(model.enums().keySet());
    types.addAll(order);
    for (String t : lock.typeNames()) {
      if (!types.contains(t)) {
        lock.retireAllBut(t, List.of());
      }
    }
  }

  private int number(String type, String name) {
    return lock.get(type, name).orElseThrow().number();
  }

  private List<String> reserved(String type, String indent) {
    List<WireLock.Entry> retired = lock.retired(type);
    if (retired.isEmpty()) {
      return List.of();
    }
    List<String> nums = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (WireLock.Entry e : retired) {
      nums.add(Integer.toString(e.number()));
      names.add("\"" + e.name() + "\"");
    }
    return List.of(
        indent + "// Retired (model.lock): never to be used again.",
        indent + "reserved " + String.join(", ", nums) + ";",
        indent + "reserved " + String.join(", ", names) + ";");
  }

  // ------------------------------------------------------------------------------ names

  static String snake(String name) {
    return name.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  static String upperSnake(String name) {
    return snake(name).toUpperCase(Locale.ROOT);
  }

  /** protoc's Java name for a field: capitalise after '_' and after a digit. */
  static String camelProto(String field) {
    StringBuilder out = new StringBuilder();
    boolean up = true;
    for (char ch : field.toCharArray()) {
      if (ch == '_') {
        up = true;
        continue;
      }
      if (up && Character.isLetter(ch)) {
        out.append(Character.toUpperCase(ch));
        up = false;
      } else {
        out.append(ch);
        up = Character.isDigit(ch);
      }
      if (Character.isLetter(ch)) {
        up = false;
      }
    }
    return out.toString();
  }

  private static String element(String type) {
    Matcher m = COLLECTION.matcher(type);
    return m.matches() ? m.group(2) : type;
  }

  private String kind(String type) {
    switch (type) {
      case "String":
        return "str";
      case "LocalDate":
        return "date";
      case "OffsetDateTime":
        return "datetime";
      case "Money":
        return "money";
      case "BigDecimal":
        return "decimal";
      case "Integer", "Long", "Boolean":
        return "boxed";
      case "int", "long", "boolean":
        return "prim";
      case "ReportingPeriod":
        return "period";
      case "Map<String, BigDecimal>":
        return "map_decimal";
      default:
        break;
    }
    if (IDS.contains(type)) {
      return "id";
    }
    if (model.enums().containsKey(type)) {
      return "enum";
    }
    if (model.records().containsKey(type)) {
      return "msg";
    }
    Matcher m = COLLECTION.matcher(type);
    if (m.matches()) {
      return "rep_" + kind(m.group(2));
    }
    throw new IllegalStateException("unmapped type " + type);
  }

  private static String fieldName(Component c) {
    String f = snake(c.name());
    return c.type().equals("Money") ? f + "_fen" : f;
  }

  private String protoType(Component c) {
    String k = kind(c.type());
    String elem = element(c.type());
    return switch (k) {
      case "str", "id", "date", "datetime", "decimal", "period" -> "optional string";
      case "money" -> "optional int64";
      case "boxed" ->
          switch (c.type()) {
            case "Integer" -> "optional int32";
            case "Long" -> "optional int64";
            default -> "optional bool";
          };
      case "prim" ->
          switch (c.type()) {
            case "int" -> "int32";
            case "long" -> "int64";
            default -> "bool";
          };
      case "enum", "msg" -> c.type();
      case "rep_str", "rep_id", "rep_date" -> "repeated string";
      case "rep_enum", "rep_msg" -> "repeated " + elem;
      case "map_decimal" -> "map<string, string>";
      default -> throw new IllegalStateException("no proto type for " + c.type());
    };
  }

  private static String fieldComment(String desc, String kind) {
    String d = ModelSource.pyStrip((desc == null ? "" : desc).replaceAll(";\\s*may be null$", ""));
    if (!d.isEmpty()) {
      d = d.substring(0, 1).toUpperCase(Locale.ROOT) + d.substring(1);
      if (!d.endsWith(".")) {
        d += ".";
      }
    }
    return ModelSource.pyStrip(d + " " + NOTE.getOrDefault(kind, ""));
  }

  private static String wrap(String text, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder(indent + "//");
    for (String w : ModelSource.words(text)) {
      if (length(cur) + 1 + length(w) > 100) {
        lines.add(cur.toString());
        cur = new StringBuilder(indent + "//");
      }
      cur.append(' ').append(w);
    }
    lines.add(cur.toString());
    return String.join("\n", lines);
  }

  private static int length(CharSequence s) {
    return Character.codePointCount(s, 0, s.length());
  }

  // ------------------------------------------------------------------------------ proto

  private String proto(List<String> order) {
    List<String> out = new ArrayList<>();
    out.add(
        """
        // Generated by ModelProtoGenerator (sdk-grpc tests) from the sdk-core model records and the
        // numbers in model.lock: do not edit by hand (docs/protocol.md, "Wire stability").
        //
        // Conventions (see docs/protocol.md):
        // - identifiers are strings carrying the raw text exactly as given, so an invalid identifier
        //   travels unchanged and is reported by validation, not lost by the transport;
        // - money is an int64 count of fen (分) in a field named *_fen: exact, no floating point;
        // - dates are ISO-8601 strings (YYYY-MM-DD), date-times ISO-8601 with offset, decimals exact text;
        // - a nullable scalar is a proto3 `optional` field: unset means null, so null, 0 and "" differ;
        // - every enum has an *_UNSPECIFIED = 0 value, which means null.

        syntax = "proto3";

        package epar.v1;

        option java_multiple_files = true;
        option java_package = "org.epar.grpc.v1";
        option java_outer_classname = "ModelProto";
        """);
    for (EnumDef e : model.enums().values()) {
      String prefix = upperSnake(e.name());
      out.add(wrap(e.summary(), "") + "\nenum " + e.name() + " {");
      out.add("  // Not set: the value is absent (null in the Java model).");
      out.add("  " + prefix + "_UNSPECIFIED = 0;");
      out.addAll(reserved(e.name(), "  "));
      for (Constant c : e.constants()) {
        String value = prefix + "_" + c.name();
        out.add(wrap(c.doc().isEmpty() ? c.name() : c.doc(), "  "));
        out.add("  " + value + " = " + number(e.name(), value) + ";");
      }
      out.add("}\n");
    }
    for (String name : order) {
      RecordDef r = model.records().get(name);
      out.add(wrap(r.summary(), "") + "\nmessage " + name + " {");
      out.addAll(reserved(name, "  "));
      for (Component c : r.components()) {
        String field = fieldName(c);
        out.add(wrap(fieldComment(r.params().get(c.name()), kind(c.type())), "  "));
        out.add("  " + protoType(c) + " " + field + " = " + number(name, field) + ";");
      }
      out.add("}\n");
    }
    return rstrip(String.join("\n", out)) + "\n";
  }

  private static String rstrip(String s) {
    int b = s.length();
    while (b > 0 && ModelSource.isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(0, b);
  }

  // ------------------------------------------------------------------------------ codec

  private String codec(List<String> order) {
    List<String> j = new ArrayList<>();
    j.add(
        """
        package org.epar.grpc.internal;

        // Generated by ModelProtoGenerator (sdk-grpc tests) from the sdk-core model records: do not
        // edit by hand (docs/protocol.md, "Wire stability").

        import java.math.BigDecimal;
        import java.time.LocalDate;
        import java.time.OffsetDateTime;
        import java.util.ArrayList;
        import java.util.HashSet;
        import java.util.LinkedHashMap;
        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import java.util.function.Function;
        import org.epar.core.id.CitizenId;
        import org.epar.core.id.CreditCode;
        import org.epar.core.id.DivisionCode;
        import org.epar.core.id.TraceCode;
        import org.epar.core.model.*;
        import org.epar.core.money.Money;
        import org.epar.core.period.ReportType;
        import org.epar.core.period.ReportingPeriod;
        import org.epar.core.privacy.Masking;
        import org.epar.grpc.ProtoMappingException;
        import org.jspecify.annotations.Nullable;

        /**
         * Lossless conversion between the sdk-core model and the {@code epar.v1} messages, one
         * {@code toProto} and one {@code fromProto} per type. {@code fromProto} throws
         * {@link ProtoMappingException} naming the field when a text field cannot be read back (a bad
         * date, decimal or period id); it never throws for an invalid identifier, which is carried as is.
         */
        public final class ModelCodec {

          private ModelCodec() {}
        """);
    for (EnumDef e : model.enums().values()) {
      String name = e.name();
      String prefix = upperSnake(name);
      j.add("  public static " + P + name + " toProto(@Nullable " + name + " v) {");
      j.add(
          "    if (v == null) {\n      return " + P + name + "." + prefix + "_UNSPECIFIED;\n    }");
      j.add("    return switch (v) {");
      for (Constant c : e.constants()) {
        j.add("      case " + c.name() + " -> " + P + name + "." + prefix + "_" + c.name() + ";");
      }
      j.add("    };\n  }\n");
      j.add("  public static @Nullable " + name + " fromProto(" + P + name + " v) {");
      j.add("    return switch (v) {");
      for (Constant c : e.constants()) {
        j.add("      case " + prefix + "_" + c.name() + " -> " + name + "." + c.name() + ";");
      }
      j.add("      default -> null;\n    };\n  }\n");
    }
    for (String name : order) {
      RecordDef r = model.records().get(name);
      j.add("  public static " + P + name + " toProto(" + name + " v) {");
      j.add("    " + P + name + ".Builder b = " + P + name + ".newBuilder();");
      for (Component c : r.components()) {
        j.add(toStatement(c));
      }
      j.add("    return b.build();\n  }\n");
      j.add("  public static " + name + " fromProto(" + P + name + " p) {");
      j.add("    return new " + name + "(");
      List<String> args = new ArrayList<>();
      for (Component c : r.components()) {
        args.add("        " + fromExpression(c));
      }
      j.add(String.join(",\n", args) + ");\n  }\n");
    }
    Map<String, String> recordTypes = new java.util.HashMap<>();
    for (RecordType t : RecordType.values()) {
      recordTypes.put(t.javaType().getSimpleName(), t.name());
    }
    j.add("  /** Any record to its message. */");
    j.add("  public static com.google.protobuf.Message toProtoRecord(EparRecord r) {");
    j.add("    return switch (r.recordType()) {");
    for (String name : order) {
      if (recordTypes.containsKey(name)) {
        j.add("      case " + recordTypes.get(name) + " -> toProto((" + name + ") r);");
      }
    }
    j.add("    };\n  }\n");
    j.add(
        "  /** A record message back to its record; empty for a message that is not a record. */");
    j.add(
        "  public static java.util.Optional<EparRecord> fromProtoRecord("
            + "com.google.protobuf.Message m) {");
    for (String name : order) {
      if (recordTypes.containsKey(name)) {
        j.add(
            "    if (m instanceof "
                + P
                + name
                + " p) {\n      return java.util.Optional.of("
                + "fromProto(p));\n    }");
      }
    }
    j.add("    return java.util.Optional.empty();\n  }\n");
    j.add(
        """
          private static <A, B> List<B> map(List<A> in, Function<? super A, ? extends B> f) {
            List<B> out = new ArrayList<>(in.size());
            for (A a : in) {
              out.add(f.apply(a));
            }
            return out;
          }

          private static <A, E extends Enum<E>> Set<E> enums(List<A> in, Function<? super A, @Nullable E> f) {
            Set<E> out = new HashSet<>();
            for (A a : in) {
              E e = f.apply(a);
              if (e != null) {
                out.add(e);
              }
            }
            return out;
          }

          private static LocalDate date(String text, String field) {
            return TextFields.date(text, field);
          }

          private static OffsetDateTime dateTime(String text, String field) {
            return TextFields.dateTime(text, field);
          }

          private static BigDecimal decimal(String text, String field) {
            return TextFields.decimal(text, field);
          }

          private static ReportingPeriod period(String text, String field) {
            return TextFields.period(text, field);
          }

          /** Map keys are client text (possibly personal data): the field path echoes them masked. */
          private static Map<String, BigDecimal> decimals(Map<String, String> in, String field) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            in.forEach((k, v) -> out.put(k, decimal(v, field + "[" + Masking.echo(k) + "]")));
            return out;
          }
        }
        """);
    return String.join("\n", j);
  }

  private String toStatement(Component c) {
    String k = kind(c.type());
    String acc = "v." + c.name() + "()";
    String jn = camelProto(fieldName(c));
    String simple =
        switch (k) {
          case "str", "boxed" -> "b.set" + jn + "(" + acc + ")";
          case "id" -> "b.set" + jn + "(" + acc + ".raw())";
          case "date", "datetime", "decimal" -> "b.set" + jn + "(" + acc + ".toString())";
          case "money" -> "b.set" + jn + "(" + acc + ".fen())";
          case "period" -> "b.set" + jn + "(" + acc + ".id())";
          case "msg" -> "b.set" + jn + "(toProto(" + acc + "))";
          default -> null;
        };
    if (simple != null) {
      return "    if (" + acc + " != null) {\n      " + simple + ";\n    }";
    }
    return switch (k) {
      case "prim" -> "    b.set" + jn + "(" + acc + ");";
      case "enum" -> "    b.set" + jn + "(toProto(" + acc + "));";
      case "rep_str" -> "    b.addAll" + jn + "(" + acc + ");";
      case "rep_id" -> "    " + acc + ".forEach(x -> b.add" + jn + "(x.raw()));";
      case "rep_date" -> "    " + acc + ".forEach(x -> b.add" + jn + "(x.toString()));";
      case "rep_enum", "rep_msg" -> "    " + acc + ".forEach(x -> b.add" + jn + "(toProto(x)));";
      case "map_decimal" ->
          "    " + acc + ".forEach((key, value) -> b.put" + jn + "(key, value.toString()));";
      default -> throw new IllegalStateException("no codec for " + c.type());
    };
  }

  private String fromExpression(Component c) {
    String k = kind(c.type());
    String field = fieldName(c);
    String jn = camelProto(field);
    String get = "p.get" + jn + "()";
    String has = "p.has" + jn + "()";
    String path = "\"" + field + "\"";
    String elem = element(c.type());
    return switch (k) {
      case "str", "boxed" -> has + " ? " + get + " : null";
      case "id" -> has + " ? new " + c.type() + "(" + get + ") : null";
      case "date" -> has + " ? date(" + get + ", " + path + ") : null";
      case "datetime" -> has + " ? dateTime(" + get + ", " + path + ") : null";
      case "money" -> has + " ? Money.ofFen(" + get + ") : null";
      case "decimal" -> has + " ? decimal(" + get + ", " + path + ") : null";
      case "period" -> has + " ? period(" + get + ", " + path + ") : null";
      case "msg" -> has + " ? fromProto(" + get + ") : null";
      case "prim" -> get;
      case "enum" -> "fromProto(" + get + ")";
      case "rep_str" -> "p.get" + jn + "List()";
      case "rep_id" -> "map(p.get" + jn + "List(), " + elem + "::new)";
      case "rep_date" -> "map(p.get" + jn + "List(), x -> date(x, " + path + "))";
      case "rep_enum" -> "enums(p.get" + jn + "List(), ModelCodec::fromProto)";
      case "rep_msg" -> "map(p.get" + jn + "List(), ModelCodec::fromProto)";
      case "map_decimal" -> "decimals(p.get" + jn + "Map(), " + path + ")";
      default -> throw new IllegalStateException("no codec for " + c.type());
    };
  }
}
