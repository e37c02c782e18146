package org.epar.core.model;

import java.time.LocalDate;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A training session (培训班).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the session's id; may be null
 * @param title the title; may be null
 * @param provider the training provider; may be null
 * @param kind the kind of training; may be null
 * @param startDate first day; may be null
 * @param endDate last day; may be null
 * @param audience who it is for
 * @param division where it took place; may be null
 * @param free whether it was free for the trainees
 * @param subsidy the subsidy paid for it; may be null
 * @since 0.1.0
 */
public record TrainingSession(
    @Nullable String id,
    @Nullable String title,
    @Nullable CreditCode provider,
    @Nullable TrainingKind kind,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    Set<TraineeCategory> audience,
    @Nullable DivisionCode division,
    boolean free,
    @Nullable Money subsidy) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public TrainingSession {
    audience = Copies.enumSet(audience, TraineeCategory.class);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
