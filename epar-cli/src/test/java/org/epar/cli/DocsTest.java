package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.epar.core.privacy.Masking;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs docs/cli.md as a reader following it from a clean clone would: in one empty working
 * directory, top to bottom. Two kinds of blocks act:
 *
 * <ul>
 *   <li>A {@code console} block: each {@code $ epar ...} line is run and the lines under it are
 *       compared with its output. A line {@code ...} in the expected output stands for any number
 *       of lines; a line {@code # exit N} checks the exit code.
 *   <li>A block whose info string names a file, {@code ```ndjson file=broken.ndjson} (optionally
 *       {@code charset=GBK}): its lines are written to that file, so the guide shows every byte of
 *       the files it makes by hand.
 * </ul>
 *
 * <p>Every file a command reads (an argument ending in {@code .ndjson}, {@code .jsonl}, {@code
 * .json}, {@code .xlsx}, {@code .csv} or {@code .properties}, or holding a {@code /}) must have
 * been produced by an earlier block: by a file block or by a command ({@code --output}, {@code
 * --annotate}). The one exception is a command that shows the error for a missing file: its
 * expected output says {@code no such file: NAME}. Run with {@code -Depar.docs.print=true} to print
 * the actual output of each command instead, to regenerate the outputs shown in the guide.
 */
class DocsTest {

  private static Locale saved = Locale.getDefault();

  private static final Pattern FILE_BLOCK =
      Pattern.compile("^```\\S*\\s+file=(\\S+)(?:\\s+charset=(\\S+))?\\s*$");
  private static final Pattern FILE_ARG =
      Pattern.compile(".*(\\.(ndjson|jsonl|json|xlsx|csv|properties)|/.*)");
  private static final Set<String> OUTPUT_OPTIONS = Set.of("--output", "--annotate", "--data");

  /** One block of the guide that acts: a command and what it shows, or a file it writes. */
  sealed interface Step permits Snippet, FileBlock {}

  /** One command of the guide and what it shows. */
  record Snippet(int line, String command, List<String> expected) implements Step {}

  /** A file the guide writes by hand: its name, charset and lines. */
  record FileBlock(int line, String name, Charset charset, List<String> lines) implements Step {}

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

  /** The commands of the guide (console blocks only). */
  static List<Snippet> snippets(List<String> lines) {
    List<Snippet> out = new ArrayList<>();
    for (Step s : steps(lines)) {
      if (s instanceof Snippet snippet) {
        out.add(snippet);
      }
    }
    return out;
  }

  /** The commands and file blocks of the guide, in order. */
  static List<Step> steps(List<String> lines) {
    List<Step> out = new ArrayList<>();
    boolean inConsole = false;
    FileBlock file = null;
    boolean inOther = false;
    Snippet current = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (file != null) {
        if (l.startsWith("```")) {
          out.add(file);
          file = null;
        } else {
          file.lines().add(l);
        }
        continue;
      }
      if (inOther) {
        inOther = !l.startsWith("```");
        continue;
      }
      if (!inConsole && l.startsWith("```")) {
        Matcher m = FILE_BLOCK.matcher(l);
        if (m.matches()) {
          Charset cs = m.group(2) == null ? StandardCharsets.UTF_8 : Charset.forName(m.group(2));
          file = new FileBlock(i + 1, m.group(1), cs, new ArrayList<>());
        } else if (l.startsWith("```console")) {
          inConsole = true;
        } else {
          inOther = true;
        }
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
    if (file != null) {
      throw new IllegalStateException("docs/cli.md:" + file.line() + ": file block not closed");
    }
    return out;
  }

  /**
   * The arguments of {@code command} (without {@code epar}) that name a file to read which does not
   * exist in {@code work}: files no earlier block produced. A missing file is allowed only where
   * the expected output shows the error for it ({@code no such file: NAME}).
   */
  static List<String> unproducedInputs(List<String> args, Path work, List<String> expected) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean output = i > 0 && OUTPUT_OPTIONS.contains(args.get(i - 1));
      if (output || a.startsWith("-") || !FILE_ARG.matcher(a).matches()) {
        continue;
      }
      if (!Files.exists(work.resolve(a))
          && expected.stream().noneMatch(e -> e.endsWith("no such file: " + a))) {
        missing.add(a);
      }
    }
    return missing;
  }

  /** The arguments with every file name (input or output) resolved in {@code work}. */
  static List<String> resolved(List<String> args, Path work) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean output = i > 0 && OUTPUT_OPTIONS.contains(args.get(i - 1));
      out.add(
          output || (!a.startsWith("-") && FILE_ARG.matcher(a).matches())
              ? work.resolve(a).toString()
              : a);
    }
    return out;
  }

  @Test
  void everyCommandInTheGuide_printsWhatTheGuideShows() throws IOException {
    List<Step> steps = steps(Files.readAllLines(guide(), StandardCharsets.UTF_8));
    assertTrue(
        steps.stream().filter(Snippet.class::isInstance).count() >= 10,
        "too few commands found in docs/cli.md: " + steps);
    boolean print = Boolean.getBoolean("epar.docs.print");
    Path work = Files.createTempDirectory("epar-docs");
    try {
      for (Step step : steps) {
        if (step instanceof FileBlock f) {
          Path p = work.resolve(f.name());
          Files.createDirectories(p.getParent());
          Files.write(p, (String.join("\n", f.lines()) + "\n").getBytes(f.charset()));
        } else if (step instanceof Snippet s) {
          run(s, work, print);
        }
      }
    } finally {
      if (!print) {
        deleteTree(work);
      } else {
        System.out.println("working directory kept: " + work);
      }
    }
  }

  private static void run(Snippet s, Path work, boolean print) {
    List<String> args = new ArrayList<>(List.of(s.command().trim().split("\\s+")));
    args.remove(0); // "epar"
    List<String> expected = new ArrayList<>(s.expected());
    List<String> missing = unproducedInputs(args, work, expected);
    if (!missing.isEmpty() && print) {
      System.out.println("# NOT PRODUCED BY AN EARLIER BLOCK: " + missing);
    } else if (!missing.isEmpty()) {
      fail(
          "docs/cli.md:"
              + s.line()
              + " reads "
              + missing
              + ", which no earlier block of the guide produced");
    }
    Run run = Run.epar(resolved(args, work).toArray(String[]::new));
    String text = run.out() + run.err();
    String dir = work.toString() + work.getFileSystem().getSeparator();
    text = text.replace(dir, "").replace(Masking.text(dir), "");
    List<String> actual = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
      actual.remove(actual.size() - 1);
    }
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
      return;
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

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
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

  @Test
  void aFileNoEarlierBlockProduced_isReported(@TempDir Path work) throws IOException {
    List<String> args = List.of("validate", "--profile", "daming-2017", "sample/county.ndjson");
    assertEquals(List.of("sample/county.ndjson"), unproducedInputs(args, work, List.of()));
    Files.createDirectories(work.resolve("sample"));
    Files.writeString(work.resolve("sample/county.ndjson"), "");
    assertEquals(List.of(), unproducedInputs(args, work, List.of()));
    // the value of --output is written, not read; a profile id is not a file
    assertEquals(
        List.of(),
        unproducedInputs(
            List.of("import", "sample/county.ndjson", "--output", "out.ndjson"), work, List.of()));
    // a missing file is allowed only where the guide shows the error for it
    assertEquals(
        List.of(),
        unproducedInputs(
            List.of("validate", "--profile", "p", "missing.ndjson"),
            work,
            List.of("epar: no such file: missing.ndjson")));
    assertEquals(
        List.of("missing.ndjson"),
        unproducedInputs(
            List.of("validate", "--profile", "p", "missing.ndjson"),
            work,
            List.of("epar: no such file: other.ndjson")));
  }

  @Test
  void fileBlocks_areReadWithTheirNameAndCharset() {
    List<Step> steps =
        steps(
            List.of(
                "```csv file=household.csv charset=GBK",
                "a,b",
                "```",
                "```console",
                "$ epar import household.csv --output r.ndjson",
                "# exit 0",
                "```",
                "```sh",
                "$ epar not-run",
                "```"));
    assertEquals(2, steps.size());
    FileBlock f = (FileBlock) steps.get(0);
    assertEquals("household.csv", f.name());
    assertEquals(Charset.forName("GBK"), f.charset());
    assertEquals(List.of("a,b"), f.lines());
    assertEquals("epar import household.csv --output r.ndjson", ((Snippet) steps.get(1)).command());
  }
}
