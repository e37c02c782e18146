package org.epar.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A read error whose message was written by the SDK and never quotes the input value, so it may be
 * shown in a malformed-line report as it is.
 */
public final class SafeMismatchException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String safeMessage;

  /**
   * Creates the error.
   *
   * @param p the parser, for the location
   * @param safeMessage the message; must not contain input values
   * @param targetType the type being read
   */
  public SafeMismatchException(JsonParser p, String safeMessage, Class<?> targetType) {
    super(p, safeMessage, targetType);
    this.safeMessage = safeMessage;
  }

  /**
   * The message without location or path.
   *
   * @return the message, free of input values
   */
  public String safeMessage() {
    return safeMessage;
  }
}
