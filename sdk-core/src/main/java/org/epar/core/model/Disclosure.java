package org.epar.core.model;

import java.time.LocalDate;
import java.util.List;
import org.epar.core.id.CreditCode;
import org.epar.core.internal.Copies;
import org.epar.core.internal.Redaction;
import org.epar.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A public disclosure of a programme item (政务公开, DM-PUB-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty). {@code toString()} masks personal data.
 *
 * @param id the disclosure's id; may be null
 * @param projectName project name; may be null
 * @param content content and requirements; may be null
 * @param contractor the contractor; may be null
 * @param supportAmount the support amount; may be null
 * @param deadline the completion deadline; may be null
 * @param performanceTargets the performance targets; may be null
 * @param decisionDocument the decision document; may be null
 * @param responsiblePerson the contractor's responsible person (personal data); may be null
 * @param publishedOn when it was published; may be null
 * @param progressUpdates dates progress was published
 * @since 0.1.0
 */
public record Disclosure(
    @Nullable String id,
    @Nullable String projectName,
    @Nullable String content,
    @Nullable CreditCode contractor,
    @Nullable Money supportAmount,
    @Nullable LocalDate deadline,
    @Nullable String performanceTargets,
    @Nullable String decisionDocument,
    @Nullable String responsiblePerson,
    @Nullable LocalDate publishedOn,
    List<LocalDate> progressUpdates) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Disclosure {
    progressUpdates = Copies.list(progressUpdates);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }

  /** Prints the record with personal data masked. */
  @Override
  public String toString() {
    return "Disclosure[" + "id=" + id + ", " + "projectName=" + projectName + ", " + "content=" + content + ", " + "contractor=" + contractor + ", " + "supportAmount=" + supportAmount + ", " + "deadline=" + deadline + ", " + "performanceTargets=" + performanceTargets + ", " + "decisionDocument=" + decisionDocument + ", " + "responsiblePerson=" + Redaction.redact(responsiblePerson) + ", " + "publishedOn=" + publishedOn + ", " + "progressUpdates=" + progressUpdates + "]";
  }
}
