package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link RuleSettings}' typed getters: {@code date} reads {@code yyyy-MM-dd} on a path of its own
 * and must agree with {@link LocalDate#parse} on every text, and {@code list} with the trimmed,
 * non-empty tokens.
 */
class RuleSettingsTest {

  private static final char[] DATE_CHARS = "0123456789-+ \t:Tx０".toCharArray();

  private static RuleSettings with(String name, String value) {
    return new RuleSettings("p", "CORE-DUP-01", null, Map.of(name, value));
  }

  /** What {@link LocalDate#parse} makes of the trimmed text: the date, or null when it fails. */
  private static LocalDate reference(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate read(String text) {
    try {
      return with("deadline", text).date("deadline");
    } catch (ProfileException e) {
      assertEquals("deadline", e.parameter().orElseThrow(), "names the parameter");
      return null;
    }
  }

  /**
   * Texts near the shape yyyy-MM-dd: well shaped (some days and months out of range), one character
   * off, or any 8 to 12 of digits, dashes, signs, blanks and a full-width digit.
   */
  private static Gen<String> dateLike() {
    Gen<String> chars =
        lists()
            .of(integers().between(0, DATE_CHARS.length - 1))
            .ofSizeBetween(8, 12)
            .map(
                l -> {
                  StringBuilder b = new StringBuilder();
                  for (int i : l) {
                    b.append(DATE_CHARS[i]);
                  }
                  return b.toString();
                });
    Gen<String> shaped =
        integers()
            .between(0, 10_999)
            .zip(
                integers().between(0, 14),
                integers().between(0, 33),
                (y, m, d) -> String.format("%04d-%02d-%02d", y % 10_000, m, d));
    // a shaped text with one character replaced: a dash, a digit or a sign out of place
    Gen<String> mutated =
        shaped.zip(
            integers().between(0, 9),
            integers().between(0, DATE_CHARS.length - 1),
            (t, at, c) -> t.substring(0, at) + DATE_CHARS[c] + t.substring(at + 1));
    return shaped.mix(mutated, 50).mix(chars, 30);
  }

  @Test
  void date_agreesWithLocalDateParse_onEveryText() {
    qt().withExamples(20_000)
        .forAll(dateLike())
        .checkAssert(t -> assertEquals(reference(t), read(t), () -> "text '" + t + "'"));
  }

  @Test
  void date_boundaries() {
    assertEquals(LocalDate.of(2018, 12, 31), read("2018-12-31"));
    assertEquals(LocalDate.of(2018, 12, 31), read(" 2018-12-31\t"));
    assertEquals(LocalDate.of(2020, 2, 29), read("2020-02-29"));
    assertEquals(LocalDate.of(0, 1, 1), read("0000-01-01"));
    assertEquals(null, read("2019-02-29"), "no such day");
    assertEquals(null, read("2018-13-01"));
    assertEquals(null, read("2018-00-10"));
    assertEquals(null, read("2018-1-011"));
    assertEquals(null, read("2018-12-3１"), "a full-width digit");
    assertEquals(null, read("+2018-12-31"));
    assertEquals(null, read("2018/12/31"));
    ProfileException e =
        assertThrows(ProfileException.class, () -> with("d", "2018-02-30").date("d"));
    assertTrue(e.getMessage().contains("is not an ISO-8601 date: '2018-02-30'"), e.getMessage());
  }

  @Test
  void list_isTheTrimmedNonEmptyTokens() {
    assertEquals(List.of("A", "B", "C"), with("l", " A, B ,,C, ").list("l"));
    assertEquals(List.of(), with("l", " , ").list("l"));
    assertEquals(List.of(), with("l", "").list("l"));
    qt().withExamples(2_000)
        .forAll(dateLike())
        .checkAssert(
            t -> {
              String text = t.replace('-', ',');
              List<String> expected =
                  Arrays.stream(text.split(","))
                      .map(String::trim)
                      .filter(s -> !s.isEmpty())
                      .toList();
              List<String> got = with("l", text).list("l");
              assertEquals(expected, got, () -> "text '" + text + "'");
              assertThrows(UnsupportedOperationException.class, () -> got.add("x"));
              assertTrue(got.stream().allMatch(Objects::nonNull));
            });
  }
}
