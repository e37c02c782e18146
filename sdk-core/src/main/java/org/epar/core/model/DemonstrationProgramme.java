package org.epar.core.model;

/**
 * A programme that designates demonstration counties (示范县); a county can be a demonstration county
 * of one programme and not of another (HN-DEMO-01, HN-FUND-01, GD-DEMO-01, HLJ-DEMO-01).
 *
 * @since 0.1.0
 */
public enum DemonstrationProgramme {
  /**
   * 电子商务进农村综合示范: the e-commerce-into-villages comprehensive demonstration, national (商务部、 财政部) or
   * provincial.
   */
  ECOMMERCE_INTO_VILLAGES("电子商务进农村综合示范"),
  /** 电商扶贫示范: a province's e-commerce poverty-alleviation demonstration counties. */
  ECOMMERCE_POVERTY_ALLEVIATION("电商扶贫示范"),
  /** 电商扶贫试点: a province's e-commerce poverty-alleviation pilot counties. */
  ECOMMERCE_POVERTY_ALLEVIATION_PILOT("电商扶贫试点"),
  /** 其他示范: any other demonstration programme. */
  OTHER("其他示范");

  private final String termZh;

  DemonstrationProgramme(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 电子商务进农村综合示范}
   */
  public String termZh() {
    return termZh;
  }
}
