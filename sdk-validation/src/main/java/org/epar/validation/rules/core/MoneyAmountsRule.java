package org.epar.validation.rules.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.epar.core.model.EparRecord;
import org.epar.core.money.Money;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CORE-MONEY-01: amounts of money are in yuan with at most {@code max_decimals} decimals (fen),
 * never NaN or infinite, and never negative where the model declares the amount unsigned.
 *
 * <p>Reading (catalog revision 2): only money is judged. In the EPAR model (the records of {@code
 * org.epar.core}) money is exactly what the model types as {@link Money}, also inside nested
 * records, lists and maps: a fund, a payment, a price, a sale, a subsidy. Money is exact to the fen
 * by construction, so only its sign is checked. Signed money may be negative: a change such as
 * {@code FundPerformance.income_growth} and {@code ReportStatistics.income_increase}. Decimals that
 * are not money are never judged here: a site's floor area ({@code floor_area} 10.125 m²), a
 * progress ratio ({@code progress.construction} 0.405), an annual report's indicators (−0.05);
 * their own rules judge them (DM-SITE-04/09, DM-VETO-01, the share targets). A Java record outside
 * the model declares no money type, so there every component of type {@link BigDecimal}, {@code
 * double} or {@code float} is taken as an amount (the reading of 0.1 for such records).
 *
 * <p>The pattern for record rules: the ID comes from the catalog, the threshold from the profile
 * ({@code ctx.settings().integer("max_decimals")}), findings through the sink's helpers with the
 * JSON path of the offending property. Model records are located by their wire type and {@link
 * EparRecord#key()}. Paths use the snake_case JSON names, e.g. {@code allocations[1].amount}.
 *
 * @since 0.1.0
 */
final class MoneyAmountsRule {

  /** The rule ID. */
  static final String ID = "CORE-MONEY-01";

  /** The rule; stateless. */
  static final RecordRule<Record> RULE =
      RecordRule.of(ID, Record.class, MoneyAmountsRule::accepts, MoneyAmountsRule::check);

  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] c = type.getRecordComponents();
          return c == null ? new RecordComponent[0] : c;
        }
      };

  /**
   * Per record class, the components whose declared type may hold an amount, with their accessor
   * made accessible once and their JSON name; computed once per class. A {@code Household} has
   * none, so walking it reads nothing (this was the rule's hotspot: reflection, {@code
   * setAccessible} and a snake_case conversion per component per record).
   */
  private static final ClassValue<Part[]> PLANS =
      new ClassValue<>() {
        @Override
        protected Part[] computeValue(Class<?> type) {
          List<Part> parts = new ArrayList<>();
          boolean moneyOnly = isModel(type);
          for (RecordComponent c : COMPONENTS.get(type)) {
            if (mayHoldAmount(c.getGenericType(), new HashSet<>(), moneyOnly)) {
              Method m = c.getAccessor();
              try {
                m.setAccessible(true);
              } catch (RuntimeException e) {
                // read() then fails and the component is skipped, as before
              }
              parts.add(
                  new Part(
                      m,
                      snake(c.getName()),
                      SIGNED.contains(type.getSimpleName() + "." + c.getName())));
            }
          }
          return parts.toArray(new Part[0]);
        }
      };

  /**
   * The model's signed money, as {@code RecordSimpleName.component}: a change may be negative
   * (revision 2: "signed money (a change, an income growth) may be negative").
   */
  private static final Set<String> SIGNED =
      Set.of("FundPerformance.incomeGrowth", "ReportStatistics.incomeIncrease");

  /** A component to walk: its accessor, its JSON name and whether its money is signed. */
  private record Part(Method accessor, String name, boolean signed) {}

  /** Whether a class belongs to the EPAR model, which types its money as {@link Money}. */
  static boolean isModel(Class<?> type) {
    return type.getPackageName().startsWith("org.epar.core");
  }

  /**
   * Whether a value of the declared type can be, or contain, something {@link #walk} checks: an
   * amount, or a record, collection or map it descends into. Conservative: any type whose values
   * may be of a subclass (an interface, {@code Object}, {@code Number}) may hold one.
   */
  static boolean mayHoldAmount(Type t, Set<Class<?>> seen, boolean moneyOnly) {
    if (t instanceof Class<?> c) {
      if (c.isPrimitive()) {
        return !moneyOnly && (c == double.class || c == float.class);
      }
      if (c == BigDecimal.class || c == Double.class || c == Float.class) {
        return !moneyOnly;
      }
      if (c == Money.class
          || Collection.class.isAssignableFrom(c)
          || Map.class.isAssignableFrom(c)) {
        return true;
      }
      if (c.isRecord()) {
        if (!seen.add(c)) {
          return false; // already being looked at further up
        }
        boolean inner = isModel(c);
        for (RecordComponent rc : COMPONENTS.get(c)) {
          if (mayHoldAmount(rc.getGenericType(), seen, inner)) {
            return true;
          }
        }
        return false;
      }
      // enums, strings, dates, arrays and other final classes are not walked
      return !(c.isEnum() || c.isArray() || Modifier.isFinal(c.getModifiers()));
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw) && args.length == 1) {
        return mayHoldAmount(args[0], seen, moneyOnly);
      }
      if (Map.class.isAssignableFrom(raw) && args.length == 2) {
        return mayHoldAmount(args[1], seen, moneyOnly);
      }
      return mayHoldAmount(raw, seen, moneyOnly);
    }
    return true; // type variables, wildcards: anything
  }

  private MoneyAmountsRule() {}

  /**
   * Declines the record classes with no component that can hold an amount.
   *
   * @param type a record class
   * @return whether its records can hold an amount
   */
  private static boolean accepts(Class<?> type) {
    return PLANS.get(type).length > 0;
  }

  private static void check(Record record, RuleContext ctx, FindingSink sink) {
    int maxDecimals = Math.toIntExact(ctx.settings().integer("max_decimals"));
    String type;
    String id;
    if (record instanceof EparRecord r) {
      type = r.recordType().wireName();
      id = r.key();
    } else {
      type = record.getClass().getSimpleName();
      id = objectId(record);
    }
    walk(record, new Trail(), maxDecimals, type, id, sink, 0, isModel(record.getClass()), false);
  }

  /**
   * The steps from the record to the value being walked (a component or map key name, or a list
   * position), turned into a JSON path only when a finding is emitted: building a path string for
   * every element walked was most of the rule's cost on a report of 100,000 transactions.
   */
  private static final class Trail {
    final String[] names = new String[18];
    final int[] positions = new int[18];

    /** The JSON path of the first {@code depth} steps. */
    String path(int depth) {
      StringBuilder b = new StringBuilder(32);
      for (int d = 0; d < depth; d++) {
        if (positions[d] >= 0) {
          b.append('[').append(positions[d]).append(']');
        } else if (d == 0 && names[d] != null) {
          b.append(names[d]);
        } else {
          b.append('.').append(names[d]);
        }
      }
      return b.toString();
    }

    /** Sets step {@code depth} to a component name or a map key. */
    void name(int depth, String name) {
      names[depth] = name;
      positions[depth] = -1;
    }

    void position(int depth, int i) {
      names[depth] = null;
      positions[depth] = i;
    }
  }

  private static void walk(
      Object value,
      Trail trail,
      int maxDecimals,
      String type,
      String id,
      FindingSink sink,
      int depth,
      boolean moneyOnly,
      boolean signed) {
    if (depth > 16) {
      return; // guard against pathological nesting
    }
    if (value instanceof Money m) {
      if (m.isNegative() && !signed) {
        sink.violation(
            sink.location(type, id, trail.path(depth)), m.toString(), String.valueOf(maxDecimals));
      }
    } else if (moneyOnly
        && (value instanceof BigDecimal || value instanceof Double || value instanceof Float)) {
      return; // not money in the model: an area, a ratio, an indicator
    } else if (value instanceof BigDecimal d) {
      if (d.signum() < 0 || d.stripTrailingZeros().scale() > maxDecimals) {
        sink.violation(
            sink.location(type, id, trail.path(depth)),
            d.toPlainString(),
            String.valueOf(maxDecimals));
      }
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)
          || Double.isInfinite(d)
          || d < 0
          || BigDecimal.valueOf(d).stripTrailingZeros().scale() > maxDecimals) {
        sink.violation(
            sink.location(type, id, trail.path(depth)),
            String.valueOf(d),
            String.valueOf(maxDecimals));
      }
    } else if (value instanceof Record r) {
      for (Part c : PLANS.get(r.getClass())) {
        Object v = read(c.accessor(), r);
        if (v != null) {
          trail.name(depth, c.name());
          walk(v, trail, maxDecimals, type, id, sink, depth + 1, isModel(r.getClass()), c.signed());
        }
      }
    } else if (value instanceof List<?> list && value instanceof RandomAccess) {
      for (int i = 0; i < list.size(); i++) {
        Object v = list.get(i);
        if (v != null) {
          trail.position(depth, i);
          walk(v, trail, maxDecimals, type, id, sink, depth + 1, moneyOnly, signed);
        }
      }
    } else if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object v : list) {
        if (v != null) {
          trail.position(depth, i);
          walk(v, trail, maxDecimals, type, id, sink, depth + 1, moneyOnly, signed);
        }
        i++;
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) {
          trail.name(depth, String.valueOf(e.getKey()));
          walk(e.getValue(), trail, maxDecimals, type, id, sink, depth + 1, moneyOnly, signed);
        }
      }
    }
  }

  private static @Nullable Object read(Method accessor, Record r) {
    try {
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return null; // unreadable component: nothing to check
    }
  }

  private static String objectId(Record r) {
    for (RecordComponent c : COMPONENTS.get(r.getClass())) {
      if (c.getName().equals("id")) {
        Method m = c.getAccessor();
        try {
          m.setAccessible(true);
        } catch (RuntimeException e) {
          return "";
        }
        Object v = read(m, r);
        return v == null ? "" : v.toString();
      }
    }
    return "";
  }

  /** camelCase to snake_case, the JSON naming of the model. */
  static String snake(String name) {
    StringBuilder b = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isUpperCase(ch)) {
        if (i > 0) {
          b.append('_');
        }
        b.append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
