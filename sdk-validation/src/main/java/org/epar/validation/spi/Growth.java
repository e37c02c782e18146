package org.epar.validation.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.epar.validation.internal.RuleTexts;

/**
 * Average annual growth for the growth targets (GD-GROW-01, CQ-GROW-01), and the findings those
 * targets give when they cannot compute: a statistic that is not usable (a year outside the
 * programme's years, a value that is not positive) and a target with no data.
 *
 * <p>The decision is exact: {@code last >= first * (1 + min)^years}, in {@link BigDecimal}, with
 * {@code years} bounded by the caller to the programme's years, so it never runs long and never
 * overflows. The displayed rate is {@code (last / first)^(1 / years) - 1} in double, rounded down
 * to 4 decimals and kept on the side of the exact decision.
 *
 * <p>For example, in a growth target's {@code finish}:
 *
 * <pre>{@code
 * Growth.Result r = Growth.compound(first, last, lastYear - firstYear, min);
 * if (!r.reached()) sink.violation(at, r.rate().toPlainString(), min.toPlainString());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Growth {

  private Growth() {}

  /**
   * The growth of one measure between two years.
   *
   * @param reached whether the average annual growth reaches the minimum exactly
   * @param rate the rate for display: rounded down, on the side of {@code reached}
   */
  public record Result(boolean reached, BigDecimal rate) {

    /**
     * The better of two results: one that reaches the minimum, else the higher rate.
     *
     * @param other the other result
     * @return this or other
     */
    public Result better(Result other) {
      if (reached != other.reached) {
        return reached ? this : other;
      }
      return rate.compareTo(other.rate) >= 0 ? this : other;
    }
  }

  /**
   * The compound average annual growth from {@code first} to {@code last} over {@code years}.
   *
   * @param first the first year's value, positive
   * @param last the last year's value, positive
   * @param years the number of years between them, 1 or more (bounded by the caller)
   * @param min the minimum average annual growth
   * @return the decision and the displayed rate
   * @throws IllegalArgumentException if a value is not positive or years is below 1
   */
  public static Result compound(BigDecimal first, BigDecimal last, int years, BigDecimal min) {
    if (first.signum() <= 0 || last.signum() <= 0 || years < 1) {
      throw new IllegalArgumentException("growth needs positive values and 1 or more years");
    }
    BigDecimal factor = BigDecimal.ONE.add(min).pow(years);
    boolean reached = last.compareTo(first.multiply(factor)) >= 0;
    int scale = Math.max(4, min.scale());
    BigDecimal shown = floorRate(first, last, years, scale);
    if (reached && shown.compareTo(min) < 0) {
      shown = min;
    } else if (!reached && shown.compareTo(min) >= 0) {
      shown = min.subtract(BigDecimal.ONE.movePointLeft(scale));
    }
    return new Result(reached, shown);
  }

  /**
   * The compound rate rounded down to {@code scale} decimals: the largest {@code c} with {@code
   * first * (1 + c)^years <= last}. Starts from the double approximation and corrects it by at most
   * {@value #MAX_STEPS} steps each way, so absurd ratios (where a double is far from exact) cost a
   * bounded time and give the approximation.
   *
   * @param first the first value, positive
   * @param last the last value, positive
   * @param years the years between them, 1 or more
   * @param scale the decimals of the result
   * @return the rate rounded down
   */
  public static BigDecimal floorRate(BigDecimal first, BigDecimal last, int years, int scale) {
    double approx = Math.pow(last.doubleValue() / first.doubleValue(), 1.0 / years) - 1;
    if (!Double.isFinite(approx)) {
      return BigDecimal.valueOf(Double.MAX_VALUE).setScale(scale, RoundingMode.DOWN);
    }
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal c = new BigDecimal(approx).setScale(scale, RoundingMode.FLOOR);
    for (int i = 0;
        i < MAX_STEPS
            && c.compareTo(BigDecimal.ONE.negate()) > 0
            && first.multiply(BigDecimal.ONE.add(c).pow(years)).compareTo(last) > 0;
        i++) {
      c = c.subtract(step);
    }
    for (int i = 0;
        i < MAX_STEPS
            && first.multiply(BigDecimal.ONE.add(c.add(step)).pow(years)).compareTo(last) <= 0;
        i++) {
      c = c.add(step);
    }
    return c;
  }

  /** The most correction steps of {@link #floorRate}. */
  private static final int MAX_STEPS = 8;

  /**
   * Reports a statistic the growth cannot use: a WARNING on that record, naming why (no personal
   * data: a reason such as "year 2000000017 outside 2017..2020").
   *
   * @param ctx the rule's context
   * @param sink where findings go
   * @param at the statistic
   * @param observed what was found, e.g. the year or "negative value"
   * @param expected what a usable statistic has, e.g. the programme's years
   */
  public static void unusable(
      RuleContext ctx, FindingSink sink, Location at, String observed, String expected) {
    unusable(ctx, sink, at, observed, observed, expected, expected);
  }

  /**
   * Reports a statistic the growth cannot use, with the reason in both languages: a WARNING on that
   * record (no personal data in the texts).
   *
   * @param ctx the rule's context
   * @param sink where findings go
   * @param at the statistic
   * @param observed what was found, e.g. {@code year 2000000017}; the finding's observed value
   * @param observedZh the same in Chinese, e.g. {@code 2000000017 年}
   * @param expected what a usable statistic has, e.g. {@code a year in 2017..2020}; the finding's
   *     threshold
   * @param expectedZh the same in Chinese
   * @since 0.2.0
   */
  public static void unusable(
      RuleContext ctx,
      FindingSink sink,
      Location at,
      String observed,
      String observedZh,
      String expected,
      String expectedZh) {
    var d = ctx.descriptor();
    RuleTexts.Text en = RuleTexts.of("growth.unusable", observed, expected, d.titleEn());
    RuleTexts.Text zh = RuleTexts.of("growth.unusable", observedZh, expectedZh, d.titleZh());
    sink.add(
        new Finding(
            d.id(),
            Severity.WARNING,
            at,
            observed,
            expected,
            null,
            en.en(),
            zh.zh(),
            d.citation(),
            1));
  }

  /**
   * Reports a target with no data: an INFO before the deadline, the rule's severity at or after it
   * (catalog revision 2, "missing data is a finding").
   *
   * @param ctx the rule's context
   * @param sink where findings go
   * @param at the object the data is missing for
   * @param threshold the target
   * @param deadline the target's deadline
   */
  public static void noData(
      RuleContext ctx, FindingSink sink, Location at, BigDecimal threshold, LocalDate deadline) {
    var d = ctx.descriptor();
    boolean due = !ctx.asOf().isBefore(deadline);
    String t = threshold.toPlainString();
    sink.add(
        new Finding(
            d.id(),
            due ? ctx.severity() : Severity.INFO,
            at,
            "no data",
            t,
            deadline,
            "No data for the target (target "
                + t
                + ", deadline "
                + deadline
                + "): "
                + d.titleEn()
                + ".",
            "目标无数据（目标 " + t + "，期限 " + deadline + "）：" + d.titleZh() + "。",
            d.citation(),
            1));
  }
}
