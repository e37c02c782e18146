package org.epar.grpc.spi;

import org.epar.core.EparException;
import org.epar.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a {@link ReportValidator} when it has no rules for the report's scope: the platform has
 * not configured a profile for that county and has no default.
 *
 * <p>This is a configuration gap of the platform, not bad data: the server answers {@code
 * FAILED_PRECONDITION} with ErrorInfo reason {@code NO_PROFILE_FOR_SCOPE} (metadata {@code scope}:
 * the division code looked up, empty when the report has none) and stores nothing, so the same
 * request id can be sent again once a profile is configured.
 *
 * @since 0.1.0
 */
public final class NoProfileException extends EparException {

  private static final long serialVersionUID = 1L;

  /** The division code looked up, kept as text so the exception stays serializable. */
  private final String scope;

  /**
   * Creates the exception for a scope.
   *
   * @param scope the division code (usually a county) for which no profile is configured; null when
   *     the report names no scope
   */
  public NoProfileException(@Nullable DivisionCode scope) {
    super(
        scope == null
            ? "no validation profile: the report names no scope and there is no default profile"
            : "no validation profile for scope " + scope.value() + " and no default profile");
    this.scope = scope == null ? "" : scope.value();
  }

  /**
   * The division code for which no profile is configured.
   *
   * @return the code in 12-digit form where it has one, or empty when the report names no scope
   */
  public String scope() {
    return scope;
  }
}
