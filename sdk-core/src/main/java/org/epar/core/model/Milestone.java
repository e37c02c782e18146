package org.epar.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A dated milestone of the plan (DM-TIME-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the milestone's id; may be null
 * @param kind the kind; may be null
 * @param dueOn when it is due; may be null
 * @param achievedOn when it was achieved; may be null
 * @since 0.1.0
 */
public record Milestone(
    @Nullable String id,
    @Nullable MilestoneKind kind,
    @Nullable LocalDate dueOn,
    @Nullable LocalDate achievedOn)
    implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
