package org.epar.core.model;

/**
 * Demonstration status of a county in the e-commerce-into-villages programme (电子商务进农村综合示范县).
 *
 * @since 0.1.0
 */
public enum DemonstrationLevel {
  /** 非示范县: not a demonstration county. */
  NONE("非示范县"),
  /** 省级示范县: provincial-level demonstration county. */
  PROVINCIAL("省级示范县"),
  /** 国家级示范县: national-level demonstration county. */
  NATIONAL("国家级示范县");

  private final String termZh;

  DemonstrationLevel(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 非示范县}
   */
  public String termZh() {
    return termZh;
  }
}
