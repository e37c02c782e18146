package org.epar.testkit.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.ReportHeader;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.v1.SubmissionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @ExtendWith} with the defaults: one token, daming-2017 for every county. */
@ExtendWith(EparServerExtension.class)
class EparServerExtensionDefaultsTest {

  @Test
  void defaultContractorSubmits_anyCountyUsesDaming(
      EparClient client, InMemorySubmissionStore store) {
    var me = EparServerExtension.DEFAULT_CONTRACTOR;
    MonthlyReport m =
        new MonthlyReport(
            new ReportHeader(
                me,
                DivisionCode.of("410102"),
                ReportType.MONTHLY,
                ReportingPeriod.parse("201803"),
                null,
                null),
            null,
            null,
            List.of(
                new Disbursement(
                    "d1", "f1", null, DisbursementKind.ADVANCE, Money.ofYuan(10), null, me)),
            null,
            null,
            null);
    assertEquals(
        SubmissionState.SUBMISSION_STATE_ACCEPTED, client.submitMonthly(m, "m-1").getState());
    assertEquals(1, store.size());
  }
}
