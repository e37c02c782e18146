package org.epar.validation.rules.henan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingSession;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;

/**
 * HN-TRAIN-02: rotation training (轮训) of township and village cadres and first secretaries
 * (乡镇、村干部和第一书记): {@code coverage_stage1_min} of them by {@code stage1_deadline}, {@code
 * coverage_stage2_min} by {@code stage2_deadline}.
 *
 * <p>Reading: the population is the personnel whose role is {@code TOWNSHIP_CADRE}, {@code
 * VILLAGE_CADRE} or {@code FIRST_SECRETARY}; one is trained when an attendance of a session of kind
 * {@code CADRE_ROTATION} names them (by personnel id, or else by citizen identity number). *
 *
 * <p>Dated stages (catalog revision 2): a stage counts only the attendances of sessions held by its
 * deadline (the session's {@code start_date}; by the as-of date before the deadline); a session
 * held after a deadline helps the next stage, never one already missed; a session without a date is
 * taken as held (its missing date is not this rule's finding). A first stage missed at its deadline
 * stays an ERROR after the second is met ({@link Stages#reportDated}).
 */
final class CadreRotationRule implements DatasetRule<CadreRotationRule.State> {

  /** The rule ID. */
  static final String ID = "HN-TRAIN-02";

  /** Cadres, their citizen keys, rotation sessions and who attended what. */
  static final class State {
    final Set<String> cadres = new HashSet<>();
    final Map<String, String> cadreOfCitizen = new HashMap<>();

    /** Rotation sessions and their dates; MIN when undated. */
    final Map<String, LocalDate> rotationSessions = new HashMap<>();

    final Attendees attendees = new Attendees();
  }

  /** Creates the rule; it is stateless. */
  CadreRotationRule() {}

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
    if (record instanceof Personnel p) {
      PersonnelRole r = p.role();
      if (p.id() != null
          && (r == PersonnelRole.TOWNSHIP_CADRE
              || r == PersonnelRole.VILLAGE_CADRE
              || r == PersonnelRole.FIRST_SECRETARY)) {
        s.cadres.add(p.id());
        if (p.citizenId() != null) {
          s.cadreOfCitizen.putIfAbsent(p.citizenId().normalized(), p.id());
        }
      }
    } else if (record instanceof TrainingSession t
        && t.kind() == TrainingKind.CADRE_ROTATION
        && t.id() != null) {
      s.rotationSessions.merge(
          t.id(),
          t.startDate() == null ? LocalDate.MIN : t.startDate(),
          (a, b) -> a.isBefore(b) ? a : b);
    } else if (record instanceof Attendance a) {
      if (a.personnel() != null) {
        s.attendees.add(a.session(), "p" + a.personnel());
      } else if (a.citizenId() != null) {
        s.attendees.add(a.session(), "c" + a.citizenId().normalized());
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Attendance.class.isAssignableFrom(type)
        || Personnel.class.isAssignableFrom(type)
        || TrainingSession.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.cadres.addAll(right.cadres);
    right.cadreOfCitizen.forEach(left.cadreOfCitizen::putIfAbsent);
    right.rotationSessions.forEach(
        (k, v) -> left.rotationSessions.merge(k, v, (a, b) -> a.isBefore(b) ? a : b));
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
        Shares.of(trained(s, earlier(d1, ctx.asOf())), s.cadres.size()),
        Shares.of(trained(s, earlier(d2, ctx.asOf())), s.cadres.size()),
        "coverage_stage1_min",
        "coverage_stage2_min");
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Cadres trained at a rotation session held by the date. */
  private static long trained(State s, LocalDate by) {
    Set<String> trained = new HashSet<>();
    for (String who :
        s.attendees.of(
            id -> {
              LocalDate on = s.rotationSessions.get(id);
              return on != null && !on.isAfter(by);
            })) {
      String id = who.charAt(0) == 'p' ? who.substring(1) : s.cadreOfCitizen.get(who.substring(1));
      if (id != null && s.cadres.contains(id)) {
        trained.add(id);
      }
    }
    return trained.size();
  }
}
