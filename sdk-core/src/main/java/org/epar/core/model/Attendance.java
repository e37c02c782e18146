package org.epar.core.model;

import org.epar.core.id.CitizenId;
import org.jspecify.annotations.Nullable;

/**
 * One person attending one training session; person-times count attendances (人次).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the attendance's id; may be null
 * @param session id of the training session; may be null
 * @param citizenId the trainee's citizen identity number (personal data); may be null
 * @param household id of the trainee's household, when the trainee is a household member; may be null
 * @param personnel id of the trainee's personnel record, when on a roster; may be null
 * @param category the trainee's category; may be null
 * @since 0.1.0
 */
public record Attendance(
    @Nullable String id,
    @Nullable String session,
    @Nullable CitizenId citizenId,
    @Nullable String household,
    @Nullable String personnel,
    @Nullable TraineeCategory category) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
