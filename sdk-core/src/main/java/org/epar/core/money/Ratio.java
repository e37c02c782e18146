package org.epar.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction {@code numerator / denominator}, kept in lowest terms with a positive
 * denominator, for deciding share rules without rounding.
 *
 * <p>Comparisons with a decimal share ({@link #isAtLeast(BigDecimal)}, {@link
 * #isAtMost(BigDecimal)}) are exact: {@code n / d >= s} is decided as {@code n >= s * d} in {@link
 * BigDecimal} arithmetic, so 225万 / 1500万 is exactly 15% and 225.01万 / 1500万 is above it.
 *
 * <pre>{@code
 * Ratio training = Money.ofWan(225).ratio(Money.ofWan(1500));
 * training.isAtMost(new BigDecimal("0.15"));   // true: exactly 15%
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator the numerator, after reduction; its sign is the sign of the ratio
 * @param denominator the denominator, after reduction; always positive
 * @since 0.1.0
 */
public record Ratio(long numerator, long denominator) implements Comparable<Ratio> {

  /**
   * Normalizes the fraction: a negative denominator moves its sign to the numerator and both terms
   * are divided by their greatest common divisor, so equal fractions are equal records.
   *
   * @throws ArithmeticException if the denominator is zero, or a term is {@link Long#MIN_VALUE} and
   *     cannot change sign
   */
  public Ratio {
    if (denominator == 0) {
      throw new ArithmeticException("ratio with a zero denominator");
    }
    if (denominator < 0) {
      numerator = Math.negateExact(numerator);
      denominator = Math.negateExact(denominator);
    }
    long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValueExact();
    if (gcd > 1) {
      numerator /= gcd;
      denominator /= gcd;
    }
  }

  /**
   * The ratio {@code numerator / denominator}.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the reduced ratio
   * @throws ArithmeticException if the denominator is zero
   */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * Compares this ratio with a decimal share exactly.
   *
   * @param share a share such as {@code 0.15} for 15%
   * @return negative, zero or positive as this ratio is below, equal to or above {@code share}
   */
  public int compareTo(BigDecimal share) {
    Objects.requireNonNull(share, "share");
    return new BigDecimal(numerator).compareTo(share.multiply(new BigDecimal(denominator)));
  }

  /**
   * Whether this ratio is greater than or equal to {@code share}, exactly.
   *
   * @param share a share such as {@code 0.50} for 50%
   * @return {@code true} when {@code this >= share}
   */
  public boolean isAtLeast(BigDecimal share) {
    return compareTo(share) >= 0;
  }

  /**
   * Whether this ratio is less than or equal to {@code share}, exactly.
   *
   * @param share a share such as {@code 0.15} for 15%
   * @return {@code true} when {@code this <= share}
   */
  public boolean isAtMost(BigDecimal share) {
    return compareTo(share) <= 0;
  }

  /**
   * Compares two ratios exactly (cross multiplication in {@link BigInteger}).
   *
   * @param other the other ratio
   * @return negative, zero or positive as this ratio is less than, equal to or greater than {@code
   *     other}
   */
  @Override
  public int compareTo(Ratio other) {
    BigInteger left = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator));
    BigInteger right =
        BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator));
    return left.compareTo(right);
  }

  /**
   * The ratio as a decimal rounded {@link RoundingMode#HALF_UP HALF_UP} to {@code scale} decimals,
   * for display. Do not use the result to decide a rule; compare the ratio itself.
   *
   * @param scale number of decimals, e.g. 4 for {@code 0.1500}
   * @return the rounded decimal
   */
  public BigDecimal toBigDecimal(int scale) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  /**
   * The ratio in percent, rounded {@link RoundingMode#HALF_UP HALF_UP} to 2 decimals, for display:
   * 225万 / 1500万 gives {@code 15.00}.
   *
   * @return the percentage with scale 2
   */
  public BigDecimal percent() {
    return new BigDecimal(numerator)
        .movePointRight(2)
        .divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
  }

  /**
   * The fraction as {@code numerator/denominator}, e.g. {@code 3/20}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
