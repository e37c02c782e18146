package org.epar.validation.rules.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Household;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Site;
import org.junit.jupiter.api.Test;

class RecordTypesTest {

  private record Leafless(String name, int count, List<String> tags) {}

  private record Nested(Map<String, List<Optional<LocalDate>>> dates) {}

  private record Cycle(List<Cycle> children, String name) {}

  private record Open(Object anything) {}

  @Test
  void followsComponentsCollectionsMapsAndOptionals() {
    assertTrue(RecordTypes.mayContain(Household.class, c -> c == CitizenId.class));
    assertTrue(RecordTypes.mayContain(Household.class, c -> c == DivisionCode.class));
    assertFalse(RecordTypes.mayContain(Household.class, c -> c == CreditCode.class));
    assertFalse(RecordTypes.mayContain(Household.class, c -> c == LocalDate.class));
    assertTrue(RecordTypes.mayContain(Site.class, c -> c == CreditCode.class));
    // a monthly report carries sites, so it may carry their credit codes
    assertTrue(RecordTypes.mayContain(MonthlyReport.class, c -> c == CreditCode.class));
    assertTrue(RecordTypes.mayContain(Nested.class, c -> c == LocalDate.class));
    assertFalse(RecordTypes.mayContain(Leafless.class, c -> c == LocalDate.class));
    assertFalse(RecordTypes.mayContain(Cycle.class, c -> c == LocalDate.class));
  }

  @Test
  void aTypeThatMayBeASubclass_mayHoldAnything() {
    assertTrue(RecordTypes.mayContain(Open.class, c -> c == LocalDate.class));
  }
}
