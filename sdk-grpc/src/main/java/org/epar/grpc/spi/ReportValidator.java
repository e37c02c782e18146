package org.epar.grpc.spi;

import org.epar.core.model.Report;

/**
 * Validates a report before the server stores it; the server kit has no default, so a platform
 * always says which rules apply. {@link org.epar.grpc.ProfileReportValidator} runs sdk-validation's
 * rules with the profile of the report's county.
 *
 * <p>Must be thread-safe and must not throw on bad data: bad data is findings. A {@link
 * NoProfileException} (no rules configured for the report's scope) becomes {@code
 * FAILED_PRECONDITION}, reason {@code NO_PROFILE_FOR_SCOPE}; any other exception is treated as an
 * internal error. Either way nothing is stored.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReportValidator {

  /**
   * Validates one report.
   *
   * @param report the report as received (its header's reporter is already checked against {@code
   *     who})
   * @param who the authenticated caller
   * @return the outcome
   * @throws NoProfileException if no rules are configured for the report's scope
   */
  ValidationOutcome validate(Report report, Principal who);
}
