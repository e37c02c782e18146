package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Chinese user guides in {@code docs/zh/} keep up with the English ones: every user guide has a
 * counterpart with the same number of headings (outside code blocks), every Chinese guide has an
 * English original, and {@code README.zh-CN.md} links each one. A section added to an English guide
 * without its translation fails here.
 */
class ChineseDocsTest {

  /**
   * The user guides; the other files in docs/ are references generated from code or for SDK
   * developers.
   */
  static final List<String> GUIDES =
      List.of("assessment", "cli", "operations", "protocol", "spreadsheets", "validation");

  private static Path root() {
    return DocsTest.guide().getParent().getParent();
  }

  static int headings(Path file) throws IOException {
    int n = 0;
    boolean fence = false;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.startsWith("```")) {
        fence = !fence;
      } else if (!fence && l.matches("#{1,6} .*")) {
        n++;
      }
    }
    return n;
  }

  @Test
  void everyGuide_hasAChineseCounterpart_withTheSameSections() throws IOException {
    Path docs = root().resolve("docs");
    for (String g : GUIDES) {
      Path en = docs.resolve(g + ".md");
      Path zh = docs.resolve("zh").resolve(g + ".md");
      assertTrue(Files.exists(en), en::toString);
      assertTrue(Files.exists(zh), () -> "no Chinese guide " + zh);
      assertEquals(headings(en), headings(zh), () -> zh + " has not the sections of " + en);
    }
  }

  @Test
  void everyChineseGuide_isAGuide_andLinkedFromTheChineseReadme() throws IOException {
    Path docs = root().resolve("docs");
    String readme = Files.readString(root().resolve("README.zh-CN.md"), StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.list(docs.resolve("zh"))) {
      s.filter(p -> p.toString().endsWith(".md"))
          .forEach(p -> found.add(p.getFileName().toString()));
    }
    for (String name : found) {
      assertTrue(GUIDES.contains(name.replace(".md", "")), () -> "not a known guide: " + name);
      assertTrue(readme.contains("(docs/zh/" + name + ")"), () -> "README.zh-CN.md lacks " + name);
    }
  }

  @Test
  void headings_countOutsideCodeBlocksOnly(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("x.md");
    Files.writeString(f, "# A\n\n```sh\n# not a heading\n```\n## B\n#C\n");
    assertEquals(2, headings(f));
  }
}
