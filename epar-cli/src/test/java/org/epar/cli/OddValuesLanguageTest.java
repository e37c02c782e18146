package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.epar.core.id.CitizenId;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.model.AreaStatistics;
import org.epar.core.model.DailyReport;
import org.epar.core.model.EparRecord;
import org.epar.core.model.FundPlan;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.PlanChange;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.core.period.ReportingPeriod;
import org.epar.testkit.Counties;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paths the broken counties of {@link LanguageTest} do not reach: odd but parseable values (a
 * statistic for the year 2,000,000,017, negative amounts and counts, sums beyond the largest
 * amount, a date in 9999, a 15-digit citizen identity number, a trace event without a step or time,
 * a plan change without approval, a plan published before the working-day calendar, a daily report
 * before the reporting period or after its own submission) added to each profile's conforming
 * county. The rules build these texts in code; under {@code --lang zh} they must be Chinese too:
 * every finding's Chinese message, and the whole {@code epar --lang zh validate} output, hold no
 * English sentence ({@link LanguageTest#englishSentence}).
 */
class OddValuesLanguageTest {

  static List<String> profiles() {
    return List.copyOf(Profiles.builtInIds());
  }

  /** The conforming county of a profile with the odd records added. */
  static List<EparRecord> oddCounty(String profileId) {
    List<EparRecord> base = Counties.conforming(profileId, 17).records().toList();
    List<EparRecord> out = new ArrayList<>(base);
    int stats = 0;
    boolean tx = false;
    boolean household = false;
    boolean trace = false;
    boolean plan = false;
    boolean daily = false;
    for (EparRecord r : base) {
      if (r instanceof AreaStatistics a && stats < 3) {
        stats++;
        out.add(a.toBuilder().year(2_000_000_017).build());
        out.add(
            a.toBuilder()
                .year(a.year() - 10)
                .transactionVolume(Money.ofFen(-100))
                .ruralOnlineRetail(Money.ofFen(-100))
                .agriculturalOnlineRetail(Money.ofFen(-100))
                .build());
        out.add(
            a.toBuilder()
                .year(a.year() + 1)
                .transactionVolume(Money.ofFen(-100))
                .ruralOnlineRetail(Money.ofFen(-100))
                .agriculturalOnlineRetail(Money.ofFen(-100))
                .poorHouseholdsSelling(-1)
                .build());
      } else if (r instanceof Transaction t && !tx) {
        tx = true;
        out.add(t.toBuilder().id(t.id() + "-MAX1").amount(Money.ofFen(Long.MAX_VALUE)).build());
        out.add(t.toBuilder().id(t.id() + "-MAX2").amount(Money.ofFen(Long.MAX_VALUE)).build());
        out.add(t.toBuilder().id(t.id() + "-FAR").date(LocalDate.of(9999, 12, 31)).build());
      } else if (r instanceof Household h && !household && !h.members().isEmpty()) {
        Member m = h.members().get(0);
        if (m.citizenId() != null && m.citizenId().raw().length() == 18) {
          household = true;
          String raw = m.citizenId().raw();
          String legacy = raw.substring(0, 6) + raw.substring(8, 17);
          List<Member> members = new ArrayList<>(h.members());
          members.set(0, m.toBuilder().citizenId(CitizenId.of(legacy)).build());
          out.add(h.toBuilder().id(h.id() + "-L").members(members).build());
        }
      } else if (r instanceof TraceEvent e && !trace) {
        trace = true;
        out.add(e.toBuilder().id(e.id() + "-NS").step(null).build());
        out.add(e.toBuilder().id(e.id() + "-NT").time(null).build());
      } else if (r instanceof FundPlan p && !plan) {
        plan = true;
        out.add(
            p.toBuilder().version(p.version() + 1).publishedOn(LocalDate.of(1990, 1, 4)).build());
      } else if (r instanceof DailyReport d && !daily && d.header() != null) {
        daily = true;
        for (LocalDate day : List.of(LocalDate.of(2000, 1, 3), LocalDate.of(2099, 1, 5))) {
          out.add(
              new DailyReport(
                  d.header().toBuilder()
                      .period(ReportingPeriod.day(day))
                      .idempotencyKey(d.header().idempotencyKey() + "-" + day)
                      .build(),
                  List.of(),
                  List.of(),
                  List.of()));
        }
      }
    }
    out.add(new PlanChange("PC-ODD", "scope widened", true, null, Counties.asOf(profileId)));
    return out;
  }

  /** A message placeholder left unfilled, such as {@code {deadline}}. */
  private static final java.util.regex.Pattern UNFILLED =
      java.util.regex.Pattern.compile("\\{[a-z][a-zA-Z.]*\\}");

  static ValidationReport validate(String profileId, List<EparRecord> records) {
    return EparValidator.builder()
        .profile(Profiles.builtIn(profileId))
        .asOf(Counties.asOf(profileId))
        .parallelism(1)
        .build()
        .validate(records);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void oddValues_everyChineseMessage_andTheCliOutput_inChinese(String profileId, @TempDir Path dir)
      throws IOException {
    List<EparRecord> records = oddCounty(profileId);
    List<String> english = new ArrayList<>();
    for (Finding f : validate(profileId, records).findings()) {
      String found = LanguageTest.englishSentence(f.messageZh());
      if (found != null) {
        english.add(f.ruleId() + ": " + found);
      }
      for (String message : List.of(f.messageEn(), f.messageZh())) {
        if (UNFILLED.matcher(message).find()) {
          english.add(f.ruleId() + ": unfilled placeholder in " + message);
        }
      }
    }
    assertEquals(List.of(), english);
    Path file = dir.resolve("odd.ndjson");
    try (NdjsonWriter w = NdjsonWriter.create(file)) {
      records.forEach(w::write);
    }
    for (String format : List.of("text", "sarif")) {
      Run run =
          Run.validate(
              "zh",
              profileId,
              Counties.asOf(profileId),
              "--examples",
              "1000",
              "--format",
              format,
              file.toString());
      assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
      // SARIF: the texts a reader sees (messages, rule descriptions); the result properties
      // observed and threshold are the finding's data fields, as in JSON output
      String shown =
          format.equals("text")
              ? run.out()
              : String.join(
                  "\n", ValidateCommand.JSON.readTree(run.out()).findValuesAsText("text"));
      assertEquals(null, LanguageTest.englishSentence(shown), run::toString);
    }
  }

  /**
   * The odd values do reach the texts this test is about (else it would pass for nothing): each
   * English text built in code shows up in some profile's findings.
   */
  @Test
  void oddValues_reachTheTextsBuiltInCode() {
    Set<String> messages = new TreeSet<>();
    for (String p : profiles()) {
      validate(p, oddCounty(p)).findings().forEach(f -> messages.add(f.messageEn()));
    }
    String all = String.join("\n", messages);
    List<String> missing = new ArrayList<>();
    for (String text :
        List.of(
            "year 2000000017",
            "negative amount",
            "negative count",
            "(negative)",
            "sum beyond",
            "more than one year after the as-of date",
            "the reporting period starts after the submission",
            "15-digit legacy number (id.length)",
            "has no step",
            "has no time",
            "change PC-ODD, widens scope",
            "calendar has no data for",
            "(before the reporting period)")) {
      if (!all.contains(text)) {
        missing.add(text);
      }
    }
    assertTrue(missing.isEmpty(), () -> "not reached: " + missing + "\n" + all);
  }

  /**
   * The data fields {@code observed} and {@code threshold} of JSON output do not change with {@code
   * --lang} (docs/cli.md, "SARIF for CI"): only the messages are the reader's.
   */
  @ParameterizedTest
  @MethodSource("profiles")
  void oddValues_dataFieldsOfJson_areTheSameInEveryLanguage(String profileId, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("odd.ndjson");
    try (NdjsonWriter w = NdjsonWriter.create(file)) {
      oddCounty(profileId).forEach(w::write);
    }
    List<List<String>> fields = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      Run run =
          Run.validate(
              lang, profileId, Counties.asOf(profileId), "--format", "json", file.toString());
      List<String> values = new ArrayList<>();
      for (var f : ValidateCommand.JSON.readTree(run.out()).path("report").path("findings")) {
        values.add(
            f.path("rule_id").asText()
                + " | "
                + f.path("observed").asText()
                + " | "
                + f.path("threshold").asText());
      }
      assertTrue(values.size() > 3, run::toString);
      fields.add(values);
    }
    assertEquals(fields.get(0), fields.get(1));
  }
}
