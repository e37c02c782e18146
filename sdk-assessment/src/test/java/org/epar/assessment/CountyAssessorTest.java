package org.epar.assessment;

import static org.epar.assessment.History.A;
import static org.epar.assessment.History.B;
import static org.epar.assessment.History.daily;
import static org.epar.assessment.History.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.store.JdbcSubmissionStore;
import org.epar.store.SubmissionStores;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyAssessorTest {

  static final DivisionCode DAMING = DivisionCode.of("130425");
  static final LocalDate START = LocalDate.of(2018, 4, 1);
  static final LocalDate AS_OF = LocalDate.of(2018, 4, 10);

  @TempDir Path dir;

  static CountyAssessor assessor(SubmissionStore store, int pageSize) {
    return CountyAssessor.builder()
        .store(store)
        .profile("130425", Profiles.builtIn("daming-2017"))
        .programmeStart(START)
        .expected(java.util.Set.of(ReportType.DAILY))
        .pageSize(pageSize)
        .build();
  }

  /**
   * A reports 04-01..04-09 but 04-05 and 04-06, 04-08 a day late; B reports every day to 04-09 on
   * time; 04-10 (deadline 04-11) is still open for both.
   */
  static List<StoredSubmission> history() {
    List<StoredSubmission> all = new ArrayList<>();
    long n = 1;
    for (LocalDate d = START; d.isBefore(AS_OF); d = d.plusDays(1)) {
      all.add(
          stored(
              n++,
              B,
              daily(B, "130425", d, 2, false, d.plusDays(1)),
              ReportStatus.ACCEPTED,
              d.plusDays(1)));
      if (d.getDayOfMonth() == 5 || d.getDayOfMonth() == 6) {
        continue;
      }
      LocalDate on = d.getDayOfMonth() == 8 ? d.plusDays(2) : d.plusDays(1);
      all.add(stored(n++, A, daily(A, "130425100001", d, 1, false, on), ReportStatus.ACCEPTED, on));
    }
    return all;
  }

  @Test
  void missingDays_failTheDailyReportingVeto_andShowInTheCalendar_atTheBoundaries() {
    InMemorySubmissionStore store = new InMemorySubmissionStore();
    history().forEach(store::putIfAbsent);
    Assessment a = assessor(store, 3).assess(DAMING, AS_OF);

    VetoItem rpt =
        a.vetoes().stream().filter(v -> v.ruleId().equals("DM-RPT-02")).findFirst().orElseThrow();
    assertFalse(rpt.passed());
    assertFalse(a.vetoesPassed());
    assertTrue(
        rpt.evidence().stream()
            .anyMatch(
                f ->
                    f.location().objectId().equals(A.raw())
                        || f.location().carrier().contains(A.raw())
                        || f.messageEn().contains("2018-04-05")),
        "the evidence names the contractor or its missing day");

    Map<String, ReportingCompleteness> byContractor =
        a.reporting().stream().collect(Collectors.toMap(ReportingCompleteness::contractor, r -> r));
    ReportingCompleteness ra = byContractor.get(A.raw());
    Map<String, ReportingCompleteness.Status> days =
        ra.periods().stream()
            .collect(
                Collectors.toMap(
                    ReportingCompleteness.PeriodStatus::period,
                    ReportingCompleteness.PeriodStatus::status));
    assertEquals(ReportingCompleteness.Status.MISSING, days.get("20180405"));
    assertEquals(ReportingCompleteness.Status.MISSING, days.get("20180406"));
    assertEquals(ReportingCompleteness.Status.LATE, days.get("20180408"));
    assertEquals(
        ReportingCompleteness.Status.ON_TIME,
        days.get("20180409"),
        "deadline 04-10 = as-of, received 04-10: on time");
    assertFalse(days.containsKey("20180410"), "deadline 04-11 after the as-of: still open");
    assertEquals(9, ra.periods().size());
    assertEquals(2, ra.count(ReportType.DAILY, ReportingCompleteness.Status.MISSING));
    assertTrue(byContractor.get(B.raw()).complete());
    assertEquals(history().size(), a.submissionsRead());
  }

  @Test
  void asOfTheDayBefore_aReportReceivedOnTheAsOfDayIsRead_oneDayLaterIsNot() {
    InMemorySubmissionStore store = new InMemorySubmissionStore();
    history().forEach(store::putIfAbsent);
    LocalDate asOf = LocalDate.of(2018, 4, 9);
    Assessment a = assessor(store, 500).assess(DAMING, asOf);
    long expected =
        history().stream()
            .filter(s -> !LocalDate.ofInstant(s.receivedAt(), History.CHINA).isAfter(asOf))
            .count();
    assertEquals(expected, a.submissionsRead());
    assertTrue(expected < history().size(), "the 04-10 receipts are left out");
    ReportingCompleteness ra =
        a.reporting().stream()
            .filter(r -> r.contractor().equals(A.raw()))
            .findFirst()
            .orElseThrow();
    assertTrue(
        ra.periods().stream().noneMatch(p -> p.period().equals("20180408")),
        "04-08 arrived on 04-10, after the as-of; its deadline 04-09 = as-of: still open");
    assertTrue(
        ra.periods().stream()
            .anyMatch(
                p ->
                    p.period().equals("20180406")
                        && p.status() == ReportingCompleteness.Status.MISSING),
        "04-06, deadline 04-07 before the as-of: missing");
  }

  @Test
  void theAssessmentOfTheH2Store_equalsValidatingTheRecordsAsOneDataset() {
    List<StoredSubmission> all = history();
    try (JdbcSubmissionStore store = SubmissionStores.h2(dir)) {
      all.forEach(store::putIfAbsent);
      Assessment a = assessor(store, 4).assess(DAMING, AS_OF);
      var direct =
          EparValidator.builder()
              .profile(Profiles.builtIn("daming-2017"))
              .asOf(AS_OF)
              .build()
              .validate(all.stream().map(StoredSubmission::report).toList());
      assertEquals(direct.findings(), a.findings());
      assertFalse(a.findings().isEmpty());
    }
  }

  @Test
  void badArguments_areRefusedWithoutReadingTheStore() {
    CountyAssessor assessor = assessor(new InMemorySubmissionStore(), 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> assessor.assess(DivisionCode.of("130432"), AS_OF),
        "no profile");
    assertThrows(
        IllegalArgumentException.class,
        () -> assessor.assess(DivisionCode.of("130400"), AS_OF),
        "a city");
    assertThrows(IllegalArgumentException.class, () -> CountyAssessor.builder().pageSize(0));
    assertEquals(
        1,
        CountyAssessor.builder()
            .pageSize(1)
            .store(new InMemorySubmissionStore())
            .profile("130425", Profiles.builtIn("daming-2017"))
            .programmeStart(START)
            .build()
            .counties()
            .size());
    assertThrows(IllegalStateException.class, () -> CountyAssessor.builder().build());
  }

  @Test
  void targets_everyTargetOfTheProfile_withAStatus() {
    InMemorySubmissionStore store = new InMemorySubmissionStore();
    history().forEach(store::putIfAbsent);
    Assessment a = assessor(store, 500).assess(DAMING, AS_OF);
    long targetRules =
        Profiles.builtIn("daming-2017").rules().keySet().stream()
            .filter(
                id ->
                    org.epar.validation.RuleCatalog.standard().find(id).orElseThrow().kind()
                        == org.epar.validation.RuleKind.TARGET)
            .count();
    assertTrue(targetRules > 0);
    assertEquals(targetRules, a.targets().stream().map(TargetStatus::ruleId).distinct().count());
    assertFalse(a.fundShares().isEmpty(), "the profile's caps are listed");
    assertTrue(
        a.fundShares().stream()
            .anyMatch(f -> f.cap().equals("upward_share_max") && f.threshold().equals("0.65")));
  }
}
