package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.epar.samples.BrokenCounties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --lang zh} output holds no English sentence, and every message key has a Chinese text.
 *
 * <p><b>The heuristic.</b> Output is split into lines and each line into tokens at white space. A
 * token is an English word when it is ASCII letters, optionally followed by one of {@code , . ; : )
 * ]} and preceded by {@code (} or {@code [}, and not all upper case. Anything else is not a word:
 * rule IDs ({@code DM-SITE-01}), file names ({@code county.ndjson}), field names with {@code _} or
 * {@code .} ({@code members[1].citizen_id}), enum codes ({@code ERROR}, {@code NDJSON}), numbers
 * and Chinese text. A run of three English words in a row is an English sentence and fails the
 * test; one or two (a lone field name such as {@code residents}, a charset such as {@code GBK}) do
 * not.
 */
class LanguageTest {

  private static final Pattern WORD = Pattern.compile("[(\\[]?(?![A-Z]+\\W?$)[A-Za-z]+[,.;:)\\]]?");

  /** The first run of three English words in {@code text}, or null. */
  static String englishSentence(String text) {
    for (String line : text.split("\\R")) {
      int run = 0;
      List<String> words = new ArrayList<>();
      for (String token : line.trim().split("\\s+")) {
        if (WORD.matcher(token).matches()) {
          run++;
          words.add(token);
          if (run == 3) {
            return String.join(" ", words) + "   in: " + line;
          }
        } else {
          run = 0;
          words.clear();
        }
      }
    }
    return null;
  }

  private static void assertChinese(Run run) {
    String found = englishSentence(run.all());
    assertEquals(null, found, run::toString);
  }

  @Test
  void heuristic_findsThreeEnglishWords_notTwo_notIdentifiers() {
    assertEquals(null, englishSentence("规则 DM-SITE-01 county.ndjson:3 members[1].citizen_id"));
    assertEquals(null, englishSentence("类型 ERROR VETO WARNING NDJSON"));
    assertEquals(null, englishSentence("应为 GBK GB18030 两种 residents"));
    assertEquals(null, englishSentence("two words 然后 another two"));
    assertTrue(englishSentence("记录 not valid JSON") == null, "JSON is a code");
    assertTrue(englishSentence("记录：this is not valid") != null);
    assertTrue(englishSentence("(see the help)") != null);
  }

  @Test
  void validate_everyPath_inChinese(@TempDir Path dir) throws IOException {
    Path broken = Fixtures.brokenNdjson("lang-broken.ndjson");
    Path empty = Files.writeString(dir.resolve("empty.ndjson"), " \n\n");
    Path array = Files.writeString(dir.resolve("array.json"), "[{\"type\":\"village\"}]\n");
    List<Run> runs =
        List.of(
            Run.epar(
                "--lang",
                "zh",
                "validate",
                "-p",
                "daming-2017",
                "--as-of",
                "2017-06-30",
                broken.toString()),
            Run.epar(
                "--lang",
                "zh",
                "validate",
                "-p",
                "daming-2017",
                "--as-of",
                "2018-12-31",
                Fixtures.laggingCountyNdjson().toString()),
            Run.epar(
                "--lang",
                "zh",
                "validate",
                "-p",
                "daming-2017",
                "--format",
                "sarif",
                broken.toString()),
            Run.epar(
                "--lang",
                "zh",
                "validate",
                "-p",
                "daming-2017",
                Fixtures.brokenDocument().toString()),
            Run.epar(
                "--lang",
                "zh",
                "validate",
                "-p",
                "daming-2017",
                dir.resolve("nope.ndjson").toString()),
            Run.epar("--lang", "zh", "validate", "-p", "daming-2017", dir.toString()),
            Run.epar("--lang", "zh", "validate", "-p", "daming-2017", empty.toString()),
            Run.epar("--lang", "zh", "validate", "-p", "daming-2017", array.toString()),
            Run.epar("--lang", "zh", "validate", "-p", "atlantis-2099", broken.toString()),
            Run.epar(
                "--lang",
                "zh",
                "validate",
                "--encoding",
                "EBCDIC-XYZ",
                "-p",
                "daming-2017",
                broken.toString()));
    for (Run r : runs) {
      assertChinese(r);
    }
  }

  @Test
  void otherCommands_successAndErrors_inChinese() {
    List<Run> runs =
        List.of(
            Run.epar("--lang", "zh", "check-id", "citizen", Fixtures.VALID_CITIZEN),
            Run.epar("--lang", "zh", "check-id", "citizen", Fixtures.INVALID_CITIZEN),
            Run.epar("--lang", "zh", "check-id", "credit", "91350100M000100Y44"),
            Run.epar("--lang", "zh", "check-id", "division", "130425100001"),
            Run.epar("--lang", "zh", "check-id", "trace", "nonsense"),
            Run.epar("--lang", "zh", "profiles"),
            Run.epar("--lang", "zh", "rules", "--profile", "daming-2017"),
            Run.epar("--lang", "zh", "rules"),
            Run.epar("--lang", "zh", "rules", "--profile", "guangdong-2018"),
            Run.epar("--lang", "zh", "rules", "--profile", "heilongjiang-2016"),
            Run.epar("--lang", "zh", "rules", "--profile", "henan-2018"),
            Run.epar("--lang", "zh", "rules", "--profile", "chongqing-2017"),
            Run.epar("--lang", "zh"),
            Run.epar("--lang", "zh", "frobnicate"),
            Run.epar("--lang", "zh", "validate", "county.ndjson"),
            Run.epar("--lang", "zh", "validate", "--frob", "-p", "daming-2017", "x.ndjson"),
            Run.epar("--lang", "zh", "validate", "-p", "daming-2017", "--as-of", "2018-13-01", "x"),
            Run.epar("--lang", "zh", "validate", "-p", "daming-2017", "--format", "xml", "x"),
            Run.epar("--lang", "zh", "check-id", "passport", "x"));
    for (Run r : runs) {
      assertChinese(r);
    }
  }

  /**
   * {@code epar submit} of a report that does not fit the model: the problem (syntax, wrong type,
   * invalid value, does not fit) in Chinese, before any connection is tried.
   */
  @Test
  void submit_badReports_problemInChinese(@TempDir Path dir) throws IOException {
    List<String> bodies =
        List.of(
            "{\"type\":\"monthly_report\",",
            "{\"type\":\"monthly_report\",\"header\":[1,2]}",
            "{\"type\":\"monthly_report\",\"header\":{\"submitted_at\":\"yesterday\"}}",
            "{\"type\":\"nonsense_type_of_record\"}");
    for (int i = 0; i < bodies.size(); i++) {
      Path f = Files.writeString(dir.resolve("bad-" + i + ".json"), bodies.get(i));
      Run r =
          Run.epar(
              "--lang", "zh", "submit", "--target", "localhost:1", "--token", "t", f.toString());
      assertEquals(Epar.USAGE, r.exitCode(), r::toString);
      assertTrue(r.err().contains("不是有效的报告"), r::toString);
      assertChinese(r);
    }
  }

  static java.util.stream.Stream<String> brokenRules() {
    return BrokenCounties.ruleIds().stream();
  }

  /**
   * A county that breaks one rule, validated in Chinese: the rule's observed and threshold texts
   * (and any problem text) are Chinese too, not English words inside a Chinese message.
   */
  @ParameterizedTest
  @MethodSource("brokenRules")
  void validate_countyBreakingEachRule_inChinese(String rule, @TempDir Path dir) {
    String profile = BrokenCounties.profileId(rule);
    Run g =
        Run.epar(
            "--lang",
            "zh",
            "generate",
            "--output",
            dir.toString(),
            "--seed",
            "42",
            "--profile",
            profile,
            "--break",
            rule);
    assertEquals(0, g.exitCode(), g::toString);
    assertChinese(g);
    Run v =
        Run.epar(
            "--lang",
            "zh",
            "validate",
            "-p",
            profile,
            "--as-of",
            BrokenCounties.asOf(rule).toString(),
            dir.resolve("county.ndjson").toString());
    assertTrue(v.all().contains(rule), v::toString);
    assertChinese(v);
  }

  @Test
  void help_ofEveryCommand_inChinese() {
    for (String command :
        List.of(
            "", "validate", "rules", "profiles", "check-id", "serve", "submit", "demo", "assess")) {
      Run r =
          command.isEmpty()
              ? Run.epar("--lang", "zh", "--help")
              : Run.epar("--lang", "zh", command, "--help");
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.out().startsWith("用法："), r::toString);
      assertChinese(r);
    }
  }

  @Test
  void everyKey_hasBothLanguages_andChineseDiffersUnlessAllowed() throws IOException {
    Properties en = load("messages.properties");
    Properties zh = load("messages_zh_CN.properties");
    assertEquals(
        new java.util.TreeSet<>(en.stringPropertyNames()),
        new java.util.TreeSet<>(zh.stringPropertyNames()));
    // Values that are the same in both languages on purpose: formats, codes, empty headings.
    Set<String> allowed =
        Set.of("usage.headerHeading", "validate.malformed.line", "checkid.trace.scheme");
    List<String> same = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      if (e.equals(zh.getProperty(key))
          && !allowed.contains(key)
          && e.matches(".*[A-Za-z]{3,}.*")) {
        same.add(key);
      }
      String found = englishSentence(zh.getProperty(key).replaceAll("\\{[^}]*}", "X"));
      assertEquals(null, found, () -> key + " has English in Chinese");
    }
    assertEquals(List.of(), same, "untranslated keys");
  }

  /**
   * A text with {@code {n}} arguments is a {@link java.text.MessageFormat} pattern and writes an
   * apostrophe as {@code ''}; any other text is shown as it is written (by picocli or by {@code
   * Messages.get} without arguments), so a doubled apostrophe there would show doubled.
   */
  @Test
  void everyText_showsEachApostropheOnce() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
      Properties p = load(name);
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        boolean pattern = text.matches("(?s).*\\{\\d.*");
        if (pattern ? text.replace("''", "").contains("'") : text.contains("''")) {
          wrong.add(name + ": " + key);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in = LanguageTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
    }
    return p;
  }
}
