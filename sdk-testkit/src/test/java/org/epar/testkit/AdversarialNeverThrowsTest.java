package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.Attendance;
import org.epar.core.model.DailyReport;
import org.epar.core.model.EparRecord;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.ReportHeader;
import org.epar.core.model.Shipment;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportingPeriod;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.RuleSettings;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adversarial never-throws property of issue 17: extreme but parseable values (Long.MIN and MAX
 * fen, negative amounts, years 0, 1, 9999, 2,000,000,017 and 2,147,483,647 where the model can hold
 * them, dates far outside the holiday calendar, every id duplicated, case and whitespace variants
 * of citizen ids, a monthly report for period 000101, an empty submission) put into a conforming
 * county, validated under every built-in profile as of the day before, the day of and the day after
 * every deadline of the profile.
 *
 * <p>Asserts: validation returns (no exception), no finding is the engine's "the rule failed"
 * finding, at most one finding per rule and object (rule, object type, object id, path, deadline: a
 * staged target is one target per deadline), no rule's findings group more occurrences than {@code
 * 10 × records + 10,000} (a capped summary stays bounded), and linear growth: 10× more extreme
 * records give at most 10× more findings (an operation count, no timing). QuickTheories takes its
 * seed from the {@code QT_SEED} system property the build sets.
 */
class AdversarialNeverThrowsTest {

  /** How many kinds of extreme edit {@link #edit} knows. */
  private static final int KINDS = 8;

  static List<String> profiles() {
    return List.copyOf(Profiles.builtInIds());
  }

