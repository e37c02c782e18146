package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code epar} through picocli with captured output, as a user would on a terminal. */
class EparCliTest {

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.all().contains("\tat "), run::toString);
    assertFalse(run.all().contains("Exception"), run::toString);
  }

  private static void assertNoCitizenId(Run run) {
    assertFalse(run.all().contains(Fixtures.VALID_CITIZEN), run::toString);
    assertFalse(run.all().contains(Fixtures.INVALID_CITIZEN), run::toString);
  }

  @Test
  void validate_validCountyUnderIntegrityProfile_exits0() throws IOException {
    Run run =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            Fixtures.coreOnlyProfile().toString(),
            Fixtures.damingNdjson().toString());
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Result: ACCEPTED"), run::toString);
    assertTrue(run.out().contains(Fixtures.damingSize() + " records"), run::toString);
  }

  @Test
  void validate_countyBreakingDamingRules_exits1AndGroupsByRule() throws IOException {
    Run run =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2018-12-31",
            Fixtures.laggingCountyNdjson().toString());
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Findings by rule"), run::toString);
    assertTrue(run.out().contains("Result: REJECTED"), run::toString);
    // no daily reports: the reporting rule names the whole dataset
    assertTrue(run.out().contains("DM-RPT-01"), run::toString);
    assertTrue(run.out().contains("(whole dataset)"), run::toString);
    // half the stations are gone: coverage falls below 50%
    assertTrue(run.out().contains("DM-SITE-02"), run::toString);
  }

  @Test
  void validate_completeCounty_isAcceptedUnderDaming() throws IOException {
    Run run =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2018-12-31",
            Fixtures.damingDocument().toString());
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Result: ACCEPTED"), run::toString);
  }

  @Test
  void validate_malformedNdjsonLine_reportedWithLineNumberAndRestValidated() throws IOException {
    Path file = Fixtures.brokenNdjson("broken.ndjson");
    Run run =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2017-06-30",
            file.toString());
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    assertTrue(Run.names(run.out(), file, ":3: "), run::toString);
    assertTrue(Run.names(run.out(), file, ":5: "), run::toString);
    assertTrue(run.out().contains("2 records, 2 unreadable lines"), run::toString);
    // the household on line 4 was validated: its invalid citizen id is found there
    assertTrue(run.out().contains("CORE-ID-01"), run::toString);
    assertTrue(Run.names(run.out(), file, ":4"), run::toString);
    assertNoStackTrace(run);
    assertNoCitizenId(run);
  }

  @Test
  void validate_calendarFile_addsAYearTheShippedCalendarLacks(@TempDir Path dir)
      throws IOException {
    // A plan published on 2027-01-04 and reported on 2027-01-29: 18 working days later, but the
    // shipped calendar ends with 2026, so DM-FUND-04 cannot count them without a 2027 file.
    Path plan =
        Files.writeString(
            dir.resolve("plan.ndjson"),
            "{\"type\":\"fund_plan\",\"id\":"
                + "\"P1\",\"fund\":\"F1\",\"version\":1,\"published_on\":\"2027-01-04\","
                + "\"reported_on\":\"2027-01-29\"}\n");
    Path calendar =
        Files.writeString(
            dir.resolve("2027.json"),
            "{\"year\":2027,\"papers\":"
                + "[\"test\"],\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}");
    Run without =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2027-02-01",
            plan.toString());
    assertTrue(without.out().contains("DM-FUND-04"), without::toString);
    Run with =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2027-02-01",
            "--calendar",
            calendar.toString(),
            plan.toString());
    assertFalse(with.out().contains("DM-FUND-04"), with::toString);
    Path bad = Files.writeString(dir.resolve("bad.json"), "{bad");
    Run broken =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--calendar",
            bad.toString(),
            plan.toString());
    assertEquals(Epar.USAGE, broken.exitCode(), broken::toString);
    assertTrue(Run.names(broken.err(), "calendar file " + bad, " is not valid"), broken::toString);
    assertNoStackTrace(broken);
  }

  @Test
  void validate_unknownExtensionHoldingNdjson_isSniffed() throws IOException {
    Path file = Fixtures.brokenNdjson("broken.txt");
    Run run = Run.epar("--lang", "en", "validate", "--profile", "daming-2017", file.toString());
    assertTrue(run.out().contains("(NDJSON): 2 records"), run::toString);
  }

  @Test
  void validate_malformedDocument_exits2WithLineAndColumn() throws IOException {
    Path file = Fixtures.brokenDocument();
    Run run = Run.epar("--lang", "en", "validate", "--profile", "daming-2017", file.toString());
    assertEquals(Epar.USAGE, run.exitCode(), run::toString);
    assertTrue(Run.names(run.err(), file, ":3:"), run::toString);
    assertTrue(run.err().contains("not a valid dataset document"), run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void validate_missingFileOrUnknownProfile_exits2() throws IOException {
    Run missing = Run.epar("--lang", "en", "validate", "--profile", "daming-2017", "nope.ndjson");
    assertEquals(Epar.USAGE, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("no such file: nope.ndjson"), missing::toString);
    assertNoStackTrace(missing);
    Run profile =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "atlantis-2099",
            Fixtures.damingNdjson().toString());
    assertEquals(Epar.USAGE, profile.exitCode(), profile::toString);
    assertTrue(profile.err().contains("no profile atlantis-2099"), profile::toString);
  }

  @Test
  void validate_formatJson_isTheFullReportAsJson() throws IOException {
    Path file = Fixtures.brokenNdjson("broken-json.ndjson");
    Run run =
        Run.epar(
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2017-06-30",
            "--format",
            "json",
            file.toString());
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    JsonNode root = ValidateCommand.JSON.readTree(run.out());
    assertFalse(root.get("accepted").asBoolean());
    assertEquals("daming-2017", root.get("profile").asText());
    JsonNode input = root.get("inputs").get(0);
    assertEquals(2, input.get("records").asInt());
    assertEquals(3, input.get("malformed_lines").get(0).get("line").asInt());
    ValidationReport report =
        ValidateCommand.JSON.treeToValue(root.get("report"), ValidationReport.class);
    assertFalse(report.findings("CORE-ID-01").isEmpty(), run::toString);
    assertEquals(report.isAccepted(), root.get("report").get("accepted").asBoolean());
    assertNoCitizenId(run);
  }

  @Test
  void validate_langZh_printsChinese() throws IOException {
    Path file = Fixtures.brokenNdjson("broken-zh.ndjson");
    Run run =
        Run.epar(
            "--lang",
            "zh",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2017-06-30",
            file.toString());
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    assertTrue(run.out().contains("无法读取的行"), run::toString);
    assertTrue(run.out().contains("结果：不通过"), run::toString);
    assertTrue(run.out().contains("公民身份号码"), run::toString); // the rule title in Chinese
    assertNoCitizenId(run);
  }

  @Test
  void validate_progressFlag_drawsBarOnStderr() throws IOException {
    Run run =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--progress",
            "--profile",
            Fixtures.coreOnlyProfile().toString(),
            Fixtures.damingNdjson().toString());
    assertTrue(run.err().contains("100%"), run::toString);
    assertFalse(run.out().contains("100%"), run::toString);
  }

  @Test
  void checkId_citizen_validAndInvalid_neverUnmasked() {
    Run valid = Run.epar("--lang", "en", "check-id", "citizen", Fixtures.VALID_CITIZEN);
    assertEquals(Epar.OK, valid.exitCode(), valid::toString);
    assertEquals("citizen identity number 1101**********002X: valid\n", valid.out());
    Run invalid = Run.epar("--lang", "zh", "check-id", "citizen", Fixtures.INVALID_CITIZEN);
    assertEquals(Epar.REJECTED, invalid.exitCode(), invalid::toString);
    assertEquals(
        "公民身份号码 1101**********0021：无效\n  id.check                 校验码不正确\n", invalid.out());
    for (Run r :
        List.of(
            valid,
            invalid,
            Run.epar("check-id", "citizen", Fixtures.VALID_CITIZEN, Fixtures.INVALID_CITIZEN),
            Run.epar("check-id", "citzen", Fixtures.VALID_CITIZEN),
            Run.epar("check-id", Fixtures.INVALID_CITIZEN))) {
      assertNoCitizenId(r);
    }
  }

  @Test
  void checkId_credit_divisionAndTrace_sayWhy() {
    Run ok = Run.epar("--lang", "en", "check-id", "credit", "91350100M000100Y43");
    assertEquals(Epar.OK, ok.exitCode(), ok::toString);
    Run bad = Run.epar("--lang", "en", "check-id", "credit", "91350100M000100Y44");
    assertEquals(Epar.REJECTED, bad.exitCode(), bad::toString);
    assertTrue(bad.out().contains("id.check"), bad::toString);
    assertTrue(bad.out().contains("check character does not match"), bad::toString);
    Run division = Run.epar("--lang", "en", "check-id", "division", "130425000000");
    assertEquals(Epar.OK, division.exitCode(), division::toString);
    assertTrue(division.out().contains("level: county"), division::toString);
    assertTrue(division.out().contains("大名县"), division::toString);
    Run badDivision = Run.epar("--lang", "en", "check-id", "division", "13042510000");
    assertEquals(Epar.REJECTED, badDivision.exitCode(), badDivision::toString);
    assertTrue(badDivision.out().contains("id.length"), badDivision::toString);
    Run trace = Run.epar("--lang", "en", "check-id", "trace", "nonsense");
    assertEquals(Epar.REJECTED, trace.exitCode(), trace::toString);
  }

  @Test
  void rulesAndProfiles_listTheCatalog() {
    Run rules = Run.epar("--lang", "en", "rules", "--profile", "daming-2017");
    assertEquals(Epar.OK, rules.exitCode(), rules::toString);
    assertTrue(rules.out().contains("DM-FUND-01"), rules::toString);
    assertTrue(rules.out().contains("village_stations_min = 350 [count]"), rules::toString);
    assertFalse(rules.out().contains("GD-DEMO-01"), rules::toString);
    Run all = Run.epar("--lang", "en", "rules");
    assertTrue(all.out().contains("Rule catalog: 87 rules"), all::toString);
    Run profiles = Run.epar("--lang", "zh", "profiles");
    assertEquals(Epar.OK, profiles.exitCode(), profiles::toString);
    for (String id :
        List.of(
            "guangdong-2018", "heilongjiang-2016", "daming-2017", "henan-2018", "chongqing-2017")) {
      assertTrue(profiles.out().contains(id), profiles::toString);
    }
    assertTrue(profiles.out().contains("大名县"), profiles::toString);
  }

  @Test
  void usageErrors_exit2WithoutStackTrace() {
    for (Run r :
        List.of(
            Run.epar(),
            Run.epar("validate", "x.ndjson"),
            Run.epar("--lang", "fr", "profiles"),
            Run.epar("frobnicate"),
            Run.epar(
                "validate", "--profile", "daming-2017", "--as-of", "2018-13-01", "x.ndjson"))) {
      assertEquals(Epar.USAGE, r.exitCode(), r::toString);
      assertTrue(r.err().startsWith("epar: "), r::toString);
      assertNoStackTrace(r);
    }
  }

  @Test
  void bundles_haveTheSameKeys() throws IOException {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties zh = new java.util.Properties();
    try (var a = getClass().getResourceAsStream("messages.properties");
        var b = getClass().getResourceAsStream("messages_zh_CN.properties")) {
      en.load(
          new java.io.InputStreamReader(
              java.util.Objects.requireNonNull(a), java.nio.charset.StandardCharsets.UTF_8));
      zh.load(
          new java.io.InputStreamReader(
              java.util.Objects.requireNonNull(b), java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals(
        new java.util.TreeSet<>(en.stringPropertyNames()),
        new java.util.TreeSet<>(zh.stringPropertyNames()));
    assertTrue(Files.exists(Path.of("src/main/resources/org/epar/cli/messages.properties")));
  }
}
