package org.epar.validation;

import java.util.Optional;
import org.epar.core.EparException;
import org.jspecify.annotations.Nullable;

/**
 * A profile could not be loaded or used: malformed JSON, an unknown rule ID, a missing or malformed
 * parameter.
 *
 * <p>The message names the profile, the rule and the parameter concerned; the same data are
 * available as fields.
 *
 * @since 0.1.0
 */
public final class ProfileException extends EparException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String profileId;
  private final @Nullable String ruleId;
  private final @Nullable String parameter;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, naming the profile, rule and parameter
   * @param profileId the profile concerned, or null when unknown
   * @param ruleId the rule concerned, or null when the problem is not about one rule
   * @param parameter the parameter concerned, or null when the problem is not about one parameter
   */
  public ProfileException(
      String message,
      @Nullable String profileId,
      @Nullable String ruleId,
      @Nullable String parameter) {
    super(message);
    this.profileId = profileId;
    this.ruleId = ruleId;
    this.parameter = parameter;
  }

  /**
   * Creates an exception with a cause, such as a JSON parse error.
   *
   * @param message what is wrong
   * @param profileId the profile concerned, or null when unknown
   * @param cause the underlying failure
   */
  public ProfileException(String message, @Nullable String profileId, Throwable cause) {
    super(message, cause);
    this.profileId = profileId;
    this.ruleId = null;
    this.parameter = null;
  }

  /**
   * The profile concerned.
   *
   * @return the profile id, or empty when unknown
   */
  public Optional<String> profileId() {
    return Optional.ofNullable(profileId);
  }

  /**
   * The rule concerned.
   *
   * @return the rule id, or empty when the problem is not about one rule
   */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /**
   * The parameter concerned.
   *
   * @return the parameter name, or empty when the problem is not about one parameter
   */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }
}
