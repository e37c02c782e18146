package org.epar.core.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens and masks client-supplied text before it is echoed in an error detail, a finding
 * location, a report or a log line, so no personal data and no unbounded value leaves the program.
 * The one implementation the server, the assessment outputs and the command line share.
 *
 * <ul>
 *   <li>a run of ASCII digits and {@code X}/{@code x} holding nine or more digits, and a phone
 *       number or citizen id written in groups ({@code 138 1234 5678}), is replaced by as many
 *       {@code *}: citizen ids, phone and bank numbers (an 8-digit date is kept). A division code
 *       is kept: a run of exactly 9 or 12 digits (township, village) starting with a province code
 *       ({@code 11}-{@code 82}), unless the digit groups joined to it by a single {@code -} or
 *       space make 15 digits or more (an identity number written in two groups). So {@code village
 *       130425109211} and {@code H-130425100001-01} stay readable;
 *   <li>in an {@linkplain #echo echoed value} every character outside printable ASCII (Chinese
 *       names, control characters) becomes {@code *}, and the result is cut to {@value #MAX_ECHO}
 *       characters plus {@code …}.
 * </ul>
 *
 * <p>A name written in Latin letters cannot be told from an identifier and is kept. Text that needs
 * no masking is returned as is, without copying, so masking every finding of a large report stays
 * cheap.
 *
 * @since 0.3.0
 */
public final class Masking {

  /** At most this many characters of a client-supplied value are echoed. */
  public static final int MAX_ECHO = 64;

  /** Appended to a shortened value. */
  public static final String ELLIPSIS = "…";

  /**
   * Runs of digits (and {@code X}) holding at least this many digits are masked: citizen ids (15 or
   * 18), phone numbers (11), bank cards; an 8-digit date in a record id is kept.
   */
  public static final int MIN_MASKED_DIGITS = 9;

  /** The fewest digits a {@link #SEPARATED} match holds (a phone number in groups). */
  private static final int MIN_SEPARATED_DIGITS = 11;

  /** Phone numbers and citizen ids written in groups: {@code 138 1234 5678}, {@code 110105-...}. */
  private static final Pattern SEPARATED =
      Pattern.compile(
          "(?<![0-9])(?:1[3-9][0-9][- ][0-9]{4}[- ][0-9]{4}"
              + "|[0-9]{6}[- ][0-9]{8}[- ][0-9]{3}[0-9Xx])(?![0-9])");

  private Masking() {}

  /**
   * A client-supplied value (map key, record id, observed value) fit to echo: masked and shortened.
   *
   * @param value the value
   * @return the masked value, at most {@value #MAX_ECHO} characters plus an ellipsis
   */
  public static String echo(String value) {
    if (value.length() <= MAX_ECHO && printableAscii(value) && digits(value) < MIN_MASKED_DIGITS) {
      return value;
    }
    return shorten(maskDigits(maskNonAscii(head(value, MAX_ECHO * 4L))), MAX_ECHO);
  }

  /**
   * A field path or finding location ({@code object_type/object_id/path}) fit to echo: each {@code
   * /}-separated segment masked and shortened like {@link #echo}.
   *
   * @param path the path
   * @return the masked path
   */
  public static String echoPath(String path) {
    if (path.length() <= MAX_ECHO * 16
        && printableAscii(path)
        && digits(path) < MIN_MASKED_DIGITS
        && longestSegment(path, '/') <= MAX_ECHO) {
      return path;
    }
    String p = head(path, MAX_ECHO * 16L);
    StringBuilder out = new StringBuilder(Math.min(p.length(), MAX_ECHO * 4));
    int start = 0;
    while (true) {
      int slash = p.indexOf('/', start);
      out.append(echo(slash < 0 ? p.substring(start) : p.substring(start, slash)));
      if (slash < 0) {
        break;
      }
      out.append('/');
      start = slash + 1;
    }
    return out.toString();
  }

  /**
   * A message that may quote values (e.g. a validator's finding message): digit runs masked, every
   * whitespace-separated word longer than {@value #MAX_ECHO} characters shortened, the whole cut to
   * {@code max} characters. Chinese text is kept.
   *
   * @param message the message
   * @param max the most characters kept, before the ellipsis
   * @return the masked message
   */
  public static String message(String message, int max) {
    if (message.length() <= max
        && digits(message) < MIN_MASKED_DIGITS
        && longestWord(message) <= MAX_ECHO) {
      return message;
    }
    String s = maskDigits(head(message, max * 4L));
    StringBuilder out = new StringBuilder(Math.min(s.length(), max + 1));
    int i = 0;
    while (i < s.length()) {
      int j = i;
      boolean space = Character.isWhitespace(s.charAt(i));
      while (j < s.length() && Character.isWhitespace(s.charAt(j)) == space) {
        j++;
      }
      String word = s.substring(i, j);
      out.append(space ? word : shorten(word, MAX_ECHO));
      i = j;
    }
    return shorten(out.toString(), max);
  }

  /**
   * Free text (an error message, a file name, a report line) with every number-like run that may be
   * a citizen id, a phone or a bank number replaced by as many {@code *}, in any length; everything
   * else, Chinese text included, is kept.
   *
   * @param text the text
   * @return the masked text, the same instance when nothing needed masking
   */
  public static String text(String text) {
    return digits(text) < MIN_MASKED_DIGITS ? text : maskDigits(text);
  }

  /**
   * Whether a value may be client text holding personal data: a character outside printable ASCII
   * (a name), or a number-like run that {@link #text} masks (an id, a phone number).
   *
   * @param value the value
   * @return true when the value should not be quoted unmasked
   */
  public static boolean mayHoldPersonalData(String value) {
    return !printableAscii(value) || text(value) != value;
  }

  /**
   * The value cut to {@code max} characters plus {@code …} when longer (never splits a surrogate
   * pair).
   *
   * @param value the value
   * @param max the most characters kept
   * @return the value or its shortened form
   */
  public static String shorten(String value, int max) {
    if (value.length() <= max) {
      return value;
    }
    int end = max;
    if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + ELLIPSIS;
  }

  private static String head(String value, long keep) {
    return value.length() <= keep ? value : value.substring(0, (int) keep);
  }

  private static boolean printableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** The number of ASCII digits, counted up to {@link #MIN_SEPARATED_DIGITS}. */
  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < MIN_SEPARATED_DIGITS; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  private static int longestSegment(String s, char separator) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == separator ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static int longestWord(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = Character.isWhitespace(s.charAt(i)) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static String maskNonAscii(String s) {
    if (printableAscii(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue; // one star per code point
      } else {
        b.append(c >= 0x20 && c < 0x7f ? c : '*');
      }
    }
    return b.toString();
  }

  /** The text with number-like runs masked; the same instance when none is. */
  private static String maskDigits(String s) {
    int total = digits(s);
    if (total < MIN_MASKED_DIGITS) {
      return s;
    }
    // the scan reads a char array and leaves each long run to maskRun: with the run's checks
    // inlined here (String.charAt's Latin-1/UTF-16 branch at every read, the joined groups walked
    // twice) C2 made 23 KB of code of this method, each compilation cost 0.5-1 s of compiler CPU,
    // and profile-predicate traps had it recompiled several times (docs/performance.md, issue 12)
    char[] c = s.toCharArray();
    boolean changed = false;
    int i = 0;
    int n = c.length;
    while (i < n) {
      if (!isIdChar(c[i])) {
        i++;
        continue;
      }
      int j = i;
      int digits = 0;
      while (j < n && isIdChar(c[j])) {
        digits += digit(c[j]) ? 1 : 0;
        j++;
      }
      if (digits >= MIN_MASKED_DIGITS) {
        changed |= maskRun(s, c, i, j, digits);
      }
      i = j;
    }
    String masked = changed ? new String(c) : s;
    if (total < MIN_SEPARATED_DIGITS || digits(masked) < MIN_SEPARATED_DIGITS) {
      return masked;
    }
    Matcher m = SEPARATED.matcher(masked);
    return m.find() ? m.replaceAll(r -> "*".repeat(r.group().length())) : masked;
  }

  /**
   * Masks the run {@code [from, to)} of {@code digits} digits in {@code c} (a copy of {@code s}),
   * with the groups joined to it when they make an identity number; false when the run is a
   * division code and stays.
   */
  private static boolean maskRun(String s, char[] c, int from, int to, int digits) {
    int begin = joinedBegin(s, from);
    int end = joinedEnd(s, to);
    int joined = digitsIn(s, begin, end);
    if ((digits == 9 || digits == 12) && to - from == digits && province(s, from) && joined < 15) {
      return false;
    }
    for (int k = from; k < to; k++) {
      c[k] = '*';
    }
    if (joined >= 15) {
      // the rest of an identity number written in groups: its groups, not their separators
      for (int k = begin; k < end; k++) {
        if (isIdChar(s.charAt(k))) {
          c[k] = '*';
        }
      }
    }
    return true;
  }

  /**
   * Where the number-like groups joined to a run starting at {@code from} by a single {@code -} or
   * space begin (each group holding a digit; a group without one ends the chain).
   */
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

  /** Where the groups joined to a run ending at {@code to} end; see {@link #joinedBegin}. */
  private static int joinedEnd(String s, int to) {
    int end = to;
    for (int k = to; k + 1 < s.length() && separator(s.charAt(k)) && isIdChar(s.charAt(k + 1)); ) {
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
      n += digit(s.charAt(k)) ? 1 : 0;
    }
    return n;
  }

  /** Whether the two digits at {@code i} are a province code in use (11-82). */
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

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Characters of a number-like run: ASCII digits and the check character X of a citizen id. */
  private static boolean isIdChar(char c) {
    return c >= '0' && c <= '9' || c == 'X' || c == 'x';
  }
}
