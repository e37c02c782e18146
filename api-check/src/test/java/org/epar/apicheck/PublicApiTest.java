package org.epar.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The public API of every library module matches its committed listing {@code
 * <module>/api/<module>.api}, and no public signature names an {@code internal} type. A change to
 * the API fails {@code mvn -B verify} until the listing is regenerated and committed with it, so
 * that every change to the API is deliberate and visible in review:
 *
 * <pre>
 * mvn -B verify -pl api-check -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Depar.api.regenerate=true
 * </pre>
 *
 * <p>japicmp would need a released baseline, which does not exist before 1.0.
 */
class PublicApiTest {

  /** The system property that makes this test write the listings instead of checking them. */
  static final String REGENERATE = "epar.api.regenerate";

  static final String COMMAND =
      "mvn -B verify -pl api-check -am -Dtest=PublicApiTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D"
          + REGENERATE
          + "=true";

  /** A library module and one of its public classes, which locates its compiled classes. */
  record Module(String name, String anchor) {}

  static final List<Module> MODULES =
      List.of(
          new Module("sdk-core", "org.epar.core.model.Village"),
          new Module("sdk-validation", "org.epar.validation.EparValidator"),
          new Module("sdk-spreadsheet", "org.epar.spreadsheet.SpreadsheetReader"),
          new Module("sdk-grpc", "org.epar.grpc.InMemorySubmissionStore"),
          new Module("sdk-store", "org.epar.store.JdbcSubmissionStore"),
          new Module("sdk-assessment", "org.epar.assessment.CountyAssessor"),
          new Module("sdk-testkit", "org.epar.testkit.Models"),
          new Module("sdk-testkit-grpc", "org.epar.testkit.grpc.EparServerExtension"));

  @TestFactory
  Stream<DynamicTest> publicApi_matchesTheCommittedListing() {
    return MODULES.stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> check(m, listing(m))));
  }

  @TestFactory
  Stream<DynamicTest> publicSignatures_nameNoInternalType() {
    return MODULES.stream()
        .map(
            m ->
                DynamicTest.dynamicTest(
                    m.name(),
                    () ->
                        assertEquals(
                            List.of(),
                            leaks(listing(m)),
                            m.name() + ": public signatures that name internal types")));
  }

  static String listing(Module m) {
    try {
      Class<?> anchor = Class.forName(m.anchor(), false, PublicApiTest.class.getClassLoader());
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ApiListing.of(location, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + m.name() + " by " + m.anchor(), e);
    }
  }

  private static void check(Module m, String actual) throws IOException {
    Path file = root().resolve(m.name()).resolve("api").resolve(m.name() + ".api");
    if (Boolean.getBoolean(REGENERATE)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      fail(
          "The public API of "
              + m.name()
              + " differs from "
              + root().relativize(file)
              + ". If the change is deliberate, regenerate the listing and commit it with the"
              + " change:\n  "
              + COMMAND
              + "\n"
              + diff(expected, actual));
    }
  }

  /** Lines only in one side, marked {@code -} (in the listing) and {@code +} (in the classes). */
  static String diff(String expected, String actual) {
    Set<String> was = new LinkedHashSet<>(expected.lines().toList());
    Set<String> is = new LinkedHashSet<>(actual.lines().toList());
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (String l : was) {
      if (!is.contains(l) && shown++ < 40) {
        out.append("- ").append(l).append('\n');
      }
    }
    for (String l : is) {
      if (!was.contains(l) && shown++ < 40) {
        out.append("+ ").append(l).append('\n');
      }
    }
    return shown > 40
        ? out.append("... and ").append(shown - 40).append(" more\n").toString()
        : out.toString();
  }

  /**
   * The members of a listing whose signature names a type of an {@code internal} package, as {@code
   * class: member}; a class header that does counts too.
   */
  static List<String> leaks(String listing) {
    List<String> out = new ArrayList<>();
    String type = "";
    for (String line : listing.lines().toList()) {
      if (line.isBlank() || line.equals("}")) {
        continue;
      }
      if (!line.startsWith("  ")) {
        type = line.replaceAll(".* (?:class|interface|enum|record|@interface) ([^ <]+).*", "$1");
        if (line.contains(".internal.")) {
          out.add(type + ": " + line);
        }
      } else if (line.contains(".internal.")) {
        out.add(type + ": " + line.strip());
      }
    }
    return out;
  }

  /**
   * The project root: {@code maven.multiModuleProjectDirectory} if set, else the nearest ancestor
   * of the working directory whose {@code pom.xml} lists {@code <module>api-check</module>}.
   */
  static Path root() {
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
        "no parent pom.xml with <module>api-check</module> above " + Path.of("").toAbsolutePath());
  }

  private static boolean isRoot(Path dir) {
    Path pom = dir.resolve("pom.xml");
    try {
      return Files.isRegularFile(pom)
          && Files.readString(pom, StandardCharsets.UTF_8).contains("<module>api-check</module>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
