package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingSession;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-TRAIN-02 (培养1000名电商专业人才): at least {@code professional_talents_min} people trained in sessions
 * of kind {@link TrainingKind#PROFESSIONAL} by {@code deadline} (2018-08-31 for Daming, 六(二)3).
 *
 * <p>Reading (catalog revision 2): talents are people, not person-times: a person who attended
 * several professional sessions counts once. People are identified as in {@link
 * TrainingPersonTimesRule} (canonical citizen id, else personnel id, else attendance id). Time: a
 * target at deadline D counts only what existed by D, so, as for DM-TRAIN-01, a person counts only
 * through an attendance at a known professional {@link TrainingSession} of the submission held by
 * the deadline (its start date, else its end date, not after D; the deadline day itself counts). An
 * attendance at a professional session held after the deadline, at one without a date, or at no
 * known session does not count (a dangling reference is CORE-REF-01's finding).
 *
 * <p>State: the day of each professional session, and the people seen at each session.
 *
 * @since 0.1.0
 */
final class ProfessionalTalentsRule implements DatasetRule<ProfessionalTalentsRule.State> {

  /** The rule ID. */
  static final String ID = "DM-TRAIN-02";

  /** Professional session ids and the people seen at each session. */
  static final class State {
    final Map<String, LocalDate> professional = new HashMap<>();
    final Map<String, Set<String>> attendeesBySession = new HashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  ProfessionalTalentsRule() {}

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
    if (record instanceof TrainingSession s) {
      LocalDate held = Support.held(s);
      if (s.kind() == TrainingKind.PROFESSIONAL && !Support.blank(s.id()) && held != null) {
        Support.earliest(state.professional, s.id(), held);
      }
    } else if (record instanceof Attendance a && a.session() != null) {
      state
          .attendeesBySession
          .computeIfAbsent(a.session(), k -> new HashSet<>())
          .add(TrainingPersonTimesRule.person(a, index));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type) || TrainingSession.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    Support.earliest(left.professional, right.professional);
    right.attendeesBySession.forEach(
        (k, v) ->
            left.attendeesBySession.merge(
                k,
                v,
                (a, b) -> {
                  a.addAll(b);
                  return a;
                }));
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    LocalDate deadline = ctx.settings().date("deadline");
    Set<String> talents = new HashSet<>();
    state.professional.forEach(
        (session, held) -> {
          if (Support.heldBy(held, deadline)) {
            talents.addAll(state.attendeesBySession.getOrDefault(session, Set.of()));
          }
        });
    sink.target(
        Location.dataset().withPath("attendances"),
        BigDecimal.valueOf(talents.size()),
        BigDecimal.valueOf(ctx.settings().integer("professional_talents_min")),
        deadline);
  }
}
