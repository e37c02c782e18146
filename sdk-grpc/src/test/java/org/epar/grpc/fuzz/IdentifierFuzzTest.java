package org.epar.grpc.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.IdProblem;
import org.epar.core.id.Identifier;
import org.epar.core.id.InvalidIdentifierException;
import org.epar.core.id.TraceCode;

/**
 * Jazzer targets for the four identifiers: any text, valid or not, gives a verdict without an
 * exception; {@code isValid()} agrees with {@code problems()} and with {@code parse}; the exception
 * of {@code parse} and a citizen id's {@code toString()} never carry the text.
 *
 * <p>Regression inputs: {@code src/test/resources/org/epar/grpc/fuzz/IdentifierFuzzTestInputs/}.
 */
class IdentifierFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2018, 4, 3);

  @FuzzTest(maxDuration = "20m", maxExecutions = 2_000_000)
  void citizenId(byte[] input) {
    String raw = Inputs.text(input);
    CitizenId id = CitizenId.of(raw);
    List<IdProblem> problems = id.problems(TODAY);
    check(id, CitizenId::parse, id.problems());
    if (problems.isEmpty()) {
      assertTrue(id.birthDate().isPresent(), "a valid citizen id has a birth date");
      assertTrue(id.sex().isPresent(), "a valid citizen id has a sex");
      CitizenId eighteen = id.toEighteen().orElseThrow();
      assertEquals(List.of(), eighteen.problems(TODAY), "the 18-digit form of a valid id is valid");
      assertTrue(id.sameAs(eighteen) || raw.length() == 15);
    }
    String shown = id.toString();
    assertEquals(raw.length(), shown.length());
    if (raw.length() > 8) {
      assertFalse(
          shown.substring(4, shown.length() - 4).chars().anyMatch(c -> c != '*'),
          "toString() shows the middle of a citizen id");
    } else {
      assertTrue(shown.chars().allMatch(c -> c == '*'));
    }
  }

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_500_000)
  void creditCode(byte[] input) {
    CreditCode code = CreditCode.of(Inputs.text(input));
    check(code, CreditCode::parse, code.problems());
  }

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_500_000)
  void divisionCode(byte[] input) {
    DivisionCode code = DivisionCode.of(Inputs.text(input));
    check(code, DivisionCode::parse, code.problems());
    assertEquals(code.isValid(), code.level().isPresent());
    if (code.isValid()) {
      code.parent().ifPresent(p -> assertTrue(p.contains(code), "parent contains child"));
      assertTrue(code.contains(code));
    }
  }

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_500_000)
  void traceCode(byte[] input) {
    TraceCode code = TraceCode.of(Inputs.text(input));
    check(code, TraceCode::parse, code.problems());
    if (code.isValid()) {
      assertTrue(code.scheme().isPresent(), "a valid trace code has a scheme");
    }
  }

  private static <T extends Identifier> void check(
      T id, java.util.function.Function<String, T> parse, List<IdProblem> problems) {
    assertEquals(problems.isEmpty(), id.isValid());
    if (problems.isEmpty()) {
      assertEquals(id, parse.apply(id.raw()));
    } else {
      InvalidIdentifierException e =
          assertThrows(InvalidIdentifierException.class, () -> parse.apply(id.raw()));
      String raw = id.raw().strip();
      // problem codes and type names hold no digit: a quoted input of 6+ characters with one would
      // show
      if (raw.length() >= 6 && raw.chars().anyMatch(Character::isDigit)) {
        assertFalse(
            String.valueOf(e.getMessage()).contains(raw), "the exception message quotes the input");
      }
    }
  }
}
