package org.epar.core.id;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident citizen identity number (公民身份号码, GB 11643-1999), kept exactly as it was given.
 *
 * <p>An 18-character number is: a 6-digit area code (first digit 1-9; it is <em>not</em> checked
 * against a division list, because people keep numbers issued under since-abolished codes), the
 * birth date {@code YYYYMMDD} (a real date, not before 1900-01-01, not after today), a 3-digit
 * sequence (odd last digit = male, even = female) and the ISO 7064 MOD 11-2 check character ({@code
 * 0}-{@code 9} or {@code X}). A lower-case {@code x} check character is accepted as valid.
 *
 * <p>A 15-digit legacy number (6-digit area, {@code YYMMDD} in the 1900s, 3-digit sequence, no
 * check character) is recognised ({@link #isLegacy()}), is valid when its area and birth date are,
 * and can be converted with {@link #toEighteen()}. Rule CORE-ID-01 asks for 18 characters, so a
 * validator that enforces it should also report {@link #isLegacy()} numbers.
 *
 * <p><strong>Personal data.</strong> {@link #raw()} is personal data (个人信息): do not log it. {@link
 * #toString()} masks it, and no exception message produced by this type contains it.
 *
 * <p>{@link #equals(Object)} and {@link #hashCode()} are the record's and compare {@link #raw()}
 * exactly, so {@code ...002x} and {@code ...002X} are <em>not</em> equal; use {@link
 * #sameAs(CitizenId)} to compare normalized forms. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * CitizenId id = CitizenId.of(text);          // never throws on bad content
 * if (!id.isValid()) { report(id.problems()); }
 * Optional<LocalDate> born = id.birthDate();
 * }</pre>
 *
 * @param raw the text exactly as given; never null, may be invalid
 * @since 0.1.0
 */
public record CitizenId(String raw) implements Identifier {

  /** The zone whose calendar decides "today" for {@link #problems()}. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** ISO 7064 MOD 11-2 weights {@code 2^(17-i) mod 11} for positions 1..17. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** Check character for each value of the weighted sum mod 11. */
  private static final String CHECK_CHARS = "10X98765432";

  private static final int LENGTH = 18;
  private static final int LEGACY_LENGTH = 15;
  private static final int MIN_YEAR = 1900;

  private static final List<IdProblem> ONLY_EMPTY = List.of(IdProblem.EMPTY);
  private static final List<IdProblem> ONLY_BAD_LENGTH = List.of(IdProblem.BAD_LENGTH);
  private static final List<IdProblem> ONLY_BAD_CHARACTER = List.of(IdProblem.BAD_CHARACTER);

  /**
   * Every list {@link #problems(LocalDate)} returns once the shape is right, by {@code area * 6 +
   * date * 2 + check}: area 1 for a bad area code, date 1 for a bad and 2 for a future birth date,
   * check 1 for a bad check character; in that order, built once (no list per call).
   */
  private static final List<List<IdProblem>> FOUND = found();

  /** Sex as encoded in the parity of the last sequence digit. */
  public enum Sex {
    /** Male (男): the last sequence digit is odd. */
    MALE,
    /** Female (女): the last sequence digit is even. */
    FEMALE
  }

  /**
   * Creates a citizen identity number from its raw text, valid or not.
   *
   * @param raw the text exactly as given
   * @throws NullPointerException if {@code raw} is null
   */
  public CitizenId {
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * Wraps text as a citizen identity number without validating it.
   *
   * @param raw the text exactly as given
   * @return the identifier, possibly invalid
   * @throws NullPointerException if {@code raw} is null
   */
  public static CitizenId of(String raw) {
    return new CitizenId(raw);
  }

  /**
   * Parses text strictly, using today's date in China for the birth-date check.
   *
   * @param raw the text exactly as given
   * @return the valid identifier
   * @throws InvalidIdentifierException if the text is not a valid number; its message lists the
   *     problem codes and never contains the text
   * @throws NullPointerException if {@code raw} is null
   */
  public static CitizenId parse(String raw) {
    CitizenId id = new CitizenId(raw);
    List<IdProblem> problems = id.problems();
    if (!problems.isEmpty()) {
      throw new InvalidIdentifierException("CitizenId", problems);
    }
    return id;
  }

  /**
   * What is wrong with the number, judging "today" by the calendar in Asia/Shanghai.
   *
   * @return an immutable list, empty when the number is valid
   */
  @Override
  public List<IdProblem> problems() {
    return problems(LocalDate.now(CHINA));
  }

  /**
   * What is wrong with the number, with an explicit "today" for the future-birth-date check.
   *
   * <p>Shape problems ({@link IdProblem#EMPTY}, {@link IdProblem#BAD_LENGTH}, {@link
   * IdProblem#BAD_CHARACTER}) are reported alone; otherwise all of {@link IdProblem#BAD_AREA_CODE},
   * {@link IdProblem#BAD_BIRTH_DATE} or {@link IdProblem#FUTURE_BIRTH_DATE}, and {@link
   * IdProblem#BAD_CHECK_CHARACTER} that apply.
   *
   * @param today the date a birth date must not be after
   * @return an immutable list, empty when the number is valid
   * @throws NullPointerException if {@code today} is null
   */
  public List<IdProblem> problems(LocalDate today) {
    Objects.requireNonNull(today, "today");
    String s = raw;
    int n = s.length();
    if (n != LENGTH && n != LEGACY_LENGTH) {
      return s.isBlank() ? ONLY_EMPTY : ONLY_BAD_LENGTH;
    }
    // one pass over the digits: the shape, the check sum and the birth date together
    int digits = n == LENGTH ? LENGTH - 1 : LEGACY_LENGTH;
    int dateFrom = 6;
    int dateTo = n == LENGTH ? 14 : 12;
    int sum = 0;
    int date = 0;
    for (int i = 0; i < digits; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return s.isBlank() ? ONLY_EMPTY : ONLY_BAD_CHARACTER;
      }
      sum += d * WEIGHTS[i];
      if (i >= dateFrom && i < dateTo) {
        date = date * 10 + d;
      }
    }
    boolean check = false;
    if (n == LENGTH) {
      char last = s.charAt(LENGTH - 1);
      if (!isDigit(last) && last != 'X' && last != 'x') {
        return ONLY_BAD_CHARACTER; // 17 digits first: not blank
      }
      check = CHECK_CHARS.charAt(sum % 11) != Character.toUpperCase(last);
    }
    int y = n == LENGTH ? date / 10000 : 1900 + date / 10000;
    int dateProblem = dateProblem(y, date / 100 % 100, date % 100, today);
    int found = (s.charAt(0) == '0' ? 6 : 0) + dateProblem * 2 + (check ? 1 : 0);
    return FOUND.get(found);
  }

  /**
   * Whether the text is a 15-digit legacy number (first-generation card, no check character).
   *
   * <p>This looks at the shape only (15 ASCII digits); {@link #isValid()} also checks area and
   * date.
   *
   * @return {@code true} for 15 ASCII digits
   */
  public boolean isLegacy() {
    return raw.length() == LEGACY_LENGTH && allDigits(raw, 0, LEGACY_LENGTH);
  }

  /**
   * The number with a lower-case {@code x} check character upper-cased; otherwise {@link #raw()}.
   *
   * @return the normalized text, never null; personal data, do not log
   */
  public String normalized() {
    int n = raw.length();
    if (n > 0 && raw.charAt(n - 1) == 'x') {
      return raw.substring(0, n - 1) + 'X';
    }
    return raw;
  }

  /**
   * Whether two numbers have the same {@link #normalized()} form.
   *
   * <p>A legacy number and its 18-character form are not the same here; compare {@code
   * a.toEighteen()} with {@code b.toEighteen()} for that.
   *
   * @param other the other number
   * @return {@code true} when the normalized forms are equal
   * @throws NullPointerException if {@code other} is null
   */
  public boolean sameAs(CitizenId other) {
    Objects.requireNonNull(other, "other");
    return normalized().equals(other.normalized());
  }

  /**
   * The 18-character form of this number.
   *
   * <p>For a {@linkplain #isLegacy() legacy} number: {@code 19} inserted before the two-digit year
   * and the check character computed (the result is valid when this number is). For an 18-character
   * text: this number itself, unchanged. Otherwise empty.
   *
   * @return the 18-character number, or empty when the text has neither form
   */
  public Optional<CitizenId> toEighteen() {
    if (isLegacy()) {
      StringBuilder b = new StringBuilder(LENGTH);
      b.append(raw, 0, 6).append("19").append(raw, 6, LEGACY_LENGTH);
      b.append(checkCharacter(b));
      return Optional.of(new CitizenId(b.toString()));
    }
    if (raw.length() == LENGTH) {
      return Optional.of(this);
    }
    return Optional.empty();
  }

  /**
   * The birth date encoded in the number, when it can be read.
   *
   * <p>Present when the text has a valid shape (15 or 18 characters of the right kinds) and its
   * date part is a real date on or after 1900-01-01. The check character and the future-date rule
   * are not considered: call {@link #isValid()} before trusting derived data.
   *
   * @return the birth date, or empty when it cannot be read
   */
  public Optional<LocalDate> birthDate() {
    int n = raw.length();
    if ((n != LENGTH && n != LEGACY_LENGTH) || !shapeOk(raw)) {
      return Optional.empty();
    }
    int y = year(raw);
    int m = month(raw);
    int d = day(raw);
    if (!realDate(y, m, d)) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(y, m, d));
  }

  /**
   * The sex encoded in the parity of the last sequence digit (odd = male, even = female).
   *
   * <p>Present when the text has a valid shape (15 or 18 characters of the right kinds); the check
   * character is not considered.
   *
   * @return the sex, or empty when the text does not have the shape of a number
   */
  public Optional<Sex> sex() {
    int n = raw.length();
    if ((n != LENGTH && n != LEGACY_LENGTH) || !shapeOk(raw)) {
      return Optional.empty();
    }
    int last = raw.charAt(n == LENGTH ? 16 : 14) - '0';
    return Optional.of((last & 1) == 1 ? Sex.MALE : Sex.FEMALE);
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character for the first 17 digits of a number.
   *
   * @param first17Digits exactly 17 ASCII digits
   * @return {@code 0}-{@code 9} or {@code X}
   * @throws IllegalArgumentException if the argument is not 17 ASCII digits (the message does not
   *     contain the argument)
   * @throws NullPointerException if the argument is null
   */
  public static char checkCharacter(CharSequence first17Digits) {
    Objects.requireNonNull(first17Digits, "first17Digits");
    if (first17Digits.length() != LENGTH - 1 || !allDigits(first17Digits, 0, LENGTH - 1)) {
      throw new IllegalArgumentException("first17Digits must be exactly 17 ASCII digits");
    }
    return checkValue(first17Digits);
  }

  /**
   * The number masked for logs: the first 4 and last 4 characters kept, every other character
   * replaced by {@code *} (e.g. {@code 4101**********123X}); a text of 8 characters or fewer is
   * masked entirely.
   *
   * @return the masked text
   */
  @Override
  public String toString() {
    int n = raw.length();
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      boolean keep = n > 8 && (i < 4 || i >= n - 4);
      out[i] = keep ? raw.charAt(i) : '*';
    }
    return new String(out);
  }

  // ---- helpers (allocation-free) ----

  private static List<List<IdProblem>> found() {
    IdProblem[] dates = {null, IdProblem.BAD_BIRTH_DATE, IdProblem.FUTURE_BIRTH_DATE};
    List<List<IdProblem>> all = new ArrayList<>();
    for (int area = 0; area < 2; area++) {
      for (IdProblem date : dates) {
        for (int check = 0; check < 2; check++) {
          List<IdProblem> l = new ArrayList<>(3);
          if (area == 1) {
            l.add(IdProblem.BAD_AREA_CODE);
          }
          if (date != null) {
            l.add(date);
          }
          if (check == 1) {
            l.add(IdProblem.BAD_CHECK_CHARACTER);
          }
          all.add(List.copyOf(l));
        }
      }
    }
    return List.copyOf(all);
  }

  /**
   * 15 digits, or 17 digits followed by a digit, {@code X} or {@code x}; length already checked.
   */
  private static boolean shapeOk(String s) {
    int n = s.length();
    int digits = n == LEGACY_LENGTH ? LEGACY_LENGTH : LENGTH - 1;
    for (int i = 0; i < digits; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    if (n == LEGACY_LENGTH) {
      return true;
    }
    char last = s.charAt(LENGTH - 1);
    return isDigit(last) || last == 'X' || last == 'x';
  }

  private static char checkValue(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /** Month of the birth date: positions 11-12 (18 chars) or 9-10 (15 chars). */
  private static int month(String s) {
    return twoDigits(s, s.length() == LENGTH ? 10 : 8);
  }

  /** Day of the birth date: positions 13-14 (18 chars) or 11-12 (15 chars). */
  private static int day(String s) {
    return twoDigits(s, s.length() == LENGTH ? 12 : 10);
  }

  private static int year(String s) {
    if (s.length() == LENGTH) {
      return twoDigits(s, 6) * 100 + twoDigits(s, 8);
    }
    return 1900 + twoDigits(s, 6);
  }

  /** 0 when the date is real and not after {@code today}, 1 when it is not real, 2 when later. */
  private static int dateProblem(int y, int m, int d, LocalDate today) {
    if (!realDate(y, m, d)) {
      return 1;
    }
    int cmp = Integer.compare(y, today.getYear());
    if (cmp == 0) {
      cmp = Integer.compare(m, today.getMonthValue());
    }
    if (cmp == 0) {
      cmp = Integer.compare(d, today.getDayOfMonth());
    }
    return cmp > 0 ? 2 : 0;
  }

  private static boolean realDate(int y, int m, int d) {
    if (y < MIN_YEAR || m < 1 || m > 12 || d < 1) {
      return false;
    }
    int max =
        switch (m) {
          case 2 -> Year.isLeap(y) ? 29 : 28;
          case 4, 6, 9, 11 -> 30;
          default -> 31;
        };
    return d <= max;
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
