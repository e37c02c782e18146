package org.epar.grpc.spi;

/**
 * How serious a {@link Finding} is; the same levels as sdk-validation's severity.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Information, e.g. progress towards a target. */
  INFO,
  /** Worth fixing; the report is still accepted. */
  WARNING,
  /** A broken rule; the report is rejected. */
  ERROR,
  /** 一票否决: a breached veto item; the report is rejected. */
  VETO;

  /**
   * Whether a finding of this severity rejects the report.
   *
   * @return {@code true} for {@link #ERROR} and {@link #VETO}
   */
  public boolean rejects() {
    return this == ERROR || this == VETO;
  }
}
