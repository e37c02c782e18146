package org.epar.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root for tests that check generated files in. */
final class RepoRoot {

  private RepoRoot() {}

  /**
   * The root: {@code maven.multiModuleProjectDirectory} if set, else the nearest ancestor of the
   * working directory whose {@code pom.xml} lists {@code <module>sdk-core</module>}.
   */
  static Path find() {
    String prop = System.getProperty("maven.multiModuleProjectDirectory");
    if (prop != null && !prop.isBlank() && isRoot(Path.of(prop))) {
      return Path.of(prop).toAbsolutePath();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (isRoot(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no parent pom.xml with <module>sdk-core</module> above " + Path.of("").toAbsolutePath());
  }

  private static boolean isRoot(Path dir) {
    Path pom = dir.resolve("pom.xml");
    try {
      return Files.isRegularFile(pom)
          && Files.readString(pom).contains("<module>sdk-core</module>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
