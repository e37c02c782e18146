package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.epar.core.model.Allocation;
import org.epar.core.model.FundCategory;
import org.epar.core.model.FundPlan;
import org.epar.core.money.Money;
import org.epar.validation.RuleSettings;
import org.jspecify.annotations.Nullable;

/**
 * The category tree and caps of DM 五(一)1–3, and the per-plan allocation totals that DM-FUND-01 and
 * DM-FUND-02 share.
 *
 * <p>A parent category's amount is its own allocations plus its children's: {@code UPWARD} = {@code
 * UPWARD} + {@code UPWARD_STANDARDS} + {@code UPWARD_PROCESSING} + {@code UPWARD_LOGISTICS}; {@code
 * SERVICE_SYSTEM} = {@code SERVICE_SYSTEM} + {@code SERVICE_CENTRE} + {@code VILLAGE_STATIONS}.
 * {@code OTHER} has no cap.
 */
final class FundCaps {

  /** The profile parameter holding each capped category's share. */
  static final Map<FundCategory, String> CAP_PARAMETER = new EnumMap<>(FundCategory.class);

  static {
    CAP_PARAMETER.put(FundCategory.UPWARD, "upward_share_max");
    CAP_PARAMETER.put(FundCategory.UPWARD_STANDARDS, "standardisation_share_max");
    CAP_PARAMETER.put(FundCategory.UPWARD_PROCESSING, "processing_infrastructure_share_max");
    CAP_PARAMETER.put(FundCategory.UPWARD_LOGISTICS, "logistics_share_max");
    CAP_PARAMETER.put(FundCategory.SERVICE_SYSTEM, "service_system_share_max");
    CAP_PARAMETER.put(FundCategory.SERVICE_CENTRE, "service_centre_share_max");
    CAP_PARAMETER.put(FundCategory.VILLAGE_STATIONS, "village_stations_share_max");
    CAP_PARAMETER.put(FundCategory.TRAINING, "training_share_max");
  }

  private FundCaps() {}

  /** The parent of a category, or null for a top-level one. */
  static @Nullable FundCategory parent(FundCategory c) {
    return switch (c) {
      case UPWARD_STANDARDS, UPWARD_PROCESSING, UPWARD_LOGISTICS -> FundCategory.UPWARD;
      case SERVICE_CENTRE, VILLAGE_STATIONS -> FundCategory.SERVICE_SYSTEM;
      default -> null;
    };
  }

  /** The caps of a profile, by category. */
  static Map<FundCategory, BigDecimal> caps(RuleSettings s) {
    Map<FundCategory, BigDecimal> caps = new EnumMap<>(FundCategory.class);
    CAP_PARAMETER.forEach((c, p) -> caps.put(c, s.decimal(p)));
    return caps;
  }

  /**
   * Amounts per category in fen, a parent including its children.
   *
   * @param own allocations booked on each category itself, indexed by ordinal
   */
  static long[] rolledUp(long[] own) {
    long[] total = own.clone();
    for (FundCategory c : FundCategory.values()) {
      FundCategory p = parent(c);
      if (p != null) {
        total[p.ordinal()] = Math.addExact(total[p.ordinal()], own[c.ordinal()]);
      }
    }
    return total;
  }

  /**
   * The fen above the cap of {@code c}, exact (a cap times the total may have fractions of a fen);
   * zero when within.
   */
  static BigDecimal excess(long amountFen, BigDecimal cap, Money total) {
    BigDecimal limit = cap.multiply(BigDecimal.valueOf(total.fen()));
    BigDecimal over = BigDecimal.valueOf(amountFen).subtract(limit);
    return over.signum() > 0 ? over : BigDecimal.ZERO;
  }

  /**
   * The amount moved away from the shares (DM-FUND-02, catalog revision 2), in fen, counted once:
   * over the top-level categories the sum of the amounts above each cap, plus, inside each
   * top-level category, the sum of its sub-categories' amounts above their own caps that is not
   * already part of the parent's excess; money in a category with no cap ({@code OTHER}) counts
   * wholly as excess, so no plan bypasses the caps by labelling.
   */
  static BigDecimal adjustment(long[] rolled, Map<FundCategory, BigDecimal> caps, Money total) {
    Map<FundCategory, BigDecimal> childExcess = new EnumMap<>(FundCategory.class);
    BigDecimal sum = BigDecimal.ZERO;
    for (FundCategory c : FundCategory.values()) {
      FundCategory p = parent(c);
      BigDecimal cap = caps.get(c);
      if (p != null && cap != null) {
        childExcess.merge(p, excess(rolled[c.ordinal()], cap, total), BigDecimal::add);
      }
    }
    for (FundCategory c : FundCategory.values()) {
      if (parent(c) != null) {
        continue;
      }
      BigDecimal cap = caps.get(c);
      if (cap == null) {
        sum = sum.add(BigDecimal.valueOf(Math.max(0, rolled[c.ordinal()]))); // uncapped: all excess
        continue;
      }
      BigDecimal own = excess(rolled[c.ordinal()], cap, total);
      BigDecimal inside = childExcess.getOrDefault(c, BigDecimal.ZERO).subtract(own);
      sum = sum.add(own).add(inside.signum() > 0 ? inside : BigDecimal.ZERO);
    }
    return sum;
  }

  /**
   * Allocations per plan id (own amounts, by category ordinal) and the input index of each plan.
   */
  static final class Totals {
    final Map<String, long[]> byPlan = new TreeMap<>();
    final Map<String, Long> planIndex = new HashMap<>();

    /** Plans whose allocations sum beyond a {@code long} of fen: a finding, never a wrap. */
    final Set<String> overflow = new TreeSet<>();

    void accumulate(Object record, long index) {
      if (record instanceof Allocation a) {
        if (a.category() == null || a.amount() == null) {
          return;
        }
        String plan = Support.orEmpty(a.plan());
        long[] own = byPlan.computeIfAbsent(plan, k -> new long[FundCategory.values().length]);
        try {
          own[a.category().ordinal()] =
              Math.addExact(own[a.category().ordinal()], a.amount().fen());
        } catch (ArithmeticException e) {
          overflow.add(plan);
        }
      } else if (record instanceof FundPlan p && p.id() != null) {
        planIndex.merge(p.id(), index, Math::min);
      }
    }

    Totals combine(Totals right) {
      right.byPlan.forEach(
          (k, v) ->
              byPlan.merge(
                  k,
                  v,
                  (a, b) -> {
                    for (int i = 0; i < a.length; i++) {
                      try {
                        a[i] = Math.addExact(a[i], b[i]);
                      } catch (ArithmeticException e) {
                        overflow.add(k);
                      }
                    }
                    return a;
                  }));
      overflow.addAll(right.overflow);
      right.planIndex.forEach((k, v) -> planIndex.merge(k, v, Math::min));
      return this;
    }

    long index(String plan) {
      return planIndex.getOrDefault(plan, -1L);
    }
  }
}
