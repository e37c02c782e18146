package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Direction;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-OPS-02: per station per month, on average, at least {@code proxy_orders_per_station_month_min}
 * proxy-purchase orders (代购单数) and {@code transactions_per_station_month_min} yuan of transactions
 * (交易额), by {@code deadline}.
 *
 * <p>Readings: the stations are the sites of type {@link SiteType#VILLAGE_STATION}; when the
 * submission has none, every site named by a transaction counts as a station. The months are the
 * calendar months present in those stations' transactions. The average is the total over the
 * station-months: total / (stations × months), so a station that traded nothing in a month pulls
 * the average down. Proxy-purchase orders are {@link Transaction#orders()} of {@link
 * Direction#DOWNWARD} transactions (代购, industrial goods down to the village); the amount is every
 * transaction of the station, both directions (the station's 交易额). A transaction without a site or
 * a date cannot be placed in a station-month and is left to CORE-REF-01 and CORE-DATE-01. Time
 * (catalog revision 2): a target at deadline D counts only what existed by D, so only transactions
 * dated on or before {@code deadline} count (the deadline day itself counts, the day after does
 * not), and the months are the calendar months of those transactions, all up to the deadline's
 * month; a village station counts only when it opened on or before the deadline (a station without
 * an opening date is unknown, not absent, and counts). Without stations or months the average is
 * not evaluated. The two averages are separate targets, at a dataset location with the parameter
 * name as object id and path {@code transactions}; exact (49.99 orders miss 50). Sums are exact: a
 * total beyond a {@code long} of fen (two transactions of 2^62 fen) never wraps; it is one finding
 * at the amount part.
 *
 * <p>State: per site, proxy orders, amount in fen and the months traded up to the deadline; the ids
 * of the village stations open by then, and whether the submission has any village station.
 *
 * @since 0.1.0
 */
final class DmSiteStationTradeRule implements DatasetRule<DmSiteStationTradeRule.State> {

  /** The rule ID. */
  static final String ID = "DM-OPS-02";

  private static final String ORDERS = "proxy_orders_per_station_month_min";
  private static final String AMOUNT = "transactions_per_station_month_min";

  /** Trade of one site. */
  static final class Trade {
    long orders;
    long fen;
    boolean overflow;
    final Set<YearMonth> months = new HashSet<>();
  }

  /** Trade per site id, and the ids of village stations. */
  static final class State {
    final Map<String, Trade> trade = new HashMap<>();
    final Set<String> stations = new HashSet<>();
    boolean anyStation;
    final LocalDate deadline;

    State(LocalDate deadline) {
      this.deadline = deadline;
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteStationTradeRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().date("deadline"));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof Transaction t) {
      String site = t.site();
      LocalDate date = t.date();
      if (site == null || date == null || date.isAfter(state.deadline)) {
        return;
      }
      Trade trade = state.trade.computeIfAbsent(site, k -> new Trade());
      trade.months.add(YearMonth.from(date));
      if (t.direction() == Direction.DOWNWARD) {
        add(trade, t.orders(), 0);
      }
      Money amount = t.amount();
      if (amount != null) {
        add(trade, 0, amount.fen());
      }
    } else if (record instanceof Site s && s.type() == SiteType.VILLAGE_STATION && s.id() != null) {
      state.anyStation = true;
      if (DmSiteSupport.openedBy(s, state.deadline)) {
        state.stations.add(s.id());
      }
    }
  }

  /** Adds orders and fen to a trade, marking it instead of wrapping on overflow. */
  private static void add(Trade trade, long orders, long fen) {
    try {
      trade.orders = Math.addExact(trade.orders, orders);
      trade.fen = Math.addExact(trade.fen, fen);
    } catch (ArithmeticException e) {
      trade.overflow = true;
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Transaction.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.trade.forEach(
        (site, r) -> {
          Trade l = left.trade.putIfAbsent(site, r);
          if (l != null) {
            add(l, r.orders, r.fen);
            l.overflow |= r.overflow;
            l.months.addAll(r.months);
          }
        });
    left.stations.addAll(right.stations);
    left.anyStation |= right.anyStation;
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    // a submission with village stations, none of them open by the deadline, has no station-months
    Set<String> stations = state.anyStation ? state.stations : state.trade.keySet();
    Set<YearMonth> months = new HashSet<>();
    Trade total = new Trade();
    for (String station : stations) {
      Trade t = state.trade.get(station);
      if (t != null) {
        months.addAll(t.months);
        add(total, t.orders, t.fen);
        total.overflow |= t.overflow;
      }
    }
    long cells = (long) stations.size() * months.size();
    if (cells == 0) {
      return;
    }
    if (total.overflow) {
      // the sum does not fit a long of fen: a finding on the data, never a wrapped total
      RuleTexts.Text sum = RuleTexts.of("sum.overflow", Money.ofFen(Long.MAX_VALUE).format());
      sink.violation(
          DmSiteSupport.part(AMOUNT, "transactions"),
          sum.en(),
          ctx.settings().money(AMOUNT).toBigDecimal().toPlainString(),
          sum.as("observed"));
      return;
    }
    long orders = total.orders;
    long fen = total.fen;
    LocalDate deadline = state.deadline;
    BigDecimal minOrders = ctx.settings().decimal(ORDERS);
    sink.target(
        DmSiteSupport.part(ORDERS, "transactions"),
        DmSiteSupport.average(BigDecimal.valueOf(orders), cells, minOrders),
        minOrders,
        deadline);
    BigDecimal minAmount = ctx.settings().money(AMOUNT).toBigDecimal();
    sink.target(
        DmSiteSupport.part(AMOUNT, "transactions"),
        DmSiteSupport.average(BigDecimal.valueOf(fen, 2), cells, minAmount),
        minAmount,
        deadline);
  }
}
