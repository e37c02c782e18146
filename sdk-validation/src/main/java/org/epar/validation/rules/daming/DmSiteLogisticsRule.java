package org.epar.validation.rules.daming;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.model.Direction;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EnterpriseRole;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.money.Money;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-LOG-01: at least {@code express_companies_min} express companies are integrated (整合至少2家
 * 物流快递企业入驻); delivery from the county warehouse to a village station takes at most {@code
 * warehouse_to_station_days_max} days; the upward express price is at most the mainstream
 * platforms' price for the same region (上行快递价格低于或与同等区域主流电商平台的价格持平).
 *
 * <p>Readings:
 *
 * <ul>
 *   <li>Express companies are the distinct {@link Enterprise} records with the role {@link
 *       EnterpriseRole#EXPRESS_COMPANY} (by upper-cased credit code; one without a code counts once
 *       each). Too few is one finding at the dataset, path {@code enterprises}.
 *   <li>Delivery time counts the shipments from a {@link SiteType#COUNTY_WAREHOUSE} to a {@link
 *       SiteType#VILLAGE_STATION}: days from {@code dispatched_on} to {@code delivered_on}; a
 *       shipment not yet delivered is late once more days than the maximum have passed by the as-of
 *       date. A shipment without a dispatch date cannot be timed (CORE-DATE-01). Each late shipment
 *       is a finding on it, path {@code delivered_on}.
 *   <li>The price applies to {@link Direction#UPWARD} shipments that carry both {@code price} and
 *       {@code benchmark_price}; a price above the benchmark is a finding on the shipment, path
 *       {@code price}. Without a benchmark there is nothing to compare.
 * </ul>
 *
 * <p>State: the express companies, the warehouse and station ids, and only the shipments that are
 * late or too dear (candidates are matched with the site types at the end, since records come in
 * any order).
 *
 * @since 0.1.0
 */
final class DmSiteLogisticsRule implements DatasetRule<DmSiteLogisticsRule.State> {

  /** The rule ID. */
  static final String ID = "DM-LOG-01";

  /** A late shipment; {@code delivered} is false when it has not arrived yet. */
  record Late(
      String key,
      long index,
      @Nullable String from,
      @Nullable String to,
      long days,
      boolean delivered) {}

  /** An upward shipment priced above its benchmark. */
  record Dear(String key, long index, Money price, Money benchmark) {}

  /** Express companies, site ids by type, and the candidate shipments. */
  static final class State {
    final Set<String> companies = new HashSet<>();
    long anonymousCompanies;
    final Set<String> warehouses = new HashSet<>();
    final Set<String> stations = new HashSet<>();
    final List<Late> late = new ArrayList<>();
    final List<Dear> dear = new ArrayList<>();
    final long maxDays;

    State(long maxDays) {
      this.maxDays = maxDays;
    }
  }

  /** Creates the rule; it is stateless. */
  DmSiteLogisticsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().integer("warehouse_to_station_days_max"));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof Shipment s) {
      shipment(state, s, index, ctx);
    } else if (record instanceof Site s && s.id() != null) {
      if (s.type() == SiteType.COUNTY_WAREHOUSE) {
        state.warehouses.add(s.id());
      } else if (s.type() == SiteType.VILLAGE_STATION) {
        state.stations.add(s.id());
      }
    } else if (record instanceof Enterprise e
        && e.roles().contains(EnterpriseRole.EXPRESS_COMPANY)) {
      CreditCode code = e.creditCode();
      if (code == null) {
        state.anonymousCompanies++;
      } else {
        state.companies.add(code.normalized());
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Enterprise.class.isAssignableFrom(type)
        || Shipment.class.isAssignableFrom(type)
        || Site.class.isAssignableFrom(type);
  }

  private static void shipment(State state, Shipment s, long index, RuleContext ctx) {
    LocalDate dispatched = s.dispatchedOn();
    if (dispatched != null) {
      long max = state.maxDays;
      LocalDate delivered = s.deliveredOn();
      LocalDate end = delivered != null ? delivered : ctx.asOf();
      long days = ChronoUnit.DAYS.between(dispatched, end);
      if (days > max) {
        state.late.add(new Late(s.key(), index, s.fromSite(), s.toSite(), days, delivered != null));
      }
    }
    Money price = s.price();
    Money benchmark = s.benchmarkPrice();
    if (s.direction() == Direction.UPWARD
        && price != null
        && benchmark != null
        && price.compareTo(benchmark) > 0) {
      state.dear.add(new Dear(s.key(), index, price, benchmark));
    }
  }

  @Override
  public State combine(State left, State right) {
    left.companies.addAll(right.companies);
    left.anonymousCompanies += right.anonymousCompanies;
    left.warehouses.addAll(right.warehouses);
    left.stations.addAll(right.stations);
    left.late.addAll(right.late);
    left.dear.addAll(right.dear);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    long minCompanies = ctx.settings().integer("express_companies_min");
    long companies = state.companies.size() + state.anonymousCompanies;
    if (companies < minCompanies) {
      sink.violation(
          Location.dataset().withPath("enterprises"),
          "express companies " + companies,
          "express companies >= " + minCompanies,
          Map.of(
              "observed" + FindingSink.ZH,
              "快递企业 " + companies + " 家",
              "threshold" + FindingSink.ZH,
              "快递企业 >= " + minCompanies + " 家"));
    }
    String maxDays =
        "delivery from county warehouse to village station <= "
            + ctx.settings().integer("warehouse_to_station_days_max")
            + " days";
    String maxDaysZh =
        "县级仓储中心到村级服务站配送 <= " + ctx.settings().integer("warehouse_to_station_days_max") + " 天";
    for (Late l : state.late) {
      if (l.from() != null
          && state.warehouses.contains(l.from())
          && l.to() != null
          && state.stations.contains(l.to())) {
        sink.violation(
            new Location("shipment", l.key(), "delivered_on", l.index()),
            (l.delivered() ? "delivered after " : "not delivered after ") + l.days() + " days",
            maxDays,
            Map.of(
                "observed" + FindingSink.ZH,
                l.delivered() ? "送达用时超过 " + l.days() + " 天" : "超过 " + l.days() + " 天仍未送达",
                "threshold" + FindingSink.ZH,
                maxDaysZh));
      }
    }
    for (Dear d : state.dear) {
      sink.violation(
          new Location("shipment", d.key(), "price", d.index()),
          "upward price " + d.price() + " > benchmark " + d.benchmark(),
          "price <= benchmark_price",
          Map.of("observed" + FindingSink.ZH, "上行价格 " + d.price() + " > 基准价 " + d.benchmark()));
    }
  }
}
