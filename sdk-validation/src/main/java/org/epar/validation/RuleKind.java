package org.epar.validation;

/**
 * Whether a rule holds at all times or is a level to reach by a deadline.
 *
 * @since 0.1.0
 */
public enum RuleKind {
  /** A hard rule that holds at all times: a cap, a ban, a format. */
  CONSTRAINT,
  /**
   * A level to reach by a deadline. Before the deadline it yields progress ({@link Severity#INFO});
   * at or after the deadline a miss has the rule's severity.
   */
  TARGET
}
