package org.epar.validation.rules.guangdong;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.epar.core.id.DivisionLevel;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.RecordType;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * GD-GROW-01: the e-commerce transaction volume <b>or</b> the agricultural online retail sales of
 * the cities with designated poor villages grow by at least {@code annual_growth_min} (20%) a year
 * on average (电子商务交易额或农产品网络零售额年均增长20%以上, 一(二)).
 *
 * <p>Reading: "average annual growth" is the compound annual growth rate of a measure between the
 * first and the last year in which the city reports it: {@code (last / first)^(1 / years) - 1}. The
 * figures are the city-level {@code area_statistics} records (division at city level); county
 * records are not summed up. The cities checked are those with a designated poor village in the
 * submission; when the submission has no designated poor village, every city with statistics.
 * Either measure reaching the bar is enough; a measure needs two years and a positive first value.
 * One target per city, located at its last year's statistics record, by {@code deadline}; a city
 * with no measurable growth is not checked. The decision is exact
 * ({@code last >= first * (1 + rate)^years}); the observed value is the better measure's growth
 * rounded down to 4 decimals for display.
 *
 * <p>Parameters: {@code annual_growth_min}, {@code deadline}.
 */
final class CityGrowthRule implements DatasetRule<CityGrowthRule.State> {

  /** The rule ID. */
  static final String ID = "GD-GROW-01";

  /** One city-year: the record key and the two measures. */
  record Year(String key, @Nullable Money transactionVolume, @Nullable Money agriculturalRetail) {}

  /** Cities with designated poor villages; city-level statistics by city and year. */
  static final class State {
    final Set<String> poorCities = new HashSet<>();
    final Map<String, TreeMap<Integer, Year>> cities = new HashMap<>();
  }

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
    if (record instanceof Village v && v.registeredPoor()) {
      String city = Divisions.city(v.code());
      if (city != null) {
        s.poorCities.add(city);
      }
    } else if (record instanceof AreaStatistics a
        && a.division() != null
        && a.division().isAtLevel(DivisionLevel.CITY)) {
      s.cities
          .computeIfAbsent(a.division().value(), k -> new TreeMap<>())
          .putIfAbsent(a.year(),
              new Year(a.key(), a.transactionVolume(), a.agriculturalOnlineRetail()));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AreaStatistics.class.isAssignableFrom(type) || Village.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poorCities.addAll(right.poorCities);
    right.cities.forEach(
        (city, years) -> {
          TreeMap<Integer, Year> l = left.cities.computeIfAbsent(city, k -> new TreeMap<>());
          years.forEach(l::putIfAbsent);
        });
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("annual_growth_min");
    LocalDate deadline = ctx.settings().date("deadline");
    Set<String> checked = new TreeSet<>(s.cities.keySet());
    if (!s.poorCities.isEmpty()) {
      checked.retainAll(s.poorCities);
    }
    for (String city : checked) {
      TreeMap<Integer, Year> years = s.cities.get(city);
      Growth tv = growth(years, true, min);
      Growth ar = growth(years, false, min);
      Growth best = tv == null ? ar : ar == null ? tv : tv.better(ar);
      if (best != null) {
        Location at = Location.of(RecordType.AREA_STATISTICS.wireName(), years.lastEntry()
            .getValue().key());
        sink.target(at, best.display(min), min, deadline);
      }
    }
  }

  /** The growth of one measure: whether it reaches the rate exactly, and its approximate rate. */
  record Growth(boolean reached, double rate) {

    Growth better(Growth other) {
      if (reached != other.reached) {
        return reached ? this : other;
      }
      return rate >= other.rate ? this : other;
    }

    /** The rate rounded down to 4 decimals, kept on the side of the exact decision. */
    BigDecimal display(BigDecimal min) {
      int scale = Math.max(4, min.scale());
      BigDecimal shown = Double.isFinite(rate)
          ? new BigDecimal(rate).setScale(scale, RoundingMode.DOWN)
          : min;
      if (reached && shown.compareTo(min) < 0) {
        return min;
      }
      if (!reached && shown.compareTo(min) >= 0) {
        return min.subtract(BigDecimal.ONE.movePointLeft(scale));
      }
      return shown;
    }
  }

  private static @Nullable Growth growth(
      TreeMap<Integer, Year> years, boolean transactions, BigDecimal min) {
    Integer firstYear = null;
    Money first = null;
    Integer lastYear = null;
    Money last = null;
    for (Map.Entry<Integer, Year> e : years.entrySet()) {
      Money m = transactions ? e.getValue().transactionVolume() : e.getValue().agriculturalRetail();
      if (m == null) {
        continue;
      }
      if (first == null) {
        firstYear = e.getKey();
        first = m;
      }
      lastYear = e.getKey();
      last = m;
    }
    if (first == null || last == null || first.signum() <= 0 || lastYear.equals(firstYear)) {
      return null;
    }
    int n = lastYear - firstYear;
    BigDecimal factor = BigDecimal.ONE.add(min).pow(n);
    boolean reached = last.toBigDecimal().compareTo(first.toBigDecimal().multiply(factor)) >= 0;
    double rate =
        Math.pow(last.toBigDecimal().doubleValue() / first.toBigDecimal().doubleValue(), 1.0 / n)
            - 1;
    return new Growth(reached, rate);
  }
}
