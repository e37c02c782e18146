package org.epar.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TraceCodeTest {

  private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String TRACE_CHARS = ALNUM + "-";

  private static Gen<String> parts(int min, int max) {
    return lists()
        .of(integers().between(0, ALNUM.length() - 1))
        .ofSizeBetween(min, max)
        .map(
            ix ->
                ix.stream()
                    .map(i -> String.valueOf(ALNUM.charAt(i)))
                    .collect(Collectors.joining()));
  }

  private static Gen<String> villageCodes() {
    return integers()
        .between(110000, 659999)
        .zip(
            integers().between(1, 599),
            integers().between(1, 599),
            (county, town, village) -> county + String.format("%03d%03d", town, village));
  }

  private static Gen<TraceCode> programmeCodes() {
    Gen<TraceCode> product =
        CreditCodeTest.bodies()
            .zip(
                parts(1, 20),
                (body, part) ->
                    TraceCode.product(CreditCode.of(body + CreditCode.checkCharacter(body)), part));
    Gen<TraceCode> village = villageCodes().zip(parts(1, 20), TraceCode::village);
    // "HH" prefix keeps a random household part from looking like a citizen identity number
    Gen<TraceCode> household =
        villageCodes()
            .zip(
                parts(1, 14),
                parts(1, 20),
                (v, h, p) -> TraceCode.householdProduct(v, "HH" + h, p));
    return product.mix(village).mix(household, 33);
  }

  private static Gen<String> gtins() {
    return integers()
        .between(0, 3)
        .zip(
            lists().of(integers().between(0, 9)).ofSize(13),
            (len, digits) -> {
              int n = new int[] {7, 11, 12, 13}[len];
              String body =
                  digits.subList(0, n).stream().map(String::valueOf).collect(Collectors.joining());
              return body + TraceCode.gs1CheckDigit(body);
            });
  }

  // GS1 mod 10, by hand. Weights 3,1,3,... from the right, check digit excluded.
  // 4006381333931: body 400638133393 from the right: 3*3 + 9*1 + 3*3 + 3*1 + 3*3 + 1*1 + 8*3 + 3*1
  //   + 6*3 + 0*1 + 0*3 + 4*1 = 9+9+9+3+9+1+24+3+18+0+0+4 = 89; (10 - 89 mod 10) mod 10 = 1.
  // 9501101530003: body 950110153000 from the right: 0*3 + 0*1 + 0*3 + 3*1 + 5*3 + 1*1 + 0*3 + 1*1
  //   + 1*3 + 0*1 + 5*3 + 9*1 = 0+0+0+3+15+1+0+1+3+0+15+9 = 47; (10 - 7) mod 10 = 3.
  @Test
  void gs1CheckDigit_publishedExamples_match() {
    assertEquals('1', TraceCode.gs1CheckDigit("400638133393"));
    assertEquals('3', TraceCode.gs1CheckDigit("950110153000"));
    assertEquals('4', TraceCode.gs1CheckDigit("9638507"));
    assertEquals('2', TraceCode.gs1CheckDigit("03600029145"));
  }

  @Test
  void of_gtin13_isValidGtinWithDigitalLink() {
    TraceCode code = TraceCode.of("9501101530003");
    assertTrue(code.isValid());
    assertEquals(Optional.of(TraceScheme.GTIN), code.scheme());
    assertEquals(Optional.of("09501101530003"), code.gtin14());
    assertEquals(
        Optional.of(URI.create("https://id.gs1.org/01/09501101530003")), code.digitalLinkUri());
  }

  @Test
  void of_gtin8And12And14_areValid() {
    assertTrue(TraceCode.of("96385074").isValid());
    assertTrue(TraceCode.of("036000291452").isValid());
    assertTrue(TraceCode.of("04006381333931").isValid());
    assertEquals(Optional.of("00000096385074"), TraceCode.of("96385074").gtin14());
  }

  @Test
  void problems_gtinShapeErrors_areReported() {
    assertEquals(List.of(IdProblem.BAD_CHECK_CHARACTER), TraceCode.of("4006381333932").problems());
    assertEquals(List.of(IdProblem.BAD_LENGTH), TraceCode.of("4006381339").problems());
    assertEquals(List.of(IdProblem.BAD_CHARACTER), TraceCode.of("40063813339A1").problems());
    assertEquals(Optional.empty(), TraceCode.of("4006381333932").gtin14());
    assertEquals(Optional.empty(), TraceCode.of("4006381333932").digitalLinkUri());
  }

  @Test
  void fromDigitalLink_canonicalAndCustomHost_readGtin() {
    assertEquals(
        "09501101530003", TraceCode.fromDigitalLink("https://id.gs1.org/01/09501101530003").raw());
    assertEquals(
        "4006381333931",
        TraceCode.fromDigitalLink("https://example.cn/shop/01/4006381333931/10/B42?x=1").raw());
  }

  @Test
  void fromDigitalLink_notALink_throwsIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TraceCode.fromDigitalLink("ftp://id.gs1.org/01/09501101530003"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TraceCode.fromDigitalLink("https://id.gs1.org/10/ABC"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TraceCode.fromDigitalLink("https://id.gs1.org/01/12345"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.fromDigitalLink("not a uri"));
  }

  @Test
  void digitalLink_roundTrip_givesSameGtin14() {
    qt().forAll(gtins())
        .checkAssert(
            g -> {
              TraceCode code = TraceCode.of(g);
              URI link = code.digitalLinkUri().orElseThrow();
              assertEquals(code.gtin14(), TraceCode.fromDigitalLink(link.toString()).gtin14());
            });
  }

  @Test
  void gtin_invalid_throwsIllegalArgument() {
    assertEquals("4006381333931", TraceCode.gtin("4006381333931").raw());
    assertThrows(IllegalArgumentException.class, () -> TraceCode.gtin("4006381333932"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.gtin("V-441481103201-HONEY01-J"));
  }

  // ISO 7064 MOD 37,36, by hand, for V-441481103201-HONEY01 (separators skipped, 0-9 -> 0-9, A-Z ->
  // 10-35).
  // Start p = 36; for each value a: s = (p + a) mod 36 (0 read as 36), p = 2s mod 37.
  //   V=31: s=(36+31)%36=31, p=62%37=25 | 4: s=29, p=21 | 4: s=25, p=13 | 1: s=14, p=28
  //   4: s=32, p=27 | 8: s=35, p=33 | 1: s=34, p=31 | 1: s=32, p=27 | 0: s=27, p=17
  //   3: s=20, p=3 | 2: s=5, p=10 | 0: s=10, p=20 | 1: s=21, p=5 | H=17: s=22, p=7
  //   O=24: s=31, p=25 | N=23: s=12, p=24 | E=14: s=2, p=4 | Y=34: s=2, p=4 | 0: s=4, p=8 | 1: s=9,
  // p=18
  //   check c = (37 - 18) mod 36 = 19 -> 'J'.
  @Test
  void checkCharacter_handComputedVillageExample_isJ() {
    assertEquals('J', TraceCode.checkCharacter("V-441481103201-HONEY01"));
    assertEquals("V-441481103201-HONEY01-J", TraceCode.village("441481103201", "HONEY01").raw());
  }

  // Independent vector: the GRid (Global Release Identifier) standard's example
  // A1-2425G-ABC1234002-M
  // uses ISO 7064 MOD 37,36; its check character is M.
  @Test
  void checkCharacter_gridExample_isM() {
    assertEquals('M', TraceCode.checkCharacter("A12425GABC1234002"));
  }

  @Test
  void factories_documentedExamples_areValidWithTheirScheme() {
    TraceCode p = TraceCode.product(CreditCode.of("91350100M000100Y43"), "TEA2018A");
    TraceCode v = TraceCode.village("441481103201", "HONEY01");
    TraceCode h = TraceCode.householdProduct("500241104203", "HH0007", "PORK1");
    assertEquals("P-91350100M000100Y43-TEA2018A-E", p.raw());
    assertEquals("H-500241104203-HH0007-PORK1-J", h.raw());
    assertEquals(Optional.of(TraceScheme.PRODUCT), p.scheme());
    assertEquals(Optional.of(TraceScheme.VILLAGE), v.scheme());
    assertEquals(Optional.of(TraceScheme.HOUSEHOLD_PRODUCT), h.scheme());
    for (TraceCode c : List.of(p, v, h)) {
      assertTrue(c.isValid(), c.toString());
      assertEquals(c, TraceCode.parse(c.raw()));
      assertEquals(Optional.empty(), c.gtin14());
    }
  }

  @Test
  void householdProduct_citizenIdAsHouseholdPart_isRejected() {
    for (String id : List.of("11010519491231002X", "110105194912310029", "110105491231002")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TraceCode.householdProduct("500241104203", id, "PORK1"));
      assertFalse(e.getMessage().contains(id));
    }
    String payload = "H-500241104203-11010519491231002X-PORK1";
    TraceCode smuggled = TraceCode.of(payload + "-" + TraceCode.checkCharacter(payload));
    assertEquals(List.of(IdProblem.BAD_PART), smuggled.problems());
    assertFalse(smuggled.toString().contains("11010519491231002X"));
    InvalidIdentifierException e =
        assertThrows(InvalidIdentifierException.class, () -> TraceCode.parse(smuggled.raw()));
    assertFalse(e.getMessage().contains("11010519491231002X"));
  }

  @Test
  void village_badVillageCode_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> TraceCode.village("44148110320", "A"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.village("441481103000", "A"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.village("441481000201", "A"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.village("441481103600", "A"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.village("44148110320A", "A"));
    // Dongguan (4419) has no county level: towns sit directly under 441900.
    assertTrue(TraceCode.village("441900003001", "LYCHEE").isValid());
  }

  @Test
  void problems_badVillageSegment_isBadSegment() {
    String payload = "V-441481103000-HONEY01";
    assertEquals(
        List.of(IdProblem.BAD_SEGMENT),
        TraceCode.of(payload + "-" + TraceCode.checkCharacter(payload)).problems());
    String shortCode = "V-4414811032-HONEY01";
    assertEquals(
        List.of(IdProblem.BAD_AREA_CODE),
        TraceCode.of(shortCode + "-" + TraceCode.checkCharacter(shortCode)).problems());
  }

  @Test
  void product_badArguments_areRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TraceCode.product(CreditCode.of("91350100M000100Y44"), "A"));
    CreditCode ok = CreditCode.of("91350100M000100Y43");
    assertThrows(IllegalArgumentException.class, () -> TraceCode.product(ok, ""));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.product(ok, "tea"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.product(ok, "A-B"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.product(ok, "A".repeat(21)));
    assertThrows(
        IllegalArgumentException.class,
        () -> TraceCode.householdProduct("500241104203", "A".repeat(17), "P"));
  }

  @Test
  void problems_embeddedCreditCodeWithBadCheck_isBadPart() {
    String payload = "P-91350100M000100Y44-TEA2018A";
    assertEquals(
        List.of(IdProblem.BAD_PART),
        TraceCode.of(payload + "-" + TraceCode.checkCharacter(payload)).problems());
  }

  @Test
  void problems_shapeErrors_areReportedAlone() {
    assertEquals(List.of(IdProblem.EMPTY), TraceCode.of(" ").problems());
    assertEquals(
        List.of(IdProblem.UNKNOWN_SCHEME), TraceCode.of("X-441481103201-HONEY01-J").problems());
    assertEquals(
        List.of(IdProblem.UNKNOWN_SCHEME), TraceCode.of("V441481103201-HONEY01-J").problems());
    assertEquals(Optional.empty(), TraceCode.of("X-1").scheme());
    assertEquals(
        List.of(IdProblem.BAD_CHARACTER), TraceCode.of("V-441481103201-honey01-J").problems());
    assertEquals(List.of(IdProblem.BAD_PART), TraceCode.of("V-441481103201-HONEY01").problems());
    assertEquals(List.of(IdProblem.BAD_PART), TraceCode.of("V-441481103201-HONEY01-JJ").problems());
    assertEquals(List.of(IdProblem.BAD_PART), TraceCode.of("V-441481103201-HONEY-01-J").problems());
    String emptyPart = "V-441481103201-";
    assertEquals(
        List.of(IdProblem.BAD_PART),
        TraceCode.of(emptyPart + "-" + TraceCode.checkCharacter(emptyPart)).problems());
    assertEquals(
        List.of(IdProblem.BAD_CHECK_CHARACTER),
        TraceCode.of("V-441481103201-HONEY01-K").problems());
  }

  @Test
  void checkCharacter_badPayload_throwsIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> TraceCode.checkCharacter("v-1"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.checkCharacter("--"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.gs1CheckDigit("12345"));
    assertThrows(IllegalArgumentException.class, () -> TraceCode.gs1CheckDigit("123456A"));
  }

  @Test
  void termZh_eachScheme_hasChineseTerm() {
    assertEquals("GS1 商品条码", TraceScheme.GTIN.termZh());
    assertEquals("一品一码", TraceScheme.PRODUCT.termZh());
    assertEquals("一村一码", TraceScheme.VILLAGE.termZh());
    assertEquals("一户一品一码", TraceScheme.HOUSEHOLD_PRODUCT.termZh());
  }

  @Test
  void isValid_anyGtinWithComputedCheck_isTrue_andAnySingleSubstitution_isFalse() {
    qt().forAll(gtins())
        .checkAssert(
            valid -> {
              assertTrue(TraceCode.of(valid).isValid());
              Substitutions.assertEachInvalid(valid, "0123456789", s -> TraceCode.of(s).isValid());
            });
  }

  @Test
  void isValid_anyProgrammeCodeFromFactory_isTrue() {
    qt().forAll(programmeCodes())
        .checkAssert(
            code -> {
              assertTrue(code.isValid(), code.raw());
              assertTrue(code.scheme().isPresent());
            });
  }

  @Test
  void isValid_anySingleSubstitutionInProgrammeCode_isFalse() {
    qt().withExamples(200)
        .forAll(programmeCodes())
        .checkAssert(
            code -> {
              Substitutions.assertEachInvalid(
                  code.raw(), TRACE_CHARS, s -> TraceCode.of(s).isValid());
            });
  }
}
