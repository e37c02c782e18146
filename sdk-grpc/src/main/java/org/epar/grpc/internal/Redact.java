package org.epar.grpc.internal;

/**
 * Shortens and masks client-supplied text before it is echoed in an error detail, a finding
 * location or a log line, so no personal data and no unbounded value leaves the server.
 *
 * <ul>
 *   <li>a run of ASCII digits and {@code X}/{@code x} holding nine or more digits, and a phone
 *       number or citizen id written in groups ({@code 138 1234 5678}), is replaced by as many
 *       {@code *}: citizen ids, phone and bank numbers (an 8-digit date is kept);
 *   <li>every character outside printable ASCII (Chinese names, control characters) becomes {@code
 *       *};
 *   <li>the result is cut to {@value #MAX_ECHO} characters plus {@code …}.
 * </ul>
 *
 * <p>A name written in Latin letters cannot be told from an identifier and is kept; the {@code
 * echo} of a key or id is for the client's own orientation only.
 */
public final class Redact {

  /** At most this many characters of a client-supplied value are echoed. */
  public static final int MAX_ECHO = 64;

  /** Appended to a shortened value. */
  public static final String ELLIPSIS = "…";

  /**
   * Runs of digits (and {@code X}) holding at least this many digits are masked: citizen ids (15 or
   * 18), phone numbers (11), bank cards; an 8-digit date in a record id is kept.
   */
  static final int MIN_MASKED_DIGITS = 9;

  /** Phone numbers and citizen ids written in groups: {@code 138 1234 5678}, {@code 110105-...}. */
  private static final java.util.regex.Pattern SEPARATED =
      java.util.regex.Pattern.compile(
          "(?<![0-9])(?:1[3-9][0-9][- ][0-9]{4}[- ][0-9]{4}"
              + "|[0-9]{6}[- ][0-9]{8}[- ][0-9]{3}[0-9Xx])(?![0-9])");

  private Redact() {}

  /**
   * A client-supplied value (map key, record id, field path) fit to echo: masked and shortened.
   *
   * @param value the value
   * @return the masked value, at most {@value #MAX_ECHO} characters plus an ellipsis
   */
  public static String echo(String value) {
    return shorten(maskDigits(maskNonAscii(head(value))), MAX_ECHO);
  }

  /**
   * A field path or finding location ({@code object_type/object_id/path}) fit to echo: each {@code
   * /}-separated segment masked and shortened like {@link #echo}.
   *
   * @param path the path
   * @return the masked path
   */
  public static String echoPath(String path) {
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

  /** The first characters only, so masking a multi-megabyte value stays cheap. */
  private static String head(String value) {
    return head(value, MAX_ECHO * 4L);
  }

  private static String head(String value, long keep) {
    return value.length() <= keep ? value : value.substring(0, (int) keep);
  }

  private static String maskNonAscii(String s) {
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

  private static String maskDigits(String s) {
    char[] c = s.toCharArray();
    int i = 0;
    while (i < c.length) {
      if (!isIdChar(c[i])) {
        i++;
        continue;
      }
      int j = i;
      int digits = 0;
      while (j < c.length && isIdChar(c[j])) {
        if (c[j] >= '0' && c[j] <= '9') {
          digits++;
        }
        j++;
      }
      if (digits >= MIN_MASKED_DIGITS) {
        for (int k = i; k < j; k++) {
          c[k] = '*';
        }
      }
      i = j;
    }
    return SEPARATED.matcher(new String(c)).replaceAll(m -> "*".repeat(m.group().length()));
  }

  /** Characters of a number-like run: ASCII digits and the check character X of a citizen id. */
  private static boolean isIdChar(char c) {
    return c >= '0' && c <= '9' || c == 'X' || c == 'x';
  }
}
