package org.epar.core.model;

/**
 * A dated milestone of a plan (DM-TIME-01).
 *
 * @since 0.1.0
 */
public enum MilestoneKind {
  /** 县乡物流布局: county and township logistics layout completed. */
  LOGISTICS_LAYOUT("县乡物流布局"),
  /** 运营开始: operation starts. */
  OPERATION_START("运营开始"),
  /** 运营结束: operation period ends. */
  OPERATION_END("运营结束"),
  /** 验收申请: completion and acceptance application. */
  ACCEPTANCE_APPLICATION("验收申请"),
  /** 信息联络员名单报送: liaison list filed. */
  LIAISON_LIST("信息联络员名单报送"),
  /** 项目开工: work starts. */
  WORK_START("项目开工"),
  /** 项目验收: project accepted. */
  ACCEPTANCE("项目验收");

  private final String termZh;

  MilestoneKind(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 县乡物流布局}
   */
  public String termZh() {
    return termZh;
  }
}
