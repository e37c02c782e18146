package org.epar.grpc;

import static org.epar.grpc.Fixtures.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Transaction;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.internal.FindingText;
import org.epar.grpc.spi.NoProfileException;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.ValidationOutcome;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmissionState;
import org.epar.validation.Citation;
import org.epar.validation.EparValidator;
import org.epar.validation.Location;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ProfileReportValidator alone and behind the in-process server, with the Daming 2017 profile. */
class ProfileReportValidatorTest {

  static final Profile DAMING = Profiles.builtIn("daming-2017");
  static final DivisionCode OTHER_COUNTY = DivisionCode.of("130424");

  final List<AutoCloseable> open = new ArrayList<>();
  InMemorySubmissionStore store;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  EparClient serve(ProfileReportValidator validator) {
    String name = "epar-" + UUID.randomUUID();
    store = new InMemorySubmissionStore();
    EparServer server =
        EparServer.builder()
            .inProcess(name)
            .authenticator(Fixtures.authenticator())
            .validator(validator)
            .store(store)
            .clock(Fixtures.CLOCK)
            .build()
            .start();
    open.add(server);
    EparClient client =
        EparClient.builder()
            .channel(InProcessChannelBuilder.forName(name).build())
            .credentials(Fixtures.TOKEN_A)
            .language(java.util.Locale.ENGLISH)
            .build();
    open.add(0, client);
    return client;
  }

  static ProfileReportValidator damingOnly() {
    return ProfileReportValidator.builder().profile(Fixtures.DAMING, DAMING).build();
  }

  static MonthlyReport monthlyIn(DivisionCode scope, long... fen) {
    MonthlyReport m = TestReports.monthly(A, "201803", fen);
    ReportHeader h = m.header();
    return new MonthlyReport(
        new ReportHeader(h.reporter(), scope, h.type(), h.period(), null, null),
        m.progress(),
        m.statistics(),
        m.disbursements(),
        m.trainingSessions(),
        m.attendances(),
        m.sites());
  }

