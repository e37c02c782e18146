package org.epar.validation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the catalog says about one rule of the rule catalog ({@code docs/catalog.md}): its stable
 * ID, scope, kind, default severity, citation, titles and messages in English and Chinese, and the
 * parameters it reads from a profile.
 *
 * <p>Messages may contain named placeholders that a finding fills in: {@code {observed}}, {@code
 * {threshold}}, {@code {deadline}}, {@code {percent}} and rule-specific ones. Immutable.
 *
 * @param id the stable rule ID, such as {@code DM-FUND-01}
 * @param scope what the rule looks at
 * @param kind constraint or target
 * @param defaultSeverity the severity of a breach unless a profile overrides it
 * @param citation the source document and clause
 * @param titleEn a short English title
 * @param titleZh a short Chinese title
 * @param messageEn the English message of a breach, with placeholders
 * @param messageZh the Chinese message of a breach, with placeholders
 * @param parameters the parameters every profile that includes the rule must give
 * @since 0.1.0
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RuleDescriptor(
    String id,
    RuleScope scope,
    RuleKind kind,
    Severity defaultSeverity,
    Citation citation,
    String titleEn,
    String titleZh,
    String messageEn,
    String messageZh,
    List<ParameterSpec> parameters) {

  /**
   * Checks no component is null and copies the parameter list.
   *
   * @throws NullPointerException if a component is null
   */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageZh, "messageZh");
    parameters = List.copyOf(parameters);
  }

  /**
   * The parameter with this name.
   *
   * @param name a parameter name
   * @return the spec, or empty when the rule declares no such parameter
   */
  public Optional<ParameterSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
