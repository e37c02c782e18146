package org.epar.validation.rules.henan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.TrainingSession;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * HN-TRAIN-01: free training of the able and willing poor households (有能力有意愿的贫困户全部免费培训): {@code
 * coverage_stage1_min} of them by {@code stage1_deadline}, {@code coverage_stage2_min} by {@code
 * stage2_deadline}.
 *
 * <p>Reading: the population counts households (not people) that are {@code registered_poor} and
 * have at least one member who is {@code able_and_willing}. Such a household is trained when one of
 * its members attended a training session that is {@code free}; an attendance names its household,
 * or else is matched to a member by citizen identity number. Attendances of sessions that are not
 * free, or not in the data, do not count. *
 *
 * <p>Dated stages (catalog revision 2): a stage counts only the attendances of sessions held by its
 * deadline (the session's {@code start_date}; by the as-of date before the deadline); a session
 * held after a deadline helps the next stage, never one already missed; a session without a date is
 * taken as held (its missing date is not this rule's finding). A first stage missed at its deadline
 * stays an ERROR after the second is met ({@link Stages#reportDated}).
 */
final class FreeTrainingRule implements DatasetRule<FreeTrainingRule.State> {

  /** The rule ID. */
  static final String ID = "HN-TRAIN-01";

  /** Eligible households, member citizen keys, free sessions and who attended what. */
  static final class State {
    final Set<String> eligible = new HashSet<>();
    final Map<String, String> householdOfCitizen = new HashMap<>();

    /** Free sessions and their dates; MIN when undated. */
    final Map<String, LocalDate> freeSessions = new HashMap<>();

    final Attendees attendees = new Attendees();
  }

  /** Creates the rule; it is stateless. */
  FreeTrainingRule() {}

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
    if (record instanceof Household h) {
      if (!h.registeredPoor() || h.id() == null) {
        return;
      }
      boolean able = false;
      for (Member m : h.members()) {
        if (m != null && m.ableAndWilling()) {
          able = true;
        }
      }
      if (able) {
        s.eligible.add(h.id());
        for (Member m : h.members()) {
          if (m != null && m.citizenId() != null) {
            s.householdOfCitizen.putIfAbsent(m.citizenId().normalized(), h.id());
          }
        }
      }
    } else if (record instanceof TrainingSession t && t.free() && t.id() != null) {
      s.freeSessions.merge(
          t.id(),
          t.startDate() == null ? LocalDate.MIN : t.startDate(),
          (a, b) -> a.isBefore(b) ? a : b);
    } else if (record instanceof Attendance a) {
      if (a.household() != null) {
        s.attendees.add(a.session(), "h" + a.household());
      } else if (a.citizenId() != null) {
        s.attendees.add(a.session(), "c" + a.citizenId().normalized());
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type)
        || Household.class.isAssignableFrom(type)
        || TrainingSession.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.eligible.addAll(right.eligible);
    right.householdOfCitizen.forEach(left.householdOfCitizen::putIfAbsent);
    right.freeSessions.forEach(
        (k, v) -> left.freeSessions.merge(k, v, (a, b) -> a.isBefore(b) ? a : b));
    left.attendees.merge(right.attendees);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    LocalDate d1 = ctx.settings().date("stage1_deadline");
    LocalDate d2 = ctx.settings().date("stage2_deadline");
    Stages.reportDated(
        ctx,
        sink,
        Location.dataset().withPath("attendances"),
        Shares.of(trained(s, earlier(d1, ctx.asOf())), s.eligible.size()),
        Shares.of(trained(s, earlier(d2, ctx.asOf())), s.eligible.size()),
        "coverage_stage1_min",
        "coverage_stage2_min");
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Eligible households trained at a free session held by the date. */
  private static long trained(State s, LocalDate by) {
    Set<String> trained = new HashSet<>();
    for (String who :
        s.attendees.of(
            id -> {
              LocalDate on = s.freeSessions.get(id);
              return on != null && !on.isAfter(by);
            })) {
      String household =
          who.charAt(0) == 'h' ? who.substring(1) : s.householdOfCitizen.get(who.substring(1));
      if (household != null && s.eligible.contains(household)) {
        trained.add(household);
      }
    }
    return trained.size();
  }
}