  @Test
  void cleanMonthlyReport_isAccepted() {
    Submission s =
        serve(damingOnly())
            .submitMonthly(TestReports.monthly(A, "201803", 150_000_00L), "m-201803");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState(), s.toString());
    s.getFindingsList()
        .forEach(
            f ->
                assertFalse(
                    f.getSeverity() == org.epar.grpc.v1.Severity.SEVERITY_ERROR
                        || f.getSeverity() == org.epar.grpc.v1.Severity.SEVERITY_VETO,
                    f.toString()));
    assertEquals(1, store.size());
  }

  @Test
  void negativeDisbursement_isRejectedWithCoreMoney01InTheBadRequest() {
    EparClient client = serve(damingOnly());
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> client.submitMonthly(TestReports.monthly(A, "201803", 100_00L, -5_00L), "m-neg"));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("VALIDATION_FAILED", e.reason());
    List<EparRpcException.Violation> money =
        e.violations().stream().filter(v -> v.ruleId().equals("CORE-MONEY-01")).toList();
    assertEquals(1, money.size(), "reported once, on the disbursement: " + e.violations());
    assertEquals("disbursement/d1/amount", money.get(0).field());
    assertTrue(e.metadata().containsKey("submission"), "the rejected submission is stored");
    assertEquals(1, store.size());
  }

  @Test
  void countyWithoutProfileAndNoDefault_isFailedPreconditionAndStoresNothing() {
    EparClient client = serve(damingOnly());
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> client.submitMonthly(monthlyIn(OTHER_COUNTY, 100_00L), "m-other"));
    assertEquals(Status.Code.FAILED_PRECONDITION, e.code());
    assertEquals("NO_PROFILE_FOR_SCOPE", e.reason());
    assertEquals("130424000000", e.metadata().get("scope"));
    assertEquals("header.scope", e.violations().get(0).field());
    assertEquals(0, store.size());
  }

  @Test
  void countyWithoutProfile_usesTheDefault() {
    ProfileReportValidator v =
        ProfileReportValidator.builder()
            .profile(Fixtures.DAMING, DAMING)
            .defaultProfile(Profiles.builtIn("henan-2018"))
            .build();
    Submission s = serve(v).submitMonthly(monthlyIn(OTHER_COUNTY, 100_00L), "m-other");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState());
  }

  @Test
  void profileFor_getsTheCountyOfAVillageScope_andWinsOverTheMap() {
    AtomicReference<DivisionCode> asked = new AtomicReference<>();
    ProfileReportValidator v =
        ProfileReportValidator.builder()
            .profileFor(
                county -> {
                  asked.set(county);
                  return Optional.of(DAMING);
                })
            .build();
    ValidationOutcome o =
        v.validate(monthlyIn(DivisionCode.of("130425100201"), 5L), Principal.allScopes(A));
    assertTrue(o.accepted(), o.findings().toString());
    assertEquals("130425000000", asked.get().value());
  }

  @Test
  void datasetRules_areOffByDefault_becauseOneReportIsNotACountysData() {
    MonthlyReport m = TestReports.monthly(A, "201803", 5L);
    assertTrue(
        damingOnly().validate(m, Principal.allScopes(A)).findings().stream()
            .noneMatch(f -> f.ruleId().equals("DM-RPT-01")));
    ValidationOutcome all =
        ProfileReportValidator.builder()
            .defaultProfile(DAMING)
            .datasetRules(true)
            .build()
            .validate(m, Principal.allScopes(A));
    assertTrue(
        all.findings().stream().anyMatch(f -> f.ruleId().equals("DM-RPT-01")),
        "DM-RPT-01 wants daily, monthly and annual reports in one dataset: " + all.findings());
  }

  @Test
  void noScopeAndNoDefault_throwsNoProfile() {
    NoProfileException e =
        assertThrows(
            NoProfileException.class,
            () -> damingOnly().validate(monthlyIn(null, 5L), Principal.allScopes(A)));
    assertEquals("", e.scope());
  }

  @Test
  void asOfPolicy_defaultsToThePeriodEnd() {
    assertEquals(
        LocalDate.of(2018, 3, 31),
        ProfileReportValidator.AsOfPolicy.periodEnd().asOf(TestReports.monthly(A, "201803")));
    assertEquals(
        LocalDate.of(2018, 12, 31),
        ProfileReportValidator.AsOfPolicy.periodEnd().asOf(TestReports.annual(A, "2018", "s")));
    assertEquals(
        LocalDate.of(2020, 1, 1),
        ProfileReportValidator.AsOfPolicy.fixed(LocalDate.of(2020, 1, 1))
            .asOf(TestReports.monthly(A, "201803")));
  }

  /** A daily report of 2018-04-02 submitted on 04-03; its first transaction dated 04-04. */
  static DailyReport dailyWithATransactionAfterItsSubmission() {
    DailyReport d = TestReports.daily(A, "20180402", 2, 1, 2);
    ReportHeader h = d.header();
    List<Transaction> tx = new ArrayList<>(d.transactions());
    Transaction t = tx.get(0);
    tx.set(
        0,
        new Transaction(
            t.id(),
            t.site(),
            t.shop(),
            LocalDate.of(2018, 4, 4),
            t.direction(),
            t.amount(),
            t.orders(),
            t.household(),
            t.product()));
    return new DailyReport(
        new ReportHeader(
            h.reporter(),
            h.scope(),
            h.type(),
            h.period(),
            null,
            OffsetDateTime.of(2018, 4, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8))),
        tx,
        d.shipments(),
        d.deviceDays());
  }

  @Test
  void check_andTheInProcessServer_giveTheSameVerdictAndTheSameRuleIds() {
    EparValidator contractor = EparValidator.builder().profile(DAMING).build();
    EparClient client = serve(damingOnly());
    List<Report> reports =
        List.of(
            TestReports.monthly(A, "201803", 150_000_00L),
            TestReports.monthly(A, "201804", 100_00L, -5_00L),
            TestReports.daily(A, "20180402", 3, 2, 1),
            dailyWithATransactionAfterItsSubmission(),
            TestReports.quarterly(A, "2018Q1", "s"),
            TestReports.annual(A, "2018", "s"));
    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      String id = "r-" + i;
      ValidationReport local = contractor.check(r);
      boolean accepted;
      try {
        if (r instanceof DailyReport d) {
          client.submitDaily(d, id);
        } else if (r instanceof MonthlyReport m) {
          client.submitMonthly(m, id);
        } else if (r instanceof QuarterlyReport q) {
          client.submitQuarterly(q, id);
        } else {
          client.submitAnnual((AnnualReport) r, id);
        }
        accepted = true;
      } catch (EparRpcException e) {
        assertEquals("VALIDATION_FAILED", e.reason(), e.toString());
        accepted = false;
        rejected.add(id + " " + e.violations().stream().map(v -> v.ruleId()).toList());
      }
      assertEquals(local.isAccepted(), accepted, id + ": " + local);
      List<String> server =
          store.findByRequestId(A, id).orElseThrow().findings().stream()
              .map(f -> f.ruleId() + " " + f.severity())
              .sorted()
              .toList();
      List<String> here =
          local.findings().stream().map(f -> f.ruleId() + " " + f.severity()).sorted().toList();
      assertEquals(here, server, id);
    }
    // the negative disbursement, the transaction after the submission (a check the server's old
    // flattening dropped), the annual report without its self-evaluation
    assertEquals(
        List.of("r-1 [CORE-MONEY-01]", "r-3 [CORE-DATE-01]", "r-5 [DM-FUND-07]"), rejected);
    assertEquals(
        List.of("CORE-DATE-01"),
        contractor.check(dailyWithATransactionAfterItsSubmission()).findings().stream()
            .filter(f -> f.severity().blocksAcceptance())
            .map(f -> f.ruleId())
            .toList(),
        "the server no longer drops CORE-DATE-01's 'not after the submission'");
  }

  @Test
  void findingMapping_keepsTheEnginesFindingAndWritesLocationAndCountAsTheWireShowsThem() {
    var f =
        new org.epar.validation.Finding(
            "CORE-MONEY-01",
            org.epar.validation.Severity.VETO,
            new Location("disbursement", "d1", "amount", 3),
            "-5.00",
            "2",
            null,
            "Negative: -5.00.",
            "负数：-5.00。",
            new Citation("p", "doc", "1"),
            1);
    assertSame(f, ProfileReportValidator.masked(f), "nothing to mask: the engine's own finding");
    assertEquals("disbursement/d1/amount", FindingText.location(f));
    assertEquals("Negative: -5.00.", FindingText.messageEn(f));
    var grouped = f.withCount(3);
    assertEquals("Negative: -5.00. (×3)", FindingText.messageEn(grouped));
    assertEquals("负数：-5.00。（共 3 处）", FindingText.messageZh(grouped));
    var once = f.withCount(1);
    assertEquals("负数：-5.00。", FindingText.messageZh(once), "a count of 1 adds nothing");
    var dataset =
        new org.epar.validation.Finding(
            "X-1",
            org.epar.validation.Severity.INFO,
            Location.dataset(),
            "",
            "",
            null,
            "m",
            "m",
            new Citation("p", "doc", "1"),
            1);
    assertEquals("dataset//", FindingText.location(dataset));
  }

  @Test
  void findingMapping_masksAPersonalObservedValueInTheValueAndBothMessages() {
    String id = "110101199003071234";
    var f =
        new org.epar.validation.Finding(
            "CORE-ID-02",
            org.epar.validation.Severity.ERROR,
            new Location("household", "h1", "citizen_id", -1),
            id,
            "",
            null,
            "Not a valid citizen id: " + id + ".",
            "身份证号无效：" + id + "。",
            new Citation("p", "doc", "1"),
            2);
    var m = ProfileReportValidator.masked(f);
    assertFalse(m.toString().contains(id), m.toString());
    assertEquals("*".repeat(18), m.observed());
    assertEquals("Not a valid citizen id: " + "*".repeat(18) + ".", m.messageEn());
    assertEquals(2, m.count(), "the count is kept");
    assertEquals(f.location(), m.location());
  }

  @Test
  void builder_requiresSomeProfile_andValidatorsAreReused() {
    assertThrows(IllegalStateException.class, () -> ProfileReportValidator.builder().build());
    ProfileReportValidator v =
        ProfileReportValidator.builder()
            .profiles(Map.of(DivisionCode.of("130425000000"), DAMING))
            .build();
    assertSame(DAMING, v.profileOf(DivisionCode.of("130425")));
    for (int i = 0; i < 3; i++) {
      assertTrue(
          v.validate(TestReports.monthly(A, "201803", 5L), Principal.allScopes(A)).accepted());
    }
  }

  @Test
  void concurrentValidations_giveTheSequentialResults() throws Exception {
    ProfileReportValidator v = damingOnly();
    List<MonthlyReport> reports = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      reports.add(
          TestReports.monthly(A, "2018" + String.format("%02d", 1 + i % 12), i, -i, 7L * i));
    }
    List<ValidationOutcome> expected =
        reports.stream().map(r -> v.validate(r, Principal.allScopes(A))).toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<ValidationOutcome>> got = new ArrayList<>();
      for (MonthlyReport r : reports) {
        got.add(pool.submit(() -> v.validate(r, Principal.allScopes(A))));
      }
      for (int i = 0; i < reports.size(); i++) {
        assertEquals(expected.get(i), got.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reportHeaderWithPeriodOfAnotherType_stillValidates() {
    MonthlyReport m =
        new MonthlyReport(
            new ReportHeader(
                A, Fixtures.DAMING, ReportType.MONTHLY, ReportingPeriod.parse("2018"), null, null),
            null,
            null,
            null,
            null,
            null,
            null);
    assertTrue(
        damingOnly().validate(m, Principal.allScopes(A)).findings().stream()
            .noneMatch(f -> f.messageEn().contains("could not check")));
  }
}
