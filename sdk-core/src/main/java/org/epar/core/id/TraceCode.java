package org.epar.core.id;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A traceability code (追溯码) of a farm product, kept exactly as it was given (rule CORE-ID-04).
 *
 * <p>The {@linkplain #scheme() scheme} is decided by the start of the text:
 *
 * <ul>
 *   <li>a digit: {@link TraceScheme#GTIN}, 8, 12, 13 or 14 digits whose last is the GS1 mod-10
 *       check digit (weights 3, 1, 3, ... from the right, check digit excluded);
 *   <li>{@code P-}: {@link TraceScheme#PRODUCT} (一品一码), {@code P-{credit
 *       code}-{product/batch}-{check}};
 *   <li>{@code V-}: {@link TraceScheme#VILLAGE} (一村一码), {@code V-{village
 *       code}-{product/batch}-{check}};
 *   <li>{@code H-}: {@link TraceScheme#HOUSEHOLD_PRODUCT} (一户一品一码), {@code H-{village
 *       code}-{household}-{product/batch}-{check}}.
 * </ul>
 *
 * <p>The programme formats are EPAR's own (no national standard defines them):
 *
 * <ul>
 *   <li>only upper-case {@code [0-9A-Z]} and the separator {@code -}; anything else is {@link
 *       IdProblem#BAD_CHARACTER};
 *   <li>{@code credit code}: a valid {@link CreditCode} of the producer (else {@link
 *       IdProblem#BAD_PART});
 *   <li>{@code village code}: a 12-digit statistical division code at village level (else {@link
 *       IdProblem#BAD_AREA_CODE}) whose township and village segments (digits 7-9 and 10-12) lie in
 *       001-599 (else {@link IdProblem#BAD_SEGMENT});
 *   <li>{@code household}: 1-16 characters, a local household number; it must never be a citizen
 *       identity number, so 15 digits, or 17 digits followed by a digit or {@code X}, is {@link
 *       IdProblem#BAD_PART};
 *   <li>{@code product/batch}: 1-20 characters (else {@link IdProblem#BAD_PART});
 *   <li>{@code check}: one character, ISO 7064 MOD 37,36 (hybrid system over {@code 0-9 A-Z},
 *       values 0-35) computed over the letters and digits before the last {@code -}, separators
 *       skipped (see {@link #checkCharacter(CharSequence)}); a mismatch is {@link
 *       IdProblem#BAD_CHECK_CHARACTER}.
 * </ul>
 *
 * <p>A wrong number of parts, or a check part that is not exactly one character, is {@link
 * IdProblem#BAD_PART}; a text with no known start is {@link IdProblem#UNKNOWN_SCHEME}. Instances
 * are immutable and thread-safe; equality is the record's, on {@link #raw()}.
 *
 * <pre>{@code
 * TraceCode code = TraceCode.village("441481103201", "HONEY2018");
 * TraceCode same = TraceCode.parse(code.raw());
 * TraceCode gtin = TraceCode.fromDigitalLink("https://id.gs1.org/01/09501101530003");
 * }</pre>
 *
 * @param raw the text exactly as given; never null, may be invalid
 * @since 0.1.0
 */
public record TraceCode(String raw) implements Identifier {

  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final int M = 36;
  private static final int MAX_PRODUCT_PART = 20;
  private static final int MAX_HOUSEHOLD_PART = 16;
  private static final int VILLAGE_CODE_LENGTH = 12;
  private static final int CREDIT_CODE_LENGTH = 18;
  private static final String DIGITAL_LINK_PREFIX = "https://id.gs1.org/01/";

  // Problem bits, reported in this order.
  private static final IdProblem[] ORDER = {
    IdProblem.BAD_AREA_CODE,
    IdProblem.BAD_SEGMENT,
    IdProblem.BAD_PART,
    IdProblem.BAD_CHECK_CHARACTER
  };
  private static final int AREA = 1;
  private static final int SEGMENT = 2;
  private static final int PART = 4;
  private static final int CHECK = 8;

  /**
   * Creates a trace code from its raw text, valid or not.
   *
   * @param raw the text exactly as given
   * @throws NullPointerException if {@code raw} is null
   */
  public TraceCode {
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * Wraps text as a trace code without validating it.
   *
   * @param raw the text exactly as given
   * @return the code, possibly invalid
   * @throws NullPointerException if {@code raw} is null
   */
  public static TraceCode of(String raw) {
    return new TraceCode(raw);
  }

  /**
   * Parses text strictly.
   *
   * @param raw the text exactly as given
   * @return the valid code
   * @throws InvalidIdentifierException if the code is not valid; the message lists problem codes
   *     and never contains the text
   * @throws NullPointerException if {@code raw} is null
   */
  public static TraceCode parse(String raw) {
    TraceCode code = new TraceCode(raw);
    List<IdProblem> problems = code.problems();
    if (!problems.isEmpty()) {
      throw new InvalidIdentifierException("TraceCode", problems);
    }
    return code;
  }

  /**
   * Builds a valid {@link TraceScheme#PRODUCT} (一品一码) code, computing its check character.
   *
   * @param producer the producer's valid credit code
   * @param part the product/batch part, 1-20 characters of {@code [0-9A-Z]}
   * @return the valid code
   * @throws IllegalArgumentException if the credit code is invalid or the part is malformed
   * @throws NullPointerException if an argument is null
   */
  public static TraceCode product(CreditCode producer, String part) {
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(part, "part");
    if (!producer.isValid()) {
      throw new IllegalArgumentException(
          "producer credit code is not valid: " + producer.problems());
    }
    requirePart(part, MAX_PRODUCT_PART, "part");
    return withCheck(
        new StringBuilder().append("P-").append(producer.raw()).append('-').append(part));
  }

  /**
   * Builds a valid {@link TraceScheme#VILLAGE} (一村一码) code, computing its check character.
   *
   * @param villageCode12 the 12-digit division code of the village
   * @param part the product/batch part, 1-20 characters of {@code [0-9A-Z]}
   * @return the valid code
   * @throws IllegalArgumentException if the village code or the part is malformed
   * @throws NullPointerException if an argument is null
   */
  public static TraceCode village(String villageCode12, String part) {
    Objects.requireNonNull(villageCode12, "villageCode12");
    Objects.requireNonNull(part, "part");
    requireVillage(villageCode12);
    requirePart(part, MAX_PRODUCT_PART, "part");
    return withCheck(
        new StringBuilder().append("V-").append(villageCode12).append('-').append(part));
  }

  /**
   * Builds a valid {@link TraceScheme#HOUSEHOLD_PRODUCT} (一户一品一码) code, computing its check
   * character.
   *
   * @param villageCode12 the 12-digit division code of the household's village
   * @param householdPart the local household number, 1-16 characters of {@code [0-9A-Z]}; never a
   *     citizen identity number
   * @param productPart the product/batch part, 1-20 characters of {@code [0-9A-Z]}
   * @return the valid code
   * @throws IllegalArgumentException if an argument is malformed, or the household part looks like
   *     a citizen identity number (the message never contains the arguments)
   * @throws NullPointerException if an argument is null
   */
  public static TraceCode householdProduct(
      String villageCode12, String householdPart, String productPart) {
    Objects.requireNonNull(villageCode12, "villageCode12");
    Objects.requireNonNull(householdPart, "householdPart");
    Objects.requireNonNull(productPart, "productPart");
    requireVillage(villageCode12);
    requirePart(householdPart, MAX_HOUSEHOLD_PART, "householdPart");
    if (looksLikeCitizenId(householdPart, 0, householdPart.length())) {
      throw new IllegalArgumentException("householdPart must not be a citizen identity number");
    }
    requirePart(productPart, MAX_PRODUCT_PART, "productPart");
    return withCheck(
        new StringBuilder()
            .append("H-")
            .append(villageCode12)
            .append('-')
            .append(householdPart)
            .append('-')
            .append(productPart));
  }

  /**
   * Wraps a complete GTIN (8, 12, 13 or 14 digits including its check digit) as a trace code.
   *
   * @param digits the GTIN with its check digit
   * @return the valid code
   * @throws IllegalArgumentException if the digits are not a valid GTIN
   * @throws NullPointerException if {@code digits} is null
   */
  public static TraceCode gtin(String digits) {
    Objects.requireNonNull(digits, "digits");
    TraceCode code = new TraceCode(digits);
    if (!digits.isEmpty() && isDigit(digits.charAt(0)) && code.isValid()) {
      return code;
    }
    throw new IllegalArgumentException("not a valid GTIN: " + code.problems());
  }

  /**
   * Reads the GTIN from a GS1 Digital Link URI such as {@code
   * https://id.gs1.org/01/09501101530003}.
   *
   * <p>Any {@code http} or {@code https} host is accepted; the GTIN is the path segment after the
   * first {@code /01/}. The GTIN is not otherwise validated: check {@link #isValid()} on the
   * result.
   *
   * @param uri the Digital Link URI
   * @return the trace code of the GTIN, possibly with a wrong check digit
   * @throws IllegalArgumentException if the text is not an http(s) URI with a {@code /01/} GTIN of
   *     8, 12, 13 or 14 digits
   * @throws NullPointerException if {@code uri} is null
   */
  public static TraceCode fromDigitalLink(String uri) {
    Objects.requireNonNull(uri, "uri");
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URI");
    }
    String scheme = parsed.getScheme();
    String path = parsed.getRawPath();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        || path == null) {
      throw new IllegalArgumentException("not an http(s) GS1 Digital Link URI");
    }
    int at = path.indexOf("/01/");
    if (at < 0) {
      throw new IllegalArgumentException("GS1 Digital Link URI has no /01/ GTIN");
    }
    int from = at + 4;
    int to = path.indexOf('/', from);
    if (to < 0) {
      to = path.length();
    }
    int n = to - from;
    boolean digits = true;
    for (int i = from; i < to; i++) {
      digits &= isDigit(path.charAt(i));
    }
    if (!digits || !gtinLength(n)) {
      throw new IllegalArgumentException("GS1 Digital Link GTIN is not 8, 12, 13 or 14 digits");
    }
    return new TraceCode(path.substring(from, to));
  }

  /**
   * The scheme the code's start announces, whether or not the rest is valid.
   *
   * @return the scheme, or empty when the text has no known start
   */
  public Optional<TraceScheme> scheme() {
    TraceScheme s = schemeOf(raw);
    return s == null ? Optional.empty() : Optional.of(s);
  }

  /**
   * What is wrong with the code.
   *
   * <p>{@link IdProblem#EMPTY}, {@link IdProblem#UNKNOWN_SCHEME}, {@link IdProblem#BAD_CHARACTER},
   * {@link IdProblem#BAD_LENGTH} (GTIN) and a wrong number of parts ({@link IdProblem#BAD_PART})
   * are reported alone; otherwise all of {@link IdProblem#BAD_AREA_CODE}, {@link
   * IdProblem#BAD_SEGMENT}, {@link IdProblem#BAD_PART} and {@link IdProblem#BAD_CHECK_CHARACTER}
   * that apply, in that order.
   *
   * @return an immutable list, empty when the code is valid
   */
  @Override
  public List<IdProblem> problems() {
    String s = raw;
    if (s.isBlank()) {
      return List.of(IdProblem.EMPTY);
    }
    TraceScheme scheme = schemeOf(s);
    if (scheme == null) {
      return List.of(IdProblem.UNKNOWN_SCHEME);
    }
    if (scheme == TraceScheme.GTIN) {
      return gtinProblems(s);
    }
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '-' && value(c) < 0) {
        return List.of(IdProblem.BAD_CHARACTER);
      }
    }
    // Separator positions; the scheme prefix "X-" gives the first at index 1.
    int expected = scheme == TraceScheme.HOUSEHOLD_PRODUCT ? 4 : 3;
    int[] dash = new int[expected];
    int count = 0;
    for (int i = 1; i < n; i++) {
      if (s.charAt(i) == '-') {
        if (count == expected) {
          return List.of(IdProblem.BAD_PART);
        }
        dash[count++] = i;
      }
    }
    if (count != expected || dash[expected - 1] != n - 2) {
      return List.of(IdProblem.BAD_PART);
    }
    int bits = 0;
    if (scheme == TraceScheme.PRODUCT) {
      int from = dash[0] + 1;
      int to = dash[1];
      if (to - from != CREDIT_CODE_LENGTH || !CreditCode.problemsOf(s, from, to).isEmpty()) {
        bits |= PART;
      }
    } else {
      bits |= villageBits(s, dash[0] + 1, dash[1]);
    }
    if (scheme == TraceScheme.HOUSEHOLD_PRODUCT) {
      int from = dash[1] + 1;
      int to = dash[2];
      if (!partLengthOk(to - from, MAX_HOUSEHOLD_PART) || looksLikeCitizenId(s, from, to)) {
        bits |= PART;
      }
    }
    int productFrom = dash[expected - 2] + 1;
    if (!partLengthOk(dash[expected - 1] - productFrom, MAX_PRODUCT_PART)) {
      bits |= PART;
    }
    if (checkValue(s, n - 2) != s.charAt(n - 1)) {
      bits |= CHECK;
    }
    return fromBits(bits);
  }

  /**
   * Whether the code is a GTIN; when valid, the GTIN left-padded with zeros to 14 digits.
   *
   * @return the GTIN-14, or empty when the code is not a valid GTIN
   */
  public Optional<String> gtin14() {
    if (schemeOf(raw) != TraceScheme.GTIN || !isValid()) {
      return Optional.empty();
    }
    return Optional.of("0".repeat(14 - raw.length()) + raw);
  }

  /**
   * The canonical GS1 Digital Link URI of a valid GTIN: {@code https://id.gs1.org/01/{gtin14}}.
   *
   * @return the URI, or empty when the code is not a valid GTIN
   */
  public Optional<URI> digitalLinkUri() {
    return gtin14().map(g -> URI.create(DIGITAL_LINK_PREFIX + g));
  }

  /**
   * Computes the ISO 7064 MOD 37,36 check character of a programme trace code.
   *
   * <p>The argument is everything before the last {@code -}, e.g. {@code V-441481103201-HONEY01};
   * separators are skipped, every other character ({@code 0-9}, {@code A-Z}) counts with values
   * 0-35. The check character {@code c} makes the hybrid system end in 1: starting with {@code p =
   * 36}, for each value {@code a}: {@code s = (p + a) mod 36} (0 read as 36), {@code p = 2s mod
   * 37}; then {@code c = (37 - p) mod 36}.
   *
   * @param payload the code before its last separator
   * @return the check character, {@code 0-9} or {@code A-Z}
   * @throws IllegalArgumentException if the payload has a character other than {@code 0-9}, {@code
   *     A-Z}, {@code -}, or no letter or digit at all
   * @throws NullPointerException if {@code payload} is null
   */
  public static char checkCharacter(CharSequence payload) {
    Objects.requireNonNull(payload, "payload");
    boolean any = false;
    for (int i = 0; i < payload.length(); i++) {
      char c = payload.charAt(i);
      if (c != '-') {
        if (value(c) < 0) {
          throw new IllegalArgumentException("payload may only contain 0-9, A-Z and -");
        }
        any = true;
      }
    }
    if (!any) {
      throw new IllegalArgumentException("payload has no letter or digit");
    }
    return checkValue(payload, payload.length());
  }

  /**
   * Computes the GS1 mod-10 check digit for a GTIN without its check digit.
   *
   * @param digitsWithoutCheck 7, 11, 12 or 13 ASCII digits
   * @return the check digit {@code 0}-{@code 9}
   * @throws IllegalArgumentException if the argument is not 7, 11, 12 or 13 ASCII digits
   * @throws NullPointerException if the argument is null
   */
  public static char gs1CheckDigit(CharSequence digitsWithoutCheck) {
    Objects.requireNonNull(digitsWithoutCheck, "digitsWithoutCheck");
    int n = digitsWithoutCheck.length();
    if (!gtinLength(n + 1)) {
      throw new IllegalArgumentException("a GTIN body has 7, 11, 12 or 13 digits");
    }
    for (int i = 0; i < n; i++) {
      if (!isDigit(digitsWithoutCheck.charAt(i))) {
        throw new IllegalArgumentException("a GTIN body has only ASCII digits");
      }
    }
    return gs1Check(digitsWithoutCheck, n);
  }

  /**
   * The code as given, except that a run of 15 or more digits (which could be a citizen identity
   * number wrongly put into a code) is masked with {@code *}.
   *
   * @return {@code TraceCode[} + masked raw + {@code ]}
   */
  @Override
  public String toString() {
    char[] out = raw.toCharArray();
    int run = 0;
    for (int i = 0; i <= out.length; i++) {
      boolean digit =
          i < out.length && (isDigit(out[i]) || ((out[i] == 'X' || out[i] == 'x') && run > 0));
      if (digit) {
        run++;
      } else {
        if (run >= 15) {
          for (int j = i - run; j < i; j++) {
            out[j] = '*';
          }
        }
        run = 0;
      }
    }
    return "TraceCode[" + new String(out) + "]";
  }

  // ---- helpers ----

  private static TraceScheme schemeOf(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char c = s.charAt(0);
    if (isDigit(c)) {
      return TraceScheme.GTIN;
    }
    if (s.length() < 2 || s.charAt(1) != '-') {
      return null;
    }
    return switch (c) {
      case 'P' -> TraceScheme.PRODUCT;
      case 'V' -> TraceScheme.VILLAGE;
      case 'H' -> TraceScheme.HOUSEHOLD_PRODUCT;
      default -> null;
    };
  }

  private static List<IdProblem> gtinProblems(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return List.of(IdProblem.BAD_CHARACTER);
      }
    }
    if (!gtinLength(n)) {
      return List.of(IdProblem.BAD_LENGTH);
    }
    return gs1Check(s, n - 1) == s.charAt(n - 1)
        ? List.of()
        : List.of(IdProblem.BAD_CHECK_CHARACTER);
  }

  /** GS1 mod 10 over {@code s[0, len)}: weight 3 on the rightmost digit, then 1, 3, ... */
  private static char gs1Check(CharSequence s, int len) {
    int sum = 0;
    for (int i = len - 1, w = 3; i >= 0; i--, w = 4 - w) {
      sum += (s.charAt(i) - '0') * w;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private static boolean gtinLength(int n) {
    return n == 8 || n == 12 || n == 13 || n == 14;
  }

  /** MOD 37,36 over the alphanumerics of {@code s[0, end)}; all characters already checked. */
  private static char checkValue(CharSequence s, int end) {
    int p = M;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        continue;
      }
      int t = (p + value(c)) % M;
      if (t == 0) {
        t = M;
      }
      p = (t * 2) % (M + 1);
    }
    return ALPHANUMERIC.charAt((M + 1 - p) % M);
  }

  private static int villageBits(CharSequence s, int from, int to) {
    if (to - from != VILLAGE_CODE_LENGTH) {
      return AREA;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return AREA;
      }
    }
    return segmentOk(s, from + 6) && segmentOk(s, from + 9) ? 0 : SEGMENT;
  }

  /** A three-digit township or village segment in 001-599. */
  private static boolean segmentOk(CharSequence s, int at) {
    int v = (s.charAt(at) - '0') * 100 + (s.charAt(at + 1) - '0') * 10 + (s.charAt(at + 2) - '0');
    return v >= 1 && v <= 599;
  }

  private static boolean looksLikeCitizenId(CharSequence s, int from, int to) {
    int n = to - from;
    if (n != 15 && n != 18) {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    char last = s.charAt(to - 1);
    return isDigit(last) || (n == 18 && (last == 'X' || last == 'x'));
  }

  private static boolean partLengthOk(int n, int max) {
    return n >= 1 && n <= max;
  }

  private static void requirePart(String part, int max, String name) {
    if (!partLengthOk(part.length(), max)) {
      throw new IllegalArgumentException(name + " must have 1-" + max + " characters");
    }
    for (int i = 0; i < part.length(); i++) {
      if (value(part.charAt(i)) < 0) {
        throw new IllegalArgumentException(name + " may only contain 0-9 and A-Z");
      }
    }
  }

  private static void requireVillage(String code) {
    int bits = villageBits(code, 0, code.length());
    if (bits == AREA) {
      throw new IllegalArgumentException("villageCode12 must be 12 digits");
    }
    if (bits == SEGMENT) {
      throw new IllegalArgumentException(
          "villageCode12 township and village segments must be 001-599");
    }
  }

  private static TraceCode withCheck(StringBuilder payload) {
    char check = checkValue(payload, payload.length());
    return new TraceCode(payload.append('-').append(check).toString());
  }

  private static List<IdProblem> fromBits(int bits) {
    if (bits == 0) {
      return List.of();
    }
    IdProblem[] found = new IdProblem[ORDER.length];
    int k = 0;
    for (int i = 0; i < ORDER.length; i++) {
      if ((bits & (1 << i)) != 0) {
        found[k++] = ORDER[i];
      }
    }
    return List.of(Arrays.copyOf(found, k));
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
