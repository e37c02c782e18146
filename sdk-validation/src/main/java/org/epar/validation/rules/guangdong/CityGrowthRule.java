package org.epar.validation.rules.guangdong;

import java.math.BigDecimal;
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
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Growth;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * GD-GROW-01: the e-commerce transaction volume <b>or</b> the agricultural online retail sales of
 * the 14 cities grow by at least {@code annual_growth_min} (20%) a year on average
 * (电子商务交易额或农产品网络零售额年均增长20%以上, 一(二)).
 *
 * <p>Reading (catalog revision 2): "14个市的…年均增长" is the cities <b>together</b>: per measure, the
 * city-level {@code area_statistics} records (division at city level; county records are not summed
 * up) are summed over the listed cities per year, and the average annual growth is the compound
 * rate from the first to the last year reported, {@code (last / first)^(1 / years) - 1}. With
 * {@code each_city: true} every listed city is judged alone instead. The listed cities are those
 * with a designated poor village in the submission; when it has none, every city with statistics; a
 * submission with neither is "no data" for the target. Either measure reaching the bar is enough.
 *
 * <p>Missing and odd data (revision 2): a listed city with no usable statistics is a finding on
 * that city ("no data": INFO before {@code deadline}, ERROR at and after it); when no measure can
 * give a growth (fewer than two years, or a first value that is not positive) the target itself is
 * "no data". Growth is computed only between plausible years, {@code first_year} to {@code
 * last_year} (the base year before the programme to its end), and from positive values: a statistic
 * of another year, or with a negative amount, is a WARNING on that statistic and is left out. A
 * zero amount is a value (it can end a growth, never start one). Sums are exact (no overflow); the
 * decision is exact ({@code last >= first * (1 + rate)^years}); the observed value is the better
 * measure's rate rounded down to 4 decimals.
 *
 * <p>Findings: the target at {@code dataset/GD-GROW-01} (together) or at the city's last statistics
 * record (each city). Parameters: {@code annual_growth_min}, {@code deadline}, {@code each_city},
 * {@code first_year}, {@code last_year}.
 */
final class CityGrowthRule implements DatasetRule<CityGrowthRule.State> {

  /** The rule ID. */
  static final String ID = "GD-GROW-01";

  /** One city-year: the record key and the two measures (null when absent or unusable). */
  record Year(String key, @Nullable Money transactionVolume, @Nullable Money agriculturalRetail) {}

  /** One statistic left out, with why. */
  record Unusable(String key, RuleTexts.Text observed, RuleTexts.Text expected) {}

  /** Cities with designated poor villages; usable city-level statistics by city and year. */
  static final class State {
    final Set<String> poorCities = new HashSet<>();
    final Map<String, TreeMap<Integer, Year>> cities = new HashMap<>();
    final Map<String, Unusable> unusable = new TreeMap<>();
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
      long from = ctx.settings().integer("first_year");
      long to = ctx.settings().integer("last_year");
      if (a.year() < from || a.year() > to) {
        s.unusable.putIfAbsent(
            a.key(),
            new Unusable(
                a.key(),
                RuleTexts.of("growth.year", a.year()),
                RuleTexts.of("growth.year-in", from, to)));
        return;
      }
      Money tv = a.transactionVolume();
      Money ar = a.agriculturalOnlineRetail();
      if ((tv != null && tv.isNegative()) || (ar != null && ar.isNegative())) {
        s.unusable.putIfAbsent(
            a.key(),
            new Unusable(
                a.key(),
                RuleTexts.of("growth.negative-amount"),
                RuleTexts.of("growth.amounts-not-negative")));
        tv = tv != null && tv.isNegative() ? null : tv;
        ar = ar != null && ar.isNegative() ? null : ar;
      }
      s.cities
          .computeIfAbsent(a.division().value(), k -> new TreeMap<>())
          .putIfAbsent(a.year(), new Year(a.key(), tv, ar));
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
    right.unusable.forEach(left.unusable::putIfAbsent);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("annual_growth_min");
    LocalDate deadline = ctx.settings().date("deadline");
    boolean eachCity =
        ctx.settings().has("each_city")
            && Boolean.parseBoolean(ctx.settings().string("each_city").trim());
    String type = RecordType.AREA_STATISTICS.wireName();
    for (Unusable u : s.unusable.values()) {
      Growth.unusable(
          ctx,
          sink,
          Location.of(type, u.key()),
          u.observed().en(),
          u.observed().zh(),
          u.expected().en(),
          u.expected().zh());
    }
    Set<String> listed = new TreeSet<>(s.poorCities.isEmpty() ? s.cities.keySet() : s.poorCities);
    if (listed.isEmpty()) {
      Growth.noData(ctx, sink, Location.dataset().withPath(ID), min, deadline);
      return;
    }
    TreeMap<Integer, BigDecimal[]> together = new TreeMap<>();
    for (String city : listed) {
      TreeMap<Integer, Year> years = s.cities.get(city);
      if (years == null || years.isEmpty()) {
        Growth.noData(ctx, sink, Location.of("city", city), min, deadline);
        continue;
      }
      if (eachCity) {
        TreeMap<Integer, BigDecimal[]> own = new TreeMap<>();
        add(own, years);
        Location at = Location.of(type, years.lastEntry().getValue().key());
        judge(own, min, deadline, at, ctx, sink);
      } else {
        add(together, years);
      }
    }
    if (!eachCity && !together.isEmpty()) {
      judge(together, min, deadline, Location.dataset().withPath(ID), ctx, sink);
    }
  }

  /** Adds a city's years to per-year sums of the two measures (null: not reported that year). */
  private static void add(TreeMap<Integer, BigDecimal[]> sums, TreeMap<Integer, Year> years) {
    years.forEach(
        (year, y) -> {
          BigDecimal[] sum = sums.computeIfAbsent(year, k -> new BigDecimal[2]);
          sum[0] = plus(sum[0], y.transactionVolume());
          sum[1] = plus(sum[1], y.agriculturalRetail());
        });
  }

  private static @Nullable BigDecimal plus(@Nullable BigDecimal sum, @Nullable Money m) {
    if (m == null) {
      return sum;
    }
    BigDecimal v = BigDecimal.valueOf(m.fen());
    return sum == null ? v : sum.add(v);
  }

  private static void judge(
      TreeMap<Integer, BigDecimal[]> sums,
      BigDecimal min,
      LocalDate deadline,
      Location at,
      RuleContext ctx,
      FindingSink sink) {
    Growth.Result tv = growth(sums, 0, min);
    Growth.Result ar = growth(sums, 1, min);
    Growth.Result best = tv == null ? ar : ar == null ? tv : tv.better(ar);
    if (best == null) {
      Growth.noData(ctx, sink, at, min, deadline);
    } else {
      sink.target(at, best.rate(), min, deadline);
    }
  }

  private static Growth.@Nullable Result growth(
      TreeMap<Integer, BigDecimal[]> sums, int measure, BigDecimal min) {
    Integer firstYear = null;
    BigDecimal first = null;
    Integer lastYear = null;
    BigDecimal last = null;
    for (Map.Entry<Integer, BigDecimal[]> e : sums.entrySet()) {
      BigDecimal m = e.getValue()[measure];
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
    if (last.signum() <= 0) {
      return new Growth.Result(false, BigDecimal.ONE.negate());
    }
    return Growth.compound(first, last, lastYear - firstYear, min);
  }
}
