package org.epar.core.model;

/**
 * Category of a trainee (CQ-TRAIN-01, DM-TRAIN-02/03).
 *
 * @since 0.1.0
 */
public enum TraineeCategory {
  /** 建档立卡贫困户: member of a registered poor household. */
  REGISTERED_POOR("建档立卡贫困户"),
  /** 电商创业者: e-commerce entrepreneur. */
  ENTREPRENEUR("电商创业者"),
  /** 农村青年致富带头人: rural youth leader. */
  RURAL_YOUTH_LEADER("农村青年致富带头人"),
  /** 村级信息员: village information officer. */
  INFORMATION_OFFICER("村级信息员"),
  /** 残疾人专职委员: commissioner for disabled people. */
  DISABLED_COMMISSIONER("残疾人专职委员"),
  /** 乡村干部: township or village cadre or first secretary. */
  CADRE("乡村干部"),
  /** 从业人员: manager or practitioner of e-commerce. */
  PRACTITIONER("从业人员"),
  /** 其他: anyone else. */
  OTHER("其他");

  private final String termZh;

  TraineeCategory(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 建档立卡贫困户}
   */
  public String termZh() {
    return termZh;
  }
}
