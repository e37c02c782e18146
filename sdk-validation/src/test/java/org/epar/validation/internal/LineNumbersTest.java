package org.epar.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.epar.validation.Citation;
import org.epar.validation.Finding;
import org.epar.validation.InputProblem;
import org.epar.validation.Location;
import org.epar.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine.LineNumbers}: provisional indexes ({@code part ordinal << 32 | line in the part})
 * become line numbers once the parts' line counts are known, in a finding's location, its related
 * locations and an input problem; what is not an index of a part read stays as it is.
 */
class LineNumbersTest {

  private static long at(int part, int line) {
    return ((long) part << 32) | line;
  }

  private static Engine.LineNumbers threeParts() {
    Engine.LineNumbers n = new Engine.LineNumbers();
    n.next(5); // lines 1-5
    n.next(0); // a part of no lines (none is cut so, but the count may be anything)
    n.next(7); // lines 6-12
    return n;
  }

  @Test
  void provisionalIndexes_becomeLineNumbers() {
    Engine.LineNumbers n = threeParts();
    assertEquals(1, n.of(at(0, 1)));
    assertEquals(5, n.of(at(0, 5)));
    assertEquals(6, n.of(at(2, 1)));
    assertEquals(12, n.of(at(2, 7)));
  }

  @Test
  void noIndex_orOneOfNoPartRead_staysAsItIs() {
    Engine.LineNumbers n = threeParts();
    assertEquals(-1, n.of(-1L));
    assertEquals(at(3, 1), n.of(at(3, 1)));
    assertEquals(Long.MAX_VALUE, n.of(Long.MAX_VALUE));
    assertEquals(0, new Engine.LineNumbers().of(0));
  }

  @Test
  void findingsAndProblems_getLineNumbersEverywhere() {
    Engine.LineNumbers n = threeParts();
    Citation c = new Citation("daming-2017", "大名县2017年电子商务进农村综合示范工作方案 (2017)", "二");
    Finding f =
        new Finding(
            "CORE-DUP-01",
            Severity.ERROR,
            new Location("household", "h2", "id", at(2, 3)),
            "",
            "",
            (LocalDate) null,
            "en",
            "zh",
            c,
            2,
            List.of(new Location("household", "h1", "id", at(0, 4)), Location.dataset()));
    Finding numbered = n.of(f);
    assertEquals(8, numbered.location().index());
    assertEquals(
        List.of(new Location("household", "h1", "id", 4), Location.dataset()), numbered.related());
    assertEquals(f.withLocations(numbered.location(), numbered.related()), numbered);
    assertEquals(new InputProblem(12, "bad"), n.of(new InputProblem(at(2, 7), "bad")));
  }
}
