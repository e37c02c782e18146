package org.epar.validation.rules.heilongjiang;

import java.util.HashSet;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.ShareTarget;
import org.epar.validation.spi.Shares;

/**
 * HLJ-TRAIN-01: training covers all managers and practitioners of e-commerce poverty alleviation
 * (实现电商扶贫管理人员和从业人员培训全覆盖, 六 4).
 *
 * <p>Reading: the people to train are the personnel records with role {@code PROGRAMME_MANAGER} or
 * {@code PRACTITIONER}; one is trained when an attendance names the person's id in {@code
 * personnel}. A person without an id cannot be matched and counts as untrained. One dataset-level
 * target: observed = trained / to train, threshold = {@code coverage_min}, by {@code deadline}; a
 * submission without such personnel yields nothing.
 *
 * <p>Parameters: {@code coverage_min}, {@code deadline}.
 */
final class ManagerTrainingRule implements DatasetRule<ManagerTrainingRule.State> {

  /** The rule ID. */
  static final String ID = "HLJ-TRAIN-01";

  /** Managers and practitioners (ids; anonymous ones counted), and the personnel who attended. */
  static final class State {
    final Set<String> staff = new HashSet<>();
    long anonymous;
    final Set<String> attended = new HashSet<>();
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
    if (record instanceof Personnel p
        && (p.role() == PersonnelRole.PROGRAMME_MANAGER
            || p.role() == PersonnelRole.PRACTITIONER)) {
      if (p.id() == null) {
        s.anonymous++;
      } else {
        s.staff.add(p.id());
      }
    } else if (record instanceof Attendance a && a.personnel() != null) {
      s.attended.add(a.personnel());
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type) || Personnel.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.staff.addAll(right.staff);
    left.anonymous += right.anonymous;
    left.attended.addAll(right.attended);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    new ShareTarget("coverage_min", Location.dataset())
        .report(Shares.covered(s.staff, s.attended), s.staff.size() + s.anonymous, ctx, sink);
  }
}
