package org.epar.grpc.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.Optional;
import org.epar.core.money.Money;
import org.epar.core.money.MoneyFormatException;
import org.epar.grpc.ProtoMappingException;
import org.epar.grpc.internal.TextFields;

/**
 * Jazzer targets for money and decimal text: {@code Money.parse} accepts exactly the plain amounts
 * it documents and reads its own {@code format()} back; the server's bounded decimal reader ({@code
 * TextFields.decimal}) refuses anything over its length and exponent bounds before any arithmetic
 * and otherwise agrees with {@code new BigDecimal}.
 *
 * <p>Regression inputs: {@code src/test/resources/org/epar/grpc/fuzz/DecimalFuzzTestInputs/}.
 */
class DecimalFuzzTest {

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
  void money(byte[] input) {
    String text = Inputs.text(input);
    Optional<Money> parsed = Money.tryParse(text);
    if (parsed.isEmpty()) {
      assertThrows(MoneyFormatException.class, () -> Money.parse(text));
      return;
    }
    Money m = parsed.get();
    assertTrue(text.matches("-?[0-9]+(\\.[0-9]{1,2})?"), "accepted only plain amounts");
    assertEquals(0, new BigDecimal(text).compareTo(m.toBigDecimal()));
    assertEquals(m, Money.parse(m.format()), "format() reads back");
    assertEquals(m.format(), m.toString());
  }

  @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
  void boundedDecimal(byte[] input) {
    String text = Inputs.text(input);
    BigDecimal value;
    try {
      value = TextFields.decimal(text, "f");
    } catch (ProtoMappingException e) {
      assertEquals("f", e.field());
      // the three fixed problems hold "40" or "30" only in texts a 3+ character input cannot match
      boolean quotable = text.length() >= 3 && text.chars().anyMatch(c -> c >= '0' && c <= '9');
      assertFalse(quotable && e.getMessage().contains(text), "the problem quotes the value");
      return;
    }
    assertTrue(text.length() <= TextFields.MAX_DECIMAL_CHARS, "accepted over the length bound");
    BigDecimal reference = new BigDecimal(text);
    assertEquals(reference, value);
    assertTrue(
        Math.abs((long) value.scale())
            <= TextFields.MAX_DECIMAL_CHARS + TextFields.MAX_DECIMAL_EXPONENT,
        "scale within the bounds");
  }
}
