package org.epar.core.model;

/**
 * Kind of training session.
 *
 * @since 0.1.0
 */
public enum TrainingKind {
  /** 普及培训: basic awareness training. */
  BASIC("普及培训"),
  /** 专业人才培训: professional e-commerce talent training (DM-TRAIN-02). */
  PROFESSIONAL("专业人才培训"),
  /** 干部轮训: rotation training of cadres and first secretaries (HN-TRAIN-02). */
  CADRE_ROTATION("干部轮训");

  private final String termZh;

  TrainingKind(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 普及培训}
   */
  public String termZh() {
    return termZh;
  }
}
