package org.epar.core.id;

/**
 * The five levels of China's statistical division code (统计用区划代码), from the province down to the
 * village.
 *
 * <p>The levels are declared top-down, so {@link #ordinal()} is the depth: {@code PROVINCE} is 0,
 * {@code VILLAGE} is 4. The enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DivisionLevel {
  /**
   * Province-level division (省级: province, autonomous region, municipality), 2 significant digits.
   */
  PROVINCE("省", 2),
  /** Prefecture-level division (地级: city, prefecture, league), 4 significant digits. */
  CITY("市", 4),
  /**
   * County-level division (县级: county, district, county-level city, banner), 6 significant digits.
   */
  COUNTY("县", 6),
  /** Township-level division (乡级: town, township, street office), 9 significant digits. */
  TOWNSHIP("乡镇", 9),
  /**
   * Village-level division (村级: village committee, residents' committee), 12 significant digits.
   */
  VILLAGE("村", 12);

  private final String termZh;
  private final int digits;

  DivisionLevel(String termZh, int digits) {
    this.termZh = termZh;
    this.digits = digits;
  }

  /**
   * The short Chinese term for the level: 省, 市, 县, 乡镇 or 村.
   *
   * @return the term, never null
   */
  public String termZh() {
    return termZh;
  }

  /**
   * How many leading digits of the 12-digit code are significant at this level: 2, 4, 6, 9 or 12.
   *
   * @return the number of significant digits
   */
  public int digits() {
    return digits;
  }
}
