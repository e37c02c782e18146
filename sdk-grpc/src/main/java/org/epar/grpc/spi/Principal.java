package org.epar.grpc.spi;

import java.util.Objects;
import java.util.Set;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.jspecify.annotations.Nullable;

/**
 * An authenticated caller: a contractor (承办企业) that reports, or a county or province office that
 * reads.
 *
 * <ul>
 *   <li>{@link Role#CONTRACTOR}: submits its own reports and reads only its own submissions.
 *   <li>{@link Role#COUNTY}: read-only; sees every submission whose report scope lies in its county
 *       division, and the county's assessment.
 *   <li>{@link Role#PROVINCE}: read-only; sees every submission whose report scope lies in its
 *       province, and the assessment of each of its counties.
 * </ul>
 *
 * @param contractor the contractor's unified social credit code for {@link Role#CONTRACTOR}; null
 *     for the other roles
 * @param scopes what the caller may do: {@link #SUBMIT} and/or {@link #READ}; a county or province
 *     never submits, whatever its scopes
 * @param role the caller's role
 * @param division the county (6-digit level) or province (2-digit level) division of a county or
 *     province principal, in 12-digit form; null for a contractor
 * @since 0.1.0
 */
public record Principal(
    @Nullable CreditCode contractor,
    Set<String> scopes,
    Role role,
    @Nullable DivisionCode division) {

  /** Scope that allows the submit RPCs. */
  public static final String SUBMIT = "reports.submit";

  /** Scope that allows GetSubmission, ListSubmissions and the assessment RPCs. */
  public static final String READ = "reports.read";

  /**
   * What a principal is.
   *
   * @since 0.2.0
   */
  public enum Role {
    /** A contractor: submits, and reads its own submissions. */
    CONTRACTOR,
    /** A county office: reads every submission of its county and the county's assessment. */
    COUNTY,
    /** A provincial office: reads every submission and assessment of its counties. */
    PROVINCE
  }

  /**
   * Checks the role against the contractor and division, and copies the scopes.
   *
   * @throws NullPointerException if scopes or role is null, or a contractor principal has no
   *     contractor
   * @throws IllegalArgumentException if a contractor principal has a division, a county or province
   *     principal has a contractor, or the division is not a valid code at the role's level
   */
  public Principal {
    Objects.requireNonNull(role, "role");
    scopes = Set.copyOf(scopes);
    if (role == Role.CONTRACTOR) {
      Objects.requireNonNull(contractor, "contractor");
      if (division != null) {
        throw new IllegalArgumentException("a contractor principal has no division");
      }
    } else {
      if (contractor != null) {
        throw new IllegalArgumentException("a " + role + " principal has no contractor");
      }
      Objects.requireNonNull(division, "division");
      DivisionLevel level = role == Role.COUNTY ? DivisionLevel.COUNTY : DivisionLevel.PROVINCE;
      if (!division.isAtLevel(level)) {
        throw new IllegalArgumentException(
            "'" + division.raw() + "' is not a valid " + level.name().toLowerCase() + " code");
      }
      division = DivisionCode.of(division.value());
    }
  }

  /**
   * A contractor principal, as in 0.1.
   *
   * @param contractor the contractor
   * @param scopes the scopes
   * @throws NullPointerException if an argument is null
   */
  public Principal(CreditCode contractor, Set<String> scopes) {
    this(Objects.requireNonNull(contractor, "contractor"), scopes, Role.CONTRACTOR, null);
  }

  /**
   * A contractor principal with both scopes.
   *
   * @param contractor the contractor
   * @return the principal
   */
  public static Principal allScopes(CreditCode contractor) {
    return new Principal(contractor, Set.of(SUBMIT, READ));
  }

  /**
   * A read-only county principal.
   *
   * @param county a valid county code: 6 digits or its 12-digit form, e.g. {@code 130425}
   * @return the principal
   * @throws IllegalArgumentException if the code is not a valid county code
   * @since 0.2.0
   */
  public static Principal county(DivisionCode county) {
    return new Principal(null, Set.of(READ), Role.COUNTY, county);
  }

  /**
   * A read-only province principal.
   *
   * @param province a valid province code: 2 digits ({@code 13}) or its 6- or 12-digit form
   * @return the principal
   * @throws IllegalArgumentException if the code is not a valid province code
   * @since 0.2.0
   */
  public static Principal province(String province) {
    String code = province.length() == 2 ? province + "0000" : province;
    return new Principal(null, Set.of(READ), Role.PROVINCE, DivisionCode.of(code));
  }

  /**
   * Whether the caller has {@code scope}; a county or province never has {@link #SUBMIT}.
   *
   * @param scope a scope such as {@link #SUBMIT}
   * @return {@code true} if granted
   */
  public boolean has(String scope) {
    if (role != Role.CONTRACTOR && SUBMIT.equals(scope)) {
      return false;
    }
    return scopes.contains(scope);
  }

  /**
   * Whether this caller may read a stored submission: a contractor its own, a county or province
   * those whose report scope lies in its division (a report without a valid scope is seen by its
   * contractor only).
   *
   * @param s the submission
   * @return {@code true} if visible
   * @since 0.2.0
   */
  public boolean sees(StoredSubmission s) {
    if (role == Role.CONTRACTOR) {
      return Objects.requireNonNull(contractor).normalized().equals(s.contractor().normalized());
    }
    var header = s.report().header();
    DivisionCode scope = header == null ? null : header.scope();
    return scope != null && Objects.requireNonNull(division).contains(scope);
  }

  /**
   * Whether this caller may read the assessment of a county: a county its own, a province those of
   * its counties, a contractor none.
   *
   * @param county a county code
   * @return {@code true} if allowed
   * @since 0.2.0
   */
  public boolean mayAssess(DivisionCode county) {
    return role != Role.CONTRACTOR
        && Objects.requireNonNull(division).contains(county)
        && county.isAtLevel(DivisionLevel.COUNTY);
  }

  /**
   * A name for logs and for keys (page tokens): the contractor's credit code, or {@code
   * county:130425}, {@code province:13}. Never a secret or personal data.
   *
   * @return the name
   * @since 0.2.0
   */
  public String name() {
    return switch (role) {
      case CONTRACTOR -> Objects.requireNonNull(contractor).raw();
      case COUNTY -> "county:" + Objects.requireNonNull(division).raw().substring(0, 6);
      case PROVINCE -> "province:" + Objects.requireNonNull(division).raw().substring(0, 2);
    };
  }

  /** Names the principal and scopes only; a principal holds no secret. */
  @Override
  public String toString() {
    return "Principal[" + name() + " " + scopes + "]";
  }
}
