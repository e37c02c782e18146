package org.epar.core.model;

/**
 * Category of an expense; some are banned for central funds (DM-FUND-03).
 *
 * @since 0.1.0
 */
public enum ExpenseCategory {
  /** 设备购置: equipment. */
  EQUIPMENT("设备购置"),
  /** 场地改造: renovation of existing premises. */
  RENOVATION("场地改造"),
  /** 物流配送: logistics. */
  LOGISTICS("物流配送"),
  /** 品牌培育: branding. */
  BRANDING("品牌培育"),
  /** 认证: certification. */
  CERTIFICATION("认证"),
  /** 质量追溯: traceability. */
  TRACEABILITY("质量追溯"),
  /** 包装: packaging. */
  PACKAGING("包装"),
  /** 培训: training. */
  TRAINING("培训"),
  /** 宣传推广: promotion. */
  PROMOTION("宣传推广"),
  /** 网络交易平台: building an online trading platform (banned). */
  ONLINE_PLATFORM("网络交易平台"),
  /** 楼堂馆所: buildings (banned). */
  BUILDING("楼堂馆所"),
  /** 购买流量: purchased traffic (banned). */
  PURCHASED_TRAFFIC("购买流量"),
  /** 食宿: food and lodging (banned). */
  FOOD_LODGING("食宿"),
  /** 人员工资: staff salaries (banned). */
  SALARIES("人员工资"),
  /** 水电气等日常运营: water, electricity, fuel and other daily operating costs (banned). */
  UTILITIES("水电气等日常运营"),
  /** 其他: anything else. */
  OTHER("其他");

  private final String termZh;

  ExpenseCategory(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 设备购置}
   */
  public String termZh() {
    return termZh;
  }
}
