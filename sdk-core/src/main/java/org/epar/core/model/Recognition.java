package org.epar.core.model;

import org.epar.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A recognition or showcase counted by the targets: advanced county, excellent leader, typical case
 * (HLJ-DEMO-01, HN-DEMO-02).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the recognition's id; may be null
 * @param kind the kind; may be null
 * @param subject what or who is recognised (an id or a name of an organisation); may be null
 * @param division where; may be null
 * @param year the year
 * @since 0.1.0
 */
public record Recognition(
    @Nullable String id,
    @Nullable RecognitionKind kind,
    @Nullable String subject,
    @Nullable DivisionCode division,
    int year)
    implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
