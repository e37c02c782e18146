package org.epar.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.epar.core.id.DivisionLevel;

/**
 * The annotated {@link org.epar.core.id.DivisionCode} or text is a valid 12-digit statistical
 * division code (统计用区划代码; the 6- and 9-digit forms are accepted and padded), at one of the given
 * levels when {@link #level()} is set (rule CORE-ID-03). Existence in a registry is not checked
 * here; the rule engine does that with its registry.
 *
 * <pre>{@code
 * record Station(@ValidDivisionCode(level = DivisionLevel.VILLAGE) String village) {}
 * }</pre>
 *
 * <p>{@code null} is valid: pair with {@code @NotNull} where the value is required.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(
    validatedBy = {
      org.epar.validation.internal.constraints.DivisionCodeValidator.class,
      org.epar.validation.internal.constraints.DivisionCodeTextValidator.class
    })
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidDivisionCode.List.class)
public @interface ValidDivisionCode {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{org.epar.validation.constraints.ValidDivisionCode.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The levels the code may have; empty (the default) accepts any level.
   *
   * @return the accepted levels, e.g. {@code DivisionLevel.VILLAGE} for a village
   */
  DivisionLevel[] level() default {};

  /**
   * Several {@code @ValidDivisionCode} constraints on the same element.
   *
   * @since 0.1.0
   */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidDivisionCode[] value();
  }
}
