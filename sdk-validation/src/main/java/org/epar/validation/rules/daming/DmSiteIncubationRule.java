package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.NoData;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-INC-01: incubated online shops (youth, women, poor people: 青年、妇女、贫困人口) reach at least {@code
 * annual_transactions_per_shop_min} yuan of transactions a year and are kept in a roster (建有详细名册),
 * by {@code deadline}.
 *
 * <p>Reading (catalog revision 2): "年交易额不少于3万元" is per shop (each incubated shop), not a total; the
 * target is judged at acceptance ({@code deadline}, 2018-10-31 for Daming). The shops are the
 * {@link OnlineShop} records that are {@link OnlineShop#incubated()} or {@link
 * OnlineShop#onRoster()} (the roster lists incubated shops).
 *
 * <p>Time (catalog revision 2: a target at deadline D counts only what existed by D): a shop's year
 * of transactions is the year that ends on the deadline, the days after {@code D − 1 year} up to
 * and including D (2017-11-01..2018-10-31 for Daming). When the submission carries {@link
 * Transaction} records naming the shop ({@link Transaction#shop()} equal to the shop's id), the
 * shop's annual transactions are the sum of those dated in that year: a transaction dated the
 * deadline day counts, one dated the day after does not, nor one a year and a day before it, nor
 * one without a date. Otherwise the shop's {@code annual_sales} is used as submitted (it carries no
 * date: unknown, not absent, so it counts; none counts as 0).
 *
 * <p>Only shops that fall short are reported, on the shop: below the amount at path {@code
 * annual_sales} (observed the annual transactions, threshold the minimum); an incubated shop
 * missing from the roster at path {@code on_roster} (observed 0, threshold 1). Before the deadline
 * these are INFO progress, at or after it they have the rule's severity; shops that meet the target
 * yield nothing, to keep the report readable for thousands of shops. At most one finding per shop:
 * a shop short of the amount is reported at {@code annual_sales} only (its roster gap is
 * secondary); a shop whose transactions sum beyond a {@code long} of fen is one finding at {@code
 * annual_sales} naming the overflow, never a wrapped sum. Missing data is a finding: with no
 * incubated or rostered shop at all, the rule reports "no data" at the dataset ({@code
 * online_shops}; INFO before the deadline, ERROR from the deadline day on).
 *
 * <p>State: the incubated shops (key, index, id, declared sales, roster flag) and, per shop id, the
 * fen of its transactions in the year.
 *
 * @since 0.1.0
 */
final class DmSiteIncubationRule implements DatasetRule<DmSiteIncubationRule.State> {

  /** The rule ID. */
  static final String ID = "DM-INC-01";

  /** An incubated or rostered shop. */
  record Shop(String key, long index, @Nullable String id, Money declared, boolean onRoster) {}

  /** The transactions of one shop: in the year, and whether any exists at all. */
  static final class Sum {
    long fen;
    boolean overflow;

    void add(long more) {
      if (overflow) {
        return;
      }
      try {
        fen = Math.addExact(fen, more);
      } catch (ArithmeticException e) {
        overflow = true;
      }
    }

    void add(Sum other) {
      overflow |= other.overflow;
      add(other.fen);
    }
  }

  /** The shops, their transactions, and the year read once per state. */
  static final class State {
    final List<Shop> shops = new ArrayList<>();
    final Map<String, Sum> transactions = new HashMap<>();
    final Money min;
    final LocalDate deadline;
    final LocalDate yearStart;

    State(Money min, LocalDate deadline) {
      this.min = min;
      this.deadline = deadline;
      this.yearStart = deadline.minusYears(1);
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteIncubationRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(
        ctx.settings().money("annual_transactions_per_shop_min"), ctx.settings().date("deadline"));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof OnlineShop s && (s.incubated() || s.onRoster())) {
      Money declared = s.annualSales() != null ? s.annualSales() : Money.ZERO;
      state.shops.add(new Shop(s.key(), index, s.id(), declared, s.onRoster()));
    } else if (record instanceof Transaction t && t.shop() != null) {
      // the shop has transactions in the submission; only those of the year count
      Sum sum = state.transactions.computeIfAbsent(t.shop(), k -> new Sum());
      LocalDate day = t.date();
      if (day != null
          && day.isAfter(state.yearStart)
          && !day.isAfter(state.deadline)
          && t.amount() != null) {
        sum.add(t.amount().fen());
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return OnlineShop.class.isAssignableFrom(type) || Transaction.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.shops.addAll(right.shops);
    right.transactions.forEach(
        (shop, r) -> {
          Sum l = left.transactions.putIfAbsent(shop, r);
          if (l != null) {
            l.add(r);
          }
        });
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = state.deadline;
    BigDecimal min = state.min.toBigDecimal();
    if (state.shops.isEmpty()) {
      NoData.report(
          ctx, sink, Location.dataset().withPath("online_shops"), min.toPlainString(), deadline);
      return;
    }
    for (Shop s : state.shops) {
      Location sales = new Location("online_shop", s.key(), "annual_sales", s.index());
      Sum sum = s.id() == null ? null : state.transactions.get(s.id());
      if (sum != null && sum.overflow) {
        RuleTexts.Text over = RuleTexts.of("sum.overflow", Money.ofFen(Long.MAX_VALUE).format());
        sink.violation(sales, over.en(), min.toPlainString(), over.as("observed"));
        continue;
      }
      BigDecimal annual =
          sum != null ? BigDecimal.valueOf(sum.fen, 2) : s.declared().toBigDecimal();
      if (annual.compareTo(min) < 0) {
        sink.target(sales, annual, min, deadline);
      } else if (!s.onRoster()) {
        sink.target(
            new Location("online_shop", s.key(), "on_roster", s.index()),
            BigDecimal.ZERO,
            BigDecimal.ONE,
            deadline);
      }
    }
  }
}
