package org.epar.core.model;

import org.epar.core.id.CreditCode;
import org.jspecify.annotations.Nullable;

/**
 * A logistics route and the enterprise operating it (DM-SITE-07).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the route's id; may be null
 * @param name the route's name; may be null
 * @param operator the enterprise operating it; may be null
 * @param centrallyFunded whether central funds support it
 * @since 0.1.0
 */
public record LogisticsRoute(
    @Nullable String id,
    @Nullable String name,
    @Nullable CreditCode operator,
    boolean centrallyFunded)
    implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
