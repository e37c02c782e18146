package org.epar.core.model;

/**
 * What the reporting platform did with a report (timeliness is separate).
 *
 * @since 0.1.0
 */
public enum ReportStatus {
  /** 已接收: accepted, possibly with warnings. */
  ACCEPTED("已接收"),
  /** 已拒收: rejected for errors or veto findings. */
  REJECTED("已拒收");

  private final String termZh;

  ReportStatus(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 已接收}
   */
  public String termZh() {
    return termZh;
  }
}
