package org.epar.validation.rules.guangdong;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.County;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Member;
import org.epar.core.model.Village;
import org.epar.validation.spi.Citizens;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * GD-TRAIN-01: e-commerce training person-times reach {@code person_times_ratio_min} (50%) of the
 * registered poor population with labour capacity, migrant workers excluded, of the designated poor
 * villages (有劳动能力的建档立卡贫困人口（外出务工者除外）电商培训人次达人口数的50%以上, 一(二)); demonstration counties by {@code
 * demo_counties_deadline}, all counties by {@code all_counties_deadline}.
 *
 * <p>Reading: one target per county (the counties of {@link SiteCoverageRule}: demonstration
 * counties and counties with a designated poor village), located at the county. The denominator
 * counts people: members with labour capacity {@code FULL} or {@code PARTIAL} (弱劳动力 still has
 * labour capacity) and not {@code migrant}, of {@code registered_poor} households whose village is
 * a designated poor village ({@code registered_poor} village) of the county. The numerator counts
 * person-times: every attendance whose {@code household} is such a household, repeated attendance
 * included; one person at one session is one person-time however often it is listed (the person by
 * the canonical citizen id of {@link Citizens#canonical(String)}: {@code …X}, {@code …x} and
 * whitespace variants are one person). An attendance without a citizen id or session cannot be
 * matched with another and counts once. Attendances without a household cannot be attributed and
 * are not counted; the model does not link an attendance to one member, so an attendance of a
 * household member who is not in the denominator (a migrant, say) still counts. A county with no
 * one in the denominator is not checked. The decision compares the exact ratio with the threshold.
 *
 * <p>Parameters: {@code person_times_ratio_min}, {@code demo_counties_deadline}, {@code
 * all_counties_deadline}.
 */
final class PoorLabourTrainingRule implements DatasetRule<PoorLabourTrainingRule.State> {

  /** The rule ID. */
  static final String ID = "GD-TRAIN-01";

  /** A registered poor household: its village (12-digit code) and its eligible members. */
  record PoorHousehold(String village, int eligible) {}

  /** Counties, poor villages, poor households and person-times per household id. */
  static final class State {
    final CountyScope counties = new CountyScope();
    final Set<String> poorVillages = new HashSet<>();
    final Map<String, PoorHousehold> households = new HashMap<>();

    /** Per household: the (session, canonical citizen id) pairs seen; personal data. */
    final Map<String, Set<String>> sessionsOfPeople = new HashMap<>();

    /** Per household: attendances that name no citizen or no session. */
    final Map<String, Long> unmatched = new HashMap<>();
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
    if (record instanceof County c) {
      s.counties.add(c);
    } else if (record instanceof Village v && v.registeredPoor()) {
      String code = Divisions.value(v.code());
      if (code != null) {
        s.poorVillages.add(code);
      }
    } else if (record instanceof Household h && h.registeredPoor() && h.id() != null) {
      String village = Divisions.value(h.village());
      if (village != null) {
        s.households.putIfAbsent(h.id(), new PoorHousehold(village, eligible(h)));
      }
    } else if (record instanceof Attendance a && a.household() != null) {
      if (a.citizenId() != null && !a.citizenId().raw().isBlank() && a.session() != null) {
        s.sessionsOfPeople
            .computeIfAbsent(a.household(), k -> new HashSet<>())
            .add(a.session() + '\u0000' + Citizens.canonical(a.citizenId().raw()));
      } else {
        s.unmatched.merge(a.household(), 1L, Long::sum);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type)
        || County.class.isAssignableFrom(type)
        || Household.class.isAssignableFrom(type)
        || Village.class.isAssignableFrom(type);
  }

  private static int eligible(Household h) {
    int n = 0;
    for (Member m : h.members()) {
      if (m != null
          && !m.migrant()
          && (m.labourCapacity() == LabourCapacity.FULL
              || m.labourCapacity() == LabourCapacity.PARTIAL)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public State combine(State left, State right) {
    left.counties.addAll(right.counties);
    left.poorVillages.addAll(right.poorVillages);
    right.households.forEach(left.households::putIfAbsent);
    right.sessionsOfPeople.forEach(
        (k, v) ->
            left.sessionsOfPeople.merge(
                k,
                v,
                (a, b) -> {
                  a.addAll(b);
                  return a;
                }));
    right.unmatched.forEach((k, v) -> left.unmatched.merge(k, v, Long::sum));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    var settings = ctx.settings();
    BigDecimal min = settings.decimal("person_times_ratio_min");
    LocalDate demoDeadline = settings.date("demo_counties_deadline");
    LocalDate allDeadline = settings.date("all_counties_deadline");
    Map<String, long[]> byCounty = new HashMap<>(); // county -> {people, person-times}
    s.households.forEach(
        (id, h) -> {
          if (s.poorVillages.contains(h.village())) {
            long[] c = byCounty.computeIfAbsent(Divisions.countyOf(h.village()), k -> new long[2]);
            c[0] += h.eligible();
            Set<String> pairs = s.sessionsOfPeople.get(id);
            c[1] += (pairs == null ? 0 : pairs.size()) + s.unmatched.getOrDefault(id, 0L);
          }
        });
    for (String county : s.counties.inScope(s.poorVillages)) {
      long[] c = byCounty.get(county);
      if (c == null || c[0] == 0) {
        continue;
      }
      sink.target(
          s.counties.location(county),
          Divisions.share(c[1], c[0], min),
          min,
          s.counties.deadline(county, demoDeadline, allDeadline));
    }
  }
}
