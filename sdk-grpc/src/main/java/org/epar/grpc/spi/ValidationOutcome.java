package org.epar.grpc.spi;

import java.util.List;
import org.epar.validation.Finding;
import org.epar.validation.Severity;

/**
 * What a {@link ReportValidator} says about a report.
 *
 * @param accepted whether the report is accepted (it may still carry warnings)
 * @param findings everything found, in the order found: sdk-validation's {@link Finding}s (one type
 *     from the rule engine to the wire; the server masks observed values before it stores or sends
 *     them)
 * @since 0.1.0
 */
public record ValidationOutcome(boolean accepted, List<Finding> findings) {

  /** Copies the findings. */
  public ValidationOutcome {
    findings = List.copyOf(findings);
  }

  /**
   * The outcome for these findings: accepted unless one of them {@linkplain
   * Severity#blocksAcceptance() blocks acceptance} (an ERROR or a VETO).
   *
   * @param findings the findings
   * @return the outcome
   */
  public static ValidationOutcome of(List<Finding> findings) {
    return new ValidationOutcome(
        findings.stream().noneMatch(f -> f.severity().blocksAcceptance()), findings);
  }
}
