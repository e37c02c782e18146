package org.epar.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epar.validation.internal.CatalogReader;

/**
 * The catalog of rule descriptors: the 87 rules of the rule catalog ({@code docs/catalog.md}), in
 * the order of {@code rule-ids.txt}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleDescriptor d = RuleCatalog.standard().require("DM-FUND-01");
 * d.parameters().forEach(p -> out.println(p.name() + " [" + p.unit() + "]"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleCatalog {

  private final Map<String, RuleDescriptor> byId;

  /** Each rule's position in the catalog (findings are sorted by it). */
  private final Map<String, Integer> positions;

  private RuleCatalog(Collection<RuleDescriptor> descriptors) {
    Map<String, RuleDescriptor> map = new LinkedHashMap<>();
    for (RuleDescriptor d : descriptors) {
      if (map.putIfAbsent(d.id(), d) != null) {
        throw new IllegalArgumentException("duplicate rule id in catalog: " + d.id());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
    Map<String, Integer> pos = new java.util.HashMap<>();
    for (String id : map.keySet()) {
      pos.put(id, pos.size());
    }
    this.positions = pos;
  }

  /**
   * The standard catalog, loaded once from the {@code org/epar/validation/rules.json} resource.
   *
   * @return the shared standard catalog
   */
  public static RuleCatalog standard() {
    return Standard.INSTANCE;
  }

  /**
   * A catalog of the given descriptors, in the given order; for vendors that add their own rules.
   *
   * @param descriptors descriptors with distinct ids
   * @return a new catalog
   * @throws IllegalArgumentException if two descriptors share an id
   */
  public static RuleCatalog of(Collection<RuleDescriptor> descriptors) {
    return new RuleCatalog(descriptors);
  }

  /**
   * This catalog followed by more descriptors, such as a county's own rules.
   *
   * @param more descriptors whose ids are not in this catalog
   * @return a new catalog
   * @throws IllegalArgumentException if an id is already present
   */
  public RuleCatalog with(Collection<RuleDescriptor> more) {
    List<RuleDescriptor> all = new ArrayList<>(byId.values());
    all.addAll(more);
    return new RuleCatalog(all);
  }

  /**
   * The descriptor with this id.
   *
   * @param id a rule id such as {@code DM-SITE-02}
   * @return the descriptor, or empty when the catalog has no such rule
   */
  public Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The descriptor with this id, for callers that know it exists.
   *
   * @param id a rule id such as {@code DM-SITE-02}
   * @return the descriptor
   * @throws IllegalArgumentException if the catalog has no such rule
   */
  public RuleDescriptor require(String id) {
    RuleDescriptor d = byId.get(id);
    if (d == null) {
      throw new IllegalArgumentException("no rule with id " + id + " in the catalog");
    }
    return d;
  }

  /**
   * All descriptors in catalog order ({@code rule-ids.txt} order for the standard catalog).
   *
   * @return an immutable list
   */
  public List<RuleDescriptor> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The position of a rule in catalog order, used to sort findings.
   *
   * @param id a rule id
   * @return the zero-based position, or {@code Integer.MAX_VALUE} for an unknown id
   */
  public int position(String id) {
    Integer p = positions.get(id);
    return p == null ? Integer.MAX_VALUE : p;
  }

  /** Holder idiom: the standard catalog loads on first use, once. */
  private static final class Standard {
    static final RuleCatalog INSTANCE = new RuleCatalog(CatalogReader.readStandard());
  }
}
