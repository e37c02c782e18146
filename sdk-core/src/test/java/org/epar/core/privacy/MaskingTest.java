package org.epar.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What is echoed of client text: exact masking and length boundaries, and planted data. */
class MaskingTest {

  @Test
  void digitRuns_ofEightAreKept_ofNineAreMasked() {
    assertEquals("T-20180402-5", Masking.echo("T-20180402-5"));
    assertEquals("id-*********", Masking.echo("id-993456789"));
    assertEquals("******************", Masking.echo("11010519491231002X"));
    assertEquals("tel ***********", Masking.echo("tel 13812345678"));
    assertEquals("tel *************", Masking.echo("tel 138 1234 5678"));
    assertEquals("tel *************", Masking.echo("tel 138-1234-5678"));
    assertEquals("********************", Masking.echo("110105 19491231 002X"));
  }

  @Test
  void nonAsciiCharacters_areMaskedOnePerCodePoint() {
    assertEquals("name ***", Masking.echo("name 张三丰"));
    assertEquals("a*b", Masking.echo("a\uD83D\uDE00b"));
    assertEquals("a*b", Masking.echo("a\nb"));
  }

  @Test
  void echo_of64CharactersIsKept_65IsCutWithAnEllipsis() {
    String s64 = "a".repeat(64);
    assertEquals(s64, Masking.echo(s64));
    assertEquals(s64 + "…", Masking.echo(s64 + "b"));
    assertEquals(s64 + "…", Masking.echo("a".repeat(3_000_000)));
  }

  @Test
  void paths_areMaskedSegmentBySegment() {
    assertEquals(
        "disbursement/" + "x".repeat(64) + "…/amount",
        Masking.echoPath("disbursement/" + "x".repeat(500) + "/amount"));
    assertEquals("site/***/name", Masking.echoPath("site/张三丰/name"));
  }

  @Test
  void messages_keepChineseText_maskNumbers_cutLongWords() {
    assertEquals("金额不能为负数。", Masking.message("金额不能为负数。", 200));
    assertEquals("值 ************** 无效", Masking.message("值 13812345678901 无效", 200));
    assertEquals(
        "v " + "9".repeat(8) + " x " + "y".repeat(64) + "…",
        Masking.message("v 99999999 x " + "y".repeat(100), 200));
    assertEquals("ab…", Masking.message("abc", 2));
  }

  @Test
  void text_masksNumberRunsOfNineDigits_keepsEightAndEverythingElse() {
    assertEquals("file 20180402.ndjson 张三", Masking.text("file 20180402.ndjson 张三"));
    assertEquals("id ********* ok", Masking.text("id 993456789 ok"));
    assertEquals("tel ************* 张三", Masking.text("tel 138 1234 5678 张三"));
    String plain = "nothing to mask 12345678";
    assertSame(plain, Masking.text(plain));
  }

  @Test
  void mayHoldPersonalData_nonAsciiOrNineDigits() {
    assertFalse(Masking.mayHoldPersonalData("12345678"));
    assertTrue(Masking.mayHoldPersonalData("993456789"));
    assertTrue(Masking.mayHoldPersonalData("张"));
    assertTrue(Masking.mayHoldPersonalData("138-1234-5678"));
    assertFalse(Masking.mayHoldPersonalData("site-7 ok"));
  }

  @Test
  void divisionCodes_ofTownshipsAndVillages_areKept_unlessTheyMayBePartOfAnId() {
    assertEquals("village 130425109211", Masking.text("village 130425109211"));
    assertEquals("H-130425100001-01 ok", Masking.text("H-130425100001-01 ok"));
    assertEquals("township 130425100", Masking.echo("township 130425100"));
    assertFalse(Masking.mayHoldPersonalData("130425109211"));
    // not a province: masked; 11 or 13 digits: masked; an X: masked
    assertEquals("v ************", Masking.text("v 991234567890"));
    assertEquals("v ***********", Masking.text("v 13042510921"));
    assertEquals("v *************", Masking.text("v 1304251092111"));
    assertEquals("v ************", Masking.text("v 13042510921X"));
    // an identity number in two groups, 12 + 6 or 9 + 9: the long group is masked
    assertEquals("id ************ ******", Masking.text("id 110105194912 31002X"));
    assertEquals("id *********-*********", Masking.text("id 110105194-91231002X"));
    // 12 + 2 (a household id) is 14 digits: kept
    assertEquals("130425100001 01", Masking.text("130425100001 01"));
  }

