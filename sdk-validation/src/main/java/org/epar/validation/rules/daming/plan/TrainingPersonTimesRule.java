package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.TrainingSession;
import org.epar.validation.Location;
import org.epar.validation.spi.Citizens;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-TRAIN-01 (培训3000人次): at least {@code person_times_min} training person-times by {@code
 * deadline}.
 *
 * <p>Reading (catalog revision 2): a person-time is one attendance of one person at one session;
 * repeated attendance at different sessions counts again, the same person recorded twice at the
 * same session counts once (CORE-DUP-01). A person is identified by the {@linkplain Citizens
 * canonical} citizen id ({@code …x}, {@code …X} and surrounding spaces are one person), else the
 * personnel id, else the attendance id; an attendance with none of them counts on its own. Time: a
 * target at deadline D counts only what existed by D, so an attendance counts only when its session
 * is a {@link TrainingSession} of the submission held by the deadline (its start date, else its end
 * date, not after D). An attendance at a session held after the deadline, at a session without a
 * date, or at no known session does not count (a dangling reference is CORE-REF-01's finding).
 *
 * <p>State: the date of each session, and the (session, person) pairs.
 *
 * @since 0.1.0
 */
final class TrainingPersonTimesRule implements DatasetRule<TrainingPersonTimesRule.State> {

  /** The rule ID. */
  static final String ID = "DM-TRAIN-01";

  /** Session dates and the (session, person) pairs seen. */
  static final class State {
    final Map<String, LocalDate> sessions = new HashMap<>();
    final Map<String, Set<String>> people = new HashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  TrainingPersonTimesRule() {}

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
    if (record instanceof Attendance a) {
      if (!Support.blank(a.session())) {
        state.people.computeIfAbsent(a.session(), k -> new HashSet<>()).add(person(a, index));
      }
    } else if (record instanceof TrainingSession t && !Support.blank(t.id())) {
      LocalDate held = Support.held(t);
      if (held != null) {
        Support.earliest(state.sessions, t.id(), held);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type) || TrainingSession.class.isAssignableFrom(type);
  }

  /** The attendee's identity within the submission, never shown in a finding. */
  static String person(Attendance a, long index) {
    String citizen = Citizens.canonical(a.citizenId());
    if (citizen != null) {
      return "c:" + citizen;
    }
    if (!Support.blank(a.personnel())) {
      return "p:" + a.personnel();
    }
    if (!Support.blank(a.id())) {
      return "a:" + a.id();
    }
    return "#" + index;
  }

  @Override
  public State combine(State left, State right) {
    Support.earliest(left.sessions, right.sessions);
    right.people.forEach(
        (k, v) ->
            left.people.merge(
                k,
                v,
                (x, y) -> {
                  x.addAll(y);
                  return x;
                }));
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    long count = 0;
    for (Map.Entry<String, Set<String>> e : state.people.entrySet()) {
      if (Support.heldBy(state.sessions.get(e.getKey()), deadline)) {
        count += e.getValue().size();
      }
    }
    sink.target(
        Location.dataset().withPath("attendances"),
        BigDecimal.valueOf(count),
        BigDecimal.valueOf(ctx.settings().integer("person_times_min")),
        deadline);
  }
}
