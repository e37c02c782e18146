package org.epar.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.epar.core.period.ReportType;
import org.epar.core.privacy.Masking;
import org.epar.grpc.v1.ContractorReporting;
import org.epar.grpc.v1.PeriodGap;
import org.epar.grpc.v1.PeriodState;
import org.epar.grpc.v1.ReportTypeCompleteness;
import org.epar.grpc.v1.Severity;
import org.epar.grpc.v1.TargetProgress;
import org.epar.grpc.v1.TargetState;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Maps an {@link Assessment} to its {@code epar.v1} protocol form: what {@code GetAssessment}
 * answers and what {@code epar assess --format json} writes. Titles and finding messages in one
 * language; an observed value that could quote client text (non-ASCII characters, or a run of nine
 * or more digits) is masked in the messages, as the server masks every echoed value.
 *
 * @since 0.2.0
 */
public final class AssessmentProtos {

  private AssessmentProtos() {}

  /**
   * The protocol form of an assessment.
   *
   * @param a the assessment
   * @param language {@link Locale#ENGLISH} for English, anything else for Chinese
   * @return the message, every veto item with all its evidence
   */
  public static org.epar.grpc.v1.Assessment toProto(Assessment a, Locale language) {
    Objects.requireNonNull(a, "assessment");
    boolean en = "en".equals(language.getLanguage());
    org.epar.grpc.v1.Assessment.Builder b =
        org.epar.grpc.v1.Assessment.newBuilder()
            .setCounty(a.county())
            .setProfile(a.profileId())
            .setAsOf(a.asOf().toString())
            .setSubmissionsRead(a.submissionsRead())
            .setFindingCount(a.findings().size())
            .setVetoesPassed(a.vetoesPassed());
    for (TargetStatus t : a.targets()) {
      b.addTargets(
          TargetProgress.newBuilder()
              .setRuleId(t.ruleId())
              .setTitle(en ? t.titleEn() : t.titleZh())
              .setObjectId(t.objectId())
              .setObserved(t.observed())
              .setThreshold(t.threshold())
              .setDeadline(date(t.deadline()))
              .setState(
                  switch (t.status()) {
                    case MET -> TargetState.TARGET_STATE_MET;
                    case ON_TRACK -> TargetState.TARGET_STATE_ON_TRACK;
                    case MISSED -> TargetState.TARGET_STATE_MISSED;
                  }));
    }
    for (VetoItem v : a.vetoes()) {
      org.epar.grpc.v1.VetoItem.Builder vb =
          org.epar.grpc.v1.VetoItem.newBuilder()
              .setRuleId(v.ruleId())
              .setTitle(en ? v.titleEn() : v.titleZh())
              .setPassed(v.passed())
              .setEvidenceTotal(v.evidence().size());
      v.evidence().forEach(f -> vb.addEvidence(finding(f, en)));
      b.addVetoItems(vb);
    }
    for (FundShare f : a.fundShares()) {
      b.addFundShares(
          org.epar.grpc.v1.FundShare.newBuilder()
              .setRuleId(f.ruleId())
              .setCap(f.cap())
              .setThreshold(f.threshold())
              .setObserved(f.observed())
              .setWithinCap(f.withinCap()));
    }
    for (ReportingCompleteness r : a.reporting()) {
      b.addReporting(reporting(r));
    }
    return b.build();
  }

  private static ContractorReporting reporting(ReportingCompleteness r) {
    ContractorReporting.Builder b = ContractorReporting.newBuilder().setContractor(r.contractor());
    for (ReportType type : ReportType.values()) {
      long onTime = r.count(type, ReportingCompleteness.Status.ON_TIME);
      long late = r.count(type, ReportingCompleteness.Status.LATE);
      long missing = r.count(type, ReportingCompleteness.Status.MISSING);
      if (onTime + late + missing > 0) {
        b.addByType(
            ReportTypeCompleteness.newBuilder()
                .setReportType(reportType(type))
                .setOnTime((int) onTime)
                .setLate((int) late)
                .setMissing((int) missing));
      }
    }
    for (ReportingCompleteness.PeriodStatus p : r.periods()) {
      if (p.status() != ReportingCompleteness.Status.ON_TIME) {
        b.addGaps(
            PeriodGap.newBuilder()
                .setReportType(reportType(p.type()))
                .setPeriod(p.period())
                .setDeadline(p.deadline().toString())
                .setState(
                    p.status() == ReportingCompleteness.Status.LATE
                        ? PeriodState.PERIOD_STATE_LATE
                        : PeriodState.PERIOD_STATE_MISSING));
      }
    }
    return b.build();
  }

  /**
   * The protocol value of a report type.
   *
   * @param type the report type
   * @return the enum value
   */
  public static org.epar.grpc.v1.ReportType reportType(ReportType type) {
    return switch (type) {
      case DAILY -> org.epar.grpc.v1.ReportType.REPORT_TYPE_DAILY;
      case MONTHLY -> org.epar.grpc.v1.ReportType.REPORT_TYPE_MONTHLY;
      case QUARTERLY -> org.epar.grpc.v1.ReportType.REPORT_TYPE_QUARTERLY;
      case ANNUAL -> org.epar.grpc.v1.ReportType.REPORT_TYPE_ANNUAL;
    };
  }

  private static org.epar.grpc.v1.Finding finding(Finding f, boolean en) {
    Location l = f.location();
    String message = maskedMessage(f, en);
    if (f.count() > 1) {
      message = en ? message + " (×" + f.count() + ")" : message + "（共 " + f.count() + " 处）";
    }
    return org.epar.grpc.v1.Finding.newBuilder()
        .setRuleId(f.ruleId())
        .setSeverity(Severity.valueOf("SEVERITY_" + f.severity().name()))
        .setLocation(l.objectType() + "/" + l.objectId() + "/" + l.path())
        .setMessage(message)
        .build();
  }

  /**
   * A finding's message in one language, with its observed value masked where that value may be
   * client text (a name, an id, a phone number), as the server masks every echoed value. Every
   * output of an assessment (the protocol, HTML, XLSX) quotes messages through this method.
   *
   * @param f the finding
   * @param english the English message, else the Chinese one
   * @return the message, safe to hand to another party
   * @since 0.2.0
   */
  public static String maskedMessage(Finding f, boolean english) {
    String message = english ? f.messageEn() : f.messageZh();
    String observed = f.observed();
    if (!observed.isEmpty() && Masking.mayHoldPersonalData(observed)) {
      message = message.replace(observed, "*".repeat(Math.min(observed.length(), 16)));
    }
    return message;
  }

  private static String date(@Nullable LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /**
   * The counties in ascending order as 12-digit codes.
   *
   * @param counties 6-digit county codes
   * @return the codes
   */
  static List<org.epar.core.id.DivisionCode> divisions(List<String> counties) {
    return counties.stream()
        .map(c -> org.epar.core.id.DivisionCode.of(c))
        .map(c -> org.epar.core.id.DivisionCode.of(c.value()))
        .toList();
  }
}
