package org.epar.grpc;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.money.Money;
import org.epar.core.period.PeriodType;
import org.epar.core.period.ReportingPeriod;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Test-scope generators for every model record, built from the record components by reflection
 * until sdk-testkit's {@code Models.of(RecordType)} lands. Values cover the edges the mapping must
 * keep: null, "", non-ASCII text, invalid identifiers, extreme money, decimal scale, date-time
 * offsets, empty and filled collections.
 */
final class ModelGen {

  private static final Gen<Integer> SMALL = integers().between(0, 3);
  private static final String[] TEXTS = {
    "", " ", "a", "村级站点", "Ünïcödé 🍎", "line\nbreak", "tab\tand \"quotes\"", "x".repeat(300)
  };
  private static final String[] IDS = {
    "91130425MA0A1B2C3D", "410102199003071234", "41010219900307123X", "130425100001", "130425",
    "not-an-id", "", " 13 ", "P91130425MA0A1B2C3D0001X", "06901234567892", "１２３"
  };

  private ModelGen() {}

  /** A generator of records (or enums, or any supported value type) of {@code type}. */
  static <T> Gen<T> of(Class<T> type) {
    return in -> type.cast(value(type, type, in, 0));
  }

  private static boolean maybe(RandomnessSource in) {
    return SMALL.generate(in) == 0;
  }

  private static Object value(Class<?> raw, Type generic, RandomnessSource in, int depth) {
    if (raw == String.class) {
      return maybe(in)
          ? "s" + longs().all().generate(in)
          : TEXTS[integers().between(0, TEXTS.length - 1).generate(in)];
    }
    if (raw == int.class || raw == Integer.class) {
      int k = integers().between(0, 4).generate(in);
      return k == 0 ? Integer.MIN_VALUE : k == 1 ? Integer.MAX_VALUE : k == 2 ? 0
          : integers().all().generate(in);
    }
    if (raw == long.class || raw == Long.class) {
      int k = integers().between(0, 3).generate(in);
      return k == 0 ? Long.MIN_VALUE : k == 1 ? Long.MAX_VALUE : longs().all().generate(in);
    }
    if (raw == boolean.class) {
      return integers().between(0, 1).generate(in) == 1;
    }
    if (raw == Money.class) {
      int k = integers().between(0, 4).generate(in);
      return Money.ofFen(k == 0 ? Long.MIN_VALUE : k == 1 ? Long.MAX_VALUE : k == 2 ? 0
          : longs().between(-10_000_000_000L, 10_000_000_000L).generate(in));
    }
    if (raw == BigDecimal.class) {
      BigInteger unscaled = BigInteger.valueOf(longs().all().generate(in));
      return new BigDecimal(unscaled, integers().between(-5, 12).generate(in));
    }
    if (raw == LocalDate.class) {
      return date(in);
    }
    if (raw == OffsetDateTime.class) {
      LocalDateTime t = date(in).atStartOfDay()
          .plusSeconds(integers().between(0, 86_399).generate(in))
          .plusNanos(maybe(in) ? 0 : integers().between(0, 999_999_999).generate(in));
      return OffsetDateTime.of(t, ZoneOffset.ofTotalSeconds(
          integers().between(-18 * 3600, 18 * 3600).generate(in)));
    }
    if (raw == ReportingPeriod.class) {
      PeriodType p = PeriodType.values()[integers().between(0, PeriodType.values().length - 1)
          .generate(in)];
      return ReportingPeriod.containing(p, LocalDate.of(
          integers().between(2000, 2030).generate(in), 1, 1)
          .plusDays(integers().between(0, 364).generate(in)));
    }
    if (raw == DivisionCode.class) {
      return new DivisionCode(id(in));
    }
    if (raw == CitizenId.class) {
      return new CitizenId(id(in));
    }
    if (raw == CreditCode.class) {
      return new CreditCode(id(in));
    }
    if (raw == TraceCode.class) {
      return new TraceCode(id(in));
    }
    if (raw.isEnum()) {
      Object[] c = raw.getEnumConstants();
      return c[integers().between(0, c.length - 1).generate(in)];
    }
    if (raw == List.class || raw == Set.class || raw == Map.class) {
      Type[] args = ((ParameterizedType) generic).getActualTypeArguments();
      int n = depth > 2 ? 0 : integers().between(0, 3).generate(in);
      if (raw == Map.class) {
        Map<Object, Object> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
          m.put(value((Class<?>) args[0], args[0], in, depth + 1),
              value((Class<?>) args[1], args[1], in, depth + 1));
        }
        return m;
      }
      List<Object> l = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        l.add(value((Class<?>) args[0], args[0], in, depth + 1));
      }
      return raw == Set.class ? new HashSet<>(l) : l;
    }
    if (raw.isRecord()) {
      return record(raw, in, depth);
    }
    throw new IllegalArgumentException("no generator for " + generic);
  }

  private static LocalDate date(RandomnessSource in) {
    int k = integers().between(0, 9).generate(in);
    if (k == 0) {
      return LocalDate.of(9999, 12, 31);
    }
    if (k == 1) {
      return LocalDate.of(1, 1, 1);
    }
    return LocalDate.of(2015, 1, 1).plusDays(integers().between(0, 5000).generate(in));
  }

  private static String id(RandomnessSource in) {
    return IDS[integers().between(0, IDS.length - 1).generate(in)];
  }

  private static Object record(Class<?> type, RandomnessSource in, int depth) {
    RecordComponent[] rc = type.getRecordComponents();
    Object[] args = new Object[rc.length];
    Class<?>[] types = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      types[i] = rc[i].getType();
      boolean nullable = !types[i].isPrimitive() && types[i] != List.class
          && types[i] != Set.class && types[i] != Map.class;
      args[i] = nullable && maybe(in) ? null
          : value(types[i], rc[i].getGenericType(), in, depth + 1);
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + ": " + e, e);
    }
  }
}