  @Test
  void plantedDivisionCodes_surviveAndIdsSplitAfterThem_doNot() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String[] provinces = {"11", "13", "23", "37", "44", "50", "65", "82"};
              StringBuilder code = new StringBuilder(provinces[r.nextInt(provinces.length)]);
              int length = r.nextBoolean() ? 12 : 9;
              while (code.length() < length) {
                code.append((char) ('0' + r.nextInt(10)));
              }
              String text = ordinary(r) + " x " + code + " x " + ordinary(r);
              assertSame(text, Masking.text(text));
              assertEquals(text, Masking.message(text, 10_000));
              StringBuilder tail = new StringBuilder();
              while (tail.length() < 18 - length) {
                tail.append((char) ('0' + r.nextInt(10)));
              }
              String separator = r.nextBoolean() ? " " : "-";
              String split = code + separator + tail;
              String planted = ordinary(r) + " x " + split + " x " + ordinary(r);
              String masked = "*".repeat(length) + separator + "*".repeat(18 - length);
              assertTrue(Masking.text(planted).contains(masked), planted);
              assertTrue(Masking.message(planted, 10_000).contains(masked), planted);
              assertFalse(Masking.echo(planted).contains(code), planted);
            });
  }

  @Test
  void plantedCitizenIdsPhonesAndNames_neverSurvive() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String id = citizenId(r);
              String phone = phone(r);
              String name = name(r);
              String text =
                  ordinary(r) + " " + id + " " + ordinary(r) + " " + phone + " " + ordinary(r);
              for (String out :
                  new String[] {
                    Masking.text(text),
                    Masking.message(text, 10_000),
                    Masking.echo(text),
                    Masking.echoPath(text.replace(' ', '/'))
                  }) {
                assertFalse(out.contains(id), out);
                assertFalse(out.contains(phone), out);
                assertFalse(out.contains(digitsOf(id)), out);
                assertFalse(out.contains(digitsOf(phone)), out);
              }
              String named = ordinary(r) + name + ordinary(r);
              assertFalse(Masking.echo(named).contains(name));
              assertFalse(Masking.echoPath("site/" + named + "/name").contains(name));
              assertTrue(Masking.mayHoldPersonalData(named));
              assertTrue(Masking.mayHoldPersonalData(id));
              assertTrue(Masking.mayHoldPersonalData(phone));
            });
  }

  @Test
  void ordinaryText_survivesUnchanged() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = ordinary(r);
              assertSame(text, Masking.text(text));
              assertEquals(text, Masking.message(text, 10_000));
              assertEquals(Masking.shorten(text, Masking.MAX_ECHO), Masking.echo(text));
              assertFalse(Masking.mayHoldPersonalData(text));
            });
  }

  /** 18 characters: 17 digits and a digit or X (the check character is not verified). */
  private static String citizenId(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 17; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    b.append(r.nextInt(11) == 10 ? 'X' : (char) ('0' + r.nextInt(10)));
    String id = b.toString();
    return r.nextBoolean()
        ? id
        : id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
  }

  /** 11 digits starting 13 to 19, written whole or in groups of 3-4-4. */
  private static String phone(Random r) {
    StringBuilder b = new StringBuilder("1").append((char) ('3' + r.nextInt(7)));
    for (int i = 0; i < 9; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    String p = b.toString();
    return switch (r.nextInt(3)) {
      case 0 -> p;
      case 1 -> p.substring(0, 3) + " " + p.substring(3, 7) + " " + p.substring(7);
      default -> p.substring(0, 3) + "-" + p.substring(3, 7) + "-" + p.substring(7);
    };
  }

  /** Two to four CJK characters. */
  private static String name(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 2 + r.nextInt(3); i > 0; i--) {
      b.append((char) (0x4e00 + r.nextInt(0x5000)));
    }
    return b.toString();
  }

  /**
   * Printable ASCII words and numbers of at most eight digits, space separated, never two numbers
   * in a row (numbers in groups are how ids and phones are written).
   */
  private static String ordinary(Random r) {
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.,:;()[]";
    StringBuilder b = new StringBuilder();
    boolean number = false;
    for (int w = r.nextInt(6); w >= 0; w--) {
      if (b.length() > 0) {
        b.append(' ');
      }
      number = !number && r.nextInt(3) == 0;
      if (number) {
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
          b.append((char) ('0' + r.nextInt(10)));
        }
      } else {
        for (int i = 1 + r.nextInt(12); i > 0; i--) {
          b.append(letters.charAt(r.nextInt(letters.length())));
        }
      }
    }
    return b.toString();
  }

  private static String digitsOf(String s) {
    return s.replaceAll("[^0-9Xx]", "");
  }
}
