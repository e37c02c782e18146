package org.epar.core.id;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of an enterprise, cooperative, institution
 * or village collective, kept exactly as it was given.
 *
 * <p>The code has 18 characters from {@value #ALPHABET} (31 characters, without I, O, Z, S, V):
 *
 * <ol>
 *   <li>position 1, the registration authority (登记管理部门代码): {@code 1} 机构编制, {@code 5} 民政, {@code 9}
 *       工商 (market regulation), {@code N} 农业 (agricultural authority, for village collective
 *       economic organisations), {@code Y} 其他, and the other authorities of the later amendments;
 *       this type accepts {@code 1}-{@code 9}, {@code A}, {@code G}, {@code J}, {@code N}, {@code
 *       Y} and reports anything else as {@link IdProblem#BAD_ORGANISATION_TYPE};
 *   <li>position 2, the organisation type (机构类别代码), e.g. {@code 91} enterprise, {@code 93} farmers'
 *       cooperative (农民专业合作社); checked permissively: any character of the set except {@code 0};
 *   <li>positions 3-8, the area code of the registering authority (登记管理机关行政区划码), 6 digits;
 *   <li>positions 9-17, the organisation code body (主体标识码);
 *   <li>position 18, the check character: weights {@code 3^(i-1) mod 31}, check value {@code 31 -
 *       (sum mod 31)} with 31 mapped to 0, as an index into the character set.
 * </ol>
 *
 * <p>Official codes are upper case: a lower-case letter is {@link IdProblem#BAD_CHARACTER}, and
 * {@link #normalized()} offers the upper-cased text. A credit code identifies an organisation, not
 * a person, so {@link #toString()} shows it. Instances are immutable and thread-safe; equality is
 * the record's, on {@link #raw()}.
 *
 * <pre>{@code
 * CreditCode code = CreditCode.of("91350100M000100Y43");
 * boolean ok = code.isValid();   // true
 * }</pre>
 *
 * @param raw the text exactly as given; never null, may be invalid
 * @since 0.1.0
 */
public record CreditCode(String raw) implements Identifier {

  /** The 31 characters a credit code is made of, in the order of their values 0..30. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int LENGTH = 18;
  private static final int MODULUS = 31;

  /** Weights {@code 3^(i-1) mod 31} for positions 1..17. */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** Value of each ASCII character in {@link #ALPHABET}, or -1. */
  private static final int[] VALUES = new int[128];

  static {
    Arrays.fill(VALUES, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = i;
    }
  }

  /**
   * Creates a credit code from its raw text, valid or not.
   *
   * @param raw the text exactly as given
   * @throws NullPointerException if {@code raw} is null
   */
  public CreditCode {
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * Wraps text as a credit code without validating it.
   *
   * @param raw the text exactly as given
   * @return the code, possibly invalid
   * @throws NullPointerException if {@code raw} is null
   */
  public static CreditCode of(String raw) {
    return new CreditCode(raw);
  }

  /**
   * Parses text strictly.
   *
   * @param raw the text exactly as given
   * @return the valid code
   * @throws InvalidIdentifierException if the code is not valid; the message lists problem codes
   * @throws NullPointerException if {@code raw} is null
   */
  public static CreditCode parse(String raw) {
    CreditCode code = new CreditCode(raw);
    List<IdProblem> problems = code.problems();
    if (!problems.isEmpty()) {
      throw new InvalidIdentifierException("CreditCode", problems);
    }
    return code;
  }

  /**
   * What is wrong with the code.
   *
   * <p>Shape problems ({@link IdProblem#EMPTY}, {@link IdProblem#BAD_LENGTH}, {@link
   * IdProblem#BAD_CHARACTER}) are reported alone; otherwise all of {@link
   * IdProblem#BAD_ORGANISATION_TYPE}, {@link IdProblem#BAD_AREA_CODE} and {@link
   * IdProblem#BAD_CHECK_CHARACTER} that apply.
   *
   * @return an immutable list, empty when the code is valid
   */
  @Override
  public List<IdProblem> problems() {
    return problemsOf(raw, 0, raw.length());
  }

  /**
   * The problems of the code held in {@code s[from, to)}, without copying it.
   *
   * @param s the text holding the code
   * @param from first index of the code
   * @param to index after the code
   * @return an immutable list, empty when the code is valid
   */
  static List<IdProblem> problemsOf(CharSequence s, int from, int to) {
    int n = to - from;
    if (n == 0 || isBlank(s, from, to)) {
      return List.of(IdProblem.EMPTY);
    }
    if (n != LENGTH) {
      return List.of(IdProblem.BAD_LENGTH);
    }
    for (int i = from; i < to; i++) {
      if (value(s.charAt(i)) < 0) {
        return List.of(IdProblem.BAD_CHARACTER);
      }
    }
    IdProblem type =
        validAuthority(s.charAt(from)) && s.charAt(from + 1) != '0'
            ? null
            : IdProblem.BAD_ORGANISATION_TYPE;
    IdProblem area = null;
    for (int i = from + 2; i < from + 8; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        area = IdProblem.BAD_AREA_CODE;
        break;
      }
    }
    IdProblem check =
        checkValue(s, from) == s.charAt(from + LENGTH - 1) ? null : IdProblem.BAD_CHECK_CHARACTER;
    if (type == null && area == null && check == null) {
      return List.of();
    }
    IdProblem[] found = new IdProblem[3];
    int k = 0;
    if (type != null) {
      found[k++] = type;
    }
    if (area != null) {
      found[k++] = area;
    }
    if (check != null) {
      found[k++] = check;
    }
    return List.of(Arrays.copyOf(found, k));
  }

  /**
   * The code with ASCII lower-case letters upper-cased; {@link #raw()} when there are none.
   *
   * @return the normalized text, never null
   */
  public String normalized() {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return raw.toUpperCase(Locale.ROOT);
      }
    }
    return raw;
  }

  /**
   * Computes the GB 32100 check character for the first 17 characters of a code.
   *
   * @param first17 exactly 17 characters of {@link #ALPHABET} (upper case)
   * @return the check character, one of {@link #ALPHABET}
   * @throws IllegalArgumentException if the argument is not 17 characters of the set
   * @throws NullPointerException if the argument is null
   */
  public static char checkCharacter(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("first17 must have exactly 17 characters");
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (value(first17.charAt(i)) < 0) {
        throw new IllegalArgumentException("first17 contains a character outside " + ALPHABET);
      }
    }
    return checkValue(first17, 0);
  }

  /**
   * The code as given; a credit code is not personal data.
   *
   * @return {@code CreditCode[} + raw + {@code ]}
   */
  @Override
  public String toString() {
    return "CreditCode[" + raw + "]";
  }

  private static char checkValue(CharSequence s, int from) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += value(s.charAt(from + i)) * WEIGHTS[i];
    }
    int c = MODULUS - sum % MODULUS;
    return ALPHABET.charAt(c == MODULUS ? 0 : c);
  }

  private static boolean validAuthority(char c) {
    return (c >= '1' && c <= '9') || c == 'A' || c == 'G' || c == 'J' || c == 'N' || c == 'Y';
  }

  private static boolean isBlank(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }
}
