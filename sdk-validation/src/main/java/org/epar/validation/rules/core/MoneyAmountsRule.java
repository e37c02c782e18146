package org.epar.validation.rules.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.epar.core.model.EparRecord;
import org.epar.core.money.Money;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;

/**
 * CORE-MONEY-01: amounts are in yuan with at most {@code max_decimals} decimals (fen), never
 * negative, never NaN or infinite.
 *
 * <p>The pattern for record rules: the ID comes from the catalog, the threshold from the profile
 * ({@code ctx.settings().integer("max_decimals")}), findings through the sink's helpers with the
 * JSON path of the offending property. This rule looks at any Java record: every component of type
 * {@link BigDecimal}, {@code double} or {@code float}, also inside nested records, lists and maps,
 * is an amount, and so is every {@link Money} (exact by construction, so only its sign is
 * checked). Model records are located by their wire type and {@link EparRecord#key()}. Paths use the snake_case JSON names, e.g. {@code allocations[1].amount}.
 *
 * @since 0.1.0
 */
public final class MoneyAmountsRule implements RecordRule<Record> {

  /** The rule ID. */
  public static final String ID = "CORE-MONEY-01";

  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] c = type.getRecordComponents();
          return c == null ? new RecordComponent[0] : c;
        }
      };

  /** Creates the rule; it is stateless. */
  public MoneyAmountsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Class<Record> type() {
    return Record.class;
  }

  @Override
  public void check(Record record, RuleContext ctx, FindingSink sink) {
    int maxDecimals = Math.toIntExact(ctx.settings().integer("max_decimals"));
    String type = record.getClass().getSimpleName();
    String id = objectId(record);
    if (record instanceof EparRecord r) {
      type = r.recordType().wireName();
      id = r.key();
    }
    walk(record, "", maxDecimals, type, id, sink, 0);
  }

  private static void walk(
      Object value, String path, int maxDecimals, String type, String id, FindingSink sink,
      int depth) {
    if (depth > 16) {
      return; // guard against pathological nesting
    }
    if (value instanceof Money m) {
      if (m.isNegative()) {
        sink.violation(sink.location(type, id, path), m.toString(), String.valueOf(maxDecimals));
      }
    } else if (value instanceof BigDecimal d) {
      if (d.signum() < 0 || d.stripTrailingZeros().scale() > maxDecimals) {
        sink.violation(sink.location(type, id, path), d.toPlainString(),
            String.valueOf(maxDecimals));
      }
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d) || d < 0
          || BigDecimal.valueOf(d).stripTrailingZeros().scale() > maxDecimals) {
        sink.violation(sink.location(type, id, path), String.valueOf(d),
            String.valueOf(maxDecimals));
      }
    } else if (value instanceof Record r) {
      for (RecordComponent c : COMPONENTS.get(r.getClass())) {
        Object v = read(c, r);
        if (v != null) {
          String name = snake(c.getName());
          walk(v, path.isEmpty() ? name : path + "." + name, maxDecimals, type, id, sink,
              depth + 1);
        }
      }
    } else if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object v : list) {
        if (v != null) {
          walk(v, path + "[" + i + "]", maxDecimals, type, id, sink, depth + 1);
        }
        i++;
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) {
          walk(e.getValue(), path + "." + e.getKey(), maxDecimals, type, id, sink, depth + 1);
        }
      }
    }
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return null; // unreadable component: nothing to check
    }
  }

  private static String objectId(Record r) {
    for (RecordComponent c : COMPONENTS.get(r.getClass())) {
      if (c.getName().equals("id")) {
        Object v = read(c, r);
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
