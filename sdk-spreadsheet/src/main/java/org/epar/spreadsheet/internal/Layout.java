package org.epar.spreadsheet.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.epar.core.id.Identifier;
import org.epar.core.model.EparRecord;
import org.epar.core.model.RecordType;
import org.epar.core.model.Report;
import org.epar.core.model.Terms;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The columns of one record type's sheet, derived from the record's components: one column per
 * scalar or collection-of-scalars component, and, for the one list of nested records a type may
 * have ({@code Household.members}, {@code Village.naturalVillages}), one column per field of the
 * nested record, written one row per nested item with the parent's columns repeated.
 *
 * <p>Reports ({@link Report}) have headers and several nested lists; they are sent with the
 * reporting protocol, not kept in a spreadsheet, and have no layout.
 */
public final class Layout {

  private static final Map<RecordType, Layout> LAYOUTS = build();

  private final RecordType type;
  private final String sheetName;
  private final List<Column> columns;
  private final Constructor<?> constructor;
  private final RecordComponent[] components;
  private final @Nullable Nested nested;
  private final Map<String, Column> byHeader = new HashMap<>();

  /** The nested record of a type with one: its list component and constructor. */
  record Nested(int index, Constructor<?> constructor, RecordComponent[] components) {}

  private Layout(RecordType type) {
    this.type = type;
    this.sheetName = Labels.sheet(type.wireName());
    Class<?> javaType = type.javaType();
    this.components = javaType.getRecordComponents();
    this.constructor = canonical(javaType, components);
    List<Column> cols = new ArrayList<>();
    Nested nestedPart = null;
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Class<?> raw = c.getType();
      Optional<Class<?>> element = elementType(c.getGenericType());
      if (element.isPresent()
          && element.get().isRecord()
          && !Identifier.class.isAssignableFrom(element.get())) {
        if (nestedPart != null) {
          throw new IllegalStateException(type + " has two nested lists");
        }
        Class<?> n = element.get();
        RecordComponent[] nc = n.getRecordComponents();
        nestedPart = new Nested(i, canonical(n, nc), nc);
        String owner = snake(n.getSimpleName());
        for (int j = 0; j < nc.length; j++) {
          Class<?> t = nc[j].getType();
          cols.add(
              new Column(
                  c.getName() + "." + nc[j].getName(),
                  Labels.column(owner, nc[j].getName()),
                  kindOf(t, type),
                  t,
                  false,
                  true,
                  j,
                  false));
        }
      } else if (element.isPresent()) {
        cols.add(
            new Column(
                c.getName(),
                Labels.column(type.wireName(), c.getName()),
                kindOf(element.get(), type),
                element.get(),
                true,
                false,
                i,
                false));
      } else {
        boolean required =
            !raw.isPrimitive()
                && !c.isAnnotationPresent(org.jspecify.annotations.Nullable.class)
                && !c.getAnnotatedType()
                    .isAnnotationPresent(org.jspecify.annotations.Nullable.class);
        cols.add(
            new Column(
                c.getName(),
                Labels.column(type.wireName(), c.getName()),
                kindOf(raw, type),
                raw,
                false,
                false,
                i,
                required));
      }
    }
    this.columns = List.copyOf(cols);
    this.nested = nestedPart;
    for (Column col : columns) {
      index(col.label(), col);
      index(col.path(), col);
    }
    // the generic header of a field (名称 for 县名称) is accepted too where it is unambiguous
    for (Column col : columns) {
      String generic = Labels.raw(col.field());
      if (generic != null && !col.nested()) {
        byHeader.putIfAbsent(normalise(generic), col);
      }
    }
  }

  private void index(String header, Column col) {
    Column previous = byHeader.putIfAbsent(normalise(header), col);
    if (previous != null && previous != col) {
      throw new IllegalStateException(
          type + ": header " + header + " names " + previous.path() + " and " + col.path());
    }
  }

  /**
   * The layout of a record type.
   *
   * @param type the type
   * @return its layout, or empty for a report
   */
  public static Optional<Layout> of(RecordType type) {
    return Optional.ofNullable(LAYOUTS.get(type));
  }

  /**
   * The layout whose sheet is named {@code name}: its Chinese name, its wire name or its constant
   * name (case and surrounding spaces ignored).
   *
   * @param name a sheet name
   * @return the layout, or empty
   */
  public static Optional<Layout> forSheet(String name) {
    String n = normalise(name);
    for (Layout l : LAYOUTS.values()) {
      if (normalise(l.sheetName).equals(n)
          || l.type.wireName().equals(n)
          || normalise(l.type.name()).equals(n)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * @return the record type
   */
  public RecordType type() {
    return type;
  }

  /**
   * @return the Chinese sheet name
   */
  public String sheetName() {
    return sheetName;
  }

  /**
   * @return the columns, in template order
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * @return whether the type has nested rows
   */
  public boolean hasNested() {
    return nested != null;
  }

  /**
   * The column a header names, in Chinese or English (case and surrounding spaces ignored).
   *
   * @param header a header cell
   * @return the column, or empty
   */
  public Optional<Column> column(String header) {
    return Optional.ofNullable(byHeader.get(normalise(header)));
  }

  /**
   * The value of a parent column in a record.
   *
   * @param record a record of this type
   * @param column a column that is not nested
   * @return the component's value
   */
  public @Nullable Object value(EparRecord record, Column column) {
    return access(components[column.index()], record);
  }

  /**
   * The nested items of a record (members of a household...).
   *
   * @param record a record of this type
   * @return the items; empty when the type has none
   */
  public List<?> nestedItems(EparRecord record) {
    if (nested == null) {
      return List.of();
    }
    Object v = access(components[nested.index()], record);
    return v instanceof List<?> l ? l : List.of();
  }

  /**
   * The value of a nested column in a nested item.
   *
   * @param item a nested item
   * @param column a nested column
   * @return the component's value
   */
  public @Nullable Object nestedValue(Object item, Column column) {
    if (nested == null) {
      throw new IllegalStateException(type + " has no nested rows");
    }
    return access(nested.components()[column.index()], item);
  }

  /**
   * Builds a nested item with its canonical constructor.
   *
   * @param args one argument per component
   * @return the item
   */
  public Object newNested(@Nullable Object[] args) {
    if (nested == null) {
      throw new IllegalStateException(type + " has no nested rows");
    }
    return construct(nested.constructor(), args);
  }

  /**
   * Builds a record with its canonical constructor.
   *
   * @param args one argument per component; the nested list at its index
   * @return the record
   */
  public EparRecord newRecord(@Nullable Object[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof List<?> l && Set.class.isAssignableFrom(components[i].getType())) {
        args[i] = new LinkedHashSet<>(l);
      }
    }
    return (EparRecord) construct(constructor, args);
  }

  /**
   * @return how many components the record has
   */
  public int arity() {
    return components.length;
  }

  /**
   * @return the index of the nested list component, or -1
   */
  public int nestedIndex() {
    return nested == null ? -1 : nested.index();
  }

  /**
   * @return how many components a nested item has, or 0
   */
  public int nestedArity() {
    return nested == null ? 0 : nested.components().length;
  }

  /**
   * The default of a component with no value: 0, false, an empty collection or null.
   *
   * @param nestedItem whether the component is of the nested record
   * @param index the component index
   * @return the default
   */
  public @Nullable Object defaultValue(boolean nestedItem, int index) {
    RecordComponent c =
        nestedItem && nested != null ? nested.components()[index] : components[index];
    Class<?> t = c.getType();
    if (t == int.class) {
      return 0;
    }
    if (t == long.class) {
      return 0L;
    }
    if (t == boolean.class) {
      return false;
    }
    if (List.class.isAssignableFrom(t)) {
      return List.of();
    }
    if (Set.class.isAssignableFrom(t)) {
      return Set.of();
    }
    return null;
  }

  static String normalise(String header) {
    return header.strip().replace('\u3000', ' ').strip().toLowerCase(Locale.ROOT);
  }

  private static Map<RecordType, Layout> build() {
    Map<RecordType, Layout> m = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      if (!Report.class.isAssignableFrom(t.javaType())) {
        m.put(t, new Layout(t));
      }
    }
    return m;
  }

  private static Kind kindOf(Class<?> t, RecordType owner) {
    if (t == String.class) {
      return Kind.TEXT;
    }
    if (t.isRecord() && Identifier.class.isAssignableFrom(t)) {
      return Kind.IDENTIFIER;
    }
    if (t.isEnum() && Terms.hasTerms(t)) {
      return Kind.ENUM;
    }
    if (t == boolean.class || t == Boolean.class) {
      return Kind.BOOLEAN;
    }
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return Kind.INT;
    }
    if (t == BigDecimal.class) {
      return Kind.DECIMAL;
    }
    if (t == Money.class) {
      return Kind.MONEY;
    }
    if (t == LocalDate.class) {
      return Kind.DATE;
    }
    if (t == OffsetDateTime.class) {
      return Kind.DATE_TIME;
    }
    throw new IllegalStateException(owner + ": no spreadsheet column for " + t.getName());
  }

  private static Optional<Class<?>> elementType(Type generic) {
    if (generic instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)
        && p.getActualTypeArguments()[0] instanceof Class<?> e) {
      return Optional.of(e);
    }
    return Optional.empty();
  }

  private static Constructor<?> canonical(Class<?> type, RecordComponent[] cs) {
    Class<?>[] types = new Class<?>[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
    }
    try {
      return type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no canonical constructor", e);
    }
  }

  private static @Nullable Object access(RecordComponent c, Object target) {
    try {
      return c.getAccessor().invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static Object construct(Constructor<?> c, @Nullable Object[] args) {
    try {
      return c.newInstance(args);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot build " + c.getDeclaringClass().getSimpleName(), e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(
          "cannot build " + c.getDeclaringClass().getSimpleName(), cause);
    }
  }

  private static String snake(String simpleName) {
    return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
