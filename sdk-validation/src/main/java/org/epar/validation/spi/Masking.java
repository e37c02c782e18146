package org.epar.validation.spi;

/**
 * Masks personal data before it reaches a finding, a log line or an exception message.
 *
 * <p>Identity numbers, names and phone numbers are personal data (DM 四(六): 依法保护信息安全). A finding's
 * observed value and messages must only carry masked forms.
 *
 * @since 0.1.0
 */
public final class Masking {

  private Masking() {}

  /**
   * Masks an identifier or phone number: the first and last 4 characters stay when the text has 12
   * or more characters ({@code 4101**********123X}); shorter text keeps at most its first 2.
   *
   * @param value the personal value
   * @return the masked value, of the same length
   */
  public static String mask(String value) {
    int n = value.length();
    if (n >= 12) {
      return value.substring(0, 4) + "*".repeat(n - 8) + value.substring(n - 4);
    }
    if (n > 4) {
      return value.substring(0, 2) + "*".repeat(n - 2);
    }
    return "*".repeat(n);
  }

  /**
   * Masks a person's name: the first character stays ({@code 张**}).
   *
   * @param name the name
   * @return the masked name, of the same length in code points
   */
  public static String name(String name) {
    int n = name.codePointCount(0, name.length());
    if (n == 0) {
      return name;
    }
    return new String(Character.toChars(name.codePointAt(0))) + "*".repeat(Math.max(1, n - 1));
  }
}
