package org.epar.validation.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact shares for coverage targets: {@code part / whole} rounded <em>down</em> to 6 decimals, so
 * that comparing the result with a threshold of at most 6 decimals gives the same answer as
 * comparing the exact fraction ({@code 699/1000 = 0.699 < 0.70}).
 *
 * <p>ShareTarget-style coverage: 699 of 1000 villages is 0.699, below a 0.70 minimum.
 *
 * <pre>{@code
 * BigDecimal share = Shares.of(state.covered, state.villages);
 * if (share.compareTo(ctx.settings().decimal("coverage_min")) < 0) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Shares {

  private Shares() {}

  /**
   * The share {@code part / whole}; an empty population ({@code whole == 0}) is fully covered.
   *
   * @param part the covered count
   * @param whole the population
   * @return the share, trailing zeros stripped
   */
  public static BigDecimal of(long part, long whole) {
    if (whole <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal s = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.DOWN);
    return s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros();
  }

  /**
   * How many of {@code population} are also in {@code covered}.
   *
   * @param population the population
   * @param covered the covered members
   * @return the size of the intersection
   */
  public static long covered(java.util.Set<String> population, java.util.Set<String> covered) {
    long n = 0;
    for (String s : population) {
      if (covered.contains(s)) {
        n++;
      }
    }
    return n;
  }
}
