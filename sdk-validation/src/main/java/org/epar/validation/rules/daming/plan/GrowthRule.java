package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.epar.core.money.Ratio;
import org.epar.validation.Location;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-GROW-01 (电商交易额、农村及农产品网络零售额同比增长): year-on-year growth of transaction volume ≥ {@code
 * transaction_growth_min}, of rural online retail ≥ {@code rural_online_retail_growth_min} and of
 * agricultural online retail ≥ {@code agricultural_online_retail_growth_min}, by {@code deadline}.
 *
 * <p>Reading (catalog revision 2): judged on the <b>county</b>, not on each township. A county's
 * figure of a year is its county-level {@link AreaStatistics} of that year, or, when the county has
 * none for that year, the sum of its townships' statistics of that year (village-, city- and
 * province-level statistics are not part of the county reading). Time: a statistic counts by its
 * year, so the target at the deadline D compares the latest year {@code Y ≤ year(D)} for which
 * {@code Y-1} is also present; growth = (value Y − value Y−1) / value Y−1, exact, shown rounded
 * toward negative infinity at 6 decimals. Each of the three measures is its own target (all three
 * must be met), located at the county's year-Y statistic (its record, or for a sum of townships
 * {@code area_statistics} with the county code as id) with the measure's path.
 *
 * <p>Odd but parseable data is a finding on that statistic, never an exception and never a long
 * computation: a year outside the plausible years (1949 to the as-of year: year 0, 2000000017) at
 * path {@code year}; a negative value at the measure's path; a growth from a base that is not
 * positive (0) at the base's measure; a sum of townships beyond a {@code long} of fen. Growth is
 * computed only between consecutive plausible years from a positive base, with one exact division
 * (no powers), so a 1,000,000-year gap costs nothing. Missing data is a finding: a county with no
 * pair of consecutive years, or a measure missing in either year, is "no data" (INFO before the
 * deadline, ERROR from the deadline day on); with no county statistics at all the finding is at the
 * dataset ({@code area_statistics}).
 *
 * <p>State: per county and year, the county's own figures and the running sums of its townships;
 * the statistics with an implausible year.
 *
 * @since 0.1.0
 */
final class GrowthRule implements DatasetRule<GrowthRule.State> {

  /** The rule ID. */
  static final String ID = "DM-GROW-01";

  /** The first plausible year of a statistic. */
  static final int FIRST_YEAR = 1949;

  private static final String[] PATHS = {
    "transaction_volume", "rural_online_retail", "agricultural_online_retail"
  };
  private static final String[] PARAMETERS = {
    "transaction_growth_min",
    "rural_online_retail_growth_min",
    "agricultural_online_retail_growth_min"
  };

  /** Figures per county and year, and the odd statistics. */
  static final class State {
    final Map<String, Map<Integer, Figures>> county = new HashMap<>();
    final Map<String, Map<Integer, Figures>> townships = new HashMap<>();
    final List<Odd> odd = new ArrayList<>();

    State() {}
  }

  /** A statistic with a problem of its own: where, what was seen, what was expected. */
  record Odd(Location at, RuleTexts.Text observed, RuleTexts.Text threshold) {}

  /**
   * One county-year: where it is reported, and per measure the fen, whether present, whether
   * unusable (negative, overflow).
   */
  static final class Figures {
    final Location at;
    final long[] fen = new long[3];
    final boolean[] present = new boolean[3];
    final boolean[] bad = new boolean[3];

    Figures(Location at) {
      this.at = at;
    }

    /** Adds a value of measure {@code m}; an overflow marks it unusable. */
    boolean add(int m, long value) {
      present[m] = true;
      try {
        fen[m] = Math.addExact(fen[m], value);
        return true;
      } catch (ArithmeticException e) {
        bad[m] = true;
        return false;
      }
    }

    void addAll(Figures o) {
      for (int m = 0; m < 3; m++) {
        if (o.present[m]) {
          add(m, o.fen[m]);
        }
        bad[m] |= o.bad[m];
      }
    }
  }

