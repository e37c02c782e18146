package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.model.Activity;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * HN-ACT-01: two on-site observation or special e-commerce poverty-alleviation activities a year
 * (每年举办两次现场观摩或专项活动).
 *
 * <p>Reading: activities with a kind and a date are counted per calendar year. Every year from the
 * year of {@code programme_start} to the year of {@code deadline} (the programme's end), and not
 * after the as-of year, is a yearly target of {@code activities_per_year_min} due on 31 December of
 * that year: the running year yields progress (INFO), a past year that fell short has the rule's
 * severity. Each year is its own finding: location {@code dataset}, object id the year, path {@code
 * activities}.
 */
final class ActivitiesRule implements DatasetRule<ActivitiesRule.State> {

  /** The rule ID. */
  static final String ID = "HN-ACT-01";

  /** Activities per calendar year. */
  static final class State {
    final Map<Integer, Long> perYear = new TreeMap<>();
  }

  /** Creates the rule; it is stateless. */
  ActivitiesRule() {}

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
    if (record instanceof Activity a && a.kind() != null && a.date() != null) {
      s.perYear.merge(a.date().getYear(), 1L, Long::sum);
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Activity.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.perYear.forEach((y, n) -> left.perYear.merge(y, n, Long::sum));
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    BigDecimal min = ctx.settings().decimal("activities_per_year_min");
    int first = ctx.settings().date("programme_start").getYear();
    int last = Math.min(ctx.settings().date("deadline").getYear(), ctx.asOf().getYear());
    for (int y = first; y <= last; y++) {
      sink.target(
          new Location("dataset", Integer.toString(y), "activities", -1),
          BigDecimal.valueOf(s.perYear.getOrDefault(y, 0L)),
          min,
          LocalDate.of(y, 12, 31));
    }
  }
}