  /** Every date-valued parameter of the profile: the deadlines (and programme starts). */
  static List<LocalDate> deadlines(Profile p) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (RuleSettings s : p.rules().values()) {
      for (String v : s.parameters().values()) {
        if (v.length() == 10 && v.charAt(4) == '-') {
          try {
            dates.add(LocalDate.parse(v));
          } catch (DateTimeParseException notADate) {
            // a text parameter that only looks like a date
          }
        }
      }
    }
    return List.copyOf(dates);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void extremeValues_aroundEveryDeadline_noFailureNoFloodNoException(String profileId) {
    Profile profile = Profiles.builtIn(profileId);
    List<EparRecord> base = Counties.conforming(profileId, 17).records().toList();
    List<LocalDate> deadlines = deadlines(profile);
    Map<LocalDate, EparValidator> validators = new HashMap<>();
    // every deadline, with every kind of edit at once
    List<EparRecord> all = base;
    for (int k = 0; k < KINDS - 1; k++) {
      all = edit(all, k, 1);
    }
    // every problem of the sweep is listed, not only the first
    List<String> problems = new ArrayList<>();
    for (LocalDate d : deadlines) {
      for (LocalDate asOf : List.of(d.minusDays(1), d, d.plusDays(1))) {
        problems.addAll(
            problems(profileId, validator(validators, profile, asOf), all, "all edits"));
      }
    }
    assertTrue(
        problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    // random combinations of edits, each around one random deadline
    qt().withExamples(5)
        .forAll(
            lists().of(integers().between(0, KINDS - 1)).ofSizeBetween(1, 4),
            integers().between(0, deadlines.size() - 1),
            integers().between(1, 5))
        .checkAssert(
            (kinds, which, n) -> {
              List<EparRecord> records = base;
              for (int k : kinds) {
                records = edit(records, k, n);
              }
              LocalDate d = deadlines.get(which);
              for (LocalDate asOf : List.of(d.minusDays(1), d, d.plusDays(1))) {
                check(profileId, validator(validators, profile, asOf), records, "edits " + kinds);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void tenTimesTheExtremeRecords_atMostTenTimesTheFindings(String profileId) {
    Profile profile = Profiles.builtIn(profileId);
    List<EparRecord> base = Counties.conforming(profileId, 17).records().toList();
    List<LocalDate> deadlines = deadlines(profile);
    EparValidator v =
        EparValidator.builder()
            .profile(profile)
            .asOf(deadlines.get(deadlines.size() - 1))
            .parallelism(1)
            .build();
    long zero = findings(v, base);
    long small = findings(v, extremes(base, 4)) - zero;
    long large = findings(v, extremes(base, 40)) - zero;
    assertTrue(
        large <= 10 * Math.max(small, 1) + 10,
        () ->
            profileId
                + ": findings grow faster than the input: "
                + small
                + " at n, "
                + large
                + " at 10n");
  }

  private static long findings(EparValidator v, List<EparRecord> records) {
    ValidationReport r = v.validate(records);
    return r.findings().size();
  }

  private static List<EparRecord> extremes(List<EparRecord> base, int n) {
    List<EparRecord> r = base;
    for (int k : new int[] {1, 2, 3, 4}) {
      r = edit(r, k, n);
    }
    return r;
  }

  private static EparValidator validator(
      Map<LocalDate, EparValidator> cache, Profile profile, LocalDate asOf) {
    return cache.computeIfAbsent(
        asOf, d -> EparValidator.builder().profile(profile).asOf(d).parallelism(1).build());
  }

  private static void check(
      String profileId, EparValidator v, List<EparRecord> records, String what) {
    List<String> problems = problems(profileId, v, records, what);
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /** What the report breaks of the property, one line each; empty when it holds. */
  private static List<String> problems(
      String profileId, EparValidator v, List<EparRecord> records, String what) {
    List<String> out = new ArrayList<>();
    ValidationReport report;
    String where = profileId + " as of " + v.asOf() + " with " + what + ": ";
    try {
      report = v.validate(records);
    } catch (RuntimeException e) {
      out.add(where + "validate threw " + e);
      return out;
    }
    assertNotNull(report);
    report.findings().stream()
        .filter(f -> f.messageEn().contains("the rule failed"))
        .map(f -> f.ruleId() + " on " + f.location().objectType())
        .distinct()
        .forEach(x -> out.add(where + "rule failed: " + x));
    Map<String, Long> perObject =
        report.findings().stream()
            .collect(
                Collectors.groupingBy(
                    AdversarialNeverThrowsTest::objectKey, Collectors.counting()));
    perObject.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(e -> e.getKey() + " x" + e.getValue())
        .sorted()
        .limit(10)
        .forEach(x -> out.add(where + "more than one finding per rule and object: " + x));
    // a capped summary stays bounded too: the occurrences it groups are an operation count
    long bound = 10L * records.size() + 10_000;
    Map<String, Long> occurrences =
        report.findings().stream()
            .collect(
                Collectors.groupingBy(Finding::ruleId, Collectors.summingLong(Finding::count)));
    occurrences.entrySet().stream()
        .filter(e -> e.getValue() > bound)
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.add(
                    where
                        + "findings out of proportion to "
                        + records.size()
                        + " records: "
                        + e.getKey()
                        + " groups "
                        + e.getValue()
                        + " occurrences"));
    return out;
  }

  private static String objectKey(Finding f) {
    // a staged target (HN, DM) is one target per deadline
    return f.ruleId()
        + " "
        + f.location().objectType()
        + "/"
        + f.location().objectId()
        + "#"
        + f.location().path()
        + "@"
        + f.deadline();
  }

  /** Years a statistic can carry: odd but parseable. */
  private static final int[] YEARS = {
    0, 1, 9999, 2_000_000_017, Integer.MAX_VALUE, Integer.MIN_VALUE, 2017 - 1_000_000
  };

  /** Amounts in fen: the extremes of the model. */
  private static final long[] FEN = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1L << 62};

  /** Dates far outside the holiday calendar, as far as a LocalDate holds them. */
  private static final LocalDate[] DATES = {
    LocalDate.of(0, 1, 1),
    LocalDate.of(1, 1, 1),
    LocalDate.of(9999, 12, 31),
    LocalDate.of(18, 3, 5),
    LocalDate.of(999_999_999, 12, 31)
  };

  /**
   * One kind of extreme edit, {@code n} times, on a copy of the records.
   *
   * @param records the records
   * @param kind 0 every record twice, 1 statistics with extreme years and amounts, 2 transactions
   *     with extreme amounts and dates, 3 citizen id variants, 4 shipments with extreme dates, 5
   *     monthly reports of absurd periods, 6 daily reports of absurd days carrying extreme
   *     transactions, 7 an empty submission (always last)
   * @param n how many of each
   * @return the edited copy
   */
  static List<EparRecord> edit(List<EparRecord> records, int kind, int n) {
    List<EparRecord> out = new ArrayList<>(records);
    switch (kind) {
      case 0 -> out.addAll(records);
      case 1 -> {
        DivisionCode division =
            records.stream()
                .filter(r -> r instanceof AreaStatistics a && a.division() != null)
                .map(r -> ((AreaStatistics) r).division())
                .findFirst()
                .orElse(DivisionCode.of("130425000000"));
        for (int i = 0; i < n; i++) {
          for (int y : YEARS) {
            long fen = FEN[Math.floorMod(i + y, FEN.length)];
            out.add(
                new AreaStatistics(
                    division,
                    y == YEARS[0] ? i : y,
                    Money.ofFen(fen),
                    Money.ofFen(fen),
                    Money.ofFen(-fen),
                    -i,
                    Integer.MAX_VALUE,
                    Integer.MIN_VALUE));
          }
        }
      }
      case 2 -> {
        Transaction t = first(records, Transaction.class);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < FEN.length; j++) {
            LocalDate date = DATES[(i + j) % DATES.length];
            out.add(
                t == null
                    ? new Transaction(
                        "T-X" + i + "-" + j,
                        null,
                        null,
                        date,
                        null,
                        Money.ofFen(FEN[j]),
                        Integer.MAX_VALUE,
                        null,
                        null)
                    : new Transaction(
                        t.id() + "-X" + i + "-" + j,
                        t.site(),
                        t.shop(),
                        date,
                        t.direction(),
                        Money.ofFen(FEN[j]),
                        Integer.MAX_VALUE,
                        t.household(),
                        t.product()));
          }
        }
      }
      case 3 -> {
        int added = 0;
        for (EparRecord r : records) {
          if (added >= n * 10) {
            break;
          }
          if (r instanceof Attendance a && a.citizenId() != null) {
            String raw = a.citizenId().raw();
            for (String variant :
                List.of(
                    raw.toLowerCase(Locale.ROOT),
                    " " + raw + " ",
                    raw.toUpperCase(Locale.ROOT) + "\t")) {
              out.add(
                  new Attendance(
                      a.id() + "-v" + (added++),
                      a.session(),
                      CitizenId.of(variant),
                      a.household(),
                      a.personnel(),
                      a.category()));
            }
            out.add(a);
          }
        }
      }
      case 4 -> {
        Shipment s = first(records, Shipment.class);
        for (int i = 0; i < n; i++) {
          for (LocalDate d : DATES) {
            out.add(
                s == null
                    ? new Shipment(
                        "S-X" + i + d,
                        null,
                        null,
                        null,
                        null,
                        d,
                        d,
                        Money.ofFen(-1),
                        Money.ofFen(Long.MAX_VALUE))
                    : new Shipment(
                        s.id() + "-X" + i + d,
                        s.fromSite(),
                        s.toSite(),
                        s.carrier(),
                        s.direction(),
                        d,
                        DATES[0],
                        Money.ofFen(Long.MIN_VALUE),
                        Money.ofFen(Long.MAX_VALUE)));
          }
        }
      }
      case 5 -> {
        MonthlyReport m = first(records, MonthlyReport.class);
        if (m != null && m.header() != null) {
          ReportHeader h = m.header();
          for (int year : new int[] {1, 9999}) {
            ReportHeader odd =
                new ReportHeader(
                    h.reporter(),
                    h.scope(),
                    h.type(),
                    ReportingPeriod.month(year, 1),
                    h.idempotencyKey() + "-" + year,
                    h.submittedAt());
            out.add(
                new MonthlyReport(
                    odd,
                    m.progress(),
                    m.statistics(),
                    m.disbursements(),
                    m.trainingSessions(),
                    m.attendances(),
                    m.sites()));
          }
        }
      }
      case 6 -> {
        DailyReport d = first(records, DailyReport.class);
        if (d != null && d.header() != null) {
          ReportHeader h = d.header();
          Transaction t = first(records, Transaction.class);
          for (LocalDate day : DATES) {
            if (day.getYear() < 1 || day.getYear() > 9999) {
              continue; // a reporting period holds years 1 to 9999 only
            }
            ReportHeader odd =
                new ReportHeader(
                    h.reporter(),
                    h.scope(),
                    h.type(),
                    ReportingPeriod.day(day),
                    h.idempotencyKey() + "-" + day,
                    h.submittedAt());
            List<Transaction> ts =
                t == null
                    ? d.transactions()
                    : List.of(
                        new Transaction(
                            t.id() + "-D" + day,
                            t.site(),
                            t.shop(),
                            day,
                            t.direction(),
                            Money.ofFen(1L << 62),
                            1,
                            t.household(),
                            t.product()),
                        new Transaction(
                            t.id() + "-E" + day,
                            t.site(),
                            t.shop(),
                            day,
                            t.direction(),
                            Money.ofFen(1L << 62),
                            1,
                            t.household(),
                            t.product()));
            out.add(new DailyReport(odd, ts, d.shipments(), d.deviceDays()));
          }
        }
      }
      default -> out.clear();
    }
    return out;
  }

  private static <T> T first(List<EparRecord> records, Class<T> type) {
    for (EparRecord r : records) {
      if (type.isInstance(r)) {
        return type.cast(r);
      }
    }
    return null;
  }
}
