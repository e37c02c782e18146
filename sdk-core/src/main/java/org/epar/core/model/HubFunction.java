package org.epar.core.model;

/**
 * A function of a production collection and distribution hub (CQ-HUB-01).
 *
 * @since 0.1.0
 */
public enum HubFunction {
  /** 收集: collection. */
  COLLECTION("收集"),
  /** 中转: transfer. */
  TRANSFER("中转"),
  /** 检测: testing. */
  TESTING("检测"),
  /** 分拣: sorting. */
  SORTING("分拣"),
  /** 加工: processing. */
  PROCESSING("加工"),
  /** 冷藏: cold storage. */
  COLD_STORAGE("冷藏"),
  /** 配送: distribution. */
  DISTRIBUTION("配送"),
  /** 信息平台: information platform. */
  INFORMATION_PLATFORM("信息平台");

  private final String termZh;

  HubFunction(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 收集}
   */
  public String termZh() {
    return termZh;
  }
}
