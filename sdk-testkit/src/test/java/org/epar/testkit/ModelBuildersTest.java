package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Equipment;
import org.epar.core.model.RecordType;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every model record with more than five components has a builder, and {@code toBuilder().build()}
 * gives back an equal record, for the records of the testkit's generators and for every record with
 * a builder that they contain (members, report headers, statistics, fund performance, …).
 */
class ModelBuildersTest {

  /** The records of the model package: each record type and the records they contain. */
  private static Set<Class<?>> modelRecords() {
    Set<Class<?>> out = new java.util.LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      todo.add(t.javaType());
    }
    todo.add(Dataset.class);
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(todo.size() - 1);
      if (!c.isRecord() || !out.add(c)) {
        continue;
      }
      for (RecordComponent rc : c.getRecordComponents()) {
        todo.add(rc.getType());
        if (rc.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
          for (var arg : p.getActualTypeArguments()) {
            if (arg instanceof Class<?> a) {
              todo.add(a);
            }
          }
        }
      }
    }
    out.removeIf(c -> !c.getPackageName().equals("org.epar.core.model"));
    return out;
  }

  private static boolean hasBuilder(Class<?> c) {
    try {
      c.getMethod("toBuilder");
      c.getMethod("builder");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object rebuild(Object record) {
    try {
      Object b = record.getClass().getMethod("toBuilder").invoke(record);
      return b.getClass().getMethod("build").invoke(b);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(record.getClass().getSimpleName() + ": " + e, e);
    }
  }

  /** Checks {@code toBuilder().build()} on {@code value} and every record with a builder in it. */
  private static int checkDeep(Object value) {
    int checked = 0;
    if (value instanceof Collection<?> coll) {
      for (Object o : coll) {
        checked += checkDeep(o);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Object o : map.values()) {
        checked += checkDeep(o);
      }
    } else if (value != null
        && value.getClass().isRecord()
        && value.getClass().getPackageName().equals("org.epar.core.model")) {
      if (hasBuilder(value.getClass())) {
        assertEquals(value, rebuild(value), value.getClass().getSimpleName());
        checked++;
      }
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        try {
          checked += checkDeep(rc.getAccessor().invoke(value));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError(e);
        }
      }
    }
    return checked;
  }

  @Test
  void everyRecordWithMoreThanFiveComponents_hasABuilder() {
    Set<String> missing = new TreeSet<>();
    Set<String> withBuilder = new TreeSet<>();
    for (Class<?> c : modelRecords()) {
      if (hasBuilder(c)) {
        withBuilder.add(c.getSimpleName());
      } else if (c.getRecordComponents().length > 5) {
        missing.add(c.getSimpleName());
      }
    }
    assertEquals(Set.of(), missing, "records with more than five components and no builder");
    // the boundary: six components has one (Attendance), five need not (Brand)
    assertTrue(withBuilder.contains("Attendance"), withBuilder.toString());
    assertTrue(withBuilder.contains("Dataset"), withBuilder.toString());
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void toBuilderBuild_equalsTheRecord_strictAndLenient(RecordType type) {
    List<Integer> counts = new ArrayList<>();
    qt().withExamples(60).forAll(Models.of(type)).checkAssert(r -> counts.add(checkDeep(r)));
    qt().withExamples(60).forAll(Models.lenient(type)).checkAssert(r -> counts.add(checkDeep(r)));
    if (hasBuilder(type.javaType())) {
      assertTrue(counts.stream().allMatch(n -> n > 0), type + " was not checked");
    }
  }

  @Test
  void datasetToBuilderBuild_equalsTheDataset() {
    qt().withExamples(20)
        .forAll(Models.datasets(3))
        .checkAssert(
            d -> {
              assertEquals(d, d.toBuilder().build());
              checkDeep(d);
            });
  }

  @Test
  void builderWithNothingSet_givesNullZeroFalseAndEmpty() throws Exception {
    for (Class<?> c : modelRecords()) {
      if (!hasBuilder(c) || c == Dataset.class) {
        continue;
      }
      Object b = c.getMethod("builder").invoke(null);
      Object r = b.getClass().getMethod("build").invoke(b);
      for (RecordComponent rc : c.getRecordComponents()) {
        Object v = rc.getAccessor().invoke(r);
        String where = c.getSimpleName() + "." + rc.getName();
        if (v instanceof Collection<?> coll) {
          assertTrue(coll.isEmpty(), where);
        } else if (v instanceof Map<?, ?> m) {
          assertTrue(m.isEmpty(), where);
        } else if (v instanceof Number n) {
          assertEquals(0L, n.longValue(), where);
        } else if (v instanceof Boolean bool) {
          assertFalse(bool, where);
        } else {
          assertEquals(null, v, where);
        }
      }
    }
  }

  @Test
  void builderSetters_setTheirOwnComponent_andTheBuilderCanBeReused() {
    Site.Builder b =
        Site.builder()
            .id("S-1")
            .type(SiteType.VILLAGE_STATION)
            .staff(2)
            .tvScreenInches(42)
            .servesVillageStations(Boolean.TRUE);
    Site first = b.build();
    assertEquals("S-1", first.id());
    assertEquals(SiteType.VILLAGE_STATION, first.type());
    assertEquals(2, first.staff());
    assertEquals(42, first.tvScreenInches());
    assertEquals(Boolean.TRUE, first.servesVillageStations());
    Site second = b.staff(3).build();
    assertEquals(2, first.staff());
    assertEquals(3, second.staff());
    assertNotEquals(first, second);
    assertEquals(first, second.toBuilder().staff(2).build());
  }

  /** The example of docs/model-conventions.md, kept compiling here. */
  @Test
  void modelConventionsExample_buildsAndCopiesAStation() {
    Site station =
        Site.builder()
            .id("VS-130425100201")
            .type(SiteType.VILLAGE_STATION)
            .division(DivisionCode.of("130425100201"))
            .floorArea(new BigDecimal("12.5"))
            .equipment(EnumSet.of(Equipment.COMPUTER, Equipment.TV_42_INCH))
            .tvScreenInches(42)
            .build();
    Site moved = station.toBuilder().division(DivisionCode.of("130425100202")).build();
    assertEquals("130425100202", moved.division().value());
    assertEquals(station.equipment(), moved.equipment());
    assertEquals(Set.of(), station.services());
    assertEquals(0, station.staff());
  }

  @Test
  void everyRecordType_isCheckedSomewhere() {
    // keeps the parameterised test honest: each type either has a builder or at most five
    // components
    for (RecordType t : RecordType.values()) {
      Class<? extends EparRecord> c = t.javaType();
      assertTrue(hasBuilder(c) || c.getRecordComponents().length <= 5, t.toString());
    }
  }
}
