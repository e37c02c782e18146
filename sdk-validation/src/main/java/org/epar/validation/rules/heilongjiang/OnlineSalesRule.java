package org.epar.validation.rules.heilongjiang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.County;
import org.epar.core.model.RecordType;
import org.epar.validation.Location;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Growth;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.ShareTarget;

/**
 * HLJ-GROW-01: from 2016 to 2019 at least 60% of the poor counties sell local products online,
 * benefiting 8,000–9,000 poor households; by 2020, 30,000 poor households sell their own products
 * or buy inputs online and 100,000 poor people are lifted out of poverty (二 3, 二).
 *
 * <p>Reading, four measures, each its own target located at {@code dataset/<measure>}:
 *
 * <ul>
 *   <li>{@code poor_counties_online} (by {@code early_deadline}, share {@code
 *       poor_county_online_share_min}): poor county records ({@code poor}) with an {@code
 *       area_statistics} record in the county, of a year up to the early deadline's year, that
 *       shows positive {@code agricultural_online_retail} or {@code poor_households_selling}; not
 *       reported when the submission has no poor county;
 *   <li>{@code households_benefiting} (by {@code early_deadline}, {@code
 *       households_benefiting_min}, the lower bound of 8,000–9,000): {@code
 *       poor_households_selling};
 *   <li>{@code households_online} (by {@code deadline}, {@code households_online_min}): the larger
 *       of {@code poor_households_selling} and {@code poor_households_buying_inputs} (the model
 *       does not say how many households do both, so the lower bound is taken, never counting a
 *       household twice);
 *   <li>{@code people_lifted} (by {@code deadline}, {@code people_lifted_min}): {@code
 *       people_lifted_out}.
 * </ul>
 *
 * <p>The household counts are stocks: per division, the latest year up to the deadline's year.
 * People lifted out is a flow: summed over the years up to the deadline's year. Aggregation
 * (catalog revision 2): the sum is over counties, the plan's unit. A county's own statistics count;
 * a township or village statistic counts only when no county or township containing it has
 * statistics (its figures are then part of the county's); a city or province statistic counts only
 * when no statistic of the submission lies inside it. So a county and its city are not counted
 * twice, and one village-level statistic never erases the figures of five counties.
 *
 * <p>Odd data: only statistics of the programme's years, {@code first_year} to {@code last_year},
 * with counts of 0 or more are used; any other is a WARNING on that statistic and is left out.
 *
 * <p>Parameters: {@code poor_county_online_share_min}, {@code households_benefiting_min}, {@code
 * early_deadline}, {@code households_online_min}, {@code people_lifted_min}, {@code deadline},
 * {@code first_year}, {@code last_year}.
 */
final class OnlineSalesRule implements DatasetRule<OnlineSalesRule.State> {

  /** The rule ID. */
  static final String ID = "HLJ-GROW-01";

