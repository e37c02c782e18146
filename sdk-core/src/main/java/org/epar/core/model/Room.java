package org.epar.core.model;

/**
 * A room or area of a county service centre (DM-SITE-04).
 *
 * @since 0.1.0
 */
public enum Room {
  /** 交流室: exchange room. */
  EXCHANGE("交流室"),
  /** 网络学习室: e-learning room. */
  E_LEARNING("网络学习室"),
  /** 会议室: meeting room. */
  MEETING("会议室"),
  /** 办公室: office. */
  OFFICE("办公室"),
  /** 产品研发体验中心: product R&amp;D and experience centre. */
  PRODUCT_EXPERIENCE("产品研发体验中心");

  private final String termZh;

  Room(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 交流室}
   */
  public String termZh() {
    return termZh;
  }
}
