package org.epar.validation;

/**
 * How serious a {@link Finding} is.
 *
 * <p>Declared from most to least serious, so {@link #compareTo} orders by seriousness.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** 一票否决: a breach fails the whole demonstration outright. */
  VETO,
  /** A breach of a rule; the data or report is not accepted. */
  ERROR,
  /** Something to fix that does not block acceptance, such as a missing station service. */
  WARNING,
  /** Information: target progress before a deadline, award eligibility. */
  INFO;

  /**
   * Whether a finding of this severity blocks acceptance.
   *
   * @return {@code true} for {@link #VETO} and {@link #ERROR}
   */
  public boolean blocksAcceptance() {
    return this == VETO || this == ERROR;
  }
}
