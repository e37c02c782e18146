package org.epar.grpc.spi;

import java.util.Objects;
import java.util.Set;
import org.epar.core.id.CreditCode;

/**
 * An authenticated caller: the contractor (承办企业) a token belongs to and what it may do.
 *
 * @param contractor the contractor's unified social credit code; the caller sees only its own
 *     submissions and may only submit reports whose header names it as reporter
 * @param scopes what the caller may do: {@link #SUBMIT} and/or {@link #READ}
 * @since 0.1.0
 */
public record Principal(CreditCode contractor, Set<String> scopes) {

  /** Scope that allows the submit RPCs. */
  public static final String SUBMIT = "reports.submit";

  /** Scope that allows GetSubmission and ListSubmissions. */
  public static final String READ = "reports.read";

  /**
   * Checks and copies.
   *
   * @throws NullPointerException if an argument is null
   */
  public Principal {
    Objects.requireNonNull(contractor, "contractor");
    scopes = Set.copyOf(scopes);
  }

  /**
   * A principal with both scopes.
   *
   * @param contractor the contractor
   * @return the principal
   */
  public static Principal allScopes(CreditCode contractor) {
    return new Principal(contractor, Set.of(SUBMIT, READ));
  }

  /**
   * Whether the caller has {@code scope}.
   *
   * @param scope a scope such as {@link #SUBMIT}
   * @return {@code true} if granted
   */
  public boolean has(String scope) {
    return scopes.contains(scope);
  }

  /** Names the contractor and scopes only; a principal holds no secret. */
  @Override
  public String toString() {
    return "Principal[" + contractor.raw() + " " + scopes + "]";
  }
}
