package org.epar.validation.rules.daming.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.epar.core.model.TrainingSession;
import org.epar.core.money.Ratio;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.RuleSettings;
import org.epar.validation.Severity;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.NoData;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/** Small helpers shared by the rules of this package. */
final class Support {

  /** China Standard Time; China has no daylight saving time. */
  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private Support() {}

  /**
   * Reports a target whose inputs are absent (catalog revision 2: "missing data is a finding, never
   * a silent pass"): INFO progress before the deadline, the rule's severity as of the deadline day
   * and after. Observed is {@code no data}.
   *
   * @param ctx the rule context
   * @param sink where the finding goes
   * @param at where
   * @param threshold the target's threshold as text
   * @param deadline the target's deadline
   */
  static void noData(
      RuleContext ctx, FindingSink sink, Location at, String threshold, LocalDate deadline) {
    NoData.report(ctx, sink, at, threshold, deadline);
  }

  /** Like {@link #noData(RuleContext, FindingSink, Location, String, LocalDate)}, a text target. */
  static void noData(
      RuleContext ctx,
      FindingSink sink,
      Location at,
      RuleTexts.Text threshold,
      LocalDate deadline) {
    NoData.report(ctx, sink, at, threshold.en(), threshold.zh(), deadline);
  }

  /**
   * Reports bad data as an ERROR whatever the rule's severity (catalog revision 2: odd but
   * parseable data is a finding on the record, e.g. a progress of 30 meant as 30%).
   *
   * @param ctx the rule context
   * @param sink where the finding goes
   * @param at where
   * @param observed what was seen
   * @param threshold what was expected
   * @param en the English message
   * @param zh the Chinese message
   */
  static void error(
      RuleContext ctx,
      FindingSink sink,
      Location at,
      String observed,
      String threshold,
      String en,
      String zh) {
    RuleDescriptor d = ctx.descriptor();
    sink.add(
        new Finding(
            d.id(), Severity.ERROR, at, observed, threshold, null, en, zh, d.citation(), 1));
  }

  /**
   * The day a training session was held, for the training targets (catalog revision 2, "Time": a
   * training counts by its session date): its start date, else its end date.
   *
   * @param t the session
   * @return the day, or null when the session has no date (it then counts toward no target)
   */
  static @Nullable LocalDate held(TrainingSession t) {
    return t.startDate() != null ? t.startDate() : t.endDate();
  }

  /**
   * Records a session's day, keeping the earliest when one id is submitted twice.
   *
   * @param days session id to day
   * @param id the session id
   * @param day the day it was held
   */
  static void earliest(Map<String, LocalDate> days, String id, LocalDate day) {
    days.merge(id, day, (x, y) -> x.isBefore(y) ? x : y);
  }

  /**
   * Merges the session days of a later chunk into an earlier one, keeping the earliest day.
   *
   * @param left the earlier chunk's days, updated
   * @param right the later chunk's days
   */
  static void earliest(Map<String, LocalDate> left, Map<String, LocalDate> right) {
    right.forEach((k, v) -> earliest(left, k, v));
  }

  /**
   * Whether a session held on {@code day} counts toward a target due {@code deadline}: it was held,
   * and not after the deadline (the deadline day itself counts).
   *
   * @param day the day the session was held, or null when unknown
   * @param deadline the target's deadline
   * @return whether it counts
   */
  static boolean heldBy(@Nullable LocalDate day, LocalDate deadline) {
    return day != null && !day.isAfter(deadline);
  }

  /** Whether text is absent or only white space. */
  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  /** The text, or the empty string for null. */
  static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /**
   * A ratio as a decimal rounded toward negative infinity at 6 decimals: compared with a threshold
   * of at most 6 decimals it gives the same answer as the exact ratio.
   */
  static BigDecimal floor6(Ratio r) {
    return new BigDecimal(r.numerator())
        .divide(new BigDecimal(r.denominator()), 6, RoundingMode.FLOOR)
        .stripTrailingZeros();
  }

  /** The calendar date in China of an instant. */
  static LocalDate chinaDate(OffsetDateTime t) {
    return t.atZoneSameInstant(CHINA).toLocalDate();
  }

  /**
   * Parses a list parameter into enum constants.
   *
   * @throws IllegalArgumentException for a name that is not a constant (a profile error, reported
   *     by the engine as a failure of the rule rather than silently ignored)
   */
  static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, List<String> names) {
    EnumSet<E> out = EnumSet.noneOf(type);
    for (String n : names) {
      out.add(Enum.valueOf(type, n.trim().toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  /**
   * A value derived from a rule's settings, computed once per settings object: record rules call it
   * per record, so the list parsing is not repeated. Thread-safe (an immutable holder in a volatile
   * field; a race only computes the value twice).
   */
  static final class PerSettings<T> {
    private final Function<RuleSettings, T> compute;
    private volatile @Nullable Holder<T> last;

    PerSettings(Function<RuleSettings, T> compute) {
      this.compute = compute;
    }

    T get(RuleSettings settings) {
      Holder<T> h = last;
      if (h == null || h.settings != settings) {
        h = new Holder<>(settings, compute.apply(settings));
        last = h;
      }
      return h.value;
    }

    private record Holder<T>(RuleSettings settings, T value) {}
  }
}
