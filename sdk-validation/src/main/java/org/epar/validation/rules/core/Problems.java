package org.epar.validation.rules.core;

import java.util.List;
import org.epar.core.id.IdProblem;

/** Formats identifier problems for findings: the stable codes, comma separated. */
final class Problems {

  private Problems() {}

  /**
   * The codes of the problems.
   *
   * @param problems the problems
   * @return e.g. {@code id.check, id.area}
   */
  static String codes(List<IdProblem> problems) {
    StringBuilder b = new StringBuilder();
    for (IdProblem p : problems) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(p.code());
    }
    return b.toString();
  }
}
