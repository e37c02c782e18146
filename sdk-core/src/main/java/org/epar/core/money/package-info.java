/**
 * Money: exact amounts in yuan (元) with two decimals, stored as fen (分), and exact ratios between
 * them.
 *
 * <p>No {@code double} is used anywhere: a share rule such as "training spending ≤ 15% of the fund"
 * is decided with {@link org.epar.core.money.Ratio#isAtMost(java.math.BigDecimal)} on exact
 * integers (rule CORE-MONEY-01: "a ratio is computed from exact amounts").
 */
@NullMarked
package org.epar.core.money;

import org.jspecify.annotations.NullMarked;
