package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.epar.core.id.Identifier;
import org.epar.core.model.Household;
import org.epar.core.model.RecordType;
import org.epar.core.model.Site;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ModelsTest {

  @Test
  void everyRecordType_hasAGenerator_ofThatType() {
    for (RecordType type : RecordType.values()) {
      qt().withExamples(50).forAll(Models.of(type)).check(r -> r.recordType() == type);
      qt().withExamples(50).forAll(Models.lenient(type)).check(r -> r.recordType() == type);
    }
  }

  @Test
  void strictRecords_haveOnlyValidIdentifiers_andNoNegativeMoney() {
    qt().withExamples(2000)
        .forAll(Models.anyRecord())
        .checkAssert(
            r -> {
              for (Object v : leaves(r)) {
                if (v instanceof Identifier id) {
                  assertTrue(
                      id.isValid(), () -> r.recordType() + " " + id.getClass().getSimpleName());
                }
                if (v instanceof Money m) {
                  assertFalse(m.isNegative(), () -> r.recordType() + " money " + m);
                }
              }
            });
  }

  @Test
  void strictRecords_arePlausible() {
    qt().forAll(Models.of(Village.class)).check(v -> v.residents() >= 50 && v.residents() <= 5000);
    qt().forAll(Models.of(Household.class))
        .check(h -> h.members().size() >= 1 && h.members().size() <= 8);
    qt().forAll(Models.of(Transaction.class)).check(t -> t.orders() >= 1 && t.orders() <= 20);
    qt().forAll(Models.of(Site.class))
        .check(
            s ->
                s.floorArea() != null
                    && s.floorArea().doubleValue() >= 5
                    && s.floorArea().doubleValue() <= 2000);
  }

  @Test
  void lenientRecords_includeNullsAndInvalidIdentifiers() {
    Set<String> seen = new java.util.HashSet<>();
    qt().withExamples(3000)
        .forAll(Models.anyLenientRecord())
        .checkAssert(
            r -> {
              for (Object v : components(r)) {
                if (v == null) {
                  seen.add("null");
                }
              }
              for (Object v : leaves(r)) {
                if (v instanceof Identifier id && !id.isValid()) {
                  seen.add("invalid " + id.getClass().getSimpleName());
                }
                if (v instanceof Money m && m.isNegative()) {
                  seen.add("negative");
                }
              }
            });
    assertEquals(
        Set.of(
            "null",
            "invalid CitizenId",
            "invalid CreditCode",
            "invalid DivisionCode",
            "invalid TraceCode",
            "negative"),
        seen);
  }

  @Test
  void datasets_holdRecordsOfEveryType() {
    Set<RecordType> types = EnumSet.noneOf(RecordType.class);
    qt().withExamples(20)
        .forAll(Models.datasets(3))
        .checkAssert(
            d -> {
              assertTrue(d.scope() != null && d.scope().isValid());
              d.records().forEach(r -> types.add(r.recordType()));
            });
    assertEquals(EnumSet.allOf(RecordType.class), types);
  }

  @Test
  void generators_areDeterministicForASeed() {
    assertEquals(sample(Models.anyLenientRecord(), 7), sample(Models.anyLenientRecord(), 7));
    assertEquals(sample(Identifiers.citizenIds(), 7), sample(Identifiers.citizenIds(), 7));
    assertEquals(sample(Models.datasets(2), 11), sample(Models.datasets(2), 11));
  }

  static <T> List<T> sample(Gen<T> gen, long seed) {
    List<T> out = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(100).forAll(gen).checkAssert(out::add);
    return out;
  }

  /** Record components, one level deep. */
  static List<Object> components(Object record) {
    List<Object> out = new ArrayList<>();
    for (var c : record.getClass().getRecordComponents()) {
      try {
        out.add(c.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return out;
  }

  /** Every non-null value reachable through records and collections. */
  static List<Object> leaves(Object root) {
    List<Object> out = new ArrayList<>();
    walk(root, out);
    return out;
  }

  private static void walk(Object v, List<Object> out) {
    if (v == null) {
      return;
    }
    out.add(v);
    if (v instanceof Identifier || v instanceof Money) {
      return;
    }
    if (v instanceof Iterable<?> it) {
      it.forEach(x -> walk(x, out));
    } else if (v instanceof java.util.Map<?, ?> m) {
      m.values().forEach(x -> walk(x, out));
    } else if (v.getClass().isRecord()) {
      components(v).forEach(x -> walk(x, out));
    }
  }
}
