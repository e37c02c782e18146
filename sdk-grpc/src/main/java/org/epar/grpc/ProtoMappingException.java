package org.epar.grpc;

import org.epar.core.EparException;
import org.jspecify.annotations.Nullable;

/**
 * A text field of an {@code epar.v1} message that cannot be read into the model: a date that is not
 * ISO-8601, a decimal that is not a number, a period id that does not parse.
 *
 * <p>Invalid identifiers never cause it: they are carried as raw text and reported by validation.
 * The message names the field and the problem, never the value (it may be personal data).
 *
 * @since 0.1.0
 */
public final class ProtoMappingException extends EparException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the proto field name, e.g. {@code dispatched_on}
   * @param problem what is wrong, without the value
   * @param cause the parse failure, or null when a length or exponent check refused the text
   */
  public ProtoMappingException(String field, String problem, @Nullable Throwable cause) {
    super(field + ": " + problem, cause);
    this.field = field;
  }

  /**
   * The proto field name that could not be read.
   *
   * @return the field name, e.g. {@code dispatched_on}
   */
  public String field() {
    return field;
  }
}
