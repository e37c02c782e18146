package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * A person on the programme's rosters who is not counted as a household member: cadres, first
 * secretaries, managers, practitioners, liaisons.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty). {@code toString()} masks personal data.
 *
 * @param id the person's id in the dataset; may be null
 * @param citizenId citizen identity number (personal data); may be null
 * @param name name (personal data); may be null
 * @param phone phone number (personal data); may be null
 * @param role the role; may be null
 * @param division where the person serves; may be null
 * @param organisation the organisation the person works for; may be null
 * @param filedOn when the person was filed on the roster; may be null
 * @since 0.1.0
 */
public record Personnel(
    @Nullable String id,
    @Nullable CitizenId citizenId,
    @Nullable String name,
    @Nullable String phone,
    @Nullable PersonnelRole role,
    @Nullable DivisionCode division,
    @Nullable CreditCode organisation,
    @Nullable LocalDate filedOn) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }

  /** Prints the record with personal data masked. */
  @Override
  public String toString() {
    return "Personnel[" + "id=" + id + ", " + "citizenId=" + citizenId + ", " + "name=" + Redaction.redact(name) + ", " + "phone=" + Redaction.redact(phone) + ", " + "role=" + role + ", " + "division=" + division + ", " + "organisation=" + organisation + ", " + "filedOn=" + filedOn + "]";
  }
}
