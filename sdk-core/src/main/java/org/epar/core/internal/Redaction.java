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
}
