package org.epar.validation.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.epar.validation.Location;

/**
 * A share target: of a population, at least the share {@code parameter} has something by the rule's
 * {@code deadline} parameter (覆盖率, 上线率), reported with {@link FindingSink#target}.
 *
 * <p>The observed share is rounded down to {@code max(4, threshold scale)} decimals, so comparing
 * it with the threshold gives the same answer as comparing the exact fraction (94.9% misses 95%).
 * An empty population is not evaluated: nothing is reported. Immutable.
 *
 * <pre>{@code
 * private static final ShareTarget COVERAGE =
 *     new ShareTarget("township_coverage_min", Location.dataset());
 *
 * public void finish(State s, RuleContext ctx, FindingSink sink) {
 *   COVERAGE.report(s.townshipsWithOutlet, s.townships, ctx, sink);
 * }
 * }</pre>
 *
 * @param parameter the share parameter (a decimal such as {@code 0.95})
 * @param location where the target is reported
 * @since 0.1.0
 * @see ShareTargetRule
 */
public record ShareTarget(String parameter, Location location) {

  /**
   * Checks no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public ShareTarget {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(location, "location");
  }

  /**
   * A target reported at the dataset with the parameter name as object id, for a rule with several
   * share targets.
   *
   * @param parameter the share parameter
   * @param path the JSON property of the dataset measured, such as {@code villages}
   * @return the target
   */
  public static ShareTarget of(String parameter, String path) {
    return new ShareTarget(
        parameter, new Location(Location.dataset().objectType(), parameter, path, -1));
  }

  /**
   * Reports {@code part / whole} against the parameter; nothing when {@code whole} is zero.
   *
   * @param part how many of the population have it
   * @param whole the size of the population
   * @param ctx the rule context
   * @param sink where the finding goes
   */
  public void report(long part, long whole, RuleContext ctx, FindingSink sink) {
    if (whole == 0) {
      return;
    }
    BigDecimal min = ctx.settings().decimal(parameter);
    sink.target(location, share(part, whole, min), min, ctx.settings().date("deadline"));
  }

  /**
   * {@code part / whole} rounded down to {@code max(4, threshold scale)} decimals: it reaches the
   * threshold exactly when the fraction does.
   *
   * @param part the covered count, not negative
   * @param whole the population, positive
   * @param threshold the threshold the share will be compared with
   * @return the share, rounded down
   */
  public static BigDecimal share(long part, long whole, BigDecimal threshold) {
    int scale = Math.max(4, threshold.scale());
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.FLOOR);
  }
}
