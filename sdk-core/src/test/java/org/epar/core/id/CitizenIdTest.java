package org.epar.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CitizenIdTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
  private static final String ALLOWED = "0123456789X";

  /**
   * A valid 17-digit body: area 100000-999999, a birth date 1900-01-01..2020-12-31, sequence
   * 000-999.
   */
  private static Gen<String> bodies() {
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long last = LocalDate.of(2020, 12, 31).toEpochDay();
    return integers()
        .between(100000, 999999)
        .zip(
            integers().between((int) first, (int) last),
            integers().between(0, 999),
            (area, day, seq) ->
                area
                    + LocalDate.ofEpochDay(day).toString().replace("-", "")
                    + String.format("%03d", seq));
  }

  // GB 11643-1999 example 11010519491231002X, computed by hand:
  //   digit : 1  1  0  1  0  5  1  9  4  9  1  2  3  1  0  0  2
  //   weight: 7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
  //   prod. : 7  9  0  5  0 20  2  9 24 27  7 18 30  5  0  0  4   sum = 167
  //   167 mod 11 = 2 (11 * 15 = 165); "10X98765432".charAt(2) = 'X'.
  @Test
  void checkCharacter_standardExample_isX() {
    assertEquals('X', CitizenId.checkCharacter("11010519491231002"));
  }

  @Test
  void of_standardExample_isValidFemaleBornOn19491231() {
    CitizenId id = CitizenId.of("11010519491231002X");
    assertTrue(id.isValid());
    assertEquals(List.of(), id.problems(TODAY));
    assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), id.birthDate());
    assertEquals(Optional.of(CitizenId.Sex.FEMALE), id.sex());
    assertFalse(id.isLegacy());
  }

  @Test
  void sex_oddSequenceDigit_isMale() {
    String body = "11010519491231001";
    CitizenId id = CitizenId.of(body + CitizenId.checkCharacter(body));
    assertTrue(id.isValid());
    assertEquals(Optional.of(CitizenId.Sex.MALE), id.sex());
  }

  @Test
  void of_lowercaseX_isValidAndNormalizesToUppercase() {
    CitizenId lower = CitizenId.of("11010519491231002x");
    CitizenId upper = CitizenId.of("11010519491231002X");
    assertTrue(lower.isValid());
    assertEquals("11010519491231002X", lower.normalized());
    assertNotEquals(upper, lower, "record equality is on raw text");
    assertTrue(lower.sameAs(upper));
    assertTrue(upper.sameAs(lower));
  }

  @Test
  void toEighteen_legacyNumber_insertsCenturyAndComputesCheck() {
    CitizenId legacy = CitizenId.of("110105491231002");
    assertTrue(legacy.isLegacy());
    assertTrue(legacy.isValid());
    assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), legacy.birthDate());
    assertEquals(Optional.of(CitizenId.Sex.FEMALE), legacy.sex());
    assertEquals(Optional.of(CitizenId.of("11010519491231002X")), legacy.toEighteen());
  }

  @Test
  void toEighteen_eighteenChars_returnsSelf_otherwiseEmpty() {
    CitizenId id = CitizenId.of("11010519491231002X");
    assertEquals(Optional.of(id), id.toEighteen());
    assertEquals(Optional.empty(), CitizenId.of("1101054912").toEighteen());
  }

  @Test
  void toEighteen_anyValidLegacyNumber_givesValidNumberWithSameBirthDateAndSex() {
    // Dropping the century turns e.g. 2000-02-29 into 1900-02-29, which is not a date: only
    // legacy numbers that are valid in themselves are the property's premise.
    qt().forAll(bodies().map(b -> b.substring(0, 6) + b.substring(8)))
        .assuming(legacy -> CitizenId.of(legacy).isValid())
        .checkAssert(
            legacy -> {
              CitizenId old = CitizenId.of(legacy);
              // a legacy number always reads its two-digit year as 19yy
              CitizenId converted = old.toEighteen().orElseThrow();
              assertTrue(converted.isValid());
              assertEquals(old.birthDate(), converted.birthDate());
              assertEquals(old.sex(), converted.sex());
              assertEquals(
                  legacy.substring(0, 6) + "19" + legacy.substring(6),
                  converted.raw().substring(0, 17));
            });
  }

  @Test
  void problems_birthDateAfterToday_isFutureBirthDate() {
    String body = "11010520240602001";
    CitizenId id = CitizenId.of(body + CitizenId.checkCharacter(body));
    assertEquals(List.of(IdProblem.FUTURE_BIRTH_DATE), id.problems(TODAY));
    assertEquals(List.of(), id.problems(LocalDate.of(2024, 6, 2)));
  }

  @Test
  void problems_feb29OfNonLeapYear_isBadBirthDate() {
    String body = "11010519990229001";
    CitizenId id = CitizenId.of(body + CitizenId.checkCharacter(body));
    assertEquals(List.of(IdProblem.BAD_BIRTH_DATE), id.problems(TODAY));
    assertEquals(Optional.empty(), id.birthDate());
  }

  @Test
  void problems_feb29OfLeapYear_isValid() {
    String body = "11010520000229001";
    CitizenId id = CitizenId.of(body + CitizenId.checkCharacter(body));
    assertTrue(id.isValid());
    assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), id.birthDate());
  }

  @Test
  void problems_bornBefore1900_isBadBirthDate() {
    String body = "11010518991231001";
    CitizenId id = CitizenId.of(body + CitizenId.checkCharacter(body));
    assertEquals(List.of(IdProblem.BAD_BIRTH_DATE), id.problems(TODAY));
  }

  @Test
  void problems_areaStartingWithZero_isBadAreaCode() {
    String body = "01010519491231002";
    CitizenId id = CitizenId.of(body + CitizenId.checkCharacter(body));
    assertEquals(List.of(IdProblem.BAD_AREA_CODE), id.problems(TODAY));
  }

  @Test
  void problems_abolishedButWellFormedArea_isValid() {
    // 110102 (old Xicheng) and 110103 (Chongwen, abolished 2010) are still on people's cards.
    String body = "11010319800101001";
    assertTrue(CitizenId.of(body + CitizenId.checkCharacter(body)).isValid());
  }

  @Test
  void problems_shapeErrors_areReportedAlone() {
    assertEquals(List.of(IdProblem.EMPTY), CitizenId.of("").problems(TODAY));
    assertEquals(List.of(IdProblem.EMPTY), CitizenId.of("   ").problems(TODAY));
    assertEquals(List.of(IdProblem.BAD_LENGTH), CitizenId.of("1101051949123100").problems(TODAY));
    assertEquals(
        List.of(IdProblem.BAD_CHARACTER), CitizenId.of("11010519491231A02X").problems(TODAY));
    assertEquals(
        List.of(IdProblem.BAD_CHARACTER), CitizenId.of("11010519491231002Y").problems(TODAY));
    assertEquals(List.of(IdProblem.BAD_CHARACTER), CitizenId.of("11010549123100X").problems(TODAY));
  }

  @Test
  void problems_wrongCheckAndBadDate_areBothReported() {
    assertEquals(
        List.of(IdProblem.BAD_BIRTH_DATE, IdProblem.BAD_CHECK_CHARACTER),
        CitizenId.of("110105199913310020").problems(TODAY));
  }

  @Test
  void parse_invalid_throwsWithCodesOnly() {
    InvalidIdentifierException e =
        assertThrows(InvalidIdentifierException.class, () -> CitizenId.parse("110105194912310021"));
    assertEquals(List.of(IdProblem.BAD_CHECK_CHARACTER), e.problems());
    assertEquals("CitizenId", e.kind());
    assertFalse(e.getMessage().contains("110105194912310021"));
    assertFalse(e.getMessage().contains("1949"));
  }

  @Test
  void parse_valid_returnsId() {
    assertEquals("11010519491231002X", CitizenId.parse("11010519491231002X").raw());
  }

  @Test
  void checkCharacter_badInput_throwsWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CitizenId.checkCharacter("1101051949123100A"));
    assertFalse(e.getMessage().contains("1101051949123100A"));
    assertThrows(IllegalArgumentException.class, () -> CitizenId.checkCharacter("110105"));
    assertThrows(NullPointerException.class, () -> CitizenId.checkCharacter(null));
  }

  @Test
  void of_null_throwsNullPointerException() {
    assertThrows(NullPointerException.class, () -> CitizenId.of(null));
  }

  @Test
  void toString_eighteenChars_keepsFirstFourAndLastFour() {
    assertEquals("4101**********123X", CitizenId.of("41010219900101123X").toString());
    assertEquals("1101*******1002", CitizenId.of("110105491231002").toString());
  }

  @Test
  void toString_eightCharsOrFewer_masksEverything() {
    assertEquals("********", CitizenId.of("12345678").toString());
    assertEquals("***", CitizenId.of("abc").toString());
    assertEquals("", CitizenId.of("").toString());
  }

  @Test
  void toStringAndParseMessage_anyText_neverContainRawText() {
    Gen<String> texts =
        lists()
            .of(integers().between(0, ALLOWED.length() - 1))
            .ofSizeBetween(1, 20)
            .map(
                ix ->
                    ix.stream()
                        .map(i -> String.valueOf(ALLOWED.charAt(i)))
                        .collect(Collectors.joining()));
    qt().forAll(texts.mix(bodies().map(b -> b + CitizenId.checkCharacter(b)), 30))
        .checkAssert(
            raw -> {
              CitizenId id = CitizenId.of(raw);
              assertFalse(id.toString().contains(raw));
              try {
                CitizenId.parse(raw);
              } catch (InvalidIdentifierException e) {
                assertFalse(e.getMessage().contains(raw));
              }
            });
  }

  @Test
  void isValid_anyBodyWithComputedCheck_isTrue() {
    qt().forAll(bodies())
        .checkAssert(
            body -> assertTrue(CitizenId.of(body + CitizenId.checkCharacter(body)).isValid()));
  }

  @Test
  void isValid_anySingleSubstitution_isFalse() {
    qt().withExamples(300)
        .forAll(bodies())
        .checkAssert(
            body -> {
              String valid = body + CitizenId.checkCharacter(body);
              Substitutions.assertEachInvalid(valid, ALLOWED, s -> CitizenId.of(s).isValid());
            });
  }
}
