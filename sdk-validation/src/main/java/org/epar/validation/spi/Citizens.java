package org.epar.validation.spi;

import org.epar.core.id.CitizenId;
import org.jspecify.annotations.Nullable;

/**
 * The one canonical form of a citizen identity number that every counting rule uses, so that one
 * person is one person everywhere (CORE-DUP-01, DM-TRAIN-01, DM-TRAIN-03, DM-TRAIN-04): the text
 * without surrounding white space (including the ideographic space U+3000), with a lower-case
 * {@code x} check character upper-cased. {@code "…x"}, {@code "…X"} and {@code " …X "} are the same
 * person. The form only identifies; whether the number is valid is CORE-ID-01's concern (a number
 * with spaces around it is still reported there). The result is personal data: never log it.
 *
 * <p>Count people by it, never by the raw text.
 *
 * <pre>{@code
 * String person = Citizens.canonical(member.citizenId()); // null when absent or blank
 * if (person != null) state.people.add(person);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Citizens {

  private Citizens() {}

  /**
   * The canonical form of a number.
   *
   * @param id the number, or null
   * @return the canonical text, or null when there is no number or it is blank
   */
  public static @Nullable String canonical(@Nullable CitizenId id) {
    return id == null ? null : canonical(id.raw());
  }

  /**
   * The canonical form of a number's text.
   *
   * @param raw the text as given, or null
   * @return the canonical text, or null when the text is null or blank
   */
  public static @Nullable String canonical(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    int n = s.length();
    return s.charAt(n - 1) == 'x' ? s.substring(0, n - 1) + 'X' : s;
  }
}
