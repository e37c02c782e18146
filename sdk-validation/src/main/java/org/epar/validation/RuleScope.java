package org.epar.validation;

/**
 * What a rule looks at.
 *
 * @since 0.1.0
 */
public enum RuleScope {
  /** One object alone (a station, a fund entry, a product). */
  RECORD,
  /** Many records of one submission, such as all stations of a county. */
  DATASET,
  /** A daily, monthly, quarterly or annual report and its timeliness. */
  REPORT,
  /** A fund plan, a tender or a disbursement schedule. */
  PLAN
}
