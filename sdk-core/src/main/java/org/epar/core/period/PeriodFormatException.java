package org.epar.core.period;

import org.epar.core.EparException;

/**
 * Thrown by {@link ReportingPeriod#parse(String)} when the text is not the id of a real period.
 *
 * <p>The message quotes the text (shortened to 64 characters); a period id is not personal data.
 *
 * @since 0.1.0
 */
public final class PeriodFormatException extends EparException {

  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String text;

  /**
   * Creates the exception.
   *
   * @param text the text that failed to parse
   * @param reason why, e.g. {@code "no week 53 in 2021"}
   */
  public PeriodFormatException(String text, String reason) {
    super(
        "not a reporting period id ("
            + reason
            + "): \""
            + (text.length() <= 64 ? text : text.substring(0, 64) + "...")
            + "\"");
    this.text = text;
  }

  /**
   * The text that failed to parse, exactly as given.
   *
   * @return the text
   */
  public String text() {
    return text;
  }
}
