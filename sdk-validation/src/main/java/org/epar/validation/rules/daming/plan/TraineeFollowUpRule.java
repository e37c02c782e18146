package org.epar.validation.rules.daming.plan;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.epar.core.model.Attendance;
import org.epar.core.model.FollowUp;
import org.epar.core.model.RecordType;
import org.epar.validation.Location;
import org.epar.validation.spi.Citizens;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.Masking;
import org.epar.validation.spi.RuleContext;

/**
 * DM-TRAIN-04 (培训后跟踪服务): every trainee has at least one follow-up record.
 *
 * <p>Reading: a trainee is a citizen id named by an attendance; a follow-up of that citizen id, of
 * any session, satisfies the rule. One finding per trainee without follow-up, located at the
 * trainee's first attendance ({@code citizen_id}), with the citizen id masked. Attendances without
 * a citizen id cannot be matched to a follow-up ({@link FollowUp} names people by citizen id) and
 * are not checked. Counting employment and start-ups of trainees is left to the periodic reports;
 * the model has outcomes on follow-ups but no schedule to check them against.
 *
 * @since 0.1.0
 */
final class TraineeFollowUpRule implements DatasetRule<TraineeFollowUpRule.State> {

  /** The rule ID. */
  static final String ID = "DM-TRAIN-04";

  /** Trainees with their first attendance, and the citizen ids followed up. */
  static final class State {
    final Map<String, FirstSeen> trainees = new TreeMap<>();
    final Set<String> followedUp = new HashSet<>();

    State() {}
  }

  record FirstSeen(long index, String key) {}

  /** Creates the rule; it is stateless. */
  TraineeFollowUpRule() {}

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
      String c = Citizens.canonical(a.citizenId());
      if (c != null) {
        state.trainees.putIfAbsent(c, new FirstSeen(index, a.key()));
      }
    } else if (record instanceof FollowUp f) {
      String c = Citizens.canonical(f.citizenId());
      if (c != null) {
        state.followedUp.add(c);
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type) || FollowUp.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.trainees.forEach(
        (k, v) -> left.trainees.merge(k, v, (a, b) -> a.index() <= b.index() ? a : b));
    left.followedUp.addAll(right.followedUp);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    String type = RecordType.ATTENDANCE.wireName();
    state.trainees.forEach(
        (citizen, first) -> {
          if (!state.followedUp.contains(citizen)) {
            sink.violation(
                new Location(type, first.key(), "citizen_id", first.index()),
                Masking.mask(citizen),
                "follow_up");
          }
        });
  }
}
