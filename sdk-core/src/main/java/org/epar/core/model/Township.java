package org.epar.core.model;

import org.epar.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A township (乡镇) with the flags the targets look at.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param code the township's division code (township level)
 * @param name the township's name; may be null
 * @param poor whether it is a poor township
 * @param deepPoverty whether it is one of the deep-poverty townships (深度贫困乡镇, CQ-HUB-01, CQ-SHOP-02)
 * @param eligible whether the township has the conditions for a station (具备条件, CQ-SITE-01)
 * @param broadband whether broadband reaches it
 * @param mobile4g whether 4G covers it
 * @since 0.1.0
 */
public record Township(
    DivisionCode code,
    @Nullable String name,
    boolean poor,
    boolean deepPoverty,
    boolean eligible,
    boolean broadband,
    boolean mobile4g) implements EparRecord {

  @Override
  public String key() {
    return code == null ? "" : code.raw();
  }
}
