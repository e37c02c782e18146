package org.epar.testkit.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.RecordType;
import org.epar.core.model.Report;
import org.epar.core.model.ReportHeader;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.v1.Submission;
import org.epar.grpc.v1.SubmissionState;
import org.epar.testkit.Models;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EparServerExtensionTest {

  static final CreditCode ME = CreditCode.of("91130425MA0A1B2C3P");
  static final DivisionCode DAMING = DivisionCode.of("130425");

  @RegisterExtension
  static EparServerExtension server =
      EparServerExtension.builder()
          .token("t", ME)
          .profile(DAMING, Profiles.builtIn("daming-2017"))
          .build();

  static MonthlyReport monthly(DivisionCode scope, long fen) {
    return new MonthlyReport(
        new ReportHeader(
            ME, scope, ReportType.MONTHLY, ReportingPeriod.parse("201803"), null, null),
        null,
        null,
        List.of(
            new Disbursement(
                "d1", "fund-1", null, DisbursementKind.PROGRESS, Money.ofFen(fen), null, ME)),
        null,
        null,
        null);
  }

  @Test
  @Order(1)
  void submitsAMonthlyReportInAFewLines(EparClient client) {
    Submission s = client.submitMonthly(monthly(DAMING, 150_000_00L), "2018-03");
    assertEquals(SubmissionState.SUBMISSION_STATE_ACCEPTED, s.getState());
    assertEquals(1, server.store().size());
  }

  @Test
  @Order(2)
  void theStoreIsSharedAcrossTheClass_andRejectionsNameTheRule(InMemorySubmissionStore store) {
    assertSame(server.store(), store);
    EparClient en = server.client("t", Locale.ENGLISH);
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> en.submitMonthly(monthly(DAMING, -1L), "2018-03-negative"));
    assertEquals("VALIDATION_FAILED", e.reason());
    assertEquals("CORE-MONEY-01", e.violations().get(0).ruleId());
    assertEquals(2, store.size(), "the accepted and the rejected submission");
  }

  @Test
  @Order(3)
  void aCountyWithoutProfile_isNoProfileForScope(EparClient client) {
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> client.submitMonthly(monthly(DivisionCode.of("130424"), 1L), "other-county"));
    assertEquals("NO_PROFILE_FOR_SCOPE", e.reason());
  }

  @Test
  void unknownToken_isUnauthenticated() {
    EparRpcException e =
        assertThrows(
            EparRpcException.class,
            () -> server.client("nope", Locale.ENGLISH).submitMonthly(monthly(DAMING, 1L), "x"));
    assertEquals("UNAUTHENTICATED_TOKEN", e.reason());
  }

  @Test
  void profileReportValidator_neverThrowsOnLenientReports() {
    var validator =
        org.epar.grpc.ProfileReportValidator.builder()
            .defaultProfile(Profiles.builtIn("daming-2017"))
            .build();
    for (RecordType type :
        List.of(
            RecordType.DAILY_REPORT,
            RecordType.MONTHLY_REPORT,
            RecordType.QUARTERLY_REPORT,
            RecordType.ANNUAL_REPORT)) {
      qt().withExamples(100)
          .forAll(Models.lenient(type))
          .checkAssert(
              r -> {
                var outcome = validator.validate((Report) r, Principal.allScopes(ME));
                assertEquals(
                    outcome.findings().stream().noneMatch(f -> f.severity().blocksAcceptance()),
                    outcome.accepted());
                assertTrue(
                    outcome.findings().stream()
                        .noneMatch(f -> f.messageEn().contains("could not check")),
                    outcome::toString);
              });
    }
  }
}
