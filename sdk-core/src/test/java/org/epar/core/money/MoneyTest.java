package org.epar.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final long RANGE = Long.MAX_VALUE / 4;

  @Test
  void formatThenParse_anyFen_roundTrips() {
    qt().forAll(longs().all())
        .checkAssert(fen -> assertEquals(Money.ofFen(fen), Money.parse(Money.ofFen(fen).format())));
  }

  @Test
  void format_anyFen_hasExactlyTwoDecimals() {
    qt().forAll(longs().all())
        .check(fen -> Money.ofFen(fen).toString().matches("-?[0-9]+\\.[0-9]{2}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1500.00", "1500", "1500.5", "-3.00", "0", "0.05", "007.10"})
  void parse_plainDecimal_isAccepted(String text) {
    assertEquals(0, Money.parse(text).toBigDecimal().compareTo(new BigDecimal(text)));
  }

  @Test
  void parse_examples_giveFen() {
    assertEquals(150_000, Money.parse("1500.00").fen());
    assertEquals(150_000, Money.parse("1500").fen());
    assertEquals(150_050, Money.parse("1500.5").fen());
    assertEquals(-300, Money.parse("-3.00").fen());
    assertEquals("1500.50", Money.parse("1500.5").toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "NaN",
        "Infinity",
        "-Infinity",
        "1E3",
        "1.5e2",
        "1500.001",
        "1,500.00",
        "1 500",
        " 1500",
        "1500 ",
        "+1500",
        "¥1500",
        "1500.",
        ".5",
        "-",
        "0x10",
        "１５００",
        "92233720368547758.08",
        "99999999999999999999"
      })
  void parse_badForm_throwsMoneyFormatExceptionQuotingText(String text) {
    MoneyFormatException e = assertThrows(MoneyFormatException.class, () -> Money.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    assertEquals(text, e.text());
    assertEquals(Optional.empty(), Money.tryParse(text));
  }

  @Test
  void parse_moreThanTwoDecimals_saysSo() {
    assertTrue(
        assertThrows(MoneyFormatException.class, () -> Money.parse("1.005"))
            .getMessage()
            .contains("more than 2 decimals"));
  }

  @Test
  void tryParse_goodAndNull_givesValueOrEmpty() {
    assertEquals(Optional.of(Money.ofYuan(12)), Money.tryParse("12.00"));
    assertEquals(Optional.empty(), Money.tryParse(null));
  }

  @Test
  void of_bigDecimal_acceptsTrailingZerosRejectsFractionOfFen() {
    assertEquals(Money.ofFen(150), Money.of(new BigDecimal("1.500")));
    assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1.505")));
    assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1E30")));
  }

  @Test
  void factories_units_areYuanFenWan() {
    assertEquals(100, Money.ofYuan(1).fen());
    assertEquals(1_500_000_000L, Money.ofWan(1500).fen());
    assertEquals("15000000.00", Money.ofWan(1500).format());
    assertEquals(Money.ZERO, Money.ofFen(0));
    assertThrows(ArithmeticException.class, () -> Money.ofWan(Long.MAX_VALUE / 1000));
  }

  @Test
  void plus_inRange_isCommutative() {
    qt().forAll(longs().between(-RANGE, RANGE), longs().between(-RANGE, RANGE))
        .check(
            (a, b) ->
                Money.ofFen(a).plus(Money.ofFen(b)).equals(Money.ofFen(b).plus(Money.ofFen(a))));
  }

  @Test
  void plus_inRange_isAssociative() {
    qt().forAll(
            longs().between(-RANGE, RANGE),
            longs().between(-RANGE, RANGE),
            longs().between(-RANGE, RANGE))
        .check(
            (a, b, c) -> {
              Money x = Money.ofFen(a);
              Money y = Money.ofFen(b);
              Money z = Money.ofFen(c);
              return x.plus(y).plus(z).equals(x.plus(y.plus(z)));
            });
  }

  @Test
  void minus_inRange_undoesPlus() {
    qt().forAll(longs().between(-RANGE, RANGE), longs().between(-RANGE, RANGE))
        .check(
            (a, b) ->
                Money.ofFen(a).plus(Money.ofFen(b)).minus(Money.ofFen(b)).equals(Money.ofFen(a)));
  }

  @Test
  void arithmetic_overflow_throwsArithmeticException() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Money.ofFen(1)));
    assertThrows(
        ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1)));
    assertThrows(ArithmeticException.class, () -> max.times(2));
    assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).negate());
    assertThrows(ArithmeticException.class, () -> Money.sum(List.of(max, Money.ofFen(1))));
  }

  @Test
  void signs_negativeZeroPositive_areReported() {
    assertTrue(Money.parse("-3.00").isNegative());
    assertEquals(-1, Money.ofFen(-1).signum());
    assertTrue(Money.ZERO.isZero());
    assertEquals(1, Money.ofFen(7).signum());
    assertEquals(Money.ofYuan(3), Money.parse("-3").negate());
    assertEquals(Money.ofYuan(6), Money.ofYuan(2).times(3));
  }

  @Test
  void sum_amounts_addsAllAndEmptyIsZero() {
    assertEquals(Money.ZERO, Money.sum(List.of()));
    assertEquals(
        Money.parse("1500.55"), Money.sum(List.of(Money.ofYuan(1500), Money.parse("0.55"))));
  }

  @Test
  void compareTo_amounts_ordersByValue() {
    assertTrue(Money.parse("-0.01").compareTo(Money.ZERO) < 0);
    assertTrue(Money.ofWan(1).compareTo(Money.ofYuan(9999)) > 0);
  }

  @Test
  void ratio_225WanOf1500Wan_isExactlyFifteenPercent() {
    Ratio r = Money.ofWan(225).ratio(Money.ofWan(1500));
    BigDecimal fifteen = new BigDecimal("0.15");
    assertTrue(r.isAtLeast(fifteen));
    assertTrue(r.isAtMost(fifteen));
    assertEquals(0, r.compareTo(fifteen));
    assertEquals(Ratio.of(3, 20), r);
    assertEquals(new BigDecimal("15.00"), r.percent());
  }

  @Test
  void ratio_22501WanOf1500Wan_isAboveFifteenPercent() {
    // 225.01万 = 2,250,100.00 yuan
    Ratio r = Money.parse("2250100.00").ratio(Money.ofWan(1500));
    assertTrue(r.isAtLeast(new BigDecimal("0.15")));
    assertFalse(r.isAtMost(new BigDecimal("0.15")));
  }

  @Test
  void ratio_oneFenBelow_isBelowFifteenPercent() {
    Ratio r = Money.ofWan(225).minus(Money.ofFen(1)).ratio(Money.ofWan(1500));
    assertFalse(r.isAtLeast(new BigDecimal("0.15")));
    assertTrue(r.isAtMost(new BigDecimal("0.15")));
  }

  @Test
  void ratio_499Of1000_isBelowHalfAnd500IsAtLeastHalf() {
    BigDecimal half = new BigDecimal("0.500");
    assertFalse(Ratio.of(499, 1000).isAtLeast(half));
    assertTrue(Ratio.of(500, 1000).isAtLeast(half));
    assertTrue(Ratio.of(499, 1000).compareTo(Ratio.of(1, 2)) < 0);
    assertEquals(new BigDecimal("49.90"), Ratio.of(499, 1000).percent());
  }

  @Test
  void ratio_zeroDenominator_throwsArithmeticException() {
    assertThrows(ArithmeticException.class, () -> Money.ofYuan(1).ratio(Money.ZERO));
    assertThrows(
        ArithmeticException.class,
        () -> Money.ofYuan(1).ratioTo(Money.ZERO, MathContext.DECIMAL64));
  }

  @Test
  void ratio_negativeDenominator_isNormalized() {
    Ratio r = Ratio.of(2, -4);
    assertEquals(-1, r.numerator());
    assertEquals(2, r.denominator());
    assertEquals("-1/2", r.toString());
    assertEquals(new BigDecimal("-0.5000"), r.toBigDecimal(4));
  }

  @Test
  void ratioTo_mathContext_roundsForDisplay() {
    assertEquals(
        new BigDecimal("0.3333"), Money.ofYuan(1).ratioTo(Money.ofYuan(3), new MathContext(4)));
  }

  @Test
  void share_halfFen_roundsHalfUpAwayFromZero() {
    assertEquals(Money.ofWan(225), Money.ofWan(1500).share(new BigDecimal("0.15")));
    assertEquals(Money.ofFen(3), Money.ofFen(5).share(new BigDecimal("0.5")));
    assertEquals(Money.ofFen(-3), Money.ofFen(-5).share(new BigDecimal("0.5")));
    assertEquals(Money.ofFen(1), Money.ofFen(3).share(new BigDecimal("0.4")));
  }
}
