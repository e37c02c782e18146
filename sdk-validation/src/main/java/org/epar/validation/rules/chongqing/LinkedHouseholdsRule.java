package org.epar.validation.rules.chongqing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Household;
import org.epar.core.model.Leader;
import org.epar.core.model.OnlineShop;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-LINK-01: a demonstration shop or an e-commerce leader names at least {@code
 * linked_households_min} registered poor households it buys from or serves (一店带多户, 四(五); 带头人带动贫困户,
 * 二(三)).
 *
 * <p>Reading (catalog revision 2): online shops with {@code demonstration}, and every leader. A
 * link counts when it names a household of the submission that is {@code registered_poor}
 * (建档立卡贫困户); links to households that are not registered poor, or that the submission does not
 * hold, do not count (an unresolved id is also CORE-REF-01's finding). Distinct household ids are
 * counted. One finding per shop or leader, located by its id (never by a leader's name), path
 * {@code linked_households}, naming how many registered poor households it links.
 */
final class LinkedHouseholdsRule implements DatasetRule<LinkedHouseholdsRule.State> {

  /** The rule ID. */
  static final String ID = "CQ-LINK-01";

  /** A shop or leader and the household ids it names. */
  record Linker(String type, String key, long index, List<String> linked) {}

  /** Households' poor status by id, and the shops and leaders to judge. */
  static final class State {
    final Map<String, Boolean> poor = new HashMap<>();
    final List<Linker> linkers = new ArrayList<>();
  }

  /** Creates the rule; it is stateless. */
  LinkedHouseholdsRule() {}

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
    if (record instanceof Household h && h.id() != null) {
      s.poor.merge(h.id(), h.registeredPoor(), Boolean::logicalOr);
    } else if (record instanceof OnlineShop shop && shop.demonstration()) {
      s.linkers.add(new Linker("online_shop", shop.key(), index, shop.linkedHouseholds()));
    } else if (record instanceof Leader leader) {
      s.linkers.add(new Linker("leader", leader.key(), index, leader.linkedHouseholds()));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Household.class.isAssignableFrom(type)
        || OnlineShop.class.isAssignableFrom(type)
        || Leader.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.poor.forEach((k, v) -> left.poor.merge(k, v, Boolean::logicalOr));
    left.linkers.addAll(right.linkers);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    long min = ctx.settings().integer("linked_households_min");
    s.linkers.sort(java.util.Comparator.comparingLong(Linker::index));
    for (Linker l : s.linkers) {
      Set<String> poor = new HashSet<>();
      for (String id : l.linked()) {
        if (id != null && Boolean.TRUE.equals(s.poor.get(id))) {
          poor.add(id);
        }
      }
      if (poor.size() < min) {
        sink.violation(
            new Location(l.type(), l.key(), "linked_households", l.index()),
            l.key(),
            Long.toString(min),
            Map.of("count", Integer.toString(poor.size())));
      }
    }
  }
}
