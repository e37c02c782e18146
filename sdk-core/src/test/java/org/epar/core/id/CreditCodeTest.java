package org.epar.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CreditCodeTest {

  private static final String SET = CreditCode.ALPHABET;
  private static final String AUTHORITIES = "123456789AGJNY";
  private static final String TYPES = SET.substring(1);

  /**
   * A well-formed 17-character body: authority, type, 6-digit area, 9-character organisation code.
   */
  static Gen<String> bodies() {
    return integers()
        .between(0, AUTHORITIES.length() - 1)
        .zip(
            integers().between(0, TYPES.length() - 1),
            integers().between(0, 999999),
            lists().of(integers().between(0, SET.length() - 1)).ofSize(9),
            (a, t, area, org) ->
                AUTHORITIES.charAt(a)
                    + String.valueOf(TYPES.charAt(t))
                    + String.format("%06d", area)
                    + org.stream()
                        .map(i -> String.valueOf(SET.charAt(i)))
                        .collect(Collectors.joining()));
  }

  // 91350100M000100Y43, computed by hand (value = index in 0123456789ABCDEFGHJKLMNPQRTUWXY):
  //   char  : 9  1  3   5  0  1  0  0  M  0  0  0  1  0  0  Y  4
  //   value : 9  1  3   5  0  1  0  0 21  0  0  0  1  0  0 30  4
  //   weight: 1  3  9  27 19 26 16 17 20 29 25 13  8 24 10 30 28
  //   prod. : 9  3 27 135  0 26  0  0 420 0  0  0  8  0  0 900 112   sum = 1640
  //   1640 mod 31 = 28 (31 * 52 = 1612); 31 - 28 = 3; SET.charAt(3) = '3'.
  @Test
  void checkCharacter_publishedExample_is3() {
    assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    assertTrue(CreditCode.of("91350100M000100Y43").isValid());
  }

  @Test
  void checkCharacter_sumDivisibleBy31_isZero() {
    // '1' at position 1 (1*1) + '1' at position 2 (1*3) + '1' at position 4 (1*27): sum = 31,
    // 31 mod 31 = 0, 31 - 0 = 31, which maps to value 0 -> '0'.
    assertEquals('0', CreditCode.checkCharacter("11010000000000000"));
  }

  @Test
  void problems_cooperativeAndVillageCollective_areValid() {
    for (String body :
        List.of(
            "93441481MA4W12345", "N2441481MA4W12345", "N3500241MA4W12345", "Y1110000MA4W12345")) {
      assertTrue(CreditCode.of(body + CreditCode.checkCharacter(body)).isValid(), body);
    }
  }

  @Test
  void problems_undefinedAuthority_isBadOrganisationType() {
    String body = "B1441481MA4W12345";
    assertEquals(
        List.of(IdProblem.BAD_ORGANISATION_TYPE),
        CreditCode.of(body + CreditCode.checkCharacter(body)).problems());
    String zeroType = "90441481MA4W12345";
    assertEquals(
        List.of(IdProblem.BAD_ORGANISATION_TYPE),
        CreditCode.of(zeroType + CreditCode.checkCharacter(zeroType)).problems());
  }

  @Test
  void problems_letterInAreaCode_isBadAreaCode() {
    String body = "9144A481MA4W12345";
    assertEquals(
        List.of(IdProblem.BAD_AREA_CODE),
        CreditCode.of(body + CreditCode.checkCharacter(body)).problems());
  }

  @Test
  void problems_lowercase_isBadCharacterButNormalizedIsValid() {
    CreditCode lower = CreditCode.of("91350100m000100y43");
    assertEquals(List.of(IdProblem.BAD_CHARACTER), lower.problems());
    assertEquals("91350100M000100Y43", lower.normalized());
    assertTrue(CreditCode.of(lower.normalized()).isValid());
  }

  @Test
  void problems_excludedLetters_areBadCharacter() {
    for (char c : "IOZSV".toCharArray()) {
      assertEquals(
          List.of(IdProblem.BAD_CHARACTER), CreditCode.of("91350100M00010" + c + "Y43").problems());
    }
  }

  @Test
  void problems_shapeErrors_areReportedAlone() {
    assertEquals(List.of(IdProblem.EMPTY), CreditCode.of("").problems());
    assertEquals(List.of(IdProblem.BAD_LENGTH), CreditCode.of("91350100M000100Y4").problems());
    assertEquals(
        List.of(IdProblem.BAD_CHECK_CHARACTER), CreditCode.of("91350100M000100Y44").problems());
  }

  @Test
  void parse_invalid_throwsWithProblemCodes() {
    InvalidIdentifierException e =
        assertThrows(
            InvalidIdentifierException.class, () -> CreditCode.parse("91350100M000100Y44"));
    assertEquals(List.of(IdProblem.BAD_CHECK_CHARACTER), e.problems());
    assertEquals("CreditCode", e.kind());
  }

  @Test
  void checkCharacter_badInput_throwsIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100M000100Y"));
    assertThrows(
        IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100M000100I4"));
    assertThrows(
        IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100m000100Y4"));
  }

  @Test
  void toString_showsCode() {
    assertEquals("CreditCode[91350100M000100Y43]", CreditCode.of("91350100M000100Y43").toString());
  }

  @Test
  void isValid_anyBodyWithComputedCheck_isTrue() {
    qt().forAll(bodies())
        .checkAssert(
            body -> assertTrue(CreditCode.of(body + CreditCode.checkCharacter(body)).isValid()));
  }

  @Test
  void isValid_anySingleSubstitution_isFalse() {
    qt().withExamples(300)
        .forAll(bodies())
        .checkAssert(
            body -> {
              String valid = body + CreditCode.checkCharacter(body);
              Substitutions.assertEachInvalid(valid, SET, s -> CreditCode.of(s).isValid());
            });
  }
}
