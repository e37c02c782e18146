package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.AreaStatistics;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-GROW-01: agricultural online retail (农产品网络零售额) of poor areas grows at least
 * {@code agricultural_online_retail_growth_min} a year on average, by {@code deadline}.
 *
 * <p>Reading: per division of the {@link AreaStatistics} (the submission's areas are the poor
 * areas), the average annual growth is the compound rate between the first and the last year with
 * a value: {@code (last / first)^(1 / (lastYear - firstYear)) - 1}. It is computed exactly and
 * rounded down to 4 decimals, so that 25% is met and 24.99% is not. A division with one year
 * only, or a first value of zero, has no measurable growth and is not reported. One finding per
 * division: object {@code area_statistics}, id the division code, path
 * {@code agricultural_online_retail}.
 */
public final class AgriculturalRetailGrowthRule
    implements DatasetRule<AgriculturalRetailGrowthRule.State> {

  /** The rule ID. */
  public static final String ID = "CQ-GROW-01";

  private static final BigDecimal STEP = new BigDecimal("0.0001");

  /** First and last year with a value, in fen. */
  static final class Span {
    int firstYear;
    long first;
    int lastYear;
    long last;

    Span(int year, long fen) {
      firstYear = year;
      lastYear = year;
      first = fen;
      last = fen;
    }

    Span merge(Span o) {
      if (o.firstYear < firstYear) {
        firstYear = o.firstYear;
        first = o.first;
      }
      if (o.lastYear > lastYear) {
        lastYear = o.lastYear;
        last = o.last;
      }
      return this;
    }
  }

  /** Spans per division. */
  public static final class State {
    final Map<String, Span> spans = new TreeMap<>();
  }

  /** Creates the rule; it is stateless. */
  public AgriculturalRetailGrowthRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof AreaStatistics a && a.division() != null
        && a.agriculturalOnlineRetail() != null) {
      Span span = new Span(a.year(), a.agriculturalOnlineRetail().fen());
      s.spans.merge(a.division().value(), span, Span::merge);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AreaStatistics.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.spans.forEach((k, v) -> left.spans.merge(k, v, Span::merge));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("agricultural_online_retail_growth_min");
    s.spans.forEach((division, span) -> {
      int years = span.lastYear - span.firstYear;
      if (years <= 0 || span.first <= 0) {
        return;
      }
      sink.target(new Location("area_statistics", division, "agricultural_online_retail", -1),
          growth(span.first, span.last, years), min, ctx.settings().date("deadline"));
    });
  }

  /** The compound annual rate, exactly rounded down to 4 decimals. */
  static BigDecimal growth(long first, long last, int years) {
    double approx = Math.pow((double) last / first, 1.0 / years) - 1;
    BigDecimal c = BigDecimal.valueOf(Math.floor(approx * 10000) / 10000).setScale(4,
        java.math.RoundingMode.DOWN);
    BigDecimal firstDec = BigDecimal.valueOf(first);
    BigDecimal lastDec = BigDecimal.valueOf(last);
    // adjust so that first * (1 + c)^n <= last < first * (1 + c + step)^n
    while (c.compareTo(BigDecimal.ONE.negate()) > 0 && reaches(firstDec, c, years, lastDec) > 0) {
      c = c.subtract(STEP);
    }
    while (reaches(firstDec, c.add(STEP), years, lastDec) <= 0) {
      c = c.add(STEP);
    }
    return c;
  }

  private static int reaches(BigDecimal first, BigDecimal rate, int years, BigDecimal last) {
    return first.multiply(BigDecimal.ONE.add(rate).pow(years)).compareTo(last);
  }
}
