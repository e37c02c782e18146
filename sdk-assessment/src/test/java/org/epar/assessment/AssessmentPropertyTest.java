package org.epar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.ReportStatus;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.Test;

/**
 * Over random stored histories (contractors, scopes in and out of the county, rejected submissions,
 * receipts after the as-of date, late and broken reports, any page size), the assessment's findings
 * equal validating the same records as one dataset.
 */
class AssessmentPropertyTest {

  static final LocalDate START = LocalDate.of(2018, 4, 1);
  static final LocalDate AS_OF = LocalDate.of(2018, 4, 20);

  @Test
  void findingsEqualValidatingTheSameRecordsAsOneDataset() {
    EparValidator direct =
        EparValidator.builder().profile(Profiles.builtIn("daming-2017")).asOf(AS_OF).build();
    // each submission: contractor, scope, day offset, receipt delay, status, transactions/negative
    qt().withExamples(40)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40),
            integers().between(1, 7))
        .checkAssert(
            (codes, pageSize) -> {
              InMemorySubmissionStore store = new InMemorySubmissionStore();
              List<StoredSubmission> all = new ArrayList<>();
              long n = 1;
              for (int code : codes) {
                var contractor = History.CONTRACTORS.get(code % 3);
                String scope = History.SCOPES.get(code / 3 % 3);
                LocalDate day = START.plusDays(code / 9 % 25);
                LocalDate received = day.plusDays(code / 225 % 4);
                ReportStatus status =
                    code / 900 % 5 == 0 ? ReportStatus.REJECTED : ReportStatus.ACCEPTED;
                int tx = 1 + code / 4500 % 3;
                boolean negative = code / 13500 % 4 == 0;
                StoredSubmission s =
                    History.stored(
                        n,
                        contractor,
                        History.daily(contractor, scope, day, tx, negative, received),
                        status,
                        received);
                // every third submission shares its id with the one before (another contractor)
                n += code % 3 == 0 ? 0 : 1;
                if (all.stream().noneMatch(o -> SubmissionKey.of(o).equals(SubmissionKey.of(s)))) {
                  all.add(s);
                  store.putIfAbsent(s);
                }
              }
              Assessment a =
                  CountyAssessorTest.assessor(store, pageSize)
                      .assess(DivisionCode.of("130425"), AS_OF);
              List<Object> expected =
                  all.stream()
                      .filter(s -> s.status() == ReportStatus.ACCEPTED)
                      .filter(s -> s.division().startsWith("130425"))
                      .filter(
                          s -> !LocalDate.ofInstant(s.receivedAt(), History.CHINA).isAfter(AS_OF))
                      .sorted(Comparator.comparing(SubmissionKey::of))
                      .map(s -> (Object) s.report())
                      .toList();
              assertEquals(expected.size(), a.submissionsRead());
              assertEquals(direct.validate(expected).findings(), a.findings());
            });
  }
}
