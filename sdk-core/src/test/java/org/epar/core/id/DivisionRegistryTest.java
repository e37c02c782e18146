package org.epar.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DivisionRegistryTest {

  private static Path divisions;
  private static DivisionRegistry withVillages;
  private static List<String> villageCodes;

  /** The first column of every data line of one of the repository's division CSVs. */
  private static List<String> codes(String file) {
    try {
      List<String> lines = Files.readAllLines(divisions.resolve(file), StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream()
          .filter(l -> !l.isEmpty())
          .map(l -> l.substring(0, l.indexOf(',')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void load() {
    divisions = Path.of("..", "data", "divisions").toAbsolutePath().normalize();
    withVillages =
        DivisionRegistry.nbs2023().withVillages(divisions.resolve("villages-seed-counties.csv"));
    villageCodes = codes("villages-seed-counties.csv");
  }

  @Test
  void nbs2023_calledTwice_sameInstanceWithEdition() {
    assertSame(DivisionRegistry.nbs2023(), DivisionRegistry.nbs2023());
    assertEquals("NBS 2023 (2023-06-30)", DivisionRegistry.nbs2023().edition());
  }

  @Test
  void nbs2023_everyTownshipOfStreetsCsv_contained() {
    List<String> townships = codes("streets.csv");
    assertEquals(41_352, townships.size());
    for (String code : townships) {
      assertTrue(DivisionRegistry.nbs2023().contains(DivisionCode.of(code)), code);
    }
  }

  @Test
  void nbs2023_everyCountyProvinceAndCity_contained() {
    for (String file : List.of("areas.csv", "cities.csv", "provinces.csv")) {
      for (String code : codes(file)) {
        DivisionCode division = DivisionCode.of(code.length() < 6 ? padRight(code) : code);
        assertTrue(DivisionRegistry.nbs2023().contains(division), file + " " + code);
      }
    }
    assertEquals(2_978, codes("areas.csv").size());
  }

  private static String padRight(String code) {
    return (code + "000000000000").substring(0, 12);
  }

  @Test
  void nbs2023_sizes_matchSourceLessMergedDuplicates() {
    DivisionRegistry nbs = DivisionRegistry.nbs2023();
    assertEquals(31, nbs.size(DivisionLevel.PROVINCE));
    assertEquals(342, nbs.size(DivisionLevel.CITY));
    // Dongguan, Zhongshan and Danzhou's "counties" are the cities themselves.
    assertEquals(2_978 - 3, nbs.size(DivisionLevel.COUNTY));
    // Jinmen's only "township" 350527000 is the county itself.
    assertEquals(41_352 - 1, nbs.size(DivisionLevel.TOWNSHIP));
    assertEquals(0, nbs.size(DivisionLevel.VILLAGE));
    assertEquals(31 + 342 + 2_975 + 41_351, nbs.size());
    assertEquals(2_975, nbs.codes(DivisionLevel.COUNTY).size());
  }

  @Test
  void nbs2023_names_knownCodesInAnyForm() {
    DivisionRegistry nbs = DivisionRegistry.nbs2023();
    assertEquals(Optional.of("大名县"), nbs.name(DivisionCode.of("130425")));
    assertEquals(Optional.of("大名县"), nbs.name(DivisionCode.of("130425000000")));
    assertEquals(Optional.of("东莞市"), nbs.name(DivisionCode.of("441900")));
    assertEquals(Optional.of("河北省"), nbs.name(DivisionCode.of("130000")));
    assertEquals(Optional.empty(), nbs.name(DivisionCode.of("130499")));
    assertEquals(Optional.empty(), nbs.name(DivisionCode.of("bad")));
    assertEquals(Optional.of(DivisionLevel.COUNTY), nbs.level(DivisionCode.of("130425")));
    assertTrue(nbs.containsAt(DivisionCode.of("130425"), DivisionLevel.COUNTY));
    assertFalse(nbs.containsAt(DivisionCode.of("130425"), DivisionLevel.VILLAGE));
  }

  @Test
  void nbs2023_everyNonProvince_hasKnownParentAndIsItsChild() {
    DivisionRegistry nbs = DivisionRegistry.nbs2023();
    int children = 0;
    for (DivisionLevel level : DivisionLevel.values()) {
      for (DivisionCode code : nbs.codes(level)) {
        children += nbs.children(code).size();
      }
    }
    assertEquals(nbs.size() - nbs.size(DivisionLevel.PROVINCE), children);
    assertEquals(36, nbs.children(DivisionCode.of("441900")).size()); // Dongguan's towns
  }

  @Test
  void withVillages_seedCounties_everyVillageContainedAndOriginalUnchanged() {
    assertEquals(4_798, villageCodes.size());
    for (String code : villageCodes) {
      assertTrue(withVillages.contains(DivisionCode.of(code)), code);
      assertFalse(DivisionRegistry.nbs2023().contains(DivisionCode.of(code)), code);
    }
    assertEquals(4_798, withVillages.size(DivisionLevel.VILLAGE));
    assertEquals(Optional.of("北关社区居民委员会"), withVillages.name(DivisionCode.of("130425100001")));
  }

  @Test
  void withVillages_daming_has668VillagesThroughItsTownships() {
    int villages = 0;
    for (DivisionCode township : withVillages.children(DivisionCode.of("130425"))) {
      assertTrue(township.isAtLevel(DivisionLevel.TOWNSHIP));
      for (DivisionCode village : withVillages.children(township)) {
        assertTrue(township.contains(village));
        villages++;
      }
    }
    assertEquals(668, villages);
  }

  @Test
  void withVillages_mutatedLastSegment_notContained() {
    Set<String> known = new HashSet<>(villageCodes);
    qt().forAll(integers().between(0, villageCodes.size() - 1), integers().between(1, 599))
        .assuming(
            (i, v) ->
                !known.contains(villageCodes.get(i).substring(0, 9) + String.format("%03d", v)))
        .checkAssert(
            (i, v) -> {
              DivisionCode mutated =
                  DivisionCode.of(villageCodes.get(i).substring(0, 9) + String.format("%03d", v));
              assertTrue(mutated.isValid());
              assertFalse(withVillages.contains(mutated), mutated.raw());
            });
  }

  private static DivisionDataException malformed(String csv) {
    return assertThrows(
        DivisionDataException.class,
        () -> DivisionRegistry.nbs2023().withVillages(new StringReader(csv)));
  }

  @Test
  void withVillages_malformedLines_throwNamingLineNumber() {
    String header = "code,name,streetCode\n";
    String ok = "130425100001,\"北关\",130425100\n";
    assertEquals(3, malformed(header + ok + "13042510000x,\"x\"\n").line());
    assertEquals(3, malformed(header + ok + "130425100002\n").line());
    assertEquals(2, malformed(header + "130425100002,\"unterminated\n").line());
    assertEquals(2, malformed(header + "130425100000,\"township\"\n").line());
    assertEquals(2, malformed(header + "130425100700,\"out of range\"\n").line());
    assertEquals(2, malformed(header + "130425999001,\"unknown township\"\n").line());
    assertEquals(2, malformed(header + "130425100001,\"\"\n").line());
    assertEquals(4, malformed(header + ok + "\n" + ok).line());
    assertEquals(1, malformed("id,name\n" + ok).line());
    assertTrue(malformed(header + ok + "x,y\n").getMessage().contains("line 3"));
  }

  @Test
  void withVillages_bomQuotesAndExtraColumns_accepted() {
    DivisionRegistry r =
        DivisionRegistry.nbs2023()
            .withVillages(
                new StringReader(
                    "\uFEFFcode,name,a,b\n"
                        + "130425100001,\"北关 \"\"社区\"\", 居委会\",x,y\n"
                        + "130425100002,一铺\n\n"));
    assertEquals(Optional.of("北关 \"社区\", 居委会"), r.name(DivisionCode.of("130425100001")));
    assertEquals(Optional.of("一铺"), r.name(DivisionCode.of("130425100002")));
    assertEquals(2, r.size(DivisionLevel.VILLAGE));
  }
}
