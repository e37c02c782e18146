package org.epar.validation.rules.henan;

import java.util.Map;
import org.epar.core.model.Attendance;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Household;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.TraineeArchives;

/**
 * HN-TRAIN-03: a roster of able and willing poor people suitable for training exists
 * (建立有能力有意愿适合电商培训贫困人员名录), and every poor trainee has an archive that tracks employment and business
 * start-up (建立贫困学员档案，跟踪就业创业进展, 三(四)).
 *
 * <p>Reading: the roster is the members flagged {@code able_and_willing}; when the data hold
 * registered poor households and none has such a member, the roster is missing (one finding at the
 * dataset, path {@code households.members.able_and_willing}). Poor trainees and archives as defined
 * by {@link TraineeArchives}: one finding per poor trainee without an archive, at the attendance
 * (path {@code citizen_id}). No parameters.
 */
final class TraineeArchivesRule implements DatasetRule<TraineeArchives> {

  /** The rule ID. */
  static final String ID = "HN-TRAIN-03";

  /** Creates the rule; it is stateless. */
  TraineeArchivesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public TraineeArchives newState(RuleContext ctx) {
    return new TraineeArchives();
  }

  @Override
  public void accumulate(TraineeArchives s, Object record, long index, RuleContext ctx) {
    s.accept(record, index);
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Household.class.isAssignableFrom(type)
        || Attendance.class.isAssignableFrom(type)
        || FollowUp.class.isAssignableFrom(type);
  }

  @Override
  public TraineeArchives combine(TraineeArchives left, TraineeArchives right) {
    return left.merge(right);
  }

  @Override
  public void finish(TraineeArchives s, RuleContext ctx, FindingSink sink) {
    if (s.rosterMissing()) {
      sink.violation(
          Location.dataset().withPath("households.members.able_and_willing"),
          "roster of able and willing poor people",
          "a roster",
          Map.of(
              "observed" + FindingSink.ZH, "有能力有意愿贫困人口花名册", "threshold" + FindingSink.ZH, "一份花名册"));
    }
    for (TraineeArchives.Trainee t : s.unarchived()) {
      sink.violation(
          new Location("attendance", t.id(), "citizen_id", t.index()),
          "archive of poor trainee (attendance " + t.id() + ")",
          "an archive per poor trainee",
          Map.of(
              "observed" + FindingSink.ZH,
              "贫困参训人员档案（培训签到 " + t.id() + "）",
              "threshold" + FindingSink.ZH,
              "每名贫困参训人员一份档案"));
    }
  }
}
