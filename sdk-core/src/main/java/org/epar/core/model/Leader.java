package org.epar.core.model;

import java.util.List;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.epar.core.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * An e-commerce leader (电商带头人) and the registered poor households the leader serves (一店带多户, CQ-
 * LINK-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty). {@code toString()}
 * masks personal data.
 *
 * @param id the leader's id; may be null
 * @param citizenId citizen identity number (personal data); may be null
 * @param name name (personal data); may be null
 * @param village the village the leader works in; may be null
 * @param linkedHouseholds ids of the households the leader serves
 * @since 0.1.0
 */
public record Leader(
    @Nullable String id,
    @Nullable CitizenId citizenId,
    @Nullable String name,
    @Nullable DivisionCode village,
    List<String> linkedHouseholds)
    implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Leader {
    linkedHouseholds = Copies.list(linkedHouseholds);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }

  /** Prints the record with personal data masked. */
  @Override
  public String toString() {
    return "Leader["
        + "id="
        + id
        + ", "
        + "citizenId="
        + citizenId
        + ", "
        + "name="
        + Redaction.redact(name)
        + ", "
        + "village="
        + village
        + ", "
        + "linkedHouseholds="
        + linkedHouseholds
        + "]";
  }
}
