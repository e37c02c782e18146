package org.epar.validation.rules.chongqing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.County;
import org.epar.core.model.Township;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Growth;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-GROW-01: agricultural online retail (农产品网络零售额) of poor areas grows at least {@code
 * agricultural_online_retail_growth_min} a year on average, by {@code deadline}.
 *
 * <p>Reading: only poor areas are judged (贫困地区): a statistic counts when its division is a poor
 * county ({@code County.poor}), a poor township, a registered poor village, or lies inside a poor
 * county of the submission; statistics of other areas are not judged. Per such division, the
 * average annual growth is the compound rate between the first and the last year with a value:
 * {@code (last / first)^(1 / (lastYear - firstYear)) - 1}, decided exactly ({@code last >= first *
 * (1 + min)^years}) and shown rounded down to 4 decimals, so that 25% is met and 24.99% is not.
 *
 * <p>Odd and missing data (catalog revision 2): growth is computed only between plausible years,
 * {@code first_year} to {@code last_year}, and from positive values: a statistic of another year or
 * with a negative amount is a WARNING on that statistic and is left out. A poor division with one
 * usable year only, or a first value of zero, has no measurable growth: "no data" (INFO before the
 * deadline, ERROR at and after it). One finding per division: object {@code area_statistics}, id
 * the division code, path {@code agricultural_online_retail}.
 *
 * <p>Parameters: {@code agricultural_online_retail_growth_min}, {@code deadline}, {@code
 * first_year}, {@code last_year}.
 */
final class AgriculturalRetailGrowthRule
    implements DatasetRule<AgriculturalRetailGrowthRule.State> {

  /** The rule ID. */
  static final String ID = "CQ-GROW-01";

  /** First and last usable year with a value, in fen. */
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

  /** Spans per division, the poor areas, and the statistics left out (key to reason). */
  static final class State {
    final Map<String, Span> spans = new TreeMap<>();
    final Set<String> poorAreas = new HashSet<>();
    final Set<String> poorCounties = new HashSet<>();
    final Map<String, Unusable> unusable = new TreeMap<>();
  }

  /** A statistic left out: its division, what was found and what a usable one has. */
  record Unusable(String division, RuleTexts.Text observed, RuleTexts.Text expected) {}

  /** Creates the rule; it is stateless. */
  AgriculturalRetailGrowthRule() {}

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
    if (record instanceof County c && c.poor() && c.code() != null) {
      s.poorAreas.add(c.code().value());
      c.code().county().ifPresent(k -> s.poorCounties.add(k.value()));
    } else if (record instanceof Township t && t.poor() && t.code() != null) {
      s.poorAreas.add(t.code().value());
    } else if (record instanceof Village v && v.registeredPoor() && v.code() != null) {
      s.poorAreas.add(v.code().value());
    } else if (record instanceof AreaStatistics a
        && a.division() != null
        && a.agriculturalOnlineRetail() != null) {
      long from = ctx.settings().integer("first_year");
      long to = ctx.settings().integer("last_year");
      if (a.year() < from || a.year() > to) {
        s.unusable.putIfAbsent(
            a.key(),
            new Unusable(
                a.division().value(),
                RuleTexts.of("growth.year", a.year()),
                RuleTexts.of("growth.year-in", from, to)));
      } else if (a.agriculturalOnlineRetail().isNegative()) {
        s.unusable.putIfAbsent(
            a.key(),
            new Unusable(
                a.division().value(),
                RuleTexts.of("growth.negative-amount"),
                RuleTexts.of("growth.amounts-not-negative")));
      } else {
        Span span = new Span(a.year(), a.agriculturalOnlineRetail().fen());
        s.spans.merge(a.division().value(), span, Span::merge);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AreaStatistics.class.isAssignableFrom(type)
        || County.class.isAssignableFrom(type)
        || Township.class.isAssignableFrom(type)
        || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.spans.forEach((k, v) -> left.spans.merge(k, v, Span::merge));
    left.poorAreas.addAll(right.poorAreas);
    left.poorCounties.addAll(right.poorCounties);
    right.unusable.forEach(left.unusable::putIfAbsent);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("agricultural_online_retail_growth_min");
    LocalDate deadline = ctx.settings().date("deadline");
    s.unusable.forEach(
        (key, u) -> {
          if (poor(s, u.division())) {
            Growth.unusable(
                ctx,
                sink,
                Location.of("area_statistics", key),
                u.observed().en(),
                u.observed().zh(),
                u.expected().en(),
                u.expected().zh());
          }
        });
    s.spans.forEach(
        (division, span) -> {
          if (!poor(s, division)) {
            return;
          }
          Location at = new Location("area_statistics", division, "agricultural_online_retail", -1);
          int years = span.lastYear - span.firstYear;
          if (years <= 0 || span.first <= 0) {
            Growth.noData(ctx, sink, at, min, deadline);
            return;
          }
          BigDecimal last = BigDecimal.valueOf(span.last);
          BigDecimal rate =
              last.signum() <= 0
                  ? BigDecimal.ONE.negate()
                  : Growth.compound(BigDecimal.valueOf(span.first), last, years, min).rate();
          sink.target(at, rate, min, deadline);
        });
  }

  /**
   * The compound annual rate, exactly rounded down to 4 decimals (bounded work, see {@link
   * Growth#floorRate}).
   */
  static BigDecimal growth(long first, long last, int years) {
    return Growth.floorRate(BigDecimal.valueOf(first), BigDecimal.valueOf(last), years, 4);
  }

  private static boolean poor(State s, String division) {
    if (s.poorAreas.contains(division)) {
      return true;
    }
    return DivisionCode.of(division)
        .county()
        .map(c -> s.poorCounties.contains(c.value()))
        .orElse(false);
  }
}
