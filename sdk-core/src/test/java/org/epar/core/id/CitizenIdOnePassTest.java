package org.epar.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CitizenId#problems(LocalDate)} in one pass (shape, check sum and birth date together, no
 * list built per call) finds exactly what the earlier implementation, kept here as the reference,
 * found: on valid numbers, on numbers one character off, on every length around 15 and 18, blank
 * and non-ASCII texts, against any "today".
 */
class CitizenIdOnePassTest {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";
  private static final String ALPHABET =
      "0123456789012345678901234567890123456789Xx a\t\u4e2d\u0660";

  /** A number-like text: valid, one character off, or of random characters and length. */
  private static String text(int kind, long seed) {
    Random rnd = new Random(seed);
    int[] lengths = {0, 1, 14, 15, 15, 16, 17, 18, 18, 18, 19};
    return switch (kind) {
      case 0, 1 -> valid(rnd);
      case 2 -> { // valid, then one character changed
        char[] c = valid(rnd).toCharArray();
        c[rnd.nextInt(c.length)] = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
        yield new String(c);
      }
      case 3 -> " ".repeat(lengths[rnd.nextInt(lengths.length)]);
      default -> {
        int n = lengths[rnd.nextInt(lengths.length)];
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
          b.append(ALPHABET.charAt(rnd.nextInt(kind == 4 ? 10 : ALPHABET.length())));
        }
        yield b.toString();
      }
    };
  }

  /** A valid 18-character number or a 15-digit legacy one, born between 1890 and 2110. */
  private static String valid(Random rnd) {
    int area = 110000 + rnd.nextInt(800000);
    int y = 1890 + rnd.nextInt(220);
    int m = 1 + rnd.nextInt(12);
    int d = 1 + rnd.nextInt(31);
    String seq = String.format("%03d", rnd.nextInt(1000));
    if (rnd.nextInt(4) == 0) {
      return String.format("%06d%02d%02d%02d%s", area, y % 100, m, d, seq);
    }
    String first17 = String.format("%06d%04d%02d%02d%s", area, y, m, d, seq);
    return first17 + CitizenId.checkCharacter(first17);
  }

  @Test
  void onePass_findsWhatTheEarlierImplementationFound() {
    qt().withExamples(50_000)
        .forAll(integers().between(0, 6), longs().all(), integers().between(0, 220 * 366))
        .checkAssert(
            (kind, seed, day) -> {
              String raw = text(kind, seed);
              LocalDate today = LocalDate.of(1890, 1, 1).plusDays(day);
              assertEquals(reference(raw, today), CitizenId.of(raw).problems(today), raw);
            });
  }

  @Test
  void aValidNumber_allocatesNoList() {
    LocalDate today = LocalDate.of(2018, 12, 31);
    assertSame(List.of(), CitizenId.of("11010519491231002X").problems(today));
    List<IdProblem> bad = CitizenId.of("110105194912310021").problems(today);
    assertEquals(List.of(IdProblem.BAD_CHECK_CHARACTER), bad);
    assertSame(bad, CitizenId.of("110105194912310021").problems(today), "one list, shared");
  }

  // ---- the implementation before the one-pass rewrite, verbatim in behaviour ----

  private static List<IdProblem> reference(String s, LocalDate today) {
    int n = s.length();
    if (s.isBlank()) {
      return List.of(IdProblem.EMPTY);
    }
    if (n != 18 && n != 15) {
      return List.of(IdProblem.BAD_LENGTH);
    }
    if (!shapeOk(s)) {
      return List.of(IdProblem.BAD_CHARACTER);
    }
    List<IdProblem> found = new ArrayList<>();
    if (s.charAt(0) == '0') {
      found.add(IdProblem.BAD_AREA_CODE);
    }
    IdProblem date = dateProblem(s, today);
    if (date != null) {
      found.add(date);
    }
    if (n == 18 && checkValue(s) != Character.toUpperCase(s.charAt(17))) {
      found.add(IdProblem.BAD_CHECK_CHARACTER);
    }
    return List.copyOf(found);
  }

  private static boolean shapeOk(String s) {
    if (s.length() == 15) {
      return allDigits(s, 0, 15);
    }
    char last = s.charAt(17);
    return allDigits(s, 0, 17) && (isDigit(last) || last == 'X' || last == 'x');
  }

  private static char checkValue(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  private static IdProblem dateProblem(String s, LocalDate today) {
    int y = s.length() == 18 ? twoDigits(s, 6) * 100 + twoDigits(s, 8) : 1900 + twoDigits(s, 6);
    int m = twoDigits(s, s.length() == 18 ? 10 : 8);
    int d = twoDigits(s, s.length() == 18 ? 12 : 10);
    if (y < 1900 || m < 1 || m > 12 || d < 1) {
      return IdProblem.BAD_BIRTH_DATE;
    }
    int max =
        switch (m) {
          case 2 -> Year.isLeap(y) ? 29 : 28;
          case 4, 6, 9, 11 -> 30;
          default -> 31;
        };
    if (d > max) {
      return IdProblem.BAD_BIRTH_DATE;
    }
    return LocalDate.of(y, m, d).isAfter(today) ? IdProblem.FUTURE_BIRTH_DATE : null;
  }

  private static int twoDigits(CharSequence s, int at) {
    return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
  }

  private static boolean allDigits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
