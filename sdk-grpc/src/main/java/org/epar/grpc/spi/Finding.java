package org.epar.grpc.spi;

import java.util.Objects;

/**
 * One thing a {@link ReportValidator} found in a report.
 *
 * @param ruleId the stable rule ID from the catalog, e.g. {@code CORE-MONEY-01}
 * @param severity how serious it is
 * @param location where in the report; {@link org.epar.grpc.ProfileReportValidator} writes {@code
 *     object_type/object_id/path}, e.g. {@code disbursement/d-17/amount}; the server sends it as
 *     the field of a {@code BadRequest.FieldViolation} and as the location of a {@code Finding}
 * @param messageEn the message in English; never personal data
 * @param messageZh the message in Chinese; never personal data
 * @since 0.1.0
 */
public record Finding(
    String ruleId, Severity severity, String location, String messageEn, String messageZh) {

  /**
   * Checks that nothing is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageZh, "messageZh");
  }
}
