package org.epar.core.model;

/**
 * Role of a person in the programme's rosters (HN-TRAIN-02, HLJ-TRAIN-01).
 *
 * @since 0.1.0
 */
public enum PersonnelRole {
  /** 乡镇干部: township cadre. */
  TOWNSHIP_CADRE("乡镇干部"),
  /** 村干部: village cadre. */
  VILLAGE_CADRE("村干部"),
  /** 第一书记: first secretary posted to a village. */
  FIRST_SECRETARY("第一书记"),
  /** 电商扶贫管理人员: manager of e-commerce poverty alleviation. */
  PROGRAMME_MANAGER("电商扶贫管理人员"),
  /** 电商扶贫从业人员: practitioner of e-commerce poverty alleviation. */
  PRACTITIONER("电商扶贫从业人员"),
  /** 村级信息员: village information officer. */
  INFORMATION_OFFICER("村级信息员"),
  /** 信息联络员: information liaison of a county bureau or contractor (DM-RPT-01). */
  INFORMATION_LIAISON("信息联络员");

  private final String termZh;

  PersonnelRole(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 乡镇干部}
   */
  public String termZh() {
    return termZh;
  }
}
