package org.epar.core.model;

import org.epar.core.id.CitizenId;
import org.epar.core.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * A member of a registered poor household, with the attributes the training targets count.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty). {@code toString()} masks personal data.
 *
 * @param citizenId citizen identity number (personal data); may be null
 * @param name name (personal data); may be null
 * @param phone phone number (personal data); may be null
 * @param labourCapacity labour capacity; may be null
 * @param migrant whether the member works away from home (外出务工)
 * @param ableAndWilling whether the member is able and willing to take part in e-commerce (有能力有意愿)
 * @param disabled whether the member is disabled
 * @since 0.1.0
 */
public record Member(
    @Nullable CitizenId citizenId,
    @Nullable String name,
    @Nullable String phone,
    @Nullable LabourCapacity labourCapacity,
    boolean migrant,
    boolean ableAndWilling,
    boolean disabled) {

  /** Prints the record with personal data masked. */
  @Override
  public String toString() {
    return "Member[" + "citizenId=" + citizenId + ", " + "name=" + Redaction.redact(name) + ", " + "phone=" + Redaction.redact(phone) + ", " + "labourCapacity=" + labourCapacity + ", " + "migrant=" + migrant + ", " + "ableAndWilling=" + ableAndWilling + ", " + "disabled=" + disabled + "]";
  }
}
