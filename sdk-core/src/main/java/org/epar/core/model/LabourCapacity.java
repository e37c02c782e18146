package org.epar.core.model;

/**
 * Labour capacity of a household member (劳动能力).
 *
 * @since 0.1.0
 */
public enum LabourCapacity {
  /** 无劳动能力: no labour capacity. */
  NONE("无劳动能力"),
  /** 弱劳动力: partial labour capacity. */
  PARTIAL("弱劳动力"),
  /** 有劳动能力: full labour capacity. */
  FULL("有劳动能力");

  private final String termZh;

  LabourCapacity(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 无劳动能力}
   */
  public String termZh() {
    return termZh;
  }
}
