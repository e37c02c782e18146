package org.epar.validation.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.epar.core.id.IdProblem;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Helpers shared by the identifier validators. */
final class IdConstraints {

  private IdConstraints() {}

  /**
   * Makes the problem codes available to the message as {@code {problems}}; never the value.
   *
   * @param ctx the context
   * @param problems the problems
   * @return {@code false}, the validation result
   */
  static boolean invalid(ConstraintValidatorContext ctx, List<IdProblem> problems) {
    StringBuilder b = new StringBuilder();
    for (IdProblem p : problems) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(p.code());
    }
    return invalid(ctx, b.toString());
  }

  /**
   * Makes a problem description (free of personal data) available to the message as {@code
   * {problems}}.
   *
   * @param ctx the context
   * @param problems the description
   * @return {@code false}, the validation result
   */
  static boolean invalid(ConstraintValidatorContext ctx, String problems) {
    StringBuilder b = new StringBuilder(problems);
    if (ctx instanceof HibernateConstraintValidatorContext h) {
      h.addMessageParameter("problems", b.toString());
    } else {
      try {
        ctx.unwrap(HibernateConstraintValidatorContext.class)
            .addMessageParameter("problems", b.toString());
      } catch (RuntimeException e) {
        // another provider: the message shows the literal placeholder
      }
    }
    return false;
  }
}
