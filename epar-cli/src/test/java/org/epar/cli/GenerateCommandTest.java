package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.epar.samples.BrokenCounties;
import org.epar.samples.SampleCounties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code epar generate} for every built-in profile, and {@code --break RULE-ID} for every rule with
 * a recipe: the county it writes, validated with its profile, has findings of that rule and no
 * ERROR or VETO finding of a rule that the conforming county of the same seed lacks, other than the
 * rule's necessary consequences.
 */
class GenerateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** ERROR and VETO rule IDs of the conforming county of each profile (seed 42), computed once. */
  private static final Map<String, Set<String>> BASELINE = new HashMap<>();

  @TempDir static Path dir;

  static Stream<String> profiles() {
    return SampleCounties.profileIds().stream();
  }

  static Stream<String> rules() {
    return BrokenCounties.ruleIds().stream();
  }

  private static Run generate(Path out, String... extra) {
    String[] args = new String[6 + extra.length];
    System.arraycopy(
        new String[] {"--lang", "en", "generate", "--output", out.toString(), "--seed"},
        0,
        args,
        0,
        6);
    System.arraycopy(extra, 0, args, 6, extra.length);
    return Run.epar(args);
  }

  /** Rule ID to severity set of a validation's JSON report. */
  private static Map<String, Set<String>> validate(String profile, String asOf, Path ndjson)
      throws IOException {
    Run v =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            profile,
            "--as-of",
            asOf,
            "--format",
            "json",
            ndjson.toString());
    assertTrue(v.exitCode() == Epar.OK || v.exitCode() == Epar.REJECTED, v::toString);
    JsonNode root = JSON.readTree(v.out());
    assertEquals(0, root.path("report").path("input_problems").size(), v::toString);
    Map<String, Set<String>> rules = new HashMap<>();
    for (JsonNode f : root.path("report").path("findings")) {
      rules
          .computeIfAbsent(f.path("rule_id").asText(), k -> new HashSet<>())
          .add(f.path("severity").asText());
    }
    return rules;
  }

  private static Set<String> errors(Map<String, Set<String>> rules) {
    Set<String> out = new TreeSet<>();
    rules.forEach(
        (id, sev) -> {
          if (sev.contains("ERROR") || sev.contains("VETO")) {
            out.add(id);
          }
        });
    return out;
  }

  private static synchronized Set<String> baseline(String profile) throws IOException {
    if (!BASELINE.containsKey(profile)) {
      Path out = dir.resolve("conforming-" + profile);
      Run g = generate(out, "42", "--profile", profile);
      assertEquals(0, g.exitCode(), g::toString);
      BASELINE.put(
          profile,
          errors(
              validate(
                  profile, SampleCounties.asOf(profile).toString(), out.resolve("county.ndjson"))));
    }
    return BASELINE.get(profile);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void generate_everyProfile_writesACountyWithoutErrors(String profile) throws IOException {
    Path out = dir.resolve("conforming-" + profile);
    // Known gap: three provincial sample counties' made-up village codes are not in the NBS 2023
    // registry that epar validate uses, so CORE-ID-03 reports them; nothing else may be found.
    Set<String> known =
        Set.of("guangdong-2018", "henan-2018", "chongqing-2017").contains(profile)
            ? Set.of("CORE-ID-03")
            : Set.of();
    assertEquals(known, baseline(profile), profile);
    assertTrue(Files.size(out.resolve("county.xlsx")) > 0);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void generate_break_findsThatRuleAndNoOtherNewError(String rule) throws IOException {
    String profile = BrokenCounties.profileId(rule);
    Path out = dir.resolve("broken-" + rule);
    Run g = generate(out, "42", "--profile", profile, "--break", rule);
    assertEquals(0, g.exitCode(), g::toString);
    assertTrue(g.out().contains("Breaks " + rule + "\n"), g::toString);
    Map<String, Set<String>> found =
        validate(profile, BrokenCounties.asOf(rule).toString(), out.resolve("county.ndjson"));
    assertTrue(found.containsKey(rule), () -> rule + " not found: " + found);
    Set<String> extra = errors(found);
    extra.removeAll(baseline(profile));
    extra.remove(rule);
    extra.removeAll(BrokenCounties.consequential(rule));
    assertEquals(Set.of(), extra, rule);
  }

  @Test
  void generate_break_unknownRule_oneLineSayingHowToListRules() {
    Run run = generate(dir.resolve("x"), "42", "--profile", "daming-2017", "--break", "DM-NOPE-01");
    assertEquals(Epar.USAGE, run.exitCode());
    assertEquals(
        "epar: no rule DM-NOPE-01 to break: epar rules --profile daming-2017 lists the rule IDs\n",
        run.err());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void generate_break_ruleOfAnotherProfile_namesItsProfile() {
    Run run = generate(dir.resolve("y"), "42", "--profile", "daming-2017", "--break", "HN-SITE-01");
    assertEquals(Epar.USAGE, run.exitCode());
    assertEquals(
        "epar: HN-SITE-01 is broken on the henan-2018 sample county, not daming-2017: use --profile"
            + " henan-2018\n",
        run.err());
  }

  @Test
  void generate_households_atTheBoundaries() throws IOException {
    Run one = generate(dir.resolve("h1"), "7", "--profile", "daming-2017", "--households", "1");
    assertEquals(0, one.exitCode(), one::toString);
    assertTrue(one.out().contains(": 1 households in 668 villages"), one::toString);
    Run zero = generate(dir.resolve("h0"), "7", "--profile", "daming-2017", "--households", "0");
    assertEquals(Epar.USAGE, zero.exitCode());
    assertEquals("epar: --households must be 1 or more, not 0\n", zero.err());
    Run henan = generate(dir.resolve("hn"), "7", "--profile", "henan-2018", "--households", "5");
    assertEquals(Epar.USAGE, henan.exitCode());
    assertEquals(
        "epar: --households is only for daming-2017: the provincial sample counties have a fixed"
            + " size\n",
        henan.err());
  }

  @Test
  void generate_tenThousandHouseholds_stillConforms() throws IOException {
    Path out = dir.resolve("h10000");
    Run g = generate(out, "7", "--profile", "daming-2017", "--households", "10000");
    assertEquals(0, g.exitCode(), g::toString);
    assertTrue(
        g.out().contains(": 10,000 households in 668 villages")
            || g.out().contains(": 10000 households in 668 villages"),
        g::toString);
    assertEquals(
        Set.of(), errors(validate("daming-2017", "2018-12-31", out.resolve("county.ndjson"))));
  }
}
