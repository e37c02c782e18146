package org.epar.core.period;

/**
 * Whether a report arrived by its deadline. A late report is accepted and marked, never dropped.
 *
 * @since 0.1.0
 */
public enum Timeliness {
  /** Submitted on or before the deadline date. */
  ON_TIME,
  /** Submitted after the deadline date. */
  LATE
}
