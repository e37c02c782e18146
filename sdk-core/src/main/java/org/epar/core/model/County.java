package org.epar.core.model;

import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
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
 * @param demonstrations its status in each demonstration programme it takes part in (HN-DEMO-01, HN-FUND-01, GD-DEMO-01, GD-BRAND-01, HLJ-DEMO-01); a programme not listed is unknown; {@code demonstration} stays the status without a programme
 * @since 0.1.0
 */
public record County(
    DivisionCode code,
    @Nullable String name,
    boolean poor,
    @Nullable DemonstrationLevel demonstration,
    boolean formerNationalKey,
    int demonstrationYear,
    List<DemonstrationStatus> demonstrations) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public County {
    demonstrations = Copies.list(demonstrations);
  }

  /**
   * The constructor without {@code demonstrations}, which is left empty. Kept so that
   * code written against the earlier component list compiles.
   *
   * @param code see the record's {@code code}
   * @param name see the record's {@code name}
   * @param poor see the record's {@code poor}
   * @param demonstration see the record's {@code demonstration}
   * @param formerNationalKey see the record's {@code formerNationalKey}
   * @param demonstrationYear see the record's {@code demonstrationYear}
   */
  public County(
      DivisionCode code,
      @Nullable String name,
      boolean poor,
      @Nullable DemonstrationLevel demonstration,
      boolean formerNationalKey,
      int demonstrationYear) {
    this(code, name, poor, demonstration, formerNationalKey, demonstrationYear, null);
  }

  @Override
  public String key() {
    return code == null ? "" : code.raw();
  }
}
