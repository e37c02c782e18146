package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.RecordType;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-GROW-01 (电商交易额、农村及农产品网络零售额同比增长): year-on-year growth of transaction volume
 * ≥ {@code transaction_growth_min}, of rural online retail ≥ {@code rural_online_retail_growth_min}
 * and of agricultural online retail ≥ {@code agricultural_online_retail_growth_min}, by {@code
 * deadline}.
 *
 * <p>Reading: per division, the latest year {@code Y} of {@link AreaStatistics} for which year
 * {@code Y-1} is also present; growth = (value Y − value Y−1) / value Y−1, exact, shown rounded
 * toward negative infinity at 6 decimals. Each of the three measures is its own target (all three
 * must be met), located at the year-Y record with the measure's path. A measure missing in either
 * year, or zero in Y−1, is not judged.
 *
 * @since 0.1.0
 */
public final class GrowthRule implements DatasetRule<GrowthRule.State> {

  /** The rule ID. */
  public static final String ID = "DM-GROW-01";

  /** Figures per division and year. */
  public static final class State {
    final Map<String, Map<Integer, Figures>> byDivision = new HashMap<>();

    State() {}
  }

  record Figures(long index, String key, @Nullable Money transactions, @Nullable Money rural,
      @Nullable Money agricultural) {
    Figures first(Figures o) {
      return index <= o.index ? this : o;
    }
  }

  /** Creates the rule; it is stateless. */
  public GrowthRule() {}

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
    if (record instanceof AreaStatistics s) {
      state.byDivision
          .computeIfAbsent(s.division() == null ? "" : s.division().raw(), k -> new HashMap<>())
          .merge(s.year(), new Figures(index, s.key(), s.transactionVolume(),
              s.ruralOnlineRetail(), s.agriculturalOnlineRetail()), Figures::first);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AreaStatistics.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.byDivision.forEach((k, v) -> left.byDivision.merge(k, v, (a, b) -> {
      b.forEach((y, f) -> a.merge(y, f, Figures::first));
      return a;
    }));
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    BigDecimal tMin = ctx.settings().decimal("transaction_growth_min");
    BigDecimal rMin = ctx.settings().decimal("rural_online_retail_growth_min");
    BigDecimal aMin = ctx.settings().decimal("agricultural_online_retail_growth_min");
    String type = RecordType.AREA_STATISTICS.wireName();
    new TreeMap<>(state.byDivision).forEach((division, years) -> {
      TreeMap<Integer, Figures> sorted = new TreeMap<>(years);
      for (Integer y : sorted.descendingKeySet()) {
        Figures prev = sorted.get(y - 1);
        if (prev == null) {
          continue;
        }
        Figures cur = sorted.get(y);
        Location at = new Location(type, cur.key(), "", cur.index());
        target(sink, at.withPath("transaction_volume"), cur.transactions(), prev.transactions(),
            tMin, deadline);
        target(sink, at.withPath("rural_online_retail"), cur.rural(), prev.rural(), rMin,
            deadline);
        target(sink, at.withPath("agricultural_online_retail"), cur.agricultural(),
            prev.agricultural(), aMin, deadline);
        return;
      }
    });
  }

  private static void target(FindingSink sink, Location at, @Nullable Money cur,
      @Nullable Money prev, BigDecimal min, LocalDate deadline) {
    if (cur == null || prev == null || prev.signum() <= 0) {
      return;
    }
    sink.target(at, Support.floor6(cur.minus(prev).ratio(prev)), min, deadline);
  }
}
