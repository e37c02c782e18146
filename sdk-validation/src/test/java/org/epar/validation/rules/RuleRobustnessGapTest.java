package org.epar.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Report;
import org.epar.core.money.Money;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Every rule of every built-in profile, fed every record type with null, hollow and filled fields
 * (records are lenient): no rule may fail, and no finding may carry personal data in clear.
 */
class RuleRobustnessGapTest {

  private enum Mode {
    NULL,
    HOLLOW,
    FULL
  }

  static final String CITIZEN = "13042519800101001" + CitizenId.checkCharacter("13042519800101001");
  static final String PERSON = "欧阳娜娜";
  static final String PHONE = "13912345678";
  static final List<LocalDate> DATES = List.of(LocalDate.of(2018, 6, 1), LocalDate.of(2021, 1, 1));

  /** The concrete record types: the permitted subclasses of EparRecord and of Report. */
  static List<Class<?>> recordTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c : EparRecord.class.getPermittedSubclasses()) {
      if (c == Report.class) {
        out.addAll(List.of(Report.class.getPermittedSubclasses()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  static Object value(Class<?> raw, Type generic, String name, Mode mode, int depth) {
    boolean personal =
        name.equals("name")
            || name.equals("phone")
            || name.equals("responsiblePerson")
            || name.equals("personnel");
    if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
      if (mode == Mode.NULL && !raw.isPrimitive()) {
        return null;
      }
      int v = mode == Mode.FULL ? 1 : 0;
      return raw == int.class || raw == Integer.class ? (Object) v : (Object) (long) v;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return mode == Mode.NULL && !raw.isPrimitive() ? null : mode == Mode.FULL;
    }
    if (raw == double.class || raw == Double.class) {
      return mode == Mode.NULL && !raw.isPrimitive() ? null : Double.NaN;
    }
    if (mode == Mode.NULL) {
      return null;
    }
    boolean full = mode == Mode.FULL;
    if (raw == String.class) {
      if (!full) {
        return "";
      }
      return name.equals("phone") ? PHONE : personal ? PERSON : "k" + name;
    }
    if (raw == CitizenId.class) {
      return CitizenId.of(full ? CITIZEN : "");
    }
    if (raw == CreditCode.class) {
      return CreditCode.of(full ? "91350100M000100Y43" : "");
    }
    if (raw == DivisionCode.class) {
      return DivisionCode.of(full ? "130425100001" : "");
    }
    if (raw == TraceCode.class) {
      return full ? TraceCode.village("130425100001", "HONEY01") : TraceCode.of("");
    }
    if (raw == Money.class) {
      return full ? Money.ofYuan(1) : null;
    }
    if (raw == BigDecimal.class) {
      return full ? BigDecimal.ONE : null;
    }
    if (raw == LocalDate.class) {
      return full ? LocalDate.of(2018, 5, 1) : null;
    }
    if (raw == OffsetDateTime.class) {
      return full ? OffsetDateTime.of(2018, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC) : null;
    }
    if (raw == ReportingPeriod.class) {
      return full ? ReportingPeriod.month(2018, 5) : null;
    }
    if (raw.isEnum()) {
      return full ? raw.getEnumConstants()[0] : null;
    }
    if (raw.isRecord()) {
      return depth > 3 ? null : make(raw, mode, depth + 1);
    }
    if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
      Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
      Class<?> el = arg instanceof Class<?> c ? c : Object.class;
      java.util.Collection<Object> coll =
          List.class.isAssignableFrom(raw) ? new ArrayList<>() : new HashSet<>();
      Object e =
          full || el.isEnum() || el == String.class
              ? value(el, el, name, Mode.FULL, depth + 1)
              : value(el, el, name, Mode.HOLLOW, depth + 1);
      coll.add(e);
      return coll;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> m = new HashMap<>();
      m.put("k", full ? BigDecimal.ONE : null);
      return m;
    }
    return null;
  }

  static Object make(Class<?> type, Mode mode, int depth) {
    RecordComponent[] rc = type.getRecordComponents();
    Class<?>[] types = new Class<?>[rc.length];
    Object[] args = new Object[rc.length];
    for (int i = 0; i < rc.length; i++) {
      types[i] = rc[i].getType();
      args[i] = value(rc[i].getType(), rc[i].getGenericType(), rc[i].getName(), mode, depth);
    }
    try {
      Constructor<?> k = type.getDeclaredConstructor(types);
      return k.newInstance(args);
    } catch (ReflectiveOperationException e) {
      if (mode == Mode.HOLLOW) {
        // the record refuses null elements in collections: fall back to all-null fields
        return make(type, Mode.NULL, depth);
      }
      throw new AssertionError("cannot build " + type.getSimpleName() + " " + mode, e);
    }
  }

  static List<EparRecord> records(Mode mode) {
    List<EparRecord> out = new ArrayList<>();
    for (Class<?> c : recordTypes()) {
      out.add((EparRecord) make(c, mode, 0));
    }
    return out;
  }

  static List<Finding> run(String profile, LocalDate asOf, List<EparRecord> records) {
    ValidationReport r =
        EparValidator.builder()
            .profile(Profiles.builtIn(profile))
            .asOf(asOf)
            .parallelism(1)
            .chunkSize(3)
            .build()
            .validate(records);
    return r.findings();
  }

  @Test
  void everyRuleOfEveryProfile_survivesNullHollowAndFilledRecords() {
    List<String> failures = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      List<EparRecord> records = records(mode);
      for (String profile : Profiles.builtInIds()) {
        for (LocalDate asOf : DATES) {
          for (Finding f : run(profile, asOf, records)) {
            if (f.messageEn().contains("the rule failed")) {
              failures.add(
                  mode
                      + " "
                      + profile
                      + " "
                      + asOf
                      + ": "
                      + f.ruleId()
                      + " "
                      + f.location()
                      + " "
                      + f.messageEn());
            }
          }
        }
      }
    }
    assertTrue(
        failures.isEmpty(), () -> failures.stream().distinct().collect(Collectors.joining("\n")));
  }

  @Test
  void noFindingCarriesACitizenIdNameOrPhoneInClear() {
    List<String> leaks = new ArrayList<>();
    List<EparRecord> records = records(Mode.FULL);
    for (String profile : Profiles.builtInIds()) {
      for (LocalDate asOf : DATES) {
        for (Finding f : run(profile, asOf, records)) {
          String all =
              String.join(
                  "|",
                  f.observed(),
                  f.threshold(),
                  f.messageEn(),
                  f.messageZh(),
                  f.location().objectId(),
                  f.location().path());
          if (all.contains(CITIZEN) || all.contains(PERSON) || all.contains(PHONE)) {
            leaks.add(profile + " " + f.ruleId() + " " + f.location() + ": " + all);
          }
        }
      }
    }
    assertTrue(leaks.isEmpty(), () -> String.join("\n", leaks));
  }
}
