package org.epar.validation.rules.chongqing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Household;
import org.epar.core.model.TraineeCategory;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.TraineeArchives;

/**
 * CQ-TRAIN-01: poor households are trained (对贫困户应培尽培); trainees of the categories {@code
 * trainee_categories} (registered poor, e-commerce entrepreneurs, rural youth leaders, village
 * information officers, disabled commissioners) are trained and poor trainees archived, with their
 * employment and start-ups tracked (建立贫困学员档案, 四(六)).
 *
 * <p>Reading, findings with the rule's severity:
 *
 * <ul>
 *   <li>a registered poor household with an able-and-willing member none of whose members attended
 *       any training (who "should be trained"): at the household, path {@code members};
 *   <li>a poor trainee without an archive, as defined by {@link TraineeArchives}: at the
 *       attendance, path {@code citizen_id}.
 * </ul>
 *
 * The trainee categories: the document's list says "include" (包括), so it names whom training
 * reaches, not a field every attendance must fill; an attendance without a category, or of another
 * {@link TraineeCategory}, is no finding (catalog revision 2). The profile's list is checked to
 * name known categories.
 */
final class PoorTraineesRule implements DatasetRule<PoorTraineesRule.State> {

  /** The rule ID. */
  static final String ID = "CQ-TRAIN-01";

  /** Archives index. */
  static final class State {
    final TraineeArchives archives = new TraineeArchives();
  }

  /** Creates the rule; it is stateless. */
  PoorTraineesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    Set<TraineeCategory> listed = EnumSet.noneOf(TraineeCategory.class);
    for (String name : ctx.settings().list("trainee_categories")) {
      listed.add(TraineeCategory.valueOf(name)); // a wrong profile fails loudly
    }
    return new State();
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    s.archives.accept(record, index);
  }

  @Override
  public boolean accepts(Class<?> type) {
    // the archives also read households and follow-ups
    return Household.class.isAssignableFrom(type)
        || Attendance.class.isAssignableFrom(type)
        || FollowUp.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.archives.merge(right.archives);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    s.archives
        .untrainedHouseholds()
        .forEach(
            (h, i) ->
                sink.violation(
                    new Location("household", h, "members", i),
                    "untrained poor household " + h,
                    "train all who should be trained",
                    Map.of(
                        "observed" + FindingSink.ZH,
                        "未受训的贫困户 " + h,
                        "threshold" + FindingSink.ZH,
                        "应训尽训")));
    for (TraineeArchives.Trainee t : s.archives.unarchived()) {
      sink.violation(
          new Location("attendance", t.id(), "citizen_id", t.index()),
          "no archive for poor trainee (attendance " + t.id() + ")",
          "an archive per poor trainee",
          Map.of(
              "observed" + FindingSink.ZH,
              "贫困参训人员无档案（培训签到 " + t.id() + "）",
              "threshold" + FindingSink.ZH,
              "每名贫困参训人员一份档案"));
    }
  }
}
