package org.epar.validation.constraints;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.epar.validation.internal.constraints.ModelConstraintMapping;
import org.epar.validation.internal.constraints.RecordAccessors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;

/**
 * Jakarta Bean Validation of the EPAR model records, with messages in a locale the caller chooses.
 *
 * <p>The model records in sdk-core carry no Bean Validation annotations; this class maps the EPAR
 * constraints ({@link ValidCitizenId}, {@link ValidCreditCode}, {@link ValidDivisionCode}, {@link
 * ValidTraceCode}, {@link NonNegativeMoney}) onto their components programmatically, e.g. {@code
 * Household.members[].citizenId} and {@code Village.code} (village level). Record accessors count
 * as properties, so a violation's path reads {@code members[0].citizenId}. The same annotations can
 * be put on the caller's own types.
 *
 * <p>Messages come from {@code ValidationMessages.properties} (English) and {@code
 * ValidationMessages_zh_CN.properties} (简体中文), always in the locale passed to {@link
 * #validator(Locale)}, never silently in the JVM's default locale. They never contain the validated
 * value; a citizen identity number is personal data.
 *
 * <p>One {@link ValidatorFactory} is built per locale, on first use, and kept; the returned
 * validators are thread-safe.
 *
 * <pre>{@code
 * Validator v = EparConstraints.validator(Locale.SIMPLIFIED_CHINESE);
 * Set<ConstraintViolation<Household>> problems = v.validate(household);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EparConstraints {

  private static final ConcurrentMap<Locale, ValidatorFactory> FACTORIES =
      new ConcurrentHashMap<>();

  private EparConstraints() {}

  /**
   * A validator with the model's constraint mapping whose messages are in {@code locale}.
   *
   * @param locale the language of the messages, e.g. {@link Locale#SIMPLIFIED_CHINESE} or {@link
   *     Locale#ENGLISH}
   * @return a thread-safe validator
   * @throws NullPointerException if {@code locale} is null
   */
  public static Validator validator(Locale locale) {
    return factory(locale).getValidator();
  }

  /**
   * The validator factory for {@code locale}, built once and shared.
   *
   * @param locale the language of the messages
   * @return the shared factory; do not close it
   * @throws NullPointerException if {@code locale} is null
   */
  public static ValidatorFactory factory(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return FACTORIES.computeIfAbsent(locale, EparConstraints::build);
  }

  private static ValidatorFactory build(Locale locale) {
    HibernateValidatorConfiguration cfg =
        Validation.byProvider(HibernateValidator.class).configure();
    cfg.getterPropertySelectionStrategy(new RecordAccessors())
        .locales(locale)
        .defaultLocale(locale)
        .localeResolver(context -> locale)
        .addMapping(ModelConstraintMapping.addTo(cfg.createConstraintMapping()));
    return cfg.buildValidatorFactory();
  }
}
