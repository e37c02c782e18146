package org.epar.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.epar.core.period.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Binds NDJSON records with Jackson's streaming {@link JsonParser}, without databind on the hot
 * path: one binder per record class, built once from the record's components and the shared
 * mapper's property names, calling the canonical constructor through a {@link MethodHandle}.
 *
 * <p>The binders read only the plain, common form of a record: {@code type} first, each value in
 * the one JSON type the EPAR writer produces (strings for identifiers, amounts, dates, periods and
 * constants; JSON integers, booleans, arrays, objects), no {@code null}, no repeated property, no
 * trailing token. Anything else (and any record class with a component type the binders do not
 * know) makes {@link #bind} return {@code null}: the caller then reads the line with databind, so
 * every value databind accepts in another form, and every problem it reports, stays exactly as it
 * was. Unknown properties are skipped, as databind skips them. Immutable and thread-safe.
 *
 * <p>Each component also has a reader over raw bytes ({@link ByteBinder}), used by {@link
 * PlainScanner} in front of the parser: both make a value from the same text with the same
 * conversion, and the record with the same constructor.
 */
public final class RecordBinders {

  /** Thrown inside a bind when the line is not in the plain form; no stack trace. */
  static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  static final NotPlain NOT_PLAIN = new NotPlain();

  /** Reads one value of a component; throws {@link #NOT_PLAIN} for anything not plain. */
  @FunctionalInterface
  private interface ValueBinder {
    Object read(JsonParser p) throws IOException;
  }

  /**
   * Reads one value of a component from the bytes of a {@link PlainScanner}; throws {@link
   * #NOT_PLAIN} for anything not plain.
   */
  @FunctionalInterface
  interface ByteBinder {
    Object read(PlainScanner s);
  }

  /**
   * Both readers of one component type: over Jackson's parser, and over the bytes (null when the
   * byte scanner does not read the type, e.g. {@code BigDecimal}: the record then goes to Jackson).
   */
  private record Value(ValueBinder json, @Nullable ByteBinder bytes) {}

  /** Binds the properties of one record class, the parser standing after its START_OBJECT. */
  static final class ObjectBinder {
    final Map<String, Integer> index = new HashMap<>();
    ValueBinder[] values = new ValueBinder[0];
    Object[] defaults = new Object[0];
    @Nullable MethodHandle constructor;
    boolean root;

    /** The binder's number, by which a {@link PlainScanner} keeps its arguments array. */
    final int id;

    /** The JSON name of each component, by constructor position, in UTF-8 (ASCII) bytes. */
    byte[][] names = new byte[0][];

    /** The byte reader of each component, or null when one of them has none. */
    ByteBinder @Nullable [] byteValues;

    ObjectBinder(int id) {
      this.id = id;
    }

    /**
     * The arguments array of each thread, reused record after record: the spreading constructor
     * call copies them out and never keeps the array, and a binder never runs inside itself (no
     * cycles), so one array per thread and binder is enough. Reset from the defaults every time.
     */
    final ThreadLocal<Object[]> scratch = ThreadLocal.withInitial(() -> defaults.clone());

    Object read(JsonParser p) throws IOException {
      Object[] args = scratch.get();
      System.arraycopy(defaults, 0, args, 0, args.length);
      long seen = 0;
      String name;
      while ((name = p.nextFieldName()) != null) {
        Integer at = index.get(name);
        JsonToken t = p.nextToken();
        if (at == null) {
          if (root && Mixins.TYPE_PROPERTY.equals(name)) {
            throw NOT_PLAIN; // a second "type": leave it to databind's type handling
          }
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
          }
          continue;
        }
        int i = at;
        long bit = 1L << i;
        if ((seen & bit) != 0 || t == JsonToken.VALUE_NULL) {
          throw NOT_PLAIN;
        }
        seen |= bit;
        args[i] = values[i].read(p);
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw NOT_PLAIN;
      }
      return construct(args);
    }

    Object construct(Object[] args) {
      try {
        return (Object) Objects.requireNonNull(constructor).invokeExact(args);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        throw NOT_PLAIN; // databind reads the line again and reports the failure its own way
      }
    }
  }

  private final ObjectMapper mapper;
  private final Map<String, ObjectBinder> roots = new HashMap<>();
  private final Map<Class<?>, @Nullable ObjectBinder> built = new HashMap<>();
  private int binderCount;

  /** The wire names of the roots {@link PlainScanner} binds, as UTF-8; never changed. */
  private final byte[][] plainNames;

  /** Their binders, in the same order; never changed. */
  private final ObjectBinder[] plainBinders;

  /**
   * Builds the binders of every record type for a mapper's property names.
   *
   * @param mapper the mapper whose naming the binders follow ({@code EparJson.mapper()})
   */
  public RecordBinders(ObjectMapper mapper) {
    this.mapper = mapper;
    DeserializationConfig config = mapper.getDeserializationConfig();
    for (RecordType t : RecordType.values()) {
      ObjectBinder b = binderOf(t.javaType(), config, new HashSet<>());
      if (b != null && !b.index.containsKey(Mixins.TYPE_PROPERTY)) {
        b.root = true;
        roots.put(t.wireName(), b);
      }
    }
    // once here, not per scanner: a parallel validation makes a scanner per part
    int n = 0;
    byte[][] names = new byte[roots.size()][];
    ObjectBinder[] obs = new ObjectBinder[roots.size()];
    for (Map.Entry<String, ObjectBinder> e : roots.entrySet()) {
      if (e.getValue().byteValues != null && plainName(e.getKey())) {
        names[n] = e.getKey().getBytes(StandardCharsets.UTF_8);
        obs[n] = e.getValue();
        n++;
      }
    }
    this.plainNames = Arrays.copyOf(names, n);
    this.plainBinders = Arrays.copyOf(obs, n);
  }

  /**
   * How many record types are bound by streaming (the others go to databind).
   *
   * @return the number of record types with a binder
   */
  public int boundTypes() {
    return roots.size();
  }

  /**
   * Whether a record type is bound by streaming.
   *
   * @param type the record type
   * @return whether it has a binder
   */
  public boolean binds(RecordType type) {
    return roots.containsKey(type.wireName());
  }

  /** The number of object binders built, each with an {@link ObjectBinder#id} below it. */
  int binderCount() {
    return binderCount;
  }

  /** The UTF-8 wire names of the roots the plain scanner binds: shared, not to be changed. */
  byte[][] plainNames() {
    return plainNames;
  }

  /** The binders of {@link #plainNames()}, in the same order: shared, not to be changed. */
  ObjectBinder[] plainBinders() {
    return plainBinders;
  }

  /**
   * Binds one line, or says it is not in the plain form.
   *
   * @param p a parser over exactly the line, before its first token
   * @return the record, or null when the line must be read by databind
   */
  public @Nullable EparRecord bind(JsonParser p) {
    EparRecord r = bindNext(p);
    try {
      return r != null && p.nextToken() == null ? r : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Binds the next root-level value of a parser that may hold more after it (several lines), or
   * says it is not in the plain form. The parser then stands on the record's END_OBJECT; the caller
   * checks what follows.
   *
   * @param p a parser before the record's first token
   * @return the record, or null when the value must be read by databind
   */
  public @Nullable EparRecord bindNext(JsonParser p) {
    try {
      if (p.nextToken() != JsonToken.START_OBJECT
          || !Mixins.TYPE_PROPERTY.equals(p.nextFieldName())
          || p.nextToken() != JsonToken.VALUE_STRING) {
        return null;
      }
      ObjectBinder b = roots.get(p.getText());
      if (b == null) {
        return null;
      }
      return (EparRecord) b.read(p);
    } catch (IOException | RuntimeException e) { // NotPlain included
      return null;
    }
  }

  private @Nullable ObjectBinder binderOf(
      Class<?> type, DeserializationConfig config, Set<Class<?>> building) {
    if (built.containsKey(type)) {
      return built.get(type);
    }
    if (!type.isRecord() || !building.add(type)) {
      return null; // not a record, or a cycle
    }
    ObjectBinder b = new ObjectBinder(binderCount++);
    built.put(type, b); // placeholder for recursion; replaced by null if unsupported
    try {
      RecordComponent[] comps = type.getRecordComponents();
      if (comps.length > 63) {
        return unsupported(type);
      }
      String[] names = names(type, comps.length, config);
      if (names == null) {
        return unsupported(type);
      }
      ValueBinder[] values = new ValueBinder[comps.length];
      ByteBinder[] byteValues = new ByteBinder[comps.length];
      boolean allBytes = true;
      byte[][] nameBytes = new byte[comps.length][];
      Object[] defaults = new Object[comps.length];
      for (int i = 0; i < comps.length; i++) {
        Value v = valueBinder(comps[i].getGenericType(), config, building);
        if (v == null || b.index.put(names[i], i) != null) {
          return unsupported(type);
        }
        values[i] = v.json();
        byteValues[i] = v.bytes();
        allBytes &= v.bytes() != null && plainName(names[i]);
        nameBytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
        defaults[i] = defaultOf(comps[i].getType());
      }
      Class<?>[] params = new Class<?>[comps.length];
      for (int i = 0; i < comps.length; i++) {
        params[i] = comps[i].getType();
      }
      Constructor<?> c = type.getDeclaredConstructor(params);
      b.constructor =
          MethodHandles.publicLookup()
              .unreflectConstructor(c)
              .asSpreader(Object[].class, comps.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
      b.values = values;
      b.defaults = defaults;
      b.names = nameBytes;
      b.byteValues = allBytes ? byteValues : null;
      return b;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return unsupported(type);
    } finally {
      building.remove(type);
    }
  }

  /** A name the byte scanner matches as raw bytes: printable ASCII, no quote or backslash. */
  static boolean plainName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
        return false;
      }
    }
    return !name.isEmpty();
  }

  private @Nullable ObjectBinder unsupported(Class<?> type) {
    built.put(type, null);
    return null;
  }

  /** The JSON name of each component, by its constructor position, as databind reads it. */
  private static String @Nullable [] names(Class<?> type, int n, DeserializationConfig config) {
    BeanDescription d = config.introspect(config.constructType(type));
    String[] names = new String[n];
    for (BeanPropertyDefinition p : d.findProperties()) {
      AnnotatedParameter ap = p.getConstructorParameter();
      if (ap == null) {
        continue;
      }
      int i = ap.getIndex();
      if (i < 0 || i >= n || names[i] != null) {
        return null;
      }
      names[i] = p.getName();
    }
    for (String s : names) {
      if (s == null) {
        return null;
      }
    }
    return names;
  }

  private static @Nullable Object defaultOf(Class<?> c) {
    if (c == boolean.class) {
      return Boolean.FALSE;
    }
    if (c == int.class) {
      return 0;
    }
    if (c == long.class) {
      return 0L;
    }
    if (c.isPrimitive()) {
      throw new IllegalArgumentException("unsupported primitive");
    }
    return null;
  }

  private @Nullable Value valueBinder(
      Type type, DeserializationConfig config, Set<Class<?>> building) {
    if (type instanceof ParameterizedType pt
        && pt.getRawType() instanceof Class<?> raw
        && (raw == List.class || raw == Set.class)) {
      Value element = valueBinder(pt.getActualTypeArguments()[0], config, building);
      if (element == null) {
        return null;
      }
      boolean set = raw == Set.class;
      ValueBinder json = element.json();
      ByteBinder bytes = element.bytes();
      return new Value(
          p -> {
            if (p.currentToken() != JsonToken.START_ARRAY) {
              throw NOT_PLAIN;
            }
            Collection<Object> out = set ? new HashSet<>() : new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              if (t == null || t == JsonToken.VALUE_NULL) {
                throw NOT_PLAIN;
              }
              out.add(json.read(p));
            }
            return out;
          },
          bytes == null ? null : s -> s.array(bytes, set));
    }
    if (!(type instanceof Class<?> c)) {
      return null;
    }
    if (c == String.class) {
      return new Value(RecordBinders::string, PlainScanner::string);
    }
    if (c == boolean.class || c == Boolean.class) {
      return new Value(
          p -> {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
              return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
              return Boolean.FALSE;
            }
            throw NOT_PLAIN;
          },
          PlainScanner::bool);
    }
    if (c == int.class || c == Integer.class) {
      return new Value(
          p -> {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                || p.getNumberType() != JsonParser.NumberType.INT) {
              throw NOT_PLAIN;
            }
            return p.getIntValue();
          },
          PlainScanner::intValue);
    }
    if (c == long.class || c == Long.class) {
      return new Value(
          p -> {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
              throw NOT_PLAIN;
            }
            return p.getLongValue();
          },
          PlainScanner::longValue);
    }
    if (c == BigDecimal.class) {
      return new Value(
          p -> {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
              throw NOT_PLAIN;
            }
            return p.getDecimalValue();
          },
          PlainScanner::decimal);
    }
    if (c == LocalDate.class) {
      return fromText(
          s -> {
            if (s.length() != 10) {
              throw NOT_PLAIN;
            }
            try {
              return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
              throw NOT_PLAIN;
            }
          });
    }
    if (c == CitizenId.class) {
      return fromText(CitizenId::of);
    }
    if (c == CreditCode.class) {
      return fromText(CreditCode::of);
    }
    if (c == DivisionCode.class) {
      return fromText(DivisionCode::of);
    }
    if (c == TraceCode.class) {
      return fromText(TraceCode::of);
    }
    if (c == Money.class) {
      return fromText(
          s -> {
            try {
              return Money.parse(s);
            } catch (RuntimeException e) {
              throw NOT_PLAIN;
            }
          });
    }
    if (c == ReportingPeriod.class) {
      return fromText(
          s -> {
            try {
              return ReportingPeriod.parse(s);
            } catch (RuntimeException e) {
              throw NOT_PLAIN;
            }
          });
    }
    if (c.isEnum()) {
      return enumBinder(c);
    }
    if (c.isRecord() && !EparRecord.class.isAssignableFrom(c)) {
      ObjectBinder nested = binderOf(c, config, building);
      if (nested == null) {
        return null;
      }
      return new Value(
          p -> {
            if (p.currentToken() != JsonToken.START_OBJECT) {
              throw NOT_PLAIN;
            }
            return nested.read(p);
          },
          nested.byteValues == null ? null : s -> s.object(nested));
    }
    // Records carried inside a report are EparRecords with their own "type" handling, and any
    // other type (maps, date-times) is left to databind: the whole record class falls back.
    return null;
  }

  private static String string(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw NOT_PLAIN;
    }
    return p.getText();
  }

  /**
   * A value written as a JSON string and made from its text by {@code factory}, which throws {@link
   * #NOT_PLAIN} (or any exception: the caller then reads the line with databind) for a text it does
   * not take. Both readers make the value from the same text the same way.
   */
  private static Value fromText(Function<String, ?> factory) {
    return new Value(p -> factory.apply(string(p)), s -> factory.apply(s.string()));
  }

  /** Constants by the names the shared mapper writes them with; any other text is not plain. */
  private @Nullable Value enumBinder(Class<?> c) {
    Map<String, Object> byName = new HashMap<>();
    Object[] constants = c.getEnumConstants();
    byte[][] names = new byte[constants.length][];
    boolean plain = true;
    for (int i = 0; i < constants.length; i++) {
      String name = ((Enum<?>) constants[i]).name();
      if (byName.put(name, constants[i]) != null) {
        return null;
      }
      plain &= plainName(name);
      names[i] = name.getBytes(StandardCharsets.UTF_8);
    }
    for (Object constant : constants) {
      String written;
      try {
        written = mapper.writeValueAsString(constant);
      } catch (java.io.IOException e) {
        return null;
      }
      if (!written.equals("\"" + ((Enum<?>) constant).name() + "\"")) {
        return null; // written by another name: leave the class to databind
      }
    }
    return new Value(
        p -> {
          Object v = byName.get(string(p));
          if (v == null) {
            throw NOT_PLAIN;
          }
          return v;
        },
        plain ? s -> s.constant(names, constants) : null);
  }
}
