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

/**
 * The annotated {@link org.epar.core.id.TraceCode} or text is a well-formed traceability code of
 * its scheme (GS1 GTIN, 一品一码, 一村一码, 一户一品一码) with the right check character (rule CORE-ID-04).
 *
 * <p>{@code null} is valid: pair with {@code @NotNull} where the value is required.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(
    validatedBy = {
      org.epar.validation.internal.constraints.TraceCodeValidator.class,
      org.epar.validation.internal.constraints.TraceCodeTextValidator.class
    })
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidTraceCode.List.class)
public @interface ValidTraceCode {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{org.epar.validation.constraints.ValidTraceCode.message}";

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
   * Several {@code @ValidTraceCode} constraints on the same element.
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
    ValidTraceCode[] value();
  }
}
