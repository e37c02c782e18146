package org.epar.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.TraceScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@SuppressWarnings("unchecked")
class TermsTest {

  /** Every enumeration of sdk-core with a termZh() method, found in the compiled classes. */
  private static List<Class<?>> termEnums;

  private static List<Enum<?>> constants;

  @BeforeAll
  static void findEnums() throws IOException, URISyntaxException {
    Path root = Path.of(Terms.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains("$") || name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, Terms.class.getClassLoader());
          if (Terms.hasTerms(c)) {
            found.add(c);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException(name, e);
        }
      }
    }
    termEnums = List.copyOf(found);
    List<Enum<?>> all = new ArrayList<>();
    for (Class<?> c : termEnums) {
      for (Object o : c.getEnumConstants()) {
        all.add((Enum<?>) o);
      }
    }
    constants = List.copyOf(all);
  }

  @Test
  void scan_findsTheEnumerationsOfBothPackages() {
    assertTrue(termEnums.contains(PovertyStatus.class));
    assertTrue(termEnums.contains(DivisionLevel.class));
    assertTrue(termEnums.contains(TraceScheme.class));
    // 28 enumerations carry termZh() today; a new one is picked up without editing this test
    assertTrue(termEnums.size() >= 28, () -> "found " + termEnums);
    assertFalse(termEnums.contains(RecordType.class));
  }

  @Test
  void fromZh_ofTermZh_isTheConstant_forEveryConstant() {
    Gen<Enum<?>> constant = integers().between(0, constants.size() - 1).map(constants::get);
    qt().withExamples(500)
        .forAll(constant)
        .check(c -> lookup(c, c.getDeclaringClass(), Terms.termZh(c)));
    // and exhaustively, so no constant depends on the seed
    for (Enum<?> c : constants) {
      assertTrue(lookup(c, c.getDeclaringClass(), Terms.termZh(c)), c::name);
    }
  }

  @Test
  void fromZh_ignoresSurroundingWhitespace() {
    Gen<Enum<?>> constant = integers().between(0, constants.size() - 1).map(constants::get);
    Gen<String> pad =
        strings()
            .betweenCodePoints(0, 4)
            .ofLengthBetween(0, 3)
            .map(
                s ->
                    s.chars()
                        .mapToObj(i -> String.valueOf(" \t\u3000\u00a0\n".charAt(i)))
                        .reduce("", String::concat));
    qt().forAll(constant, pad, pad)
        .check(
            (c, before, after) ->
                lookup(c, c.getDeclaringClass(), before + Terms.termZh(c) + after));
  }

  @Test
  void termZh_isUniqueWithinEachEnumeration() {
    for (Class<?> type : termEnums) {
      Set<String> seen = new HashSet<>();
      for (Object o : type.getEnumConstants()) {
        String term = Terms.termZh((Enum<?>) o);
        assertFalse(term.isBlank(), () -> type.getSimpleName() + " has a blank term");
        assertEquals(term.strip(), term, () -> type.getSimpleName() + " term has spaces: " + term);
        assertTrue(seen.add(term), () -> type.getSimpleName() + " repeats the term " + term);
      }
      assertEquals(type.getEnumConstants().length, Terms.terms(asEnum(type)).size());
    }
  }

  @Test
  void fromZh_unknownBlankOrNull_isEmpty() {
    assertEquals(Optional.empty(), Terms.fromZh(PovertyStatus.class, "脱贫"));
    assertEquals(Optional.empty(), Terms.fromZh(PovertyStatus.class, "未脱贫户"));
    assertEquals(Optional.empty(), Terms.fromZh(PovertyStatus.class, "POOR"));
    assertEquals(Optional.empty(), Terms.fromZh(PovertyStatus.class, ""));
    assertEquals(Optional.empty(), Terms.fromZh(PovertyStatus.class, " \u3000 "));
    assertEquals(Optional.empty(), Terms.fromZh(PovertyStatus.class, null));
    assertEquals(Optional.of(PovertyStatus.POOR), Terms.fromZh(PovertyStatus.class, "\u3000未脱贫 "));
    // a term of another enumeration is not this one's
    assertEquals(
        Optional.empty(), Terms.fromZh(PovertyStatus.class, DivisionLevel.VILLAGE.termZh()));
  }

  @Test
  void fromZh_enumWithoutTerms_isAProgrammerError() {
    assertFalse(Terms.hasTerms(RecordType.class));
    assertFalse(Terms.hasTerms(String.class));
    assertThrows(IllegalArgumentException.class, () -> Terms.fromZh(RecordType.class, "户"));
    assertThrows(IllegalArgumentException.class, () -> Terms.termZh(RecordType.HOUSEHOLD));
  }

  private static boolean lookup(Enum<?> expected, Class<?> type, String term) {
    return Terms.fromZh(asEnum(type), term).equals(Optional.of(expected));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Enum> asEnum(Class<?> type) {
    return (Class<Enum>) type;
  }
}
