package org.epar.validation.rules.daming.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.epar.core.model.Expense;
import org.epar.core.model.ExpenseCategory;
import org.epar.core.model.Fund;
import org.epar.core.model.FundingSource;
import org.epar.core.model.RecordType;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * DM-FUND-03 (中央财政资金不得用于…): an expense of a central fund is not of a category in {@code
 * banned_categories} (online trading platform, buildings, purchased traffic, food and lodging,
 * salaries, water/electricity/fuel and other daily operating costs).
 *
 * <p>Reading: the ban applies only when the expense's fund ({@code expense.fund}, joined to a
 * {@link Fund} by id) has source {@link FundingSource#CENTRAL_GOVERNMENT}; an expense of a fund
 * that is not in the submission, or has another or no source, is not judged. The catalog scope is a
 * record, but the join makes this a dataset rule: the state keeps only the central fund ids and the
 * expenses of a banned category.
 *
 * @since 0.1.0
 */
final class CentralFundExpenseRule implements DatasetRule<CentralFundExpenseRule.State> {

  /** The rule ID. */
  static final String ID = "DM-FUND-03";

  /** The banned categories, central fund ids and suspect expenses. */
  static final class State {
    final EnumSet<ExpenseCategory> banned;
    final Set<String> centralFunds = new HashSet<>();
    final List<Suspect> suspects = new ArrayList<>();

    State(EnumSet<ExpenseCategory> banned) {
      this.banned = banned;
    }
  }

  record Suspect(long index, String key, String fund, ExpenseCategory category) {}

  /** Creates the rule; it is stateless. */
  CentralFundExpenseRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(
        Support.enums(ExpenseCategory.class, ctx.settings().list("banned_categories")));
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof Expense e) {
      if (e.category() != null && e.fund() != null && state.banned.contains(e.category())) {
        state.suspects.add(new Suspect(index, e.key(), e.fund(), e.category()));
      }
    } else if (record instanceof Fund f) {
      if (f.source() == FundingSource.CENTRAL_GOVERNMENT && f.id() != null) {
        state.centralFunds.add(f.id());
      }
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Expense.class.isAssignableFrom(type) || Fund.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.centralFunds.addAll(right.centralFunds);
    left.suspects.addAll(right.suspects);
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    String type = RecordType.EXPENSE.wireName();
    String banned = String.join(",", ctx.settings().list("banned_categories"));
    for (Suspect s : state.suspects) {
      if (state.centralFunds.contains(s.fund())) {
        sink.violation(
            new Location(type, s.key(), "category", s.index()), s.category().name(), banned);
      }
    }
  }
}
