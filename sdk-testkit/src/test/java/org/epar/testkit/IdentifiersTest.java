package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.id.TraceScheme;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void citizenIds_areValid_realCounty_bornInRange_bothSexes() {
    Set<CitizenId.Sex> sexes = EnumSet.noneOf(CitizenId.Sex.class);
    qt().withExamples(2000)
        .forAll(Identifiers.citizenIds())
        .checkAssert(
            id -> {
              assertTrue(id.isValid(), id::toString);
              assertTrue(
                  DivisionRegistry.nbs2023()
                      .containsAt(DivisionCode.of(id.raw().substring(0, 6)), DivisionLevel.COUNTY));
              LocalDate born = id.birthDate().orElseThrow();
              assertTrue(
                  !born.isBefore(LocalDate.of(1930, 1, 1))
                      && !born.isAfter(LocalDate.of(2010, 12, 31)));
              sexes.add(id.sex().orElseThrow());
            });
    assertEquals(EnumSet.allOf(CitizenId.Sex.class), sexes);
  }

  @Test
  void invalidCitizenIds_areInvalid() {
    qt().withExamples(3000).forAll(Identifiers.invalidCitizenIds()).check(id -> !id.isValid());
  }

  @Test
  void creditCodes_areValid() {
    qt().withExamples(2000).forAll(Identifiers.creditCodes()).check(c -> c.isValid());
  }

  @Test
  void invalidCreditCodes_areInvalid() {
    qt().withExamples(3000).forAll(Identifiers.invalidCreditCodes()).check(c -> !c.isValid());
  }

  @Test
  void divisionCodes_areValid_atTheirLevel_knownAboveVillage() {
    for (DivisionLevel level : DivisionLevel.values()) {
      qt().withExamples(500)
          .forAll(Identifiers.divisionCodes(level))
          .checkAssert(
              c -> {
                assertTrue(c.isAtLevel(level), c::raw);
                if (level != DivisionLevel.VILLAGE) {
                  assertTrue(DivisionRegistry.nbs2023().contains(c), c::raw);
                } else {
                  assertTrue(
                      DivisionRegistry.nbs2023().contains(c.township().orElseThrow()), c::raw);
                }
              });
    }
  }

  @Test
  void invalidDivisionCodes_areInvalid() {
    qt().withExamples(3000).forAll(Identifiers.invalidDivisionCodes()).check(c -> !c.isValid());
  }

  @Test
  void villagesOf_daming_areRealVillagesOfTheCounty() {
    DivisionRegistry registry = Counties.damingRegistry();
    qt().withExamples(500)
        .forAll(Identifiers.villagesOf(registry, Counties.DAMING))
        .check(v -> registry.containsAt(v, DivisionLevel.VILLAGE) && Counties.DAMING.contains(v));
  }

  @Test
  void traceCodes_areValid_inTheirScheme() {
    for (TraceScheme scheme : TraceScheme.values()) {
      qt().withExamples(500)
          .forAll(Identifiers.traceCodes(scheme))
          .check(c -> c.isValid() && c.scheme().orElseThrow() == scheme);
    }
    qt().withExamples(500)
        .forAll(Identifiers.gtins())
        .check(c -> c.isValid() && c.gtin14().isPresent());
  }

  @Test
  void invalidTraceCodes_areInvalid() {
    qt().withExamples(3000).forAll(Identifiers.invalidTraceCodes()).check(c -> !c.isValid());
  }
}
