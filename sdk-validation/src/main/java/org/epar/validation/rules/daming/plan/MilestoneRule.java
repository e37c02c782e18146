package org.epar.validation.rules.daming.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.epar.core.model.Milestone;
import org.epar.core.model.MilestoneKind;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.RecordType;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * DM-TIME-01 (时间节点): the milestones are achieved by their dates: {@code LOGISTICS_LAYOUT} by {@code
 * logistics_layout_deadline}, {@code OPERATION_START} within the month of {@code operation_from}
 * (the document gives months, 2018年1月—8月), {@code ACCEPTANCE_APPLICATION} by {@code
 * acceptance_application_deadline}, {@code LIAISON_LIST} by {@code liaison_list_deadline}.
 *
 * <p>Reading: a milestone is met by its earliest {@code achieved_on} among the {@link Milestone}
 * records of its kind; the liaison list also counts as filed by the earliest {@code filed_on} of an
 * {@link PersonnelRole#INFORMATION_LIAISON}. The profile's dates decide, not the records' {@code
 * due_on}. A milestone achieved after its date is a finding at that record ({@code achieved_on}); a
 * milestone not achieved when the as-of date has reached its date is a finding at its record, or at
 * the dataset ({@code milestones}) when there is none. A submission with neither milestones nor
 * liaisons is not judged (another kind of batch). The end of operation ({@code operation_until}) is
 * a period, not a deadline, and is not checked.
 *
 * <p>Revision 2: the first milestone is the logistics layout planned <em>and</em> the county and
 * township warehouses built, fitted and running by {@code logistics_layout_deadline} (六(二)4). A
 * {@link SiteType#COUNTY_WAREHOUSE} or {@link SiteType#TOWNSHIP_DISTRIBUTION_CENTRE} whose {@code
 * opened_on} is after that date is a finding at the site ({@code opened_on}); one opened on the
 * date itself is in time. How many were built is DM-SITE-01's count; a site without an opening date
 * is not judged here.
 *
 * @since 0.1.0
 */
final class MilestoneRule implements DatasetRule<MilestoneRule.State> {

  /** The rule ID. */
  static final String ID = "DM-TIME-01";

  /** Per kind, the milestone achieved first (or the first record when none is achieved). */
  static final class State {
    final Map<MilestoneKind, Seen> byKind = new EnumMap<>(MilestoneKind.class);
    @Nullable LocalDate liaisonFiled;
    boolean liaisons;
    final List<LateSite> lateWarehouses = new ArrayList<>();

    State() {}
  }

  /** A warehouse or distribution centre opened after the layout deadline. */
  record LateSite(long index, String key, LocalDate openedOn) {}

  record Seen(@Nullable LocalDate achievedOn, long index, String key) {
    Seen better(Seen o) {
      if (achievedOn == null || o.achievedOn == null) {
        if (achievedOn == null && o.achievedOn == null) {
          return index <= o.index ? this : o;
        }
        return achievedOn == null ? o : this;
      }
      int c = achievedOn.compareTo(o.achievedOn);
      return c < 0 || (c == 0 && index <= o.index) ? this : o;
    }
  }

  /** Creates the rule; it is stateless. */
  MilestoneRule() {}

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
    if (record instanceof Milestone m && m.kind() != null) {
      state.byKind.merge(m.kind(), new Seen(m.achievedOn(), index, m.key()), Seen::better);
    } else if (record instanceof Personnel p && p.role() == PersonnelRole.INFORMATION_LIAISON) {
      state.liaisons = true;
      state.liaisonFiled = earlier(state.liaisonFiled, p.filedOn());
    } else if (record instanceof Site w
        && w.openedOn() != null
        && (w.type() == SiteType.COUNTY_WAREHOUSE
            || w.type() == SiteType.TOWNSHIP_DISTRIBUTION_CENTRE)
        && w.openedOn().isAfter(ctx.settings().date("logistics_layout_deadline"))) {
      state.lateWarehouses.add(new LateSite(index, w.key(), w.openedOn()));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Milestone.class.isAssignableFrom(type)
        || Personnel.class.isAssignableFrom(type)
        || Site.class.isAssignableFrom(type);
  }

  private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.isBefore(a) ? a : b;
  }

  @Override
  public State combine(State left, State right) {
    right.byKind.forEach((k, v) -> left.byKind.merge(k, v, Seen::better));
    left.liaisons |= right.liaisons;
    left.liaisonFiled = earlier(left.liaisonFiled, right.liaisonFiled);
    left.lateWarehouses.addAll(right.lateWarehouses);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    var s = ctx.settings();
    LocalDate layout = s.date("logistics_layout_deadline");
    for (LateSite w : state.lateWarehouses) {
      sink.violation(
          new Location(RecordType.SITE.wireName(), w.key(), "opened_on", w.index()),
          "warehouse opened " + w.openedOn(),
          layout.toString(),
          Map.of(
              "deadline",
              layout.toString(),
              "observed" + FindingSink.ZH,
              "仓储中心启用于 " + w.openedOn()));
    }
    if (state.byKind.isEmpty() && !state.liaisons) {
      return;
    }
    check(
        state,
        MilestoneKind.LOGISTICS_LAYOUT,
        s.date("logistics_layout_deadline"),
        null,
        ctx,
        sink);
    check(
        state,
        MilestoneKind.OPERATION_START,
        YearMonth.from(s.date("operation_from")).atEndOfMonth(),
        null,
        ctx,
        sink);
    check(
        state,
        MilestoneKind.ACCEPTANCE_APPLICATION,
        s.date("acceptance_application_deadline"),
        null,
        ctx,
        sink);
    check(
        state,
        MilestoneKind.LIAISON_LIST,
        s.date("liaison_list_deadline"),
        state.liaisonFiled,
        ctx,
        sink);
  }

  private static void check(
      State state,
      MilestoneKind kind,
      LocalDate deadline,
      @Nullable LocalDate alsoAchievedOn,
      RuleContext ctx,
      FindingSink sink) {
    Seen seen = state.byKind.get(kind);
    LocalDate achieved = earlier(seen == null ? null : seen.achievedOn(), alsoAchievedOn);
    if (achieved != null && !achieved.isAfter(deadline)) {
      return;
    }
    if (achieved == null && ctx.asOf().isBefore(deadline)) {
      return;
    }
    Location at =
        seen == null
            ? Location.dataset().withPath("milestones")
            : new Location(
                RecordType.MILESTONE.wireName(), seen.key(), "achieved_on", seen.index());
    sink.violation(
        at,
        kind.name() + (achieved == null ? " (not achieved)" : " (achieved " + achieved + ")"),
        deadline.toString(),
        Map.of(
            "deadline",
            deadline.toString(),
            "observed" + FindingSink.ZH,
            kind.name() + (achieved == null ? "（未完成）" : "（完成于 " + achieved + "）")));
  }
}
