package org.epar.validation.spi;

import java.math.BigDecimal;
import java.util.Objects;
import org.epar.validation.Location;

/**
 * One part of a count target: at least {@code parameter} of something by the rule's {@code
 * deadline} parameter (建成…个, 培育…名), reported with {@link FindingSink#target}.
 *
 * <p>A rule with several parts gives each its own location, usually at the dataset with the
 * parameter name as object id, so that the report keeps one finding per part. Immutable.
 *
 * <pre>{@code
 * private static final CountTarget STATIONS = CountTarget.of("village_stations_min", "sites");
 *
 * public void finish(long[] counts, RuleContext ctx, FindingSink sink) {
 *   STATIONS.report(counts[0], ctx, sink);
 * }
 * }</pre>
 *
 * @param parameter the count parameter (unit {@code count}), such as {@code village_stations_min}
 * @param location where the part is reported
 * @since 0.1.0
 * @see CountTargetRule
 */
public record CountTarget(String parameter, Location location) {

  /**
   * Checks no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public CountTarget {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(location, "location");
  }

  /**
   * A part reported at the dataset with the parameter name as object id.
   *
   * @param parameter the count parameter
   * @param path the JSON property of the dataset counted, such as {@code sites}
   * @return the part
   */
  public static CountTarget of(String parameter, String path) {
    return new CountTarget(
        parameter, new Location(Location.dataset().objectType(), parameter, path, -1));
  }

  /**
   * Reports the count reached against the parameter, by the {@code deadline} parameter.
   *
   * @param count the count reached
   * @param ctx the rule context
   * @param sink where the finding goes
   */
  public void report(long count, RuleContext ctx, FindingSink sink) {
    sink.target(
        location,
        BigDecimal.valueOf(count),
        BigDecimal.valueOf(ctx.settings().integer(parameter)),
        ctx.settings().date("deadline"));
  }
}
