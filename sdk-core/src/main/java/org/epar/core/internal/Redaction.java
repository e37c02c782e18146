package org.epar.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data (names, phone numbers, identity numbers) for {@code toString()}, logs and
 * messages.
 */
public final class Redaction {

  /** What a redacted value prints as. */
  public static final String REDACTED = "***";

  private Redaction() {}

  /**
   * Shows only whether a personal value is present.
   *
   * @param value a name or phone number, may be null
   * @return {@code null} when absent, {@value #REDACTED} otherwise
   */
  public static @Nullable String redact(@Nullable String value) {
    return value == null ? null : REDACTED;
  }

  /**
   * Keeps the first {@code head} and last {@code tail} characters and stars the rest; a value too
   * short to keep anything is fully starred.
   *
   * @param value the text
   * @param head characters kept at the start
   * @param tail characters kept at the end
   * @return the masked text, of the same length
   */
  public static String mask(String value, int head, int tail) {
    int n = value.length();
    if (n <= head + tail) {
      return "*".repeat(n);
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(value, 0, head);
    sb.append("*".repeat(n - head - tail));
    sb.append(value, n - tail, n);
    return sb.toString();
  }
}
