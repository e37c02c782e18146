package org.epar.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change to an approved work plan (DM-VETO-02).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the change's id; may be null
 * @param description what changed; may be null
 * @param widensScope whether it widens the plan's scope
 * @param approvalReference the approval document; may be null
 * @param date when the change was made; may be null
 * @since 0.1.0
 */
public record PlanChange(
    @Nullable String id,
    @Nullable String description,
    boolean widensScope,
    @Nullable String approvalReference,
    @Nullable LocalDate date)
    implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
