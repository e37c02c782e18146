package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Household;
import org.epar.core.model.Leader;
import org.epar.core.model.NaturalVillage;
import org.epar.core.model.OnlineShop;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Transaction;
import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * HN-NET-01: by {@code deadline}, 4G in every natural village (自然村) of at least {@code
 * natural_village_households_min} households, fibre in every poor village, and e-commerce help
 * (电商帮扶) to {@code poor_villages_helped_min} poor villages and {@code poor_families_helped_min}
 * poor families (四(五)).
 *
 * <p>Four targets, each its own finding at the dataset with the measure as object id:
 *
 * <ul>
 *   <li>{@code natural_village_4g}: share of natural villages (of any village) with at least the
 *       minimum households that have {@code mobile4g}, against {@code mobile_4g_coverage_min};
 *   <li>{@code poor_village_fibre}: share of {@code registered_poor} villages with {@code fibre},
 *       against {@code poor_village_fibre_coverage_min};
 *   <li>{@code poor_villages_helped}: registered poor villages that receive e-commerce help: its
 *       {@code ecommerce_helped} when given (true counts, false does not); when unknown (null), a
 *       village station or an e-commerce leader in it (the plan's means of help);
 *   <li>{@code poor_families_helped}: registered poor households named by an online shop's or a
 *       leader's {@code linked_households}, or by a transaction.
 * </ul>
 */
final class NetworkAndHelpRule implements DatasetRule<NetworkAndHelpRule.State> {

  /** The rule ID. */
  static final String ID = "HN-NET-01";

  /** Counts and id sets. */
  static final class State {
    long bigNaturalVillages;
    long bigNaturalVillagesWith4g;
    long poorVillages;
    long poorVillagesWithFibre;
    final Set<String> poorVillageCodes = new HashSet<>();

    /** Poor villages whose {@code ecommerce_helped} is given, with its value (true wins). */
    final Map<String, Boolean> helpedFlag = new HashMap<>();

    final Set<String> helpedVillageCodes = new HashSet<>();
    final Set<String> poorHouseholds = new HashSet<>();
    final Set<String> helpedHouseholds = new HashSet<>();
    final long minHouseholds;

    State(long minHouseholds) {
      this.minHouseholds = minHouseholds;
    }
  }

  /** Creates the rule; it is stateless. */
  NetworkAndHelpRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(ctx.settings().integer("natural_village_households_min"));
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof Village v) {
      for (NaturalVillage n : v.naturalVillages()) {
        if (n != null && n.households() >= s.minHouseholds) {
          s.bigNaturalVillages++;
          if (n.mobile4g()) {
            s.bigNaturalVillagesWith4g++;
          }
        }
      }
      if (v.registeredPoor()) {
        s.poorVillages++;
        if (v.fibre()) {
          s.poorVillagesWithFibre++;
        }
        if (v.code() != null) {
          s.poorVillageCodes.add(v.code().value());
          if (v.ecommerceHelped() != null) {
            s.helpedFlag.merge(v.code().value(), v.ecommerceHelped(), Boolean::logicalOr);
          }
        }
      }
    } else if (record instanceof Site site
        && site.type() == SiteType.VILLAGE_STATION
        && site.division() != null) {
      s.helpedVillageCodes.add(site.division().value());
    } else if (record instanceof Leader l) {
      if (l.village() != null) {
        s.helpedVillageCodes.add(l.village().value());
      }
      addAll(s.helpedHouseholds, l.linkedHouseholds());
    } else if (record instanceof OnlineShop shop) {
      addAll(s.helpedHouseholds, shop.linkedHouseholds());
    } else if (record instanceof Transaction t && t.household() != null) {
      s.helpedHouseholds.add(t.household());
    } else if (record instanceof Household h && h.registeredPoor() && h.id() != null) {
      s.poorHouseholds.add(h.id());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Household.class.isAssignableFrom(type)
        || Leader.class.isAssignableFrom(type)
        || OnlineShop.class.isAssignableFrom(type)
        || Site.class.isAssignableFrom(type)
        || Transaction.class.isAssignableFrom(type)
        || Village.class.isAssignableFrom(type);
  }

  private static void addAll(Set<String> into, java.util.List<String> ids) {
    for (String id : ids) {
      if (id != null) {
        into.add(id);
      }
    }
  }

  @Override
  public State combine(State left, State right) {
    left.bigNaturalVillages += right.bigNaturalVillages;
    left.bigNaturalVillagesWith4g += right.bigNaturalVillagesWith4g;
    left.poorVillages += right.poorVillages;
    left.poorVillagesWithFibre += right.poorVillagesWithFibre;
    left.poorVillageCodes.addAll(right.poorVillageCodes);
    right.helpedFlag.forEach((k, v) -> left.helpedFlag.merge(k, v, Boolean::logicalOr));
    left.helpedVillageCodes.addAll(right.helpedVillageCodes);
    left.poorHouseholds.addAll(right.poorHouseholds);
    left.helpedHouseholds.addAll(right.helpedHouseholds);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    sink.target(
        measure("natural_village_4g", "villages.natural_villages.mobile4g"),
        Shares.of(s.bigNaturalVillagesWith4g, s.bigNaturalVillages),
        ctx.settings().decimal("mobile_4g_coverage_min"),
        deadline);
    sink.target(
        measure("poor_village_fibre", "villages.fibre"),
        Shares.of(s.poorVillagesWithFibre, s.poorVillages),
        ctx.settings().decimal("poor_village_fibre_coverage_min"),
        deadline);
    sink.target(
        measure("poor_villages_helped", "villages"),
        BigDecimal.valueOf(helpedVillages(s)),
        ctx.settings().decimal("poor_villages_helped_min"),
        deadline);
    sink.target(
        measure("poor_families_helped", "households"),
        BigDecimal.valueOf(Shares.covered(s.poorHouseholds, s.helpedHouseholds)),
        ctx.settings().decimal("poor_families_helped_min"),
        deadline);
  }

  /** Poor villages helped: by their flag when given, else by a station or a leader in them. */
  private static long helpedVillages(State s) {
    long n = 0;
    for (String v : s.poorVillageCodes) {
      Boolean flag = s.helpedFlag.get(v);
      if (flag != null ? flag : s.helpedVillageCodes.contains(v)) {
        n++;
      }
    }
    return n;
  }

  private static Location measure(String name, String path) {
    return new Location("dataset", name, path, -1);
  }
}
