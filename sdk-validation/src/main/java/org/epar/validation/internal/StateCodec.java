package org.epar.validation.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the object graph of a dataset rule's state over a closed set of types, so that
 * no rule needs a codec of its own: null, primitives and their boxes, {@link String}, {@link
 * StringBuilder}, {@link BigDecimal}, {@link BigInteger}, {@link LocalDate}, {@link LocalDateTime},
 * {@link java.time.OffsetDateTime}, {@link Instant}, {@link YearMonth}, enums, arrays, {@link
 * BitSet}, the JDK lists, sets, maps and deques (array, linked, hash, linked hash, tree with
 * natural or reverse order, enum, immutable and unmodifiable ones), records (through their
 * canonical constructor), and EPAR classes ({@code org.epar.*}) by their declared instance fields
 * (except {@code transient} ones: a cache such as an index, which the state rebuilds when needed).
 * Anything else (a lambda, a rule, a JDK type not listed, a tree with a comparator of its own, an
 * inner class holding its outer instance) fails with an {@link IllegalArgumentException} naming the
 * type: never silently.
 *
 * <p>The bytes are canonical: hash sets and maps are written in a fixed order of their keys ({@link
 * #CANONICAL}), so writing a state, reading it and writing it again gives the same bytes. Mutable
 * objects reached twice (a buffer held in a list and in a field) are written once and referenced
 * after, so a restored state shares what the original shared.
 *
 * <p>{@link #version} derives a number from a state class's structure: its name and the names and
 * generic types of its fields, recursively through the EPAR classes they name; a state whose class
 * changed reads as stale instead of being misread.
 */
public final class StateCodec {

  private static final int NULL = 0;
  private static final int TRUE = 1;
  private static final int FALSE = 2;
  private static final int BYTE = 3;
  private static final int SHORT = 4;
  private static final int CHAR = 5;
  private static final int INT = 6;
  private static final int LONG = 7;
  private static final int FLOAT = 8;
  private static final int DOUBLE = 9;
  private static final int STRING = 10;
  private static final int DECIMAL = 11;
  private static final int BIG_INTEGER = 12;
  private static final int DATE = 13;
  private static final int DATE_TIME = 14;
  private static final int INSTANT = 15;
  private static final int YEAR_MONTH = 16;
  private static final int ENUM = 17;
  private static final int ARRAY = 18;
  private static final int COLLECTION = 19;
  private static final int MAP = 20;
  private static final int ENUM_SET = 21;
  private static final int ENUM_MAP = 22;
  private static final int RECORD = 23;
  private static final int OBJECT = 24;
  private static final int BIT_SET = 25;
  private static final int BUILDER = 26;
  private static final int REF = 27;
  private static final int OFFSET_DATE_TIME = 28;

  /** Collection and map kinds, by what the reader must build. */
  private static final int ARRAY_LIST = 0;

  private static final int LINKED_LIST = 1;
  private static final int ARRAY_DEQUE = 2;
  private static final int HASH_SET = 3;
  private static final int LINKED_HASH_SET = 4;
  private static final int TREE_SET = 5;
  private static final int TREE_SET_REVERSED = 6;
  private static final int IMMUTABLE_LIST = 7;
  private static final int IMMUTABLE_SET = 8;
  private static final int UNMODIFIABLE_LIST = 9;
  private static final int UNMODIFIABLE_SET = 10;
  private static final int HASH_MAP = 11;
  private static final int LINKED_HASH_MAP = 12;
  private static final int TREE_MAP = 13;
  private static final int TREE_MAP_REVERSED = 14;
  private static final int IMMUTABLE_MAP = 15;
  private static final int UNMODIFIABLE_MAP = 16;
  private static final int CONCURRENT_HASH_MAP = 17;

  private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, MethodHandle[]> ACCESSORS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Long> VERSIONS = new ConcurrentHashMap<>();

  /**
   * Per class, the declared (generic) types of its record components or written fields, in the
   * order {@link #accessors} and {@link #fields} give them: asked once, not at every value.
   */
  private static final Map<Class<?>, Type[]> DECLARED = new ConcurrentHashMap<>();

  /** What an EPAR class's instances are written as. */
  private enum Shape {
    EPAR_RECORD,
    EPAR_OBJECT,
    OTHER
  }

  /** Each class's {@link Shape}, decided once per class ({@link Class#isRecord} is slow). */
  private static final ClassValue<Shape> SHAPE =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          if (!isEpar(type)) {
            return Shape.OTHER;
          }
          return type.isRecord() ? Shape.EPAR_RECORD : Shape.EPAR_OBJECT;
        }
      };

  private static Type[] declared(Class<?> type) {
    return DECLARED.computeIfAbsent(
        type,
        t ->
            t.isRecord()
                ? Arrays.stream(t.getRecordComponents())
                    .map(RecordComponent::getGenericType)
                    .toArray(Type[]::new)
                : fields(t).stream().map(Field::getGenericType).toArray(Type[]::new));
  }

  private StateCodec() {}

  /**
   * Writes a value and everything it reaches.
   *
   * @param value the value, null allowed
   * @param out where to write
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the graph holds a type outside the allowed set
   */
  public static void write(@Nullable Object value, DataOutput out) throws IOException {
    new Writer(out).value(value, null);
  }

  /**
   * Reads a value written by {@link #write}.
   *
   * @param in where to read
   * @param loader the class loader of the state's classes (the rule's)
   * @return the value
   * @throws IOException if reading fails or the bytes are not a value of the allowed types
   */
  public static @Nullable Object read(DataInput in, ClassLoader loader) throws IOException {
    return new Reader(in, loader).value();
  }

  /**
   * A number derived from a state class's structure (class and field names and generic types,
   * recursively through the EPAR classes they name); it changes when the structure does.
   *
   * @param type the state class
   * @return the version
   */
  public static long version(Class<?> type) {
    return VERSIONS.computeIfAbsent(
        type,
        t -> {
          StringBuilder sb = new StringBuilder();
          describe(t, sb, new HashSet<>());
          try {
            byte[] d =
                MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
              v = (v << 8) | (d[i] & 0xff);
            }
            return v;
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
          }
        });
  }

  private static void describe(Class<?> type, StringBuilder sb, Set<Class<?>> seen) {
    Class<?> t = type;
    while (t.isArray()) {
      t = t.getComponentType();
    }
    if (!seen.add(t)) {
      return;
    }
    sb.append(t.getName());
    if (!isEpar(t) || t.isEnum()) {
      if (t.isEnum()) {
        sb.append(Arrays.toString(t.getEnumConstants()));
      }
      sb.append(';');
      return;
    }
    sb.append('{');
    List<Type> named = new ArrayList<>();
    for (Field f : fields(t)) {
      sb.append(f.getName()).append(':').append(f.getGenericType().getTypeName()).append(',');
      named.add(f.getGenericType());
    }
    sb.append('}');
    for (Type n : named) {
      describeType(n, sb, seen);
    }
  }

  private static void describeType(Type type, StringBuilder sb, Set<Class<?>> seen) {
    if (type instanceof Class<?> c) {
      describe(c, sb, seen);
    } else if (type instanceof ParameterizedType p) {
      describeType(p.getRawType(), sb, seen);
      for (Type a : p.getActualTypeArguments()) {
        describeType(a, sb, seen);
      }
    } else if (type instanceof GenericArrayType g) {
      describeType(g.getGenericComponentType(), sb, seen);
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        describeType(b, sb, seen);
      }
    }
  }

  /**
   * A total order of the values this codec writes, by type and then by content: the order hash sets
   * and maps are written in, so that their bytes do not depend on hash codes or insertion history.
   */
  static final Comparator<@Nullable Object> CANONICAL = StateCodec::compare;

  private static int compare(@Nullable Object a, @Nullable Object b) {
    if (a == b) {
      return 0;
    }
    if (a == null) {
      return -1;
    }
    if (b == null) {
      return 1;
    }
    Class<?> ca = a.getClass();
    Class<?> cb = b.getClass();
    if (ca != cb) {
      if (a instanceof Enum<?> && b instanceof Enum<?> && ca.getDeclaringClass() == cb) {
        return 0; // never: constant bodies share the enum's class below
      }
      return ca.getName().compareTo(cb.getName());
    }
    if (a instanceof String s) {
      return s.compareTo((String) b);
    }
    if (a instanceof Enum<?> e) {
      return Integer.compare(e.ordinal(), ((Enum<?>) b).ordinal());
    }
    if (a instanceof BigDecimal d) {
      int c = d.compareTo((BigDecimal) b);
      return c != 0 ? c : Integer.compare(d.scale(), ((BigDecimal) b).scale());
    }
    if (a instanceof Comparable<?> && isJdkValue(ca)) {
      @SuppressWarnings("unchecked")
      Comparable<Object> c = (Comparable<Object>) a;
      return c.compareTo(b);
    }
    if (a instanceof List<?> la) {
      List<?> lb = (List<?>) b;
      for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
        int c = compare(la.get(i), lb.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(la.size(), lb.size());
    }
    if (ca.isRecord()) {
      MethodHandle[] acc = accessors(ca);
      for (MethodHandle h : acc) {
        int c = compare(invoke(h, a), invoke(h, b));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
    if (ca.isArray() && !ca.getComponentType().isPrimitive()) {
      return compare(Arrays.asList((Object[]) a), Arrays.asList((Object[]) b));
    }
    if (isEpar(ca)) {
      for (Field f : fields(ca)) {
        int c = compare(get(f, a), get(f, b));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
    throw new IllegalArgumentException(
        "a state holds a hash set or map keyed by " + ca.getName() + ", which has no fixed order");
  }

  private static boolean isJdkValue(Class<?> c) {
    return c == Integer.class
        || c == Long.class
        || c == Short.class
        || c == Byte.class
        || c == Character.class
        || c == Boolean.class
        || c == Float.class
        || c == Double.class
        || c == BigInteger.class
        || c == LocalDate.class
        || c == LocalDateTime.class
        || c == Instant.class
        || c == java.time.OffsetDateTime.class
        || c == YearMonth.class;
  }

  private static boolean isEpar(Class<?> c) {
    return c.getName().startsWith("org.epar.");
  }

  /** The instance fields written for an EPAR class: superclass fields first, then by name. */
  static List<Field> fields(Class<?> type) {
    return FIELDS.computeIfAbsent(
        type,
        t -> {
          if (t.isHidden() || t.isSynthetic() || t.getName().contains("$$Lambda")) {
            throw new IllegalArgumentException(
                "a state holds " + t.getName() + ", a lambda or hidden class, which is not data");
          }
          if (org.epar.validation.spi.Rule.class.isAssignableFrom(t)
              || org.epar.validation.spi.RuleContext.class.isAssignableFrom(t)
              || org.epar.validation.spi.FindingSink.class.isAssignableFrom(t)) {
            throw new IllegalArgumentException(
                "a state holds a " + t.getName() + ", which is part of the engine, not data");
          }
          List<Class<?>> chain = new ArrayList<>();
          for (Class<?> c = t;
              c != null && c != Object.class && c != Record.class;
              c = c.getSuperclass()) {
            if (!isEpar(c)) {
              throw new IllegalArgumentException(
                  t.getName() + " extends " + c.getName() + ", which a state may not hold");
            }
            chain.add(0, c);
          }
          List<Field> out = new ArrayList<>();
          for (Class<?> c : chain) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
              if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                // a transient field is a cache the state rebuilds (an index): not data
                continue;
              }
              if (f.isSynthetic()) {
                throw new IllegalArgumentException(
                    c.getName()
                        + " is an inner class holding its outer instance ("
                        + f.getName()
                        + "): make it static to keep it in a state");
              }
              f.setAccessible(true);
              own.add(f);
            }
            own.sort(Comparator.comparing(Field::getName));
            out.addAll(own);
          }
          return List.copyOf(out);
        });
  }

  private static MethodHandle[] accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(
        type,
        t -> {
          RecordComponent[] rc = t.getRecordComponents();
          MethodHandle[] out = new MethodHandle[rc.length];
          for (int i = 0; i < rc.length; i++) {
            try {
              Method m = rc[i].getAccessor();
              m.setAccessible(true);
              // typed (Object)Object once, so that each call is an exact invocation
              out[i] =
                  MethodHandles.lookup()
                      .unreflect(m)
                      .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
              throw new IllegalArgumentException("cannot read record " + t.getName(), e);
            }
          }
          return out;
        });
  }

  private static Constructor<?> canonical(Class<?> type) {
    return CONSTRUCTORS.computeIfAbsent(
        type,
        t -> {
          try {
            Class<?>[] types =
                Arrays.stream(t.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<?> c = t.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c;
          } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("record " + t.getName() + " has no constructor", e);
          }
        });
  }

  private static @Nullable Object invoke(MethodHandle h, Object target) {
    try {
      return (Object) h.invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("record accessor failed", e);
    }
  }

  private static @Nullable Object get(Field f, Object target) {
    try {
      return f.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("cannot read " + f, e);
    }
  }

  /** Where the first type argument of a declared type says a value's elements or keys are. */
  private static @Nullable Type argument(@Nullable Type declared, int i) {
    if (declared instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      return p.getActualTypeArguments()[i];
    }
    return null;
  }

  private static @Nullable Class<?> raw(@Nullable Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return null;
  }

  private static final class Writer {
    private final DataOutput out;

    /** The output when it is the engine's buffer: numbers go straight into its array. */
    private final Bytes.@Nullable Sink sink;

    private final Map<Class<?>, Integer> classes = new HashMap<>();
    private final IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();

    Writer(DataOutput out) {
      this.out = out;
      this.sink = out instanceof Bytes.Sink s ? s : null;
    }

    void varint(long v) throws IOException {
      long z = (v << 1) ^ (v >> 63);
      if (sink != null) {
        sink.writeVarint(z);
        return;
      }
      while ((z & ~0x7FL) != 0) {
        out.writeByte((int) ((z & 0x7F) | 0x80));
        z >>>= 7;
      }
      out.writeByte((int) z);
    }

    void type(Class<?> c) throws IOException {
      Integer i = classes.get(c);
      if (i != null) {
        varint(i + 1L);
      } else {
        varint(0);
        out.writeUTF(c.getName());
        classes.put(c, classes.size());
      }
    }

    void string(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      out.write(b);
    }

    /** Whether a mutable object was written already; if so, writes a reference to it. */
    boolean reference(Object o) throws IOException {
      Integer at = seen.get(o);
      if (at != null) {
        out.writeByte(REF);
        varint(at);
        return true;
      }
      seen.put(o, seen.size());
      return false;
    }

    void value(@Nullable Object v, @Nullable Type declared) throws IOException {
      if (v == null) {
        out.writeByte(NULL);
      } else if (v instanceof Boolean b) {
        out.writeByte(b ? TRUE : FALSE);
      } else if (v instanceof Integer i) {
        out.writeByte(INT);
        varint(i);
      } else if (v instanceof Long l) {
        out.writeByte(LONG);
        varint(l);
      } else if (v instanceof String s) {
        out.writeByte(STRING);
        string(s);
      } else if (v instanceof BigDecimal d) {
        out.writeByte(DECIMAL);
        varint(d.scale());
        byte[] b = d.unscaledValue().toByteArray();
        varint(b.length);
        out.write(b);
      } else if (v instanceof LocalDate d) {
        out.writeByte(DATE);
        varint(d.toEpochDay());
      } else if (v instanceof Enum<?> e) {
        out.writeByte(ENUM);
        type(e.getDeclaringClass());
        string(e.name());
      } else if (v instanceof Byte b) {
        out.writeByte(BYTE);
        out.writeByte(b);
      } else if (v instanceof Short s) {
        out.writeByte(SHORT);
        varint(s);
      } else if (v instanceof Character c) {
        out.writeByte(CHAR);
        out.writeChar(c);
      } else if (v instanceof Float f) {
        out.writeByte(FLOAT);
        out.writeFloat(f);
      } else if (v instanceof Double d) {
        out.writeByte(DOUBLE);
        out.writeDouble(d);
      } else if (v instanceof BigInteger b) {
        out.writeByte(BIG_INTEGER);
        byte[] bytes = b.toByteArray();
        varint(bytes.length);
        out.write(bytes);
      } else if (v instanceof LocalDateTime t) {
        out.writeByte(DATE_TIME);
        varint(t.toLocalDate().toEpochDay());
        varint(t.toLocalTime().toNanoOfDay());
      } else if (v instanceof java.time.OffsetDateTime t) {
        out.writeByte(OFFSET_DATE_TIME);
        varint(t.toLocalDate().toEpochDay());
        varint(t.toLocalTime().toNanoOfDay());
        varint(t.getOffset().getTotalSeconds());
      } else if (v instanceof Instant t) {
        out.writeByte(INSTANT);
        varint(t.getEpochSecond());
        varint(t.getNano());
      } else if (v instanceof YearMonth m) {
        out.writeByte(YEAR_MONTH);
        varint(m.getYear());
        varint(m.getMonthValue());
      } else if (v instanceof StringBuilder sb) {
        if (!reference(sb)) {
          out.writeByte(BUILDER);
          string(sb.toString());
        }
      } else if (v instanceof BitSet bits) {
        if (!reference(bits)) {
          out.writeByte(BIT_SET);
          long[] words = bits.toLongArray();
          varint(words.length);
          for (long w : words) {
            out.writeLong(w);
          }
        }
      } else if (v.getClass().isArray()) {
        if (!reference(v)) {
          array(v);
        }
      } else if (v instanceof EnumSet<?> s) {
        if (!reference(v)) {
          out.writeByte(ENUM_SET);
          Class<?> element =
              enumType(s.isEmpty() ? null : s.iterator().next(), argument(declared, 0), v);
          type(element);
          varint(s.size());
          for (Object e : s) {
            string(((Enum<?>) e).name());
          }
        }
      } else if (v instanceof EnumMap<?, ?> m) {
        if (!reference(v)) {
          out.writeByte(ENUM_MAP);
          Class<?> key =
              enumType(m.isEmpty() ? null : m.keySet().iterator().next(), argument(declared, 0), v);
          type(key);
          varint(m.size());
          for (Map.Entry<?, ?> e : m.entrySet()) {
            string(((Enum<?>) e.getKey()).name());
            value(e.getValue(), argument(declared, 1));
          }
        }
      } else if (v instanceof Map<?, ?> m) {
        if (!reference(v)) {
          map(m, declared);
        }
      } else if (v instanceof Collection<?> c) {
        if (!reference(v)) {
          collection(c, declared);
        }
      } else if (SHAPE.get(v.getClass()) == Shape.EPAR_RECORD) {
        out.writeByte(RECORD);
        type(v.getClass());
        MethodHandle[] acc = accessors(v.getClass());
        Type[] types = declared(v.getClass());
        for (int i = 0; i < acc.length; i++) {
          value(invoke(acc[i], v), types[i]);
        }
      } else if (SHAPE.get(v.getClass()) == Shape.EPAR_OBJECT) {
        if (!reference(v)) {
          out.writeByte(OBJECT);
          type(v.getClass());
          List<Field> fields = fields(v.getClass());
          Type[] types = declared(v.getClass());
          for (int i = 0; i < types.length; i++) {
            value(get(fields.get(i), v), types[i]);
          }
        }
      } else {
        throw new IllegalArgumentException(
            "a state holds a " + v.getClass().getName() + ", which no state may hold");
      }
    }

    private Class<?> enumType(@Nullable Object first, @Nullable Type declared, Object holder) {
      if (first != null) {
        return ((Enum<?>) first).getDeclaringClass();
      }
      Class<?> c = raw(declared);
      if (c != null && c.isEnum()) {
        return c;
      }
      throw new IllegalArgumentException(
          "an empty " + holder.getClass().getSimpleName() + " whose enum type is not declared");
    }

    private void array(Object v) throws IOException {
      out.writeByte(ARRAY);
      Class<?> component = v.getClass().getComponentType();
      int n = Array.getLength(v);
      if (component.isPrimitive()) {
        out.writeUTF(component.getName());
        varint(n);
        if (component == byte.class) {
          out.write((byte[]) v);
        } else if (component == int.class) {
          if (sink != null) {
            sink.writeZigZag((int[]) v);
          } else {
            for (int x : (int[]) v) {
              varint(x);
            }
          }
        } else if (component == long.class) {
          if (sink != null) {
            sink.writeZigZag((long[]) v);
          } else {
            for (long x : (long[]) v) {
              varint(x);
            }
          }
        } else if (component == boolean.class) {
          for (boolean x : (boolean[]) v) {
            out.writeBoolean(x);
          }
        } else if (component == char.class) {
          for (char x : (char[]) v) {
            out.writeChar(x);
          }
        } else if (component == short.class) {
          for (short x : (short[]) v) {
            varint(x);
          }
        } else if (component == double.class) {
          for (double x : (double[]) v) {
            out.writeDouble(x);
          }
        } else {
          for (float x : (float[]) v) {
            out.writeFloat(x);
          }
        }
      } else {
        out.writeUTF("");
        type(component);
        varint(n);
        for (int i = 0; i < n; i++) {
          value(Array.get(v, i), component);
        }
      }
    }

    private void collection(Collection<?> c, @Nullable Type declared) throws IOException {
      String name = c.getClass().getName();
      int kind;
      boolean sort = false;
      if (c instanceof ArrayList<?>) {
        kind = ARRAY_LIST;
      } else if (c instanceof LinkedList<?>) {
        kind = LINKED_LIST;
      } else if (c instanceof ArrayDeque<?>) {
        kind = ARRAY_DEQUE;
      } else if (c instanceof LinkedHashSet<?>) {
        kind = LINKED_HASH_SET;
      } else if (c instanceof HashSet<?>) {
        kind = HASH_SET;
        sort = true;
      } else if (c instanceof TreeSet<?> t) {
        kind = treeKind(t.comparator(), TREE_SET, TREE_SET_REVERSED, name);
      } else if (name.startsWith("java.util.ImmutableCollections$List")
          || name.startsWith("java.util.ImmutableCollections$SubList")
          || name.equals("java.util.Collections$EmptyList")
          || name.equals("java.util.Collections$SingletonList")
          || name.equals("java.util.Arrays$ArrayList")) {
        kind = IMMUTABLE_LIST;
      } else if (name.startsWith("java.util.ImmutableCollections$Set")
          || name.equals("java.util.Collections$EmptySet")
          || name.equals("java.util.Collections$SingletonSet")) {
        kind = IMMUTABLE_SET;
        sort = true;
      } else if (name.startsWith("java.util.Collections$Unmodifiable") && c instanceof List<?>) {
        kind = UNMODIFIABLE_LIST;
      } else if (name.startsWith("java.util.Collections$Unmodifiable") && c instanceof Set<?>) {
        kind = UNMODIFIABLE_SET;
        sort = !(name.contains("Sorted") || name.contains("Navigable"));
      } else {
        throw new IllegalArgumentException("a state holds a " + name + ", which no state may hold");
      }
      out.writeByte(COLLECTION);
      out.writeByte(kind);
      varint(c.size());
      Type element = argument(declared, 0);
      Iterable<?> items = c;
      if (sort) {
        List<Object> sorted = new ArrayList<>(c);
        sorted.sort(CANONICAL);
        items = sorted;
      }
      for (Object o : items) {
        value(o, element);
      }
    }

    private int treeKind(@Nullable Comparator<?> cmp, int natural, int reversed, String name) {
      if (cmp == null || cmp == Comparator.naturalOrder()) {
        return natural;
      }
      if (cmp == Collections.reverseOrder() || cmp == Comparator.reverseOrder()) {
        return reversed;
      }
      throw new IllegalArgumentException(
          "a state holds a " + name + " ordered by " + cmp.getClass().getName() + ", not data");
    }

    private void map(Map<?, ?> m, @Nullable Type declared) throws IOException {
      String name = m.getClass().getName();
      int kind;
      boolean sort = false;
      if (m instanceof LinkedHashMap<?, ?>) {
        kind = LINKED_HASH_MAP;
      } else if (m instanceof HashMap<?, ?>) {
        kind = HASH_MAP;
        sort = true;
      } else if (m instanceof ConcurrentHashMap<?, ?>) {
        kind = CONCURRENT_HASH_MAP;
        sort = true;
      } else if (m instanceof TreeMap<?, ?> t) {
        kind = treeKind(t.comparator(), TREE_MAP, TREE_MAP_REVERSED, name);
      } else if (name.startsWith("java.util.ImmutableCollections$Map")
          || name.equals("java.util.Collections$EmptyMap")
          || name.equals("java.util.Collections$SingletonMap")) {
        kind = IMMUTABLE_MAP;
        sort = true;
      } else if (name.startsWith("java.util.Collections$Unmodifiable")) {
        kind = UNMODIFIABLE_MAP;
        sort = !(name.contains("Sorted") || name.contains("Navigable"));
      } else {
        throw new IllegalArgumentException("a state holds a " + name + ", which no state may hold");
      }
      out.writeByte(MAP);
      out.writeByte(kind);
      varint(m.size());
      Type keyType = argument(declared, 0);
      Type valueType = argument(declared, 1);
      Iterable<? extends Map.Entry<?, ?>> entries = m.entrySet();
      if (sort) {
        List<Map.Entry<?, ?>> sorted = new ArrayList<>(m.entrySet());
        sorted.sort((a, b) -> compare(a.getKey(), b.getKey()));
        entries = sorted;
      }
      for (Map.Entry<?, ?> e : entries) {
        value(e.getKey(), keyType);
        value(e.getValue(), valueType);
      }
    }
  }

  private static final class Reader {
    private final DataInput in;
    private final ClassLoader loader;
    private final List<Class<?>> classes = new ArrayList<>();
    private final List<Object> seen = new ArrayList<>();

    Reader(DataInput in, ClassLoader loader) {
      this.in = in;
      this.loader = loader;
    }

    long varint() throws IOException {
      long z = 0;
      int shift = 0;
      while (true) {
        int b = in.readUnsignedByte();
        z |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          break;
        }
        shift += 7;
        if (shift > 63) {
          throw new IOException("a number in the state is too long");
        }
      }
      return (z >>> 1) ^ -(z & 1);
    }

    int size() throws IOException {
      long n = varint();
      if (n < 0 || n > Integer.MAX_VALUE - 8) {
        throw new IOException("a size in the state is out of range: " + n);
      }
      return (int) n;
    }

    String string() throws IOException {
      byte[] b = new byte[size()];
      in.readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }

    Class<?> type() throws IOException {
      long i = varint();
      if (i > 0) {
        if (i > classes.size()) {
          throw new IOException("a class reference in the state is out of range");
        }
        return classes.get((int) i - 1);
      }
      String name = in.readUTF();
      Class<?> c;
      try {
        c = Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IOException("the state names a class this JVM does not have: " + name, e);
      }
      // only enums, arrays' component types, records and EPAR classes are named; the tags that
      // build instances check their class (enumConstant, record, object)
      classes.add(c);
      return c;
    }

    <T> T register(T o) {
      seen.add(o);
      return o;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Nullable Object value() throws IOException {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case NULL:
          return null;
        case TRUE:
          return Boolean.TRUE;
        case FALSE:
          return Boolean.FALSE;
        case BYTE:
          return in.readByte();
        case SHORT:
          return (short) varint();
        case CHAR:
          return in.readChar();
        case INT:
          return (int) varint();
        case LONG:
          return varint();
        case FLOAT:
          return in.readFloat();
        case DOUBLE:
          return in.readDouble();
        case STRING:
          return string();
        case DECIMAL:
          {
            int scale = (int) varint();
            byte[] b = new byte[size()];
            in.readFully(b);
            return new BigDecimal(new BigInteger(b), scale);
          }
        case BIG_INTEGER:
          {
            byte[] b = new byte[size()];
            in.readFully(b);
            return new BigInteger(b);
          }
        case DATE:
          return LocalDate.ofEpochDay(varint());
        case DATE_TIME:
          return LocalDateTime.of(
              LocalDate.ofEpochDay(varint()), java.time.LocalTime.ofNanoOfDay(varint()));
        case OFFSET_DATE_TIME:
          return java.time.OffsetDateTime.of(
              LocalDate.ofEpochDay(varint()),
              java.time.LocalTime.ofNanoOfDay(varint()),
              java.time.ZoneOffset.ofTotalSeconds((int) varint()));
        case INSTANT:
          return Instant.ofEpochSecond(varint(), varint());
        case YEAR_MONTH:
          return YearMonth.of((int) varint(), (int) varint());
        case ENUM:
          return enumConstant(type(), string());
        case BUILDER:
          return register(new StringBuilder(string()));
        case BIT_SET:
          {
            BitSet bits = register(new BitSet());
            long[] words = new long[size()];
            for (int i = 0; i < words.length; i++) {
              words[i] = in.readLong();
            }
            bits.or(BitSet.valueOf(words));
            return bits;
          }
        case ARRAY:
          return array();
        case COLLECTION:
          return collection();
        case MAP:
          return map();
        case ENUM_SET:
          {
            Class type = type();
            EnumSet set = register(EnumSet.noneOf(type));
            int n = size();
            for (int i = 0; i < n; i++) {
              set.add(enumConstant(type, string()));
            }
            return set;
          }
        case ENUM_MAP:
          {
            Class type = type();
            EnumMap map = register(new EnumMap(type));
            int n = size();
            for (int i = 0; i < n; i++) {
              Enum<?> k = enumConstant(type, string());
              map.put(k, value());
            }
            return map;
          }
        case RECORD:
          return record(type());
        case OBJECT:
          return object(type());
        case REF:
          {
            long at = varint();
            if (at < 0 || at >= seen.size()) {
              throw new IOException("a reference in the state is out of range");
            }
            return seen.get((int) at);
          }
        default:
          throw new IOException("the state has an unknown tag " + tag);
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Enum<?> enumConstant(Class type, String name) throws IOException {
      if (!type.isEnum()) {
        throw new IOException(type.getName() + " is not an enum");
      }
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw new IOException(type.getName() + " has no constant " + name, e);
      }
    }

    private Object array() throws IOException {
      String primitive = in.readUTF();
      if (primitive.isEmpty()) {
        Class<?> component = type();
        int n = size();
        Object a = register(Array.newInstance(component, n));
        for (int i = 0; i < n; i++) {
          Array.set(a, i, value());
        }
        return a;
      }
      int n = size();
      switch (primitive) {
        case "byte":
          {
            byte[] a = register(new byte[n]);
            in.readFully(a);
            return a;
          }
        case "int":
          {
            int[] a = register(new int[n]);
            for (int i = 0; i < n; i++) {
              a[i] = (int) varint();
            }
            return a;
          }
        case "long":
          {
            long[] a = register(new long[n]);
            for (int i = 0; i < n; i++) {
              a[i] = varint();
            }
            return a;
          }
        case "boolean":
          {
            boolean[] a = register(new boolean[n]);
            for (int i = 0; i < n; i++) {
              a[i] = in.readBoolean();
            }
            return a;
          }
        case "char":
          {
            char[] a = register(new char[n]);
            for (int i = 0; i < n; i++) {
              a[i] = in.readChar();
            }
            return a;
          }
        case "short":
          {
            short[] a = register(new short[n]);
            for (int i = 0; i < n; i++) {
              a[i] = (short) varint();
            }
            return a;
          }
        case "double":
          {
            double[] a = register(new double[n]);
            for (int i = 0; i < n; i++) {
              a[i] = in.readDouble();
            }
            return a;
          }
        case "float":
          {
            float[] a = register(new float[n]);
            for (int i = 0; i < n; i++) {
              a[i] = in.readFloat();
            }
            return a;
          }
        default:
          throw new IOException("the state has an array of unknown type " + primitive);
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object collection() throws IOException {
      int kind = in.readUnsignedByte();
      int n = size();
      int slot = seen.size();
      seen.add(null); // reserved: immutable collections are built after their elements
      Collection c;
      switch (kind) {
        case ARRAY_LIST:
          c = new ArrayList<>(n);
          break;
        case LINKED_LIST:
          c = new LinkedList<>();
          break;
        case ARRAY_DEQUE:
          c = new ArrayDeque<>(Math.max(n, 1));
          break;
        case HASH_SET:
          c = new HashSet<>(Math.max(16, (int) (n / 0.75f) + 1));
          break;
        case LINKED_HASH_SET:
          c = new LinkedHashSet<>(Math.max(16, (int) (n / 0.75f) + 1));
          break;
        case TREE_SET:
          c = new TreeSet<>();
          break;
        case TREE_SET_REVERSED:
          c = new TreeSet<>(Collections.reverseOrder());
          break;
        case IMMUTABLE_LIST:
        case UNMODIFIABLE_LIST:
          c = new ArrayList<>(n);
          break;
        case IMMUTABLE_SET:
        case UNMODIFIABLE_SET:
          c = new LinkedHashSet<>();
          break;
        default:
          throw new IOException("the state has a collection of unknown kind " + kind);
      }
      if (kind < IMMUTABLE_LIST) {
        seen.set(slot, c);
      }
      for (int i = 0; i < n; i++) {
        c.add(value());
      }
      Object result = c;
      if (kind == IMMUTABLE_LIST) {
        result = c.contains(null) ? Collections.unmodifiableList((List) c) : List.copyOf(c);
      } else if (kind == IMMUTABLE_SET) {
        result = Collections.unmodifiableSet((Set) c);
      } else if (kind == UNMODIFIABLE_LIST) {
        result = Collections.unmodifiableList((List) c);
      } else if (kind == UNMODIFIABLE_SET) {
        result = Collections.unmodifiableSet((Set) c);
      }
      seen.set(slot, result);
      return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object map() throws IOException {
      int kind = in.readUnsignedByte();
      int n = size();
      int slot = seen.size();
      seen.add(null);
      Map m;
      switch (kind) {
        case HASH_MAP:
          m = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
          break;
        case CONCURRENT_HASH_MAP:
          m = new ConcurrentHashMap<>(Math.max(16, n));
          break;
        case LINKED_HASH_MAP:
        case IMMUTABLE_MAP:
        case UNMODIFIABLE_MAP:
          m = new LinkedHashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
          break;
        case TREE_MAP:
          m = new TreeMap<>();
          break;
        case TREE_MAP_REVERSED:
          m = new TreeMap<>(Collections.reverseOrder());
          break;
        default:
          throw new IOException("the state has a map of unknown kind " + kind);
      }
      if (kind != IMMUTABLE_MAP && kind != UNMODIFIABLE_MAP) {
        seen.set(slot, m);
      }
      for (int i = 0; i < n; i++) {
        Object k = value();
        m.put(k, value());
      }
      Object result = m;
      if (kind == IMMUTABLE_MAP || kind == UNMODIFIABLE_MAP) {
        result = Collections.unmodifiableMap(m);
      }
      seen.set(slot, result);
      return result;
    }

    private Object record(Class<?> type) throws IOException {
      if (!type.isRecord() || !isEpar(type)) {
        throw new IOException(type.getName() + " is not an EPAR record");
      }
      Object[] args = new Object[declared(type).length];
      for (int i = 0; i < args.length; i++) {
        args[i] = value();
      }
      try {
        return canonical(type).newInstance(args);
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        throw new IOException("cannot rebuild record " + type.getName(), e);
      }
    }

    private Object object(Class<?> type) throws IOException {
      if (!isEpar(type) || type.isRecord() || type.isEnum() || type.isInterface()) {
        throw new IOException(type.getName() + " is not an EPAR class");
      }
      Object o = register(Instantiator.allocate(type));
      for (Field f : fields(type)) {
        Object v = value();
        try {
          f.set(o, v);
        } catch (IllegalAccessException | IllegalArgumentException e) {
          throw new IOException("cannot restore " + type.getName() + "." + f.getName(), e);
        }
      }
      return o;
    }
  }

  /** Makes an instance without running a constructor, as Java serialization does. */
  private static final class Instantiator {
    private static final Object UNSAFE;
    private static final Method ALLOCATE;

    static {
      try {
        Class<?> unsafe = Class.forName("sun.misc.Unsafe");
        Field f = unsafe.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        UNSAFE = f.get(null);
        ALLOCATE = unsafe.getMethod("allocateInstance", Class.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    static Object allocate(Class<?> type) throws IOException {
      try {
        return ALLOCATE.invoke(UNSAFE, type);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot make an instance of " + type.getName(), e);
      }
    }
  }
}
