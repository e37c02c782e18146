package org.epar.core.model;

import java.time.LocalDate;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * A post-training follow-up record of a trainee (DM-TRAIN-04, HN-TRAIN-03, CQ-TRAIN-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the follow-up's id; may be null
 * @param citizenId the trainee's citizen identity number (personal data); may be null
 * @param session id of the session followed up; may be null
 * @param date date of the follow-up; may be null
 * @param outcomes what the trainee did after training
 * @since 0.1.0
 */
public record FollowUp(
    @Nullable String id,
    @Nullable CitizenId citizenId,
    @Nullable String session,
    @Nullable LocalDate date,
    Set<TrainingOutcome> outcomes)
    implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public FollowUp {
    outcomes = Copies.enumSet(outcomes, TrainingOutcome.class);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
