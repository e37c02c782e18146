package org.epar.validation.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.epar.core.model.Household;
import org.junit.jupiter.api.Test;

/** The shared households state: blank ids without building them, one id index while unchanged. */
class HouseholdMembersTest {

  private static HouseholdMembers of(List<String> ids) {
    HouseholdMembers s = HouseholdMembers.SHARED.newState();
    for (int i = 0; i < ids.size(); i++) {
      HouseholdMembers.SHARED.accumulate(s, Household.builder().id(ids.get(i)).build(), i);
    }
    return s;
  }

  @Test
  void idBlank_isStringIsBlank_forAnyId() {
    qt().withExamples(200)
        .forAll(
            lists()
                .of(
                    strings()
                        .betweenCodePoints(0, 0x3001)
                        .ofLengthBetween(0, 4)
                        .map(x -> x.isEmpty() ? x : x.charAt(0) % 2 == 0 ? " \t\u3000" : x))
                .ofSizeBetween(1, 20))
        .checkAssert(
            ids -> {
              HouseholdMembers s = of(ids);
              for (int h = 0; h < ids.size(); h++) {
                assertEquals(ids.get(h).isBlank(), s.idBlank(h), "id " + h);
              }
            });
  }

  @Test
  void idBlank_atTheBoundary_whiteSpaceIsBlank_aNoBreakSpaceIsNot() {
    HouseholdMembers s = of(List.of("", " \u3000\t", "\u00a0", " a ", "户"));
    assertTrue(s.idBlank(0));
    assertTrue(s.idBlank(1));
    assertFalse(s.idBlank(2)); // String.isBlank: U+00A0 is not white space
    assertFalse(s.idBlank(3));
    assertFalse(s.idBlank(4));
  }

  @Test
  void idIndex_isKeptWhileUnchanged_andRebuiltWhenHouseholdsCome() {
    HouseholdMembers s = of(List.of("h1", "h2", "h1"));
    HouseholdMembers.IdIndex first = s.idIndex();
    assertSame(first, s.idIndex());
    assertEquals(0, first.first(2));
    assertEquals(-1, first.find("h3"));
    HouseholdMembers.SHARED.accumulate(s, Household.builder().id("h3").build(), 3);
    HouseholdMembers.IdIndex second = s.idIndex();
    assertNotSame(first, second);
    assertEquals(3, second.find("h3"));
    assertEquals(3, second.distinct());
  }
}
