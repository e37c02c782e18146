package org.epar.validation.guide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/validation.md quotes {@link ValidationGuideTest}: every {@code <!-- snippet: NAME -->}
 * marker in the guide must be followed by a Java block equal to the tagged region NAME of that
 * file, so the guide's code is code that compiles and passes its assertions.
 */
class DocSnippetsTest {

  private static final Pattern MARKER =
      Pattern.compile("<!-- snippet: ([a-z-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void validationGuide_snippets_matchTheCompiledExamples() throws IOException {
    Path root = repoRoot();
    String guide = Files.readString(root.resolve("docs/validation.md"));
    String source =
        Files.readString(
            root.resolve(
                "sdk-validation/src/test/java/org/epar/validation/guide/ValidationGuideTest.java"));
    Matcher m = MARKER.matcher(guide);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      String expected = region(source, name);
      assertTrue(
          m.group(2).equals(expected),
          "docs/validation.md snippet '"
              + name
              + "' differs from ValidationGuideTest; paste:\n"
              + expected);
      seen.add(name);
    }
    assertFalse(seen.isEmpty(), "the guide quotes no snippet");
  }

  private static String region(String source, String name) {
    int start = source.indexOf("// tag::" + name + "[]");
    int end = source.indexOf("// end::" + name + "[]");
    assertTrue(start >= 0 && end > start, "no region " + name);
    String body =
        source.substring(source.indexOf('\n', start) + 1, source.lastIndexOf('\n', end) + 1);
    int indent = Integer.MAX_VALUE;
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
    }
    return out.toString().replaceAll("\n+$", "\n");
  }

  private static Path repoRoot() {
    String dir = System.getProperty("maven.multiModuleProjectDirectory");
    Path p = dir != null ? Path.of(dir) : Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("docs"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("repository root not found");
    }
    return p;
  }
}
