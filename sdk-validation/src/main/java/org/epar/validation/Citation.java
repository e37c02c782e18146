package org.epar.validation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * Where a rule comes from: the profile, the source document and the clause in it.
 *
 * @param profileId the profile id of the document, such as {@code daming-2017}; {@code core} for
 *     the integrity rules every profile includes
 * @param document the title of the source document with its year or number (see {@code
 *     docs/catalog.md}), such as {@code 大名县2017年电子商务进农村综合示范工作方案 (2017)}; empty for the integrity
 *     rules
 * @param clause the clause as numbered in the document, such as {@code 五(一)1–3}
 * @since 0.1.0
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Citation(String profileId, String document, String clause) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Citation {
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(clause, "clause");
  }
}
