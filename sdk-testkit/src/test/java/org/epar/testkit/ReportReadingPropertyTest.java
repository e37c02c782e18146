package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.epar.core.model.Attendance;
import org.epar.core.model.DailyReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.DeviceDay;
import org.epar.core.model.Disbursement;
import org.epar.core.model.EparRecord;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Transaction;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One dataset, one reading (catalog revision 2; issue 17, class 2): random records moved into and
 * out of daily and monthly reports give the same findings (rule ID, severity, object type and id,
 * count; locations aside) under every built-in profile.
 *
 * <p>Reports are submitted without a submission time: a carried record dated after its report's
 * submission is rightly an ERROR that the same record at top level cannot be, so the property holds
 * for records that happened by their report's submission.
 */
class ReportReadingPropertyTest {

  static List<String> profiles() {
    return List.copyOf(Profiles.builtInIds());
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void recordsMovedIntoAndOutOfReports_giveTheSameFindings(String profileId) {
    EparValidator v =
        EparValidator.builder()
            .profile(Profiles.builtIn(profileId))
            .asOf(LocalDate.of(2019, 1, 1))
            .parallelism(1)
            .build();
    qt().withFixedSeed(20261217L)
        .withExamples(25)
        .forAll(Models.datasets(3), longs().all())
        .checkAssert(
            (dataset, seed) -> {
              Parts p = Parts.of(dataset);
              ValidationReport flat = v.validate(p.arrange(new Random(seed), false));
              ValidationReport packed = v.validate(p.arrange(new Random(seed), true));
              assertEquals(summary(flat), summary(packed), profileId);
            });
  }

  private static List<String> summary(ValidationReport r) {
    List<String> out = new ArrayList<>();
    r.findings()
        .forEach(
            f ->
                out.add(
                    f.ruleId()
                        + " "
                        + f.severity()
                        + " "
                        + f.location().objectType()
                        + "/"
                        + f.location().objectId()
                        + " x"
                        + f.count()));
    out.addAll(r.inputProblems().stream().map(Object::toString).toList());
    out.sort(null);
    return out;
  }

  /** A dataset taken apart: other records, report shells, and every record a report can carry. */
  private record Parts(
      List<EparRecord> others,
      List<DailyReport> dailies,
      List<MonthlyReport> monthlies,
      List<EparRecord> dailyItems,
      List<EparRecord> monthlyItems) {

    static Parts of(Dataset d) {
      List<EparRecord> others = new ArrayList<>();
      List<DailyReport> dailies = new ArrayList<>();
      List<MonthlyReport> monthlies = new ArrayList<>();
      List<EparRecord> dailyItems = new ArrayList<>();
      List<EparRecord> monthlyItems = new ArrayList<>();
      d.records()
          .forEach(
              r -> {
                if (r instanceof DailyReport x) {
                  dailies.add(
                      new DailyReport(unsubmitted(x.header()), List.of(), List.of(), List.of()));
                  dailyItems.addAll(x.transactions());
                  dailyItems.addAll(x.shipments());
                  dailyItems.addAll(x.deviceDays());
                } else if (r instanceof MonthlyReport x) {
                  monthlies.add(
                      new MonthlyReport(
                          unsubmitted(x.header()),
                          x.progress(),
                          x.statistics(),
                          List.of(),
                          List.of(),
                          List.of(),
                          List.of()));
                  monthlyItems.addAll(x.disbursements());
                  monthlyItems.addAll(x.trainingSessions());
                  monthlyItems.addAll(x.attendances());
                  monthlyItems.addAll(x.sites());
                } else if (r instanceof Transaction
                    || r instanceof Shipment
                    || r instanceof DeviceDay) {
                  dailyItems.add(r);
                } else if (r instanceof Disbursement
                    || r instanceof TrainingSession
                    || r instanceof Attendance
                    || r instanceof Site) {
                  monthlyItems.add(r);
                } else {
                  others.add(r);
                }
              });
      return new Parts(others, dailies, monthlies, dailyItems, monthlyItems);
    }

    private static ReportHeader unsubmitted(ReportHeader h) {
      return h == null
          ? null
          : new ReportHeader(
              h.reporter(), h.scope(), h.type(), h.period(), h.idempotencyKey(), null);
    }

    /** Every record at top level, or each carriable one in a random report (or left out). */
    List<EparRecord> arrange(Random random, boolean pack) {
      List<EparRecord> out = new ArrayList<>(others);
      List<List<List<EparRecord>>> daily = buckets(dailies.size(), 3);
      List<List<List<EparRecord>>> monthly = buckets(monthlies.size(), 4);
      place(dailyItems, daily, random, pack, out);
      place(monthlyItems, monthly, random, pack, out);
      for (int i = 0; i < dailies.size(); i++) {
        List<List<EparRecord>> b = daily.get(i);
        out.add(
            new DailyReport(
                dailies.get(i).header(), cast(b.get(0)), cast(b.get(1)), cast(b.get(2))));
      }
      for (int i = 0; i < monthlies.size(); i++) {
        MonthlyReport m = monthlies.get(i);
        List<List<EparRecord>> b = monthly.get(i);
        out.add(
            new MonthlyReport(
                m.header(),
                m.progress(),
                m.statistics(),
                cast(b.get(0)),
                cast(b.get(1)),
                cast(b.get(2)),
                cast(b.get(3))));
      }
      return out;
    }

    private static List<List<List<EparRecord>>> buckets(int reports, int lists) {
      List<List<List<EparRecord>>> out = new ArrayList<>();
      for (int i = 0; i < reports; i++) {
        List<List<EparRecord>> b = new ArrayList<>();
        for (int k = 0; k < lists; k++) {
          b.add(new ArrayList<>());
        }
        out.add(b);
      }
      return out;
    }

    private static void place(
        List<EparRecord> items,
        List<List<List<EparRecord>>> reports,
        Random random,
        boolean pack,
        List<EparRecord> topLevel) {
      for (EparRecord r : items) {
        if (!pack || reports.isEmpty() || random.nextInt(4) == 0) {
          topLevel.add(r); // some stay at top level even when packing
        } else {
          reports.get(random.nextInt(reports.size())).get(listOf(r)).add(r);
        }
      }
    }

    private static int listOf(EparRecord r) {
      if (r instanceof Transaction || r instanceof Disbursement) {
        return 0;
      }
      if (r instanceof Shipment || r instanceof TrainingSession) {
        return 1;
      }
      if (r instanceof DeviceDay || r instanceof Attendance) {
        return 2;
      }
      return 3; // Site
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<EparRecord> list) {
      return (List<T>) (List<?>) list;
    }
  }
}
