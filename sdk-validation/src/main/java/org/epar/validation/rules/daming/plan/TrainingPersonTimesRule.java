package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-TRAIN-01 (培训3000人次): at least {@code person_times_min} training person-times by
 * {@code deadline}.
 *
 * <p>Reading: a person-time is one attendance of one person at one session; repeated attendance at
 * different sessions counts again, the same person recorded twice at the same session counts once
 * (CORE-DUP-01). A person is identified by the citizen id, else the personnel id, else the
 * attendance id; an attendance with none of them counts on its own. Only top-level {@link
 * Attendance} records count, not copies embedded in monthly reports.
 *
 * @since 0.1.0
 */
public final class TrainingPersonTimesRule implements DatasetRule<Set<String>> {

  /** The rule ID. */
  public static final String ID = "DM-TRAIN-01";

  /** Creates the rule; it is stateless. */
  public TrainingPersonTimesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public Set<String> newState(RuleContext ctx) {
    return new HashSet<>();
  }

  @Override
  public void accumulate(Set<String> state, Object record, long index, RuleContext ctx) {
    if (record instanceof Attendance a) {
      state.add(Support.orEmpty(a.session()) + '\u0000' + person(a, index));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type);
  }

  /** The attendee's identity within the submission, never shown in a finding. */
  static String person(Attendance a, long index) {
    if (a.citizenId() != null) {
      return "c:" + a.citizenId().raw();
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
  public Set<String> combine(Set<String> left, Set<String> right) {
    left.addAll(right);
    return left;
  }

  @Override
  public void finish(Set<String> state, RuleContext ctx, FindingSink sink) {
    sink.target(Location.dataset().withPath("attendances"), BigDecimal.valueOf(state.size()),
        BigDecimal.valueOf(ctx.settings().integer("person_times_min")),
        ctx.settings().date("deadline"));
  }
}
