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
 * @param commentWindow whether a window for comments or for discipline/audit complaints is provided (征求意见窗口或纪检审计举报窗口, DM-PUB-01); null when unknown
 * @param websiteSection the address of the website section (专栏) where it is published, so that scattered disclosures can be told (不得散见于网站, DM-PUB-01); null when unknown
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
    List<LocalDate> progressUpdates,
    @Nullable Boolean commentWindow,
    @Nullable String websiteSection) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Disclosure {
    progressUpdates = Copies.list(progressUpdates);
  }

  /**
   * The constructor without {@code commentWindow} and {@code websiteSection}, which are left unknown. Kept so that
   * code written against the earlier component list compiles.
   *
   * @param id see the record's {@code id}
   * @param projectName see the record's {@code projectName}
   * @param content see the record's {@code content}
   * @param contractor see the record's {@code contractor}
   * @param supportAmount see the record's {@code supportAmount}
   * @param deadline see the record's {@code deadline}
   * @param performanceTargets see the record's {@code performanceTargets}
   * @param decisionDocument see the record's {@code decisionDocument}
   * @param responsiblePerson see the record's {@code responsiblePerson}
   * @param publishedOn see the record's {@code publishedOn}
   * @param progressUpdates see the record's {@code progressUpdates}
   */
  public Disclosure(
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
      List<LocalDate> progressUpdates) {
    this(
        id, projectName, content, contractor, supportAmount, deadline, performanceTargets,
        decisionDocument, responsiblePerson, publishedOn, progressUpdates, null, null);
  }

  @Override
  public String key() {
    return id == null ? "" : id;
  }

  /** Prints the record with personal data masked. */
  @Override
  public String toString() {
    return "Disclosure[" + "id=" + id + ", " + "projectName=" + projectName + ", " + "content=" + content + ", " + "contractor=" + contractor + ", " + "supportAmount=" + supportAmount + ", " + "deadline=" + deadline + ", " + "performanceTargets=" + performanceTargets + ", " + "decisionDocument=" + decisionDocument + ", " + "responsiblePerson=" + Redaction.redact(responsiblePerson) + ", " + "publishedOn=" + publishedOn + ", " + "progressUpdates=" + progressUpdates + ", " + "commentWindow=" + commentWindow + ", " + "websiteSection=" + websiteSection + "]";
  }
}
