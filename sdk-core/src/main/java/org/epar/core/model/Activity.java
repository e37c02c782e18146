package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A promotion activity: on-site observation or special event (HN-ACT-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the activity's id; may be null
 * @param kind the kind; may be null
 * @param title the title; may be null
 * @param date the date; may be null
 * @param division where; may be null
 * @since 0.1.0
 */
public record Activity(
    @Nullable String id,
    @Nullable ActivityKind kind,
    @Nullable String title,
    @Nullable LocalDate date,
    @Nullable DivisionCode division)
    implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
