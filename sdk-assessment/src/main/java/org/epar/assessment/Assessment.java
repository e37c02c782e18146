package org.epar.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.epar.validation.Finding;

/**
 * A county's assessment as of a date: what validating every accepted submission of the county, as
 * one dataset, finds, read as the acceptance standard reads it.
 *
 * @param county the county code, 6 digits
 * @param profileId the validation profile the county is assessed by
 * @param asOf the as-of date: submissions received after it are not read, targets are evaluated
 *     against it
 * @param submissionsRead how many accepted submissions were read
 * @param findings every finding of validating those submissions' reports as one dataset
 * @param targets every target rule of the profile with its status
 * @param vetoes every veto item (一票否决) of the profile, passed or failed with its evidence
 * @param fundShares the fund caps the profile sets and what the findings observed against them
 * @param reporting the reporting completeness of each contractor that reported for the county
 * @since 0.2.0
 */
public record Assessment(
    String county,
    String profileId,
    LocalDate asOf,
    int submissionsRead,
    List<Finding> findings,
    List<TargetStatus> targets,
    List<VetoItem> vetoes,
    List<FundShare> fundShares,
    List<ReportingCompleteness> reporting) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @throws NullPointerException if a component is null
   */
  public Assessment {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(asOf, "asOf");
    findings = List.copyOf(findings);
    targets = List.copyOf(targets);
    vetoes = List.copyOf(vetoes);
    fundShares = List.copyOf(fundShares);
    reporting = List.copyOf(reporting);
  }

  /**
   * Whether every veto item passed.
   *
   * @return {@code true} if no veto item failed
   */
  public boolean vetoesPassed() {
    return vetoes.stream().allMatch(VetoItem::passed);
  }

  /** Names the county, date and counts; findings never hold personal data, but stay out. */
  @Override
  public String toString() {
    return "Assessment["
        + county
        + " "
        + profileId
        + " as of "
        + asOf
        + ": "
        + submissionsRead
        + " submissions, "
        + findings.size()
        + " findings, vetoes "
        + (vetoesPassed() ? "passed" : "failed")
        + "]";
  }
}