  /** Creates the rule; it is stateless. */
  GrowthRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (!(record instanceof AreaStatistics s) || s.division() == null) {
      return;
    }
    DivisionCode division = s.division();
    boolean isCounty = division.isAtLevel(DivisionLevel.COUNTY);
    if (!isCounty && !division.isAtLevel(DivisionLevel.TOWNSHIP)) {
      return; // not part of the county reading; an invalid code is CORE-ID-03's
    }
    Location record0 = new Location(RecordType.AREA_STATISTICS.wireName(), s.key(), "", index);
    int year = s.year();
    if (year < FIRST_YEAR || year > ctx.asOf().getYear()) {
      state.odd.add(
          new Odd(
              record0.withPath("year"),
              RuleTexts.of("growth.implausible-year", year),
              RuleTexts.of("growth.year-in", FIRST_YEAR, ctx.asOf().getYear())));
      return;
    }
    String county = division.county().map(DivisionCode::value).orElse(division.value());
    Figures f;
    if (isCounty) {
      Map<Integer, Figures> years = state.county.computeIfAbsent(county, k -> new HashMap<>());
      if (years.containsKey(year)) {
        return; // a repeated county-year: the first counts, the repeat is CORE-DUP-01's
      }
      f = new Figures(record0);
      years.put(year, f);
    } else {
      f =
          state
              .townships
              .computeIfAbsent(county, k -> new HashMap<>())
              .computeIfAbsent(
                  year,
                  y ->
                      new Figures(
                          new Location(RecordType.AREA_STATISTICS.wireName(), county, "", -1)));
    }
    Money[] values = {s.transactionVolume(), s.ruralOnlineRetail(), s.agriculturalOnlineRetail()};
    for (int m = 0; m < 3; m++) {
      Money v = values[m];
      if (v == null) {
        continue;
      }
      if (v.isNegative()) {
        state.odd.add(
            new Odd(
                record0.withPath(PATHS[m]),
                RuleTexts.of("growth.negative", v.format()),
                RuleTexts.of("growth.amounts-not-negative")));
        f.present[m] = true;
        f.bad[m] = true;
      } else if (!f.add(m, v.fen())) {
        state.odd.add(
            new Odd(
                f.at.withPath(PATHS[m]),
                RuleTexts.of("sum.townships-overflow", Money.ofFen(Long.MAX_VALUE).format()),
                RuleTexts.of("sum.exact")));
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AreaStatistics.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.county.forEach(
        (k, v) ->
            left.county.merge(
                k,
                v,
                (a, b) -> {
                  b.forEach(
                      (y, f) -> a.merge(y, f, (x, z) -> x.at.index() <= z.at.index() ? x : z));
                  return a;
                }));
    right.townships.forEach(
        (k, v) ->
            left.townships.merge(
                k,
                v,
                (a, b) -> {
                  b.forEach(
                      (y, f) ->
                          a.merge(
                              y,
                              f,
                              (x, z) -> {
                                x.addAll(z);
                                return x;
                              }));
                  return a;
                }));
    left.odd.addAll(right.odd);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    for (Odd o : state.odd) {
      sink.violation(
          o.at(),
          o.observed().en(),
          o.threshold().en(),
          RuleTexts.args("observed", o.observed(), "threshold", o.threshold()));
    }
    BigDecimal[] min = new BigDecimal[3];
    for (int m = 0; m < 3; m++) {
      min[m] = ctx.settings().decimal(PARAMETERS[m]);
    }
    TreeMap<String, Map<Integer, Figures>> counties = new TreeMap<>(state.townships);
    state.county.forEach(
        (k, v) ->
            counties.merge(
                k,
                v,
                (towns, own) -> {
                  Map<Integer, Figures> merged = new HashMap<>(towns);
                  merged.putAll(own); // the county's own figures win over the sum of its townships
                  return merged;
                }));
    if (counties.isEmpty()) {
      Support.noData(
          ctx,
          sink,
          Location.dataset().withPath("area_statistics"),
          min[0].toPlainString(),
          deadline);
      return;
    }
    int lastYear = deadline.getYear();
    counties.forEach(
        (county, years) -> {
          TreeMap<Integer, Figures> sorted = new TreeMap<>(years);
          Integer y = sorted.floorKey(lastYear);
          while (y != null && !sorted.containsKey(y - 1)) {
            y = sorted.lowerKey(y);
          }
          if (y == null) {
            Location at =
                sorted.isEmpty()
                    ? new Location(RecordType.AREA_STATISTICS.wireName(), county, "", -1)
                    : sorted.firstEntry().getValue().at;
            Support.noData(
                ctx,
                sink,
                at.withPath("year"),
                RuleTexts.of("growth.consecutive-years", lastYear),
                deadline);
            return;
          }
          Figures cur = sorted.get(y);
          Figures prev = sorted.get(y - 1);
          for (int m = 0; m < 3; m++) {
            Location at = cur.at.withPath(PATHS[m]);
            if (!cur.present[m] || !prev.present[m]) {
              Support.noData(ctx, sink, at, min[m].toPlainString(), deadline);
            } else if (cur.bad[m] || prev.bad[m]) {
              continue; // already a finding on the statistic
            } else if (prev.fen[m] <= 0) {
              RuleTexts.Text base =
                  RuleTexts.of("growth.base-not-positive", Money.ofFen(prev.fen[m]).format());
              RuleTexts.Text positive = RuleTexts.of("growth.positive-base");
              sink.violation(
                  prev.at.withPath(PATHS[m]),
                  base.en(),
                  positive.en(),
                  RuleTexts.args("observed", base, "threshold", positive));
            } else {
              Ratio growth = Ratio.of(Math.subtractExact(cur.fen[m], prev.fen[m]), prev.fen[m]);
              sink.target(at, Support.floor6(growth), min[m], deadline);
            }
          }
        });
  }
}
