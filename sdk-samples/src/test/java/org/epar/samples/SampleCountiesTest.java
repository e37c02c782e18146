package org.epar.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.Dataset;
import org.epar.core.model.Village;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleCountiesTest {

  static Dataset daming;

  @BeforeAll
  static void build() {
    daming = SampleCounties.daming(42L);
  }

  @Test
  void daming_sameSeed_givesAnEqualDataset_otherSeed_aDifferentOne() {
    assertEquals(daming, SampleCounties.daming(42L));
    assertNotEquals(daming, SampleCounties.daming(43L));
  }

  @Test
  void daming_isScopedToTheCounty_onAllItsShippedVillages() {
    assertEquals(SampleCounties.DAMING, daming.scope());
    assertEquals(668, daming.villages().size());
    Set<String> codes =
        daming.villages().stream().map(v -> v.code().value()).collect(Collectors.toSet());
    assertEquals(668, codes.size());
    for (Village v : daming.villages()) {
      assertTrue(
          SampleCounties.damingRegistry().containsAt(v.code(), DivisionLevel.VILLAGE),
          v.code().raw());
      assertTrue(SampleCounties.DAMING.contains(v.code()), v.code().raw());
    }
  }

  @Test
  void damingRegistry_knowsExactlyTheShippedVillages_andIsLoadedOnce() {
    DivisionRegistry registry = SampleCounties.damingRegistry();
    long villages =
        registry.children(SampleCounties.DAMING).stream()
            .mapToLong(township -> registry.children(township).size())
            .sum();
    assertEquals(668, villages);
    assertSame(registry, SampleCounties.damingRegistry());
  }

  @Test
  void daming_onAnEqualRegistryReadFromTheShippedCsv_givesAnEqualDataset() throws Exception {
    try (Reader csv =
        new InputStreamReader(
            SampleCounties.class.getResourceAsStream(SampleCounties.DAMING_VILLAGES),
            StandardCharsets.UTF_8)) {
      DivisionRegistry registry = DivisionRegistry.nbs2023().withVillages(csv);
      assertEquals(daming, SampleCounties.daming(42L, registry));
    }
  }

  @Test
  void daming_onARegistryWithoutVillagesOfTheCounty_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SampleCounties.daming(42L, DivisionRegistry.nbs2023()));
  }

  @Test
  void daming_rejectsANullRegistry() {
    assertThrows(NullPointerException.class, () -> SampleCounties.daming(42L, null));
  }
}
