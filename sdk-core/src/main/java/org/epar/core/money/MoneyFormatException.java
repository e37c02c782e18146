package org.epar.core.money;

import org.epar.core.EparException;

/**
 * Thrown by {@link Money#parse(String)} when the text is not a plain decimal amount with at most
 * two decimals that fits in a {@code long} of fen.
 *
 * <p>The message quotes the offending text (shortened to 64 characters): an amount of money is not
 * personal data.
 *
 * @since 0.1.0
 */
public final class MoneyFormatException extends EparException {

  private static final long serialVersionUID = 1L;

  private static final int MAX_QUOTED = 64;

  /** The text that failed to parse. */
  private final String text;

  /**
   * Creates the exception.
   *
   * @param text the text that failed to parse
   * @param reason why it failed, e.g. {@code "more than 2 decimals"}
   */
  public MoneyFormatException(String text, String reason) {
    super("not a money amount (" + reason + "): \"" + shorten(text) + "\"");
    this.text = text;
  }

  /**
   * The text that failed to parse, exactly as given.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  private static String shorten(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }
}