  /** Poor counties, the first year each county sells online, and statistics by division, year. */
  static final class State {
    final Set<String> poorCounties = new HashSet<>();
    final Map<String, Integer> firstSellingYear = new HashMap<>();
    final Map<String, TreeMap<Integer, int[]>> stats = new HashMap<>();
    final Map<String, RuleTexts.Text[]> unusable = new TreeMap<>();
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
    if (record instanceof County c && c.poor()) {
      String county = Measures.county(c.code());
      if (county != null) {
        s.poorCounties.add(county);
      }
    } else if (record instanceof AreaStatistics a) {
      String division = Measures.value(a.division());
      if (division == null) {
        return;
      }
      long from = ctx.settings().integer("first_year");
      long to = ctx.settings().integer("last_year");
      if (a.year() < from || a.year() > to) {
        s.unusable.putIfAbsent(
            a.key(),
            new RuleTexts.Text[] {
              RuleTexts.of("growth.year", a.year()), RuleTexts.of("growth.year-in", from, to)
            });
        return;
      }
      if (a.poorHouseholdsSelling() < 0
          || a.poorHouseholdsBuyingInputs() < 0
          || a.peopleLiftedOut() < 0) {
        s.unusable.putIfAbsent(
            a.key(),
            new RuleTexts.Text[] {
              RuleTexts.of("growth.negative-count"), RuleTexts.of("growth.counts-not-negative")
            });
        return;
      }
      boolean selling =
          a.poorHouseholdsSelling() > 0
              || (a.agriculturalOnlineRetail() != null
                  && a.agriculturalOnlineRetail().signum() > 0);
      String county = Measures.county(a.division());
      if (selling && county != null) {
        s.firstSellingYear.merge(county, a.year(), Math::min);
      }
      s.stats
          .computeIfAbsent(division, k -> new TreeMap<>())
          .putIfAbsent(
              a.year(),
              new int[] {
                a.poorHouseholdsSelling(), a.poorHouseholdsBuyingInputs(), a.peopleLiftedOut()
              });
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return AreaStatistics.class.isAssignableFrom(type) || County.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.poorCounties.addAll(right.poorCounties);
    right.firstSellingYear.forEach((k, v) -> left.firstSellingYear.merge(k, v, Math::min));
    right.stats.forEach(
        (division, years) -> {
          TreeMap<Integer, int[]> l = left.stats.computeIfAbsent(division, k -> new TreeMap<>());
          years.forEach(l::putIfAbsent);
        });
    right.unusable.forEach(left.unusable::putIfAbsent);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    var settings = ctx.settings();
    LocalDate early = settings.date("early_deadline");
    LocalDate late = settings.date("deadline");

    if (!s.poorCounties.isEmpty()) {
      BigDecimal min = settings.decimal("poor_county_online_share_min");
      long selling = 0;
      for (String county : s.poorCounties) {
        Integer year = s.firstSellingYear.get(county);
        selling += year != null && year <= early.getYear() ? 1 : 0;
      }
      sink.target(
          Measures.measure("poor_counties_online"),
          ShareTarget.share(selling, s.poorCounties.size(), min),
          min,
          early);
    }

    s.unusable.forEach(
        (key, u) ->
            Growth.unusable(
                ctx,
                sink,
                Location.of(RecordType.AREA_STATISTICS.wireName(), key),
                u[0].en(),
                u[0].zh(),
                u[1].en(),
                u[1].zh()));
    Set<String> containing = new HashSet<>();
    for (String division : s.stats.keySet()) {
      Optional<DivisionCode> up = DivisionCode.of(division).parent();
      while (up.isPresent() && containing.add(up.get().value())) {
        up = up.get().parent();
      }
    }
    long benefiting = 0;
    long online = 0;
    long lifted = 0;
    for (Map.Entry<String, TreeMap<Integer, int[]>> e : s.stats.entrySet()) {
      if (!counted(e.getKey(), s.stats.keySet(), containing)) {
        continue;
      }
      TreeMap<Integer, int[]> years = e.getValue();
      Map.Entry<Integer, int[]> atEarly = years.floorEntry(early.getYear());
      if (atEarly != null) {
        benefiting += atEarly.getValue()[0];
      }
      Map.Entry<Integer, int[]> atLate = years.floorEntry(late.getYear());
      if (atLate != null) {
        online += Math.max(atLate.getValue()[0], atLate.getValue()[1]);
      }
      for (int[] y : years.headMap(late.getYear(), true).values()) {
        lifted += y[2];
      }
    }
    count(
        sink,
        "households_benefiting",
        benefiting,
        settings.integer("households_benefiting_min"),
        early);
    count(sink, "households_online", online, settings.integer("households_online_min"), late);
    count(sink, "people_lifted", lifted, settings.integer("people_lifted_min"), late);
  }

  /** Whether a division's statistics are summed (see the class comment). */
  private static boolean counted(String division12, Set<String> divisions, Set<String> containing) {
    DivisionCode code = DivisionCode.of(division12);
    int level = code.level().map(DivisionLevel::ordinal).orElse(-1);
    if (level < DivisionLevel.COUNTY.ordinal()) {
      return !containing.contains(division12);
    }
    Optional<DivisionCode> up = code.parent();
    while (up.isPresent()
        && up.get().level().map(DivisionLevel::ordinal).orElse(-1)
            >= DivisionLevel.COUNTY.ordinal()) {
      if (divisions.contains(up.get().value())) {
        return false;
      }
      up = up.get().parent();
    }
    return true;
  }

  private static void count(
      FindingSink sink, String measure, long observed, long min, LocalDate deadline) {
    sink.target(
        Measures.measure(measure), BigDecimal.valueOf(observed), BigDecimal.valueOf(min), deadline);
  }
}
