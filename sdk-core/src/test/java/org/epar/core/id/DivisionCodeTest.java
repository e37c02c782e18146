package org.epar.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DivisionCodeTest {

  /** Valid codes at every level, including the townships of prefectures without counties. */
  private static Gen<DivisionCode> validCodes() {
    Gen<Integer> depth = integers().between(0, 4);
    Gen<Long> upper =
        integers()
            .between(11, 82)
            .zip(
                integers().between(1, 99),
                integers().between(1, 99),
                (p, c, k) -> (p * 100L + c) * 100 + k);
    Gen<Long> lower =
        integers().between(1, 599).zip(integers().between(1, 599), (t, v) -> t * 1000L + v);
    return depth.zip(upper, lower, DivisionCodeTest::code);
  }

  private static DivisionCode code(int depth, long pck, long tv) {
    long key = pck * 1_000_000L + tv;
    long[] unit = {10_000_000_000L, 100_000_000L, 1_000_000L, 1_000L, 1L};
    key = key / unit[depth] * unit[depth];
    return DivisionCode.of(String.format("%012d", key));
  }

  @Test
  void level_eachSegmentDepth_isLowestNonZeroSegment() {
    assertEquals(Optional.of(DivisionLevel.PROVINCE), DivisionCode.of("130000000000").level());
    assertEquals(Optional.of(DivisionLevel.CITY), DivisionCode.of("130400").level());
    assertEquals(Optional.of(DivisionLevel.COUNTY), DivisionCode.of("130425").level());
    assertEquals(Optional.of(DivisionLevel.TOWNSHIP), DivisionCode.of("130425100").level());
    assertEquals(Optional.of(DivisionLevel.VILLAGE), DivisionCode.of("130425100001").level());
    assertTrue(DivisionCode.of("130425100001").isAtLevel(DivisionLevel.VILLAGE));
    assertFalse(DivisionCode.of("130425100001").isAtLevel(DivisionLevel.TOWNSHIP));
    assertEquals(Optional.empty(), DivisionCode.of("13042").level());
  }

  @Test
  void divisionLevel_terms_areChineseAndDigitsAreSignificantWidths() {
    assertEquals(
        List.of("省", "市", "县", "乡镇", "村"),
        List.of(DivisionLevel.values()).stream().map(DivisionLevel::termZh).toList());
    assertEquals(
        List.of(2, 4, 6, 9, 12),
        List.of(DivisionLevel.values()).stream().map(DivisionLevel::digits).toList());
  }

  @Test
  void value_sixAndNineDigits_arePaddedToTwelve() {
    assertEquals("130425000000", DivisionCode.of("130425").value());
    assertEquals("130425100000", DivisionCode.of("130425100").value());
    assertEquals("130425100001", DivisionCode.of("130425100001").value());
    assertEquals("abc", DivisionCode.of("abc").value());
    assertEquals("1304251", DivisionCode.of("1304251").value());
  }

  @Test
  void equality_paddedForms_differByRecordButAreSameAs() {
    DivisionCode shortForm = DivisionCode.of("130425");
    DivisionCode longForm = DivisionCode.of("130425000000");
    assertNotEquals(shortForm, longForm);
    assertTrue(shortForm.sameAs(longForm));
    assertFalse(shortForm.sameAs(DivisionCode.of("130426")));
    assertTrue(DivisionCode.of("x").sameAs(DivisionCode.of("x")));
    assertEquals(DivisionCode.of("130425"), DivisionCode.of("130425"));
  }

  @Test
  void parent_village_chainsUpToProvince() {
    DivisionCode village = DivisionCode.of("130425100001");
    assertEquals("130425100000", village.parent().orElseThrow().raw());
    assertEquals("130425000000", village.parent().orElseThrow().parent().orElseThrow().raw());
    assertEquals("130400000000", DivisionCode.of("130425").parent().orElseThrow().raw());
    assertEquals("130000000000", DivisionCode.of("130400").parent().orElseThrow().raw());
    assertEquals(Optional.empty(), DivisionCode.of("130000").parent());
    assertEquals(Optional.empty(), DivisionCode.of("bad").parent());
  }

  @Test
  void truncations_village_giveEachAncestor() {
    DivisionCode village = DivisionCode.of("130425100001");
    assertEquals("130000000000", village.province().orElseThrow().raw());
    assertEquals("130400000000", village.city().orElseThrow().raw());
    assertEquals("130425000000", village.county().orElseThrow().raw());
    assertEquals("130425100000", village.township().orElseThrow().raw());
    DivisionCode county = DivisionCode.of("130425000000");
    assertSame(county, county.county().orElseThrow());
    assertEquals(Optional.empty(), county.township());
    assertEquals(Optional.empty(), DivisionCode.of("130400").county());
    assertEquals("130425000000", DivisionCode.of("130425").county().orElseThrow().raw());
  }

  @Test
  void contains_selfAndDescendants_trueOtherwiseFalse() {
    DivisionCode county = DivisionCode.of("130425");
    assertTrue(county.contains(county));
    assertTrue(county.contains(DivisionCode.of("130425000000")));
    assertTrue(county.contains(DivisionCode.of("130425100001")));
    assertFalse(county.contains(DivisionCode.of("130426100001")));
    assertFalse(county.contains(DivisionCode.of("130400")));
    assertFalse(county.contains(DivisionCode.of("bad")));
    assertFalse(DivisionCode.of("bad").contains(county));
  }

  @Test
  void problems_segmentsOutOfRange_badSegment() {
    assertEquals(List.of(IdProblem.BAD_SEGMENT), DivisionCode.of("130425600000").problems());
    assertEquals(List.of(IdProblem.BAD_SEGMENT), DivisionCode.of("130425100600").problems());
    assertEquals(List.of(IdProblem.BAD_SEGMENT), DivisionCode.of("000000").problems());
    assertEquals(List.of(IdProblem.BAD_SEGMENT), DivisionCode.of("910000").problems());
    assertTrue(DivisionCode.of("130425599599").isValid());
  }

  @Test
  void problems_nonZeroBelowZero_badHierarchy() {
    assertEquals(List.of(IdProblem.BAD_HIERARCHY), DivisionCode.of("130025").problems());
    assertEquals(List.of(IdProblem.BAD_HIERARCHY), DivisionCode.of("130400001").problems());
    assertEquals(List.of(IdProblem.BAD_HIERARCHY), DivisionCode.of("130425000001").problems());
    assertEquals(
        List.of(IdProblem.BAD_SEGMENT, IdProblem.BAD_HIERARCHY),
        DivisionCode.of("130425000600").problems());
  }

  @Test
  void cityWithoutCounties_townshipUnderCity_validWithCityAsParent() {
    DivisionCode dongguanTown = DivisionCode.of("441900003");
    assertTrue(dongguanTown.isValid());
    assertEquals(Optional.of(DivisionLevel.TOWNSHIP), dongguanTown.level());
    assertEquals("441900000000", dongguanTown.parent().orElseThrow().raw());
    assertEquals(Optional.of(DivisionLevel.CITY), dongguanTown.parent().orElseThrow().level());
    assertTrue(DivisionCode.of("4419").equals(DivisionCode.of("4419"))); // record equality on raw
    assertTrue(DivisionCode.of("441900").contains(dongguanTown));
  }

  @Test
  void problems_badShape_emptyLengthCharacter() {
    assertEquals(List.of(IdProblem.EMPTY), DivisionCode.of("").problems());
    assertEquals(List.of(IdProblem.EMPTY), DivisionCode.of("  ").problems());
    assertEquals(List.of(IdProblem.BAD_LENGTH), DivisionCode.of("1304").problems());
    assertEquals(List.of(IdProblem.BAD_CHARACTER), DivisionCode.of("13042A").problems());
    assertEquals(List.of(IdProblem.BAD_CHARACTER), DivisionCode.of(" 30425").problems());
    assertEquals(
        List.of(IdProblem.BAD_LENGTH, IdProblem.BAD_CHARACTER), DivisionCode.of("x").problems());
    assertEquals(List.of(), DivisionCode.of("130425").problems());
  }

  @Test
  void parse_invalid_throwsWithProblems() {
    InvalidIdentifierException e =
        assertThrows(InvalidIdentifierException.class, () -> DivisionCode.parse("130425600000"));
    assertEquals(List.of(IdProblem.BAD_SEGMENT), e.problems());
    assertEquals("DivisionCode", e.kind());
    assertEquals("130425", DivisionCode.parse("130425").raw());
    assertThrows(NullPointerException.class, () -> DivisionCode.of(null));
  }

  @Test
  void property_validCode_parentContainsItAndIsOneLevelUp() {
    qt().forAll(validCodes())
        .assuming(c -> !c.isAtLevel(DivisionLevel.PROVINCE))
        .checkAssert(
            c -> {
              assertTrue(c.isValid(), c.raw());
              DivisionCode parent = c.parent().orElseThrow();
              assertTrue(parent.contains(c));
              assertFalse(c.contains(parent));
              assertEquals(
                  c.level().orElseThrow().ordinal() - 1, parent.level().orElseThrow().ordinal());
            });
  }

  @Test
  void property_validCode_paddingRoundTrips() {
    qt().forAll(validCodes())
        .checkAssert(
            c -> {
              DivisionLevel level = c.level().orElseThrow();
              int width = level.digits() <= 6 ? 6 : level.digits();
              DivisionCode shortForm = DivisionCode.of(c.raw().substring(0, width));
              assertTrue(shortForm.isValid());
              assertEquals(c.raw(), shortForm.value());
              assertTrue(shortForm.sameAs(c));
              assertEquals(c.level(), shortForm.level());
            });
  }

  @Test
  void property_validCode_segmentAbove599_rejected() {
    qt().forAll(validCodes(), integers().between(600, 999))
        .checkAssert(
            (c, bad) -> {
              String v = c.raw();
              DivisionCode township = DivisionCode.of(v.substring(0, 6) + bad + v.substring(9));
              DivisionCode village = DivisionCode.of(v.substring(0, 9) + bad);
              assertTrue(township.problems().contains(IdProblem.BAD_SEGMENT));
              assertTrue(village.problems().contains(IdProblem.BAD_SEGMENT));
            });
  }
}
