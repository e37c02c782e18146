package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.OnlineShop;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.internal.NoData;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-INC-01: incubated online shops (youth, women, poor people: 青年、妇女、贫困人口) reach at least
 * {@code annual_transactions_per_shop_min} yuan of transactions a year and are kept in a roster
 * (建有详细名册), by {@code deadline}.
 *
 * <p>Reading (catalog revision 2): "年交易额不少于3万元" is per shop (each incubated shop), not a
 * total; the target is judged at acceptance ({@code deadline}, 2018-10-31 for Daming). The target
 * is per shop. The shops are the {@link OnlineShop} records that are
 * {@link OnlineShop#incubated()} or {@link OnlineShop#onRoster()} (the roster lists incubated
 * shops). A shop's annual transactions are its {@code annual_sales} (none counts as 0). Only shops
 * that fall short are reported, on the shop: below the amount at path {@code annual_sales}
 * (observed the sales, threshold the minimum); an incubated shop missing from the roster at path
 * {@code on_roster} (observed 0, threshold 1). Before the deadline these are INFO progress, at or
 * after it they have the rule's severity; shops that meet the target yield nothing, to keep the
 * report readable for thousands of shops. At most one finding per shop: a shop short of the amount
 * is reported at {@code annual_sales} only (its roster gap is secondary). Missing data is a
 * finding: with no incubated or rostered shop at all, the rule reports "no data" at the dataset
 * ({@code online_shops}; INFO before the deadline, ERROR from the deadline day on).
 *
 * <p>State: only the shops that fall short.
 *
 * @since 0.1.0
 */
public final class DmSiteIncubationRule implements DatasetRule<DmSiteIncubationRule.State> {

  /** The rule ID. */
  public static final String ID = "DM-INC-01";

  /** A shop that falls short: its sales, whether they are short, and its roster flag. */
  public record Shortfall(String key, long index, BigDecimal sales, boolean salesShort,
      boolean onRoster) {}

  /** The shops that fall short, and the minimum read once per state. */
  public static final class State {
    final List<Shortfall> shops = new ArrayList<>();
    long incubated;
    final Money min;

    State(Money min) {
      this.min = min;
    }
  }

  /** Creates the rule; it is stateless. */
  public DmSiteIncubationRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().money("annual_transactions_per_shop_min"));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof OnlineShop s && (s.incubated() || s.onRoster())) {
      state.incubated++;
      Money sales = s.annualSales() != null ? s.annualSales() : Money.ZERO;
      boolean salesShort = sales.compareTo(state.min) < 0;
      if (salesShort || !s.onRoster()) {
        state.shops.add(new Shortfall(s.key(), index, sales.toBigDecimal(), salesShort, s.onRoster()));
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return OnlineShop.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.shops.addAll(right.shops);
    left.incubated += right.incubated;
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    BigDecimal min = state.min.toBigDecimal();
    if (state.incubated == 0) {
      NoData.report(ctx, sink, Location.dataset().withPath("online_shops"), min.toPlainString(),
          deadline);
      return;
    }
    for (Shortfall s : state.shops) {
      if (s.salesShort()) {
        sink.target(new Location("online_shop", s.key(), "annual_sales", s.index()), s.sales(),
            min, deadline);
      } else if (!s.onRoster()) {
        sink.target(new Location("online_shop", s.key(), "on_roster", s.index()),
            BigDecimal.ZERO, BigDecimal.ONE, deadline);
      }
    }
  }
}
