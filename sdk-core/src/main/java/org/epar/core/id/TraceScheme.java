package org.epar.core.id;

/**
 * The coding schemes a {@link TraceCode} can follow.
 *
 * <p>{@link #GTIN} is the international GS1 product code. The three programme schemes ({@link
 * #PRODUCT}, {@link #VILLAGE}, {@link #HOUSEHOLD_PRODUCT}) come from the provincial plans (rules
 * GD-TRACE-01 and CQ-TRACE-01), which name them but define no format and have no national standard;
 * EPAR defines the following formats (upper-case {@code [0-9A-Z]} parts, separated by {@code -}):
 *
 * <table>
 *   <caption>Programme trace code formats</caption>
 *   <tr><th>scheme</th><th>format</th><th>example</th></tr>
 *   <tr><td>{@link #PRODUCT}</td>
 *       <td>{@code P-{18-char producer credit code}-{product/batch: 1-20}-{check}}</td>
 *       <td>{@code P-91350100M000100Y43-TEA2018A-E}</td></tr>
 *   <tr><td>{@link #VILLAGE}</td>
 *       <td>{@code V-{12-digit village division code}-{product/batch: 1-20}-{check}}</td>
 *       <td>{@code V-441481103201-HONEY01-J}</td></tr>
 *   <tr><td>{@link #HOUSEHOLD_PRODUCT}</td>
 *       <td>{@code H-{12-digit village division code}-{household: 1-16}-{product/batch: 1-20}-{check}}</td>
 *       <td>{@code H-500241104203-HH0007-PORK1-J}</td></tr>
 * </table>
 *
 * <p>The check character is ISO 7064 MOD 37,36 over the letters and digits before the last {@code
 * -} (the separators are skipped); the last character of each example is it. See {@link TraceCode}
 * for the exact rules.
 *
 * @since 0.1.0
 */
public enum TraceScheme {
  /** GS1 商品条码: a GTIN-8, -12, -13 or -14 with its mod-10 check digit. */
  GTIN("GS1 商品条码"),
  /** 一品一码 (one product, one code): producer credit code plus product/batch. */
  PRODUCT("一品一码"),
  /** 一村一码 (one village, one code): village division code plus product/batch. */
  VILLAGE("一村一码"),
  /**
   * 一户一品一码 (one household, one product, one code): village division code, household and
   * product/batch. The household part is a local household number, never a citizen identity number.
   */
  HOUSEHOLD_PRODUCT("一户一品一码");

  private final String termZh;

  TraceScheme(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese term for the scheme, e.g. {@code 一品一码}.
   *
   * @return the term, never null
   */
  public String termZh() {
    return termZh;
  }
}
