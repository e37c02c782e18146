package org.epar.grpc.spi;

import org.epar.core.model.Report;

/**
 * Validates a report before the server stores it; the server kit has no default, so a platform
 * always says which rules apply (an adapter for sdk-validation's {@code EparValidator} plugs in
 * here).
 *
 * <p>Must be thread-safe and must not throw on bad data: bad data is findings. An exception is
 * treated as an internal error and nothing is stored.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReportValidator {

  /**
   * Validates one report.
   *
   * @param report the report as received (its header's reporter is already checked against
   *     {@code who})
   * @param who the authenticated caller
   * @return the outcome
   */
  ValidationOutcome validate(Report report, Principal who);
}
