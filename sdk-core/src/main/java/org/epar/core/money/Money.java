package org.epar.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exact amount of money in yuan (元, CNY) with two decimals, stored as a whole number of fen (分;
 * 1 yuan = 100 fen).
 *
 * <p>Arithmetic is exact: {@link #plus}, {@link #minus}, {@link #times} and {@link #sum} throw
 * {@link ArithmeticException} on {@code long} overflow instead of wrapping. Ratios between amounts
 * are exact {@link Ratio}s, so share rules ("training ≤ 15% of the fund") never depend on floating
 * point.
 *
 * <p>A {@code Money} may be negative (a refund, a difference). Rule CORE-MONEY-01 ("never
 * negative") is checked by validation, which reports a finding; this type does not throw on it.
 *
 * <pre>{@code
 * Money fund = Money.ofWan(1500);              // 1500万元
 * Money training = Money.parse("2250000.00");
 * boolean ok = training.ratio(fund).isAtMost(new BigDecimal("0.15"));   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the plain two-decimal yuan text.
 *
 * @param fen the amount in fen
 * @since 0.1.0
 */
public record Money(long fen) implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private static final long FEN_PER_YUAN = 100;
  private static final long FEN_PER_WAN = 1_000_000;
  private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*\\.?[0-9]*");

  /**
   * The amount of {@code fen} fen.
   *
   * @param fen the amount in fen (分)
   * @return the amount
   */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * The amount of {@code yuan} whole yuan (元).
   *
   * @param yuan the amount in yuan
   * @return the amount
   * @throws ArithmeticException if the amount does not fit in a {@code long} of fen
   */
  public static Money ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, FEN_PER_YUAN));
  }

  /**
   * The amount of {@code wan} 万元 (ten thousand yuan), the unit of the programme documents: {@code
   * ofWan(1500)} is 15,000,000.00 yuan.
   *
   * @param wan the amount in units of 10,000 yuan
   * @return the amount
   * @throws ArithmeticException if the amount does not fit in a {@code long} of fen
   */
  public static Money ofWan(long wan) {
    return ofFen(Math.multiplyExact(wan, FEN_PER_WAN));
  }

  /**
   * The amount of {@code yuan} yuan given as a decimal with at most two significant decimals
   * ({@code 1500.50} and {@code 1500.500} are accepted, {@code 1500.505} is not).
   *
   * @param yuan the amount in yuan
   * @return the amount
   * @throws ArithmeticException if {@code yuan} has more than two non-zero decimals or does not fit
   *     in a {@code long} of fen
   */
  public static Money of(BigDecimal yuan) {
    Objects.requireNonNull(yuan, "yuan");
    // setScale(0) without a rounding mode throws ArithmeticException when a fraction of a fen
    // remains
    return ofFen(yuan.movePointRight(2).setScale(0).longValueExact());
  }

  /**
   * Parses a plain decimal amount in yuan, strictly.
   *
   * <p>Accepted: an optional minus sign, one or more digits, and optionally a point followed by one
   * or two digits: {@code "1500.00"}, {@code "1500"}, {@code "1500.5"}, {@code "-3.00"}. Rejected:
   * blank text, surrounding spaces, a plus sign, {@code NaN}, {@code Infinity}, exponents ({@code
   * 1E3}), more than two decimals, grouping separators ({@code 1,500.00}), a currency sign, and
   * amounts beyond a {@code long} of fen.
   *
   * @param text the amount in yuan
   * @return the amount
   * @throws MoneyFormatException if the text is not accepted; the message quotes it
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!PLAIN.matcher(text).matches()) {
      throw new MoneyFormatException(text, reason(text));
    }
    try {
      return of(new BigDecimal(text));
    } catch (ArithmeticException e) {
      throw new MoneyFormatException(text, "out of range");
    }
  }

  /**
   * Parses like {@link #parse(String)} but returns an empty {@code Optional} instead of throwing.
   *
   * @param text the amount in yuan; {@code null} gives an empty result
   * @return the amount, or empty if {@code text} is null or not accepted by {@link #parse(String)}
   */
  public static Optional<Money> tryParse(@org.jspecify.annotations.Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text));
    } catch (MoneyFormatException e) {
      return Optional.empty();
    }
  }

  private static String reason(String text) {
    if (text.isBlank()) {
      return "blank";
    }
    if (!DECIMAL.matcher(text).matches()) {
      return "not a plain decimal";
    }
    int point = text.indexOf('.');
    if (point >= 0 && text.length() - point - 1 > 2) {
      return "more than 2 decimals";
    }
    return "not a plain decimal";
  }

  /**
   * The sum of {@code amounts}; {@link #ZERO} for none.
   *
   * @param amounts the amounts to add; no element may be null
   * @return the exact sum
   * @throws ArithmeticException on overflow
   */
  public static Money sum(Iterable<Money> amounts) {
    long total = 0;
    for (Money amount : amounts) {
      total = Math.addExact(total, amount.fen);
    }
    return ofFen(total);
  }

  /**
   * This amount plus {@code other}.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * This amount minus {@code other}.
   *
   * @param other the amount to subtract
   * @return the exact difference
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /**
   * This amount times a whole number, e.g. a unit price times a quantity.
   *
   * @param factor the multiplier
   * @return the exact product
   * @throws ArithmeticException on overflow
   */
  public Money times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /**
   * The amount with the opposite sign.
   *
   * @return {@code -this}
   * @throws ArithmeticException for the smallest {@code long} of fen
   */
  public Money negate() {
    return ofFen(Math.negateExact(fen));
  }

  /**
   * Whether the amount is below zero.
   *
   * @return {@code true} when {@code fen < 0}
   */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * Whether the amount is zero.
   *
   * @return {@code true} when {@code fen == 0}
   */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * The sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(fen);
  }

  /**
   * The share {@code fraction} of this amount, rounded to the fen {@link RoundingMode#HALF_UP
   * HALF_UP} (half a fen rounds away from zero): {@code ofWan(1500).share(0.15)} is 225万, {@code
   * ofFen(5).share(0.5)} is 3 fen, {@code ofFen(-5).share(0.5)} is -3 fen.
   *
   * <p>Use it to compute a limit for display or planning. To decide whether an actual amount keeps
   * within a share, compare exactly with {@link #ratio(Money)} instead.
   *
   * @param fraction the share, e.g. {@code 0.15} for 15%
   * @return the rounded share
   * @throws ArithmeticException if the result does not fit in a {@code long} of fen
   */
  public Money share(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction");
    return ofFen(
        new BigDecimal(fen).multiply(fraction).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /**
   * The exact ratio of this amount to {@code denominator}.
   *
   * @param denominator the whole, not zero
   * @return {@code this / denominator} as an exact fraction
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public Ratio ratio(Money denominator) {
    return Ratio.of(fen, denominator.fen);
  }

  /**
   * The ratio of this amount to {@code denominator} as a decimal rounded by {@code context}, for
   * display. Decide rules with {@link #ratio(Money)}, which is exact.
   *
   * @param denominator the whole, not zero
   * @param context precision and rounding of the result
   * @return {@code this / denominator}, rounded
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public BigDecimal ratioTo(Money denominator, MathContext context) {
    if (denominator.fen == 0) {
      throw new ArithmeticException("ratio to zero");
    }
    return new BigDecimal(fen).divide(new BigDecimal(denominator.fen), context);
  }

  /**
   * The amount in yuan with scale 2, e.g. {@code 1500.00}.
   *
   * @return the exact decimal
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * The amount in yuan as plain text with exactly two decimals: {@code "1500.00"}, {@code "-3.00"},
   * {@code "0.05"}. {@link #parse(String)} reads it back.
   *
   * @return the text
   */
  public String format() {
    return toBigDecimal().toPlainString();
  }

  /**
   * Orders amounts by value.
   *
   * @param other the other amount
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code
   *     other}
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  /**
   * The same as {@link #format()}: {@code "1500.00"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return format();
  }
}
