package org.epar.core.model;

/**
 * Kind of a promotion activity (HN-ACT-01).
 *
 * @since 0.1.0
 */
public enum ActivityKind {
  /** 现场观摩: on-site observation. */
  ON_SITE_OBSERVATION("现场观摩"),
  /** 专题活动: special e-commerce poverty-alleviation event. */
  SPECIAL_EVENT("专题活动");

  private final String termZh;

  ActivityKind(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 现场观摩}
   */
  public String termZh() {
    return termZh;
  }
}
