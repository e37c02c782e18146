package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epar.validation.internal.RulesDoc;
import org.junit.jupiter.api.Test;

class RulesDocTest {

  private static final String REGENERATE =
      "mvn -pl sdk-validation test -Dtest=RulesDocTest -Depar.rules.regenerate=true";

  static Path rulesMd() {
    String root = System.getProperty("maven.multiModuleProjectDirectory");
    if (root != null && Files.isDirectory(Path.of(root, "sdk-validation"))) {
      return Path.of(root, "docs", "rules.md");
    }
    // surefire runs in the module directory
    return Path.of("..", "docs", "rules.md").toAbsolutePath().normalize();
  }

  @Test
  void docsRulesMd_isUpToDate() throws IOException {
    String rendered = RulesDoc.render();
    Path file = rulesMd();
    if (Boolean.getBoolean("epar.rules.regenerate")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), file + " is missing; generate it with: " + REGENERATE);
    String current = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(rendered, current, file + " is stale; regenerate it with: " + REGENERATE);
  }

  @Test
  void render_hasOneSectionPerRule() {
    String md = RulesDoc.render();
    for (RuleDescriptor d : RuleCatalog.standard().all()) {
      assertTrue(md.contains("\n## " + d.id() + ": " + d.titleEn() + "\n"), d.id());
    }
    assertTrue(md.contains("| `village_coverage_min` | share |"));
  }
}
