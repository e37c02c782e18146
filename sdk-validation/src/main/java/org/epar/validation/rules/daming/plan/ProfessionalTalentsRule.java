package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
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
 * DM-TRAIN-02 (培养1000名电商专业人才): at least {@code professional_talents_min} people trained
 * in sessions of kind {@link TrainingKind#PROFESSIONAL} by {@code deadline}.
 *
 * <p>Reading: talents are people, not person-times: a person who attended several professional
 * sessions counts once. People are identified as in {@link TrainingPersonTimesRule}.
 *
 * @since 0.1.0
 */
public final class ProfessionalTalentsRule implements DatasetRule<ProfessionalTalentsRule.State> {

  /** The rule ID. */
  public static final String ID = "DM-TRAIN-02";

  /** Professional session ids and the people seen at each session. */
  public static final class State {
    final Set<String> professional = new HashSet<>();
    final Map<String, Set<String>> attendeesBySession = new HashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  public ProfessionalTalentsRule() {}

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
      if (s.kind() == TrainingKind.PROFESSIONAL && s.id() != null) {
        state.professional.add(s.id());
      }
    } else if (record instanceof Attendance a && a.session() != null) {
      state.attendeesBySession
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
    left.professional.addAll(right.professional);
    right.attendeesBySession.forEach(
        (k, v) -> left.attendeesBySession.merge(k, v, (a, b) -> {
          a.addAll(b);
          return a;
        }));
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    Set<String> talents = new HashSet<>();
    for (String session : state.professional) {
      talents.addAll(state.attendeesBySession.getOrDefault(session, Set.of()));
    }
    sink.target(Location.dataset().withPath("attendances"), BigDecimal.valueOf(talents.size()),
        BigDecimal.valueOf(ctx.settings().integer("professional_talents_min")),
        ctx.settings().date("deadline"));
  }
}
