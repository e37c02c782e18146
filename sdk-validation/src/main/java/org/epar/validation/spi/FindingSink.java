package org.epar.validation.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.RuleDescriptor;
import org.epar.validation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule reports what it found. The helpers fill in the rule ID, the effective severity, the
 * messages (placeholders {@code {observed}}, {@code {threshold}}, {@code {deadline}}, {@code
 * {percent}}, {@code {count}} and any extra arguments) and the citation.
 *
 * <p>Target semantics ({@link #target}): before the deadline ({@code asOf < deadline}) a miss or a
 * hit yields an INFO progress finding with the percentage reached; at or after the deadline a miss
 * has the rule's severity and a hit yields nothing.
 *
 * <p>Observed values must be free of personal data: pass them through {@link Masking}. A sink is
 * used by one thread at a time. The engine keeps one sink per record rule and thread and
 * {@linkplain #moveTo moves} it from record to record, so a sink handed to {@link RecordRule#check}
 * is valid during that call only: a rule must not keep it.
 *
 * @since 0.1.0
 */
public final class FindingSink {

  private static final String PROGRESS_EN =
      "Progress {percent}% of the target (observed {observed}, target {threshold}, deadline"
          + " {deadline}): {title}.";
  private static final String PROGRESS_ZH =
      "目标进度 {percent}%（实际 {observed}，目标 {threshold}，期限 {deadline}）：{title}。";

  private final RuleContext ctx;
  private long index;
  private @Nullable Carrier carrier;

  /** The suffix of a message argument's Chinese text, e.g. {@code problem.zh}. */
  public static final String ZH = ".zh";

  private final Consumer<Finding> out;

  /**
   * Creates a sink for a record given at top level, or for a dataset rule's findings.
   *
   * @param ctx the context of the rule that reports
   * @param index the input position of the record being checked, or {@code -1} (dataset rules)
   * @param out receives every finding
   */
  public FindingSink(RuleContext ctx, long index, Consumer<Finding> out) {
    this(ctx, index, null, out);
  }

  /**
   * Creates a sink for a record that may have travelled in a report.
   *
   * @param ctx the context of the rule that reports
   * @param index the input position of the record (of its carrier, for a carried record)
   * @param carrier the report that carried the record, or null for a top-level record
   * @param out receives every finding
   * @since 0.2.0
   */
  public FindingSink(
      RuleContext ctx, long index, @Nullable Carrier carrier, Consumer<Finding> out) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
    this.index = index;
    this.carrier = carrier;
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Moves the sink to another record: the locations it builds from now on have this input index and
   * carrier. This is how an engine keeps one sink per rule instead of creating one per record and
   * rule; a rule has no reason to call it.
   *
   * @param index the input position of the record (of its carrier, for a carried record), or {@code
   *     -1}
   * @param carrier the report that carried the record, or null for a top-level record
   * @return this sink
   * @since 0.2.0
   */
  public FindingSink moveTo(long index, @Nullable Carrier carrier) {
    this.index = index;
    this.carrier = carrier;
    return this;
  }

  /**
   * The report the record being checked travelled in, such as the daily report of a transaction:
   * its header (submission time, period) is the record's context. Empty for a top-level record.
   *
   * @return the carrier, or empty
   * @since 0.2.0
   */
  public Optional<Carrier> carrier() {
    return Optional.ofNullable(carrier);
  }

  /**
   * A location in the current record, with its input index and {@linkplain Location#carrier()
   * carrier} filled in.
   *
   * @param objectType the kind of object, such as {@code Site}
   * @param objectId the object's id, never personal data; empty if none
   * @param path the JSON property path, empty for the whole object
   * @return the location
   */
  public Location location(String objectType, String objectId, String path) {
    return new Location(objectType, objectId, path, index, carrier == null ? "" : carrier.label());
  }

  /**
   * Reports a breach of a constraint with the rule's effective severity.
   *
   * @param location where
   * @param observed the observed value as text, masked if personal
   * @param threshold the threshold or expectation as text
   */
  public void violation(Location location, String observed, String threshold) {
    violation(location, observed, threshold, Map.of());
  }

  /**
   * Reports a breach of a constraint with extra message arguments, such as {@code problem}.
   *
   * @param location where
   * @param observed the observed value as text, masked if personal
   * @param threshold the threshold or expectation as text
   * @param arguments values of further placeholders of the rule's messages, free of personal data
   */
  public void violation(
      Location location, String observed, String threshold, Map<String, String> arguments) {
    RuleDescriptor d = ctx.descriptor();
    arguments = withDeadline(d, arguments);
    emit(
        ctx.severity(),
        location,
        observed,
        threshold,
        null,
        fill(d.messageEn(), observed, threshold, arguments, false),
        fill(d.messageZh(), observed, threshold, arguments, true));
  }

  /**
   * Reports a breach of a constraint that is also about another place, such as the first occurrence
   * of a duplicate.
   *
   * @param location where
   * @param observed the observed value as text, masked if personal
   * @param threshold the threshold or expectation as text
   * @param arguments values of further placeholders of the rule's messages, free of personal data
   * @param related the other places, in the order they matter
   */
  public void violation(
      Location location,
      String observed,
      String threshold,
      Map<String, String> arguments,
      List<Location> related) {
    RuleDescriptor d = ctx.descriptor();
    arguments = withDeadline(d, arguments);
    out.accept(
        new Finding(
            d.id(),
            ctx.severity(),
            location,
            observed,
            threshold,
            null,
            fill(d.messageEn(), observed, threshold, arguments, false),
            fill(d.messageZh(), observed, threshold, arguments, true),
            d.citation(),
            1,
            related));
  }

  /**
   * Reports a target that is reached when {@code observed >= threshold}.
   *
   * @param location where, usually {@link Location#dataset()}
   * @param observed the level reached
   * @param threshold the level to reach
   * @param deadline the date by which it must be reached
   */
  public void target(
      Location location, BigDecimal observed, BigDecimal threshold, LocalDate deadline) {
    BigDecimal percent =
        threshold.signum() == 0
            ? BigDecimal.valueOf(100)
            : observed.multiply(BigDecimal.valueOf(100)).divide(threshold, 1, RoundingMode.DOWN);
    reportTarget(
        location, observed, threshold, deadline, observed.compareTo(threshold) >= 0, percent);
  }

  /**
   * Reports a target that is reached when {@code observed <= threshold}, such as a delivery time.
   *
   * @param location where, usually {@link Location#dataset()}
   * @param observed the level reached
   * @param threshold the level not to exceed
   * @param deadline the date by which it must be reached
   */
  public void targetAtMost(
      Location location, BigDecimal observed, BigDecimal threshold, LocalDate deadline) {
    BigDecimal percent =
        observed.signum() == 0
            ? BigDecimal.valueOf(100)
            : threshold.multiply(BigDecimal.valueOf(100)).divide(observed, 1, RoundingMode.DOWN);
    reportTarget(
        location, observed, threshold, deadline, observed.compareTo(threshold) <= 0, percent);
  }

  /**
   * Passes a finding built by the rule itself; prefer the helpers.
   *
   * @param finding the finding
   */
  public void add(Finding finding) {
    out.accept(finding);
  }

  private void reportTarget(
      Location location,
      BigDecimal observed,
      BigDecimal threshold,
      LocalDate deadline,
      boolean reached,
      BigDecimal percent) {
    String obs = observed.toPlainString();
    String thr = threshold.toPlainString();
    RuleDescriptor d = ctx.descriptor();
    Map<String, String> args = args(obs, thr, deadline, Map.of());
    args.put("percent", percent.toPlainString());
    if (ctx.asOf().isBefore(deadline)) {
      args.put("title", d.titleEn());
      String en = fill(PROGRESS_EN, args);
      args.put("title", d.titleZh());
      emit(Severity.INFO, location, obs, thr, deadline, en, fill(PROGRESS_ZH, args));
    } else if (!reached) {
      emit(
          ctx.severity(),
          location,
          obs,
          thr,
          deadline,
          fill(d.messageEn(), args),
          fill(d.messageZh(), zh(args)));
    }
  }

  /**
   * The arguments with the rule's {@code deadline} setting added where its messages name a {@code
   * {deadline}} the rule did not give: a target rule that reports a plain violation (a negative
   * amount, an unusable year) still says its deadline.
   */
  private Map<String, String> withDeadline(RuleDescriptor d, Map<String, String> arguments) {
    if (arguments.containsKey("deadline")
        || (!d.messageEn().contains("{deadline}") && !d.messageZh().contains("{deadline}"))
        || !ctx.settings().has("deadline")) {
      return arguments;
    }
    Map<String, String> m = new HashMap<>(arguments);
    m.put("deadline", ctx.settings().date("deadline").toString());
    return m;
  }

  private static Map<String, String> args(
      String observed, String threshold, @Nullable LocalDate deadline, Map<String, String> more) {
    Map<String, String> m = new HashMap<>(more);
    m.put("observed", observed);
    m.put("threshold", threshold);
    m.putIfAbsent("count", "1");
    if (deadline != null) {
      m.put("deadline", deadline.toString());
    }
    return m;
  }

  /**
   * The arguments of the Chinese message: an argument {@code NAME.zh} (such as {@code problem.zh}
   * or {@code threshold.zh}) stands in for {@code NAME}, so that a rule can give a text argument in
   * both languages.
   */
  private static Map<String, String> zh(Map<String, String> args) {
    Map<String, String> m = new HashMap<>(args);
    for (Map.Entry<String, String> e : args.entrySet()) {
      if (e.getKey().endsWith(ZH)) {
        m.put(e.getKey().substring(0, e.getKey().length() - ZH.length()), e.getValue());
      }
    }
    return m;
  }

  /**
   * A violation's message: what {@code fill(template, args(...))} (English) or {@code
   * fill(template, zh(args(...)))} (Chinese) give, without building the argument maps, since a
   * large report may have tens of thousands of findings.
   */
  private static String fill(
      String template,
      String observed,
      String threshold,
      Map<String, String> more,
      boolean chinese) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    StringBuilder b = new StringBuilder(template.length() + observed.length() + 32);
    int i = 0;
    while (true) {
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        b.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      String value = chinese && !more.isEmpty() ? more.get(name + ZH) : null;
      if (value == null) {
        value =
            switch (name) {
              case "observed" -> observed;
              case "threshold" -> threshold;
              case "count" -> more.getOrDefault("count", "1");
              default -> more.get(name);
            };
      }
      b.append(template, i, open)
          .append(value != null ? value : template.substring(open, close + 1));
      i = close + 1;
      open = template.indexOf('{', i);
    }
    return b.toString();
  }

  private static String fill(String template, Map<String, String> args) {
    StringBuilder b = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        b.append(template, i, template.length());
        break;
      }
      String value = args.get(template.substring(open + 1, close));
      b.append(template, i, open)
          .append(value != null ? value : template.substring(open, close + 1));
      i = close + 1;
    }
    return b.toString();
  }

  private void emit(
      Severity severity,
      Location location,
      String observed,
      String threshold,
      @Nullable LocalDate deadline,
      String en,
      String zh) {
    out.accept(
        new Finding(
            ctx.descriptor().id(),
            severity,
            location,
            observed,
            threshold,
            deadline,
            en,
            zh,
            ctx.descriptor().citation(),
            1));
  }
}
