package org.epar.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.junit.jupiter.api.Test;

/**
 * No record prints personal data: every {@link CitizenId} component holds a real-looking number and
 * every personal text component (names, phone numbers, responsible persons) a sentinel, and neither
 * may appear in {@code toString()} of the record or of any record that contains it.
 */
class PersonalDataTest {

  /** 11010519491231002X: the GB 11643 standard's own example, valid check character. */
  private static final String CITIZEN_ID = "11010519491231002X";

  private static final String NAME = "王小明";
  private static final String PHONE = "13812345678";

  /** Text components that hold personal data, per record type. */
  private static final Map<Class<?>, Set<String>> PERSONAL_TEXT =
      Map.of(
          Member.class, Set.of("name", "phone"),
          Personnel.class, Set.of("name", "phone"),
          Leader.class, Set.of("name"),
          Disclosure.class, Set.of("responsiblePerson"));

  @Test
  void toString_everyRecordType_printsNoPersonalData() throws Exception {
    List<Class<?>> checked = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      Object record = instantiate(type.javaType());
      String text = record.toString();
      assertFalse(text.contains(CITIZEN_ID), () -> type + " prints a citizen ID: " + text);
      assertFalse(
          text.contains(CITIZEN_ID.substring(4, 14)), () -> type + " prints the ID's middle");
      assertFalse(text.contains(NAME), () -> type + " prints a name: " + text);
      assertFalse(text.contains(PHONE), () -> type + " prints a phone number: " + text);
      checked.add(type.javaType());
    }
    assertTrue(checked.contains(Household.class), "households (with members) are covered");
  }

  @Test
  void toString_household_showsMaskedIdOfMember() throws Exception {
    Household h = (Household) instantiate(Household.class);
    // The masked form keeps the first and last four characters only.
    assertTrue(h.toString().contains("1101**********002X"), h::toString);
  }

  private static Object instantiate(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      args[i] = valueFor(type, c);
    }
    Constructor<?> ctor = type.getDeclaredConstructor(types);
    return ctor.newInstance(args);
  }

  private static Object valueFor(Class<?> owner, RecordComponent c) throws Exception {
    Class<?> t = c.getType();
    if (t == CitizenId.class) {
      return CitizenId.of(CITIZEN_ID);
    }
    if (t == String.class) {
      Set<String> personal = PERSONAL_TEXT.getOrDefault(owner, Set.of());
      if (personal.contains(c.getName())) {
        return c.getName().equals("phone") ? PHONE : NAME;
      }
      return "x";
    }
    if (t == int.class || t == long.class) {
      return t == int.class ? (Object) 0 : (Object) 0L;
    }
    if (t == boolean.class) {
      return false;
    }
    if (t == List.class) {
      Type arg = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
      if (arg instanceof Class<?> element && element.isRecord()) {
        return List.of(instantiate(element));
      }
      return List.of();
    }
    if (t == Set.class || t == Map.class) {
      return null; // becomes empty
    }
    if (t.isRecord() && t.getPackage() == Member.class.getPackage()) {
      return instantiate(t);
    }
    return null;
  }
}
