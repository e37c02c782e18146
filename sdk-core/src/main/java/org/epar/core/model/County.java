package org.epar.core.model;

import org.epar.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A county (县) taking part in the programme, with its demonstration status.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param code the county's division code (county level)
 * @param name the county's name; may be null
 * @param poor whether it is a poor county (贫困县)
 * @param demonstration its demonstration status; may be null
 * @param formerNationalKey whether it is a former national key county for poverty alleviation (原国家扶贫开发重点县, CQ-SITE-01)
 * @param demonstrationYear the year it became a demonstration county, 0 when unknown
 * @since 0.1.0
 */
public record County(
    DivisionCode code,
    @Nullable String name,
    boolean poor,
    @Nullable DemonstrationLevel demonstration,
    boolean formerNationalKey,
    int demonstrationYear) implements EparRecord {

  @Override
  public String key() {
    return code == null ? "" : code.raw();
  }
}
