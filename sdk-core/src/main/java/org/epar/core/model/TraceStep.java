package org.epar.core.model;

/**
 * Why a trace event happened (EPCIS business step, CORE-TRACE-01).
 *
 * @since 0.1.0
 */
public enum TraceStep {
  /** 生产: produced or harvested. */
  PRODUCE("生产"),
  /** 加工: processed. */
  PROCESS("加工"),
  /** 包装: packed. */
  PACK("包装"),
  /** 发运: shipped. */
  SHIP("发运"),
  /** 收货: received. */
  RECEIVE("收货"),
  /** 销售: sold. */
  SELL("销售");

  private final String termZh;

  TraceStep(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 生产}
   */
  public String termZh() {
    return termZh;
  }
}
