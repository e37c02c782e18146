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
 * The annotated {@link org.epar.core.id.CitizenId} or text is a valid citizen identity number
 * (公民身份号码, GB 11643-1999): 18 characters, a real birth date not in the future (Asia/Shanghai) and
 * the right ISO 7064 MOD 11-2 check character (rule CORE-ID-01).
 *
 * <p>The message never contains the number (personal data); it carries the stable problem codes as
 * {@code {problems}}.
 *
 * <pre>{@code
 * record Applicant(@ValidCitizenId String citizenId) {}
 * }</pre>
 *
 * <p>{@code null} is valid: pair with {@code @NotNull} where the value is required.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(
    validatedBy = {
      org.epar.validation.internal.constraints.CitizenIdValidator.class,
      org.epar.validation.internal.constraints.CitizenIdTextValidator.class
    })
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidCitizenId.List.class)
public @interface ValidCitizenId {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{org.epar.validation.constraints.ValidCitizenId.message}";

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
   * Whether a 15-digit legacy number (first-generation card) with a valid area and birth date is
   * accepted; by default only the 18-character form is (rule CORE-ID-01).
   *
   * @return {@code true} to accept legacy numbers
   */
  boolean allowLegacy() default false;

  /**
   * Several {@code @ValidCitizenId} constraints on the same element.
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
    ValidCitizenId[] value();
  }
}
