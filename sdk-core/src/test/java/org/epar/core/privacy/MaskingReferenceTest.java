package org.epar.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Masking#text} masks exactly what the implementation before issue 12's JIT fix masked (that
 * one, kept here as the reference, inlined the run's checks into one method whose C2 compilation
 * cost 0.5-1 s; docs/performance.md): random text of digits, {@code X}, separators, letters and
 * Chinese characters, where runs, joined groups, division codes and grouped phone numbers meet.
 */
class MaskingReferenceTest {

  private static final String ALPHABET = "0123456789012345678901234567891Xx  --a/张";

  @Test
  void text_masksExactlyWhatTheReferenceMasks() {
    qt().withExamples(20_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int n = r.nextInt(60);
              StringBuilder b = new StringBuilder(n);
              for (int i = 0; i < n; i++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
              }
              String s = b.toString();
              assertEquals(Reference.text(s), Masking.text(s), s);
            });
  }

  @Test
  void text_ofPlantedIdsPhonesAndCodes_masksExactlyWhatTheReferenceMasks() {
    String[] parts = {
      "130425109211",
      "130425100",
      "11010119900307123X",
      "110101 19900307 123X",
      "138 1234 5678",
      "138-1234-5678",
      "13800138000",
      "20180302",
      "99",
      "x",
      " ",
      "-",
      "张三"
    };
    qt().withExamples(20_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              StringBuilder b = new StringBuilder();
              for (int i = r.nextInt(8); i >= 0; i--) {
                b.append(parts[r.nextInt(parts.length)]);
                if (r.nextBoolean()) {
                  b.append(r.nextBoolean() ? " " : "-");
                }
              }
              String s = b.toString();
              assertEquals(Reference.text(s), Masking.text(s), s);
            });
  }

  /** Masking.text as of commit e6584e9, before maskRun. */
  private static final class Reference {
    private static final Pattern SEPARATED =
        Pattern.compile(
            "(?<![0-9])(?:1[3-9][0-9][- ][0-9]{4}[- ][0-9]{4}"
                + "|[0-9]{6}[- ][0-9]{8}[- ][0-9]{3}[0-9Xx])(?![0-9])");

    static String text(String text) {
      return digits(text) < 9 ? text : maskDigits(text);
    }

    private static int digits(String s) {
      int n = 0;
      for (int i = 0; i < s.length() && n < 11; i++) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          n++;
        }
      }
      return n;
    }

    private static String maskDigits(String s) {
      int total = digits(s);
      if (total < 9) {
        return s;
      }
      char[] c = null;
      int i = 0;
      int n = s.length();
      while (i < n) {
        if (!isIdChar(s.charAt(i))) {
          i++;
          continue;
        }
        int j = i;
        int digits = 0;
        while (j < n && isIdChar(s.charAt(j))) {
          if (s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            digits++;
          }
          j++;
        }
        if (digits >= 9 && !divisionCode(s, i, j, digits)) {
          if (c == null) {
            c = s.toCharArray();
          }
          for (int k = i; k < j; k++) {
            c[k] = '*';
          }
          int begin = joinedBegin(s, i);
          int end = joinedEnd(s, j);
          if (digitsIn(s, begin, end) >= 15) {
            for (int k = begin; k < end; k++) {
              if (isIdChar(s.charAt(k))) {
                c[k] = '*';
              }
            }
          }
        }
        i = j;
      }
      String masked = c == null ? s : new String(c);
      if (total < 11 || digits(masked) < 11) {
        return masked;
      }
      Matcher m = SEPARATED.matcher(masked);
      return m.find() ? m.replaceAll(x -> "*".repeat(x.group().length())) : masked;
    }

    private static boolean divisionCode(String s, int from, int to, int digits) {
      return (digits == 9 || digits == 12)
          && to - from == digits
          && province(s, from)
          && digitsIn(s, joinedBegin(s, from), joinedEnd(s, to)) < 15;
    }

    private static int joinedBegin(String s, int from) {
      int begin = from;
      for (int k = from - 1; k >= 1 && separator(s.charAt(k)) && isIdChar(s.charAt(k - 1)); ) {
        int b = k - 1;
        while (b >= 0 && isIdChar(s.charAt(b))) {
          b--;
        }
        if (digitsIn(s, b + 1, k) == 0) {
          break;
        }
        begin = b + 1;
        k = b;
      }
      return begin;
    }

    private static int joinedEnd(String s, int to) {
      int end = to;
      for (int k = to;
          k + 1 < s.length() && separator(s.charAt(k)) && isIdChar(s.charAt(k + 1)); ) {
        int e = k + 1;
        while (e < s.length() && isIdChar(s.charAt(e))) {
          e++;
        }
        if (digitsIn(s, k + 1, e) == 0) {
          break;
        }
        end = e;
        k = e;
      }
      return end;
    }

    private static int digitsIn(String s, int from, int to) {
      int n = 0;
      for (int k = from; k < to; k++) {
        n += s.charAt(k) >= '0' && s.charAt(k) <= '9' ? 1 : 0;
      }
      return n;
    }

    private static boolean province(String s, int i) {
      int p = (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
      return p >= 11 && p <= 15
          || p >= 21 && p <= 23
          || p >= 31 && p <= 37
          || p >= 41 && p <= 46
          || p >= 50 && p <= 54
          || p >= 61 && p <= 65
          || p == 71
          || p == 81
          || p == 82;
    }

    private static boolean separator(char c) {
      return c == '-' || c == ' ';
    }

    private static boolean isIdChar(char c) {
      return c >= '0' && c <= '9' || c == 'X' || c == 'x';
    }
  }
}
