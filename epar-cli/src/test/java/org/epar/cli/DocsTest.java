package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code $ epar ...} command of {@code docs/cli.md} and checks the output shown under
 * it, so the CLI guide cannot drift from the tool. A line {@code ...} in the expected output stands
 * for any number of lines; a line {@code # exit N} checks the exit code.
 *
 * <p>The file names the guide uses ({@code county.ndjson}, ...) are the test fixtures. Run with
 * {@code -Depar.docs.print=true} to print the actual output of each command instead.
 */
class DocsTest {

  private static Locale saved = Locale.getDefault();

  /** One command of the guide and what it shows. */
  record Snippet(int line, String command, List<String> expected) {}

  @BeforeAll
  static void english() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(saved);
  }

  static Path guide() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("docs/cli.md"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException(
          "docs/cli.md not found above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("docs/cli.md");
  }

  static List<Snippet> snippets(List<String> lines) {
    List<Snippet> out = new ArrayList<>();
    boolean inConsole = false;
    Snippet current = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("```console")) {
        inConsole = true;
        continue;
      }
      if (inConsole && l.startsWith("```")) {
        inConsole = false;
        current = null;
        continue;
      }
      if (!inConsole) {
        continue;
      }
      if (l.startsWith("$ epar ") || l.equals("$ epar")) {
        current = new Snippet(i + 1, l.substring(2), new ArrayList<>());
        out.add(current);
      } else if (current != null) {
        current.expected().add(l);
      }
    }
    return out;
  }

  private static Map<String, Path> files() throws IOException {
    Map<String, Path> m = new LinkedHashMap<>();
    m.put("county.ndjson", Fixtures.damingNdjson());
    m.put("county.json", Fixtures.damingDocument());
    m.put("lagging-county.ndjson", Fixtures.laggingCountyNdjson());
    m.put("broken.ndjson", Fixtures.brokenNdjson("broken.ndjson"));
    m.put("broken.json", Fixtures.brokenDocument());
    m.put("core-only.json", Fixtures.coreOnlyProfile());
    // the spreadsheet section: files that `epar generate` and `epar import` write, and a GBK CSV
    Path work = Files.createTempDirectory("epar-docs");
    for (String name :
        List.of(
            "sample/county.ndjson",
            "sample/county.xlsx",
            "sample",
            "template.xlsx",
            "imported.ndjson",
            "roster.ndjson")) {
      m.put(name, work.resolve(name));
    }
    Path roster = work.resolve("household.csv");
    Files.write(
        roster,
        ("户编号,所在村代码,建档立卡,脱贫状态,成员姓名,劳动能力\n"
                + "H-1,130425100201,是,已脱贫,张三,有劳动能力\n"
                + "H-1,,,,李四,弱劳动力\n"
                + "H-2,130425100201,否,脱贫,王五,有劳动能力\n"
                + "H-3,130425100201,是,未脱贫,赵六,没有\n")
            .getBytes(java.nio.charset.Charset.forName("GBK")));
    m.put("household.csv", roster);
    return m;
  }

  @Test
  void everyCommandInTheGuide_printsWhatTheGuideShows() throws IOException {
    List<Snippet> snippets = snippets(Files.readAllLines(guide(), StandardCharsets.UTF_8));
    assertTrue(snippets.size() >= 10, "too few commands found in docs/cli.md: " + snippets);
    Map<String, Path> files = files();
    boolean print = Boolean.getBoolean("epar.docs.print");
    for (Snippet s : snippets) {
      List<String> args = new ArrayList<>();
      for (String a : s.command().trim().split("\\s+")) {
        args.add(files.containsKey(a) ? files.get(a).toString() : a);
      }
      args.remove(0); // "epar"
      Run run = Run.epar(args.toArray(String[]::new));
      String text = run.out() + run.err();
      for (Map.Entry<String, Path> f : files.entrySet()) {
        text = text.replace(f.getValue().toString(), f.getKey());
      }
      List<String> actual = new ArrayList<>(List.of(text.split("\n", -1)));
      if (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
        actual.remove(actual.size() - 1);
      }
      List<String> expected = new ArrayList<>(s.expected());
      Integer exit = null;
      if (!expected.isEmpty() && expected.get(expected.size() - 1).startsWith("# exit ")) {
        exit = Integer.parseInt(expected.remove(expected.size() - 1).substring(7).trim());
      }
      if (print) {
        System.out.println(
            "$ "
                + s.command()
                + "\n"
                + String.join("\n", actual)
                + "\n# exit "
                + run.exitCode()
                + "\n");
        continue;
      }
      if (exit != null) {
        assertEquals(exit, run.exitCode(), "docs/cli.md:" + s.line() + " " + run);
      }
      assertTrue(
          matches(expected, 0, actual, 0),
          "docs/cli.md:"
              + s.line()
              + " shows\n"
              + String.join("\n", expected)
              + "\nbut the command printed\n"
              + String.join("\n", actual));
      assertFalse(text.contains(Fixtures.VALID_CITIZEN) || text.contains(Fixtures.INVALID_CITIZEN));
    }
  }

  /** Line-by-line match where an expected {@code ...} line stands for any number of lines. */
  static boolean matches(List<String> exp, int i, List<String> act, int j) {
    if (i == exp.size()) {
      return j == act.size();
    }
    if (exp.get(i).trim().equals("...")) {
      for (int k = j; k <= act.size(); k++) {
        if (matches(exp, i + 1, act, k)) {
          return true;
        }
      }
      return false;
    }
    return j < act.size()
        && exp.get(i).stripTrailing().equals(act.get(j).stripTrailing())
        && matches(exp, i + 1, act, j + 1);
  }

  @Test
  void matcher_understandsEllipsis() {
    assertTrue(matches(List.of("a", "...", "d"), 0, List.of("a", "b", "c", "d"), 0));
    assertTrue(matches(List.of("a", "...", "d"), 0, List.of("a", "d"), 0));
    assertFalse(matches(List.of("a", "...", "d"), 0, List.of("a", "b"), 0));
  }
}
