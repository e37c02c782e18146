package org.epar.validation.rules.henan;

import java.util.List;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.Demonstrations;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.epar.validation.spi.Shares;
import org.jspecify.annotations.Nullable;

/**
 * HN-DEMO-01: every poor county (贫困县) is a national or provincial e-commerce-into-villages
 * demonstration county (电商进农村综合示范全覆盖) by {@code deadline}.
 *
 * <p>Reading: the share of counties with {@code poor} that are {@code NATIONAL} or {@code
 * PROVINCIAL} demonstration counties of the e-commerce-into-villages programme must reach {@code
 * poor_county_coverage_min}. The level is the county's {@code demonstrations} entry for {@code
 * ECOMMERCE_INTO_VILLAGES} (designated after the deadline's year: not yet one), else, when that
 * programme is not listed, the legacy {@code demonstration} flag. The document itself designates
 * the 2018 additions ({@code added_national_counties}, {@code added_provincial_counties}, names): a
 * listed poor county whose record gives no demonstration level (null) counts as designated; a
 * record that says {@code NONE} does not. A name matches when the county's name starts with the
 * listed name (南召 matches 南召县). No poor county in the data: the target is met.
 */
final class DemonstrationCountiesRule implements DatasetRule<DemonstrationCountiesRule.State> {

  /** The rule ID. */
  static final String ID = "HN-DEMO-01";

  /** Counts; the added-county names are read once per state. */
  static final class State {
    final List<String> added;
    long poor;
    long demonstration;

    State(List<String> added) {
      this.added = added;
    }
  }

  /** Creates the rule; it is stateless. */
  DemonstrationCountiesRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    List<String> added = new java.util.ArrayList<>(ctx.settings().list("added_national_counties"));
    added.addAll(ctx.settings().list("added_provincial_counties"));
    return new State(List.copyOf(added));
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof County c && c.poor()) {
      s.poor++;
      DemonstrationLevel level =
          Demonstrations.level(
              c,
              DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES,
              ctx.settings().date("deadline").getYear());
      if (level == DemonstrationLevel.NATIONAL
          || level == DemonstrationLevel.PROVINCIAL
          || (level == null && listed(s.added, c.name()))) {
        s.demonstration++;
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return County.class.isAssignableFrom(type);
  }

  private static boolean listed(List<String> names, @Nullable String name) {
    if (name == null) {
      return false;
    }
    for (String n : names) {
      if (name.startsWith(n)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public State combine(State left, State right) {
    left.poor += right.poor;
    left.demonstration += right.demonstration;
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    sink.target(
        Location.dataset().withPath("counties"),
        Shares.of(s.demonstration, s.poor),
        ctx.settings().decimal("poor_county_coverage_min"),
        ctx.settings().date("deadline"));
  }
}
