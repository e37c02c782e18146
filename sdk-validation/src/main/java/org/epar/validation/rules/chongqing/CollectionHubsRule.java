package org.epar.validation.rules.chongqing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.HubFunction;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.Township;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RequiredSet;
import org.epar.validation.spi.RuleContext;

/**
 * CQ-HUB-01: each deep-poverty township (深度贫困乡镇, {@code deep_poverty_townships} of them in
 * Chongqing) has a production collection and distribution hub (产地集配中心) with all of {@code
 * required_functions} ({@link HubFunction} names: collection, transfer, testing, sorting,
 * processing, cold storage, distribution, information platform; 二(四)).
 *
 * <p>Reading: a record-level check that needs the townships, so it runs as a dataset rule. Each
 * {@code COLLECTION_HUB} site in a township with {@code deep_poverty} that lacks functions is a
 * finding at the site (path {@code hub_functions}, observed the missing names); each deep-poverty
 * township without any hub is a finding at the township (observed {@code COLLECTION_HUB}). The
 * count of 18 describes the province; it is not required of a submission.
 */
final class CollectionHubsRule implements DatasetRule<CollectionHubsRule.State> {

  /** The rule ID. */
  static final String ID = "CQ-HUB-01";

  /** A hub: where, what it lacks. */
  record Hub(String id, long index, String township, List<String> missing) {}

  /** Deep-poverty townships (with their input position) and hubs. */
  static final class State {
    final RequiredSet.Members<HubFunction> required;
    final List<String> deep = new ArrayList<>();
    final List<Long> deepIndex = new ArrayList<>();
    final List<Hub> hubs = new ArrayList<>();

    State(RequiredSet.Members<HubFunction> required) {
      this.required = required;
    }
  }

  private final RequiredSet<HubFunction> functions =
      RequiredSet.of(HubFunction.class, "required_functions")
          .rejectingUnknown()
          .inDeclarationOrder();

  /** Creates the rule; it is stateless. */
  CollectionHubsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State(functions.members(ctx));
  }

  @Override
  public void accumulate(State s, Object record, long index, RuleContext ctx) {
    if (record instanceof Township t && t.deepPoverty() && t.code() != null) {
      s.deep.add(t.code().value());
      s.deepIndex.add(index);
    } else if (record instanceof Site site
        && site.type() == SiteType.COLLECTION_HUB
        && site.division() != null) {
      String township = site.division().township().map(DivisionCode::value).orElse("");
      s.hubs.add(new Hub(site.key(), index, township, s.required.missing(site.hubFunctions())));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return Site.class.isAssignableFrom(type) || Township.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    left.deep.addAll(right.deep);
    left.deepIndex.addAll(right.deepIndex);
    left.hubs.addAll(right.hubs);
    return left;
  }

  @Override
  public void finish(State s, RuleContext ctx, FindingSink sink) {
    String required = s.required.text();
    Set<String> deep = new HashSet<>(s.deep);
    Set<String> withHub = new HashSet<>();
    for (Hub h : s.hubs) {
      if (!deep.contains(h.township())) {
        continue;
      }
      withHub.add(h.township());
      if (!h.missing().isEmpty()) {
        sink.violation(
            new Location("site", h.id(), "hub_functions", h.index()),
            String.join(",", h.missing()),
            required);
      }
    }
    for (int i = 0; i < s.deep.size(); i++) {
      if (!withHub.contains(s.deep.get(i))) {
        sink.violation(
            new Location("township", s.deep.get(i), "", s.deepIndex.get(i)),
            SiteType.COLLECTION_HUB.name(),
            required);
      }
    }
  }
}
