package org.epar.validation.rules.core;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TraceStep;
import org.epar.validation.Location;
import org.epar.validation.internal.RuleTexts;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CORE-TRACE-01: the trace events of one code form a possible chain, in time order, each with a
 * where and a who ("来源可查、去向可追、责任可究", CQ 二(五)).
 *
 * <p>The catalog lists the rule at record scope, but a chain spans many trace event records, so it
 * runs as a dataset rule. Parameter {@code event_order} (a list of {@link TraceStep} names, e.g.
 * {@code PRODUCE,PROCESS,PACK,SHIP,RECEIVE,SELL}).
 *
 * <p>Reading (catalog revision 2): the events of a code, sorted by time, must step through {@code
 * event_order} without going back (a step may repeat, e.g. several SHIP events); the first event is
 * the first step of the order (the origin must be known, 来源可查); between two consecutive events no
 * step of the order may be skipped except PROCESS and PACK, which the parameter's description makes
 * optional. PROCESS and PACK ("process/pack") are one stage: they may come in either order. Events
 * with the same timestamp may be listed in any order: ties are ordered by their step in {@code
 * event_order} (then by input position), so a same-second PACK and SHIP are never a step back. A
 * chain may end early (goods still on their way). Each event needs a time and a step, a where
 * ({@code where_division} or {@code where_site}) and a who ({@code who_enterprise} or {@code
 * who_household}). Events without a code are left to CORE-ID-04 and CORE-REF-01. The problems of
 * one event are one finding at that event (the path of the first problem, all problems in the
 * {@code problem} argument).
 *
 * <p>State: per code, a compact summary of each event (step, time, input position, id, whether it
 * has a where and a who).
 *
 * @since 0.1.0
 */
final class TraceChainRule implements DatasetRule<TraceChainRule.State> {

  /** The rule ID. */
  static final String ID = "CORE-TRACE-01";

  private static final Set<TraceStep> OPTIONAL = EnumSet.of(TraceStep.PROCESS, TraceStep.PACK);

  /** One event, reduced to what the chain needs. */
  record Event(
      @Nullable TraceStep step,
      @Nullable OffsetDateTime time,
      long index,
      String id,
      boolean where,
      boolean who) {}

  /** The mergeable state: events per trace code, in input order. */
  static final class State {
    private final Map<String, List<Event>> byCode = new HashMap<>();

    State() {}
  }

  /** Creates the rule; it is stateless. */
  TraceChainRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public State newState(RuleContext ctx) {
    return new State();
  }

  @Override
  public void accumulate(State state, Object record, long index, RuleContext ctx) {
    if (record instanceof TraceEvent e && e.code() != null) {
      boolean where =
          (e.whereDivision() != null && !e.whereDivision().raw().isEmpty())
              || (e.whereSite() != null && !e.whereSite().isBlank());
      boolean who =
          (e.whoEnterprise() != null && !e.whoEnterprise().raw().isEmpty())
              || (e.whoHousehold() != null && !e.whoHousehold().isBlank());
      state
          .byCode
          .computeIfAbsent(e.code().raw(), k -> new ArrayList<>(4))
          .add(new Event(e.step(), e.time(), index, e.key(), where, who));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return TraceEvent.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.byCode.forEach(
        (code, events) -> {
          List<Event> mine = left.byCode.get(code);
          if (mine == null) {
            left.byCode.put(code, events);
          } else {
            mine.addAll(events);
          }
        });
    return left;
  }

  @Override
  public void finish(State state, RuleContext ctx, FindingSink sink) {
    List<String> names = ctx.settings().list("event_order");
    EnumMap<TraceStep, Integer> rank = new EnumMap<>(TraceStep.class);
    List<TraceStep> order = new ArrayList<>();
    for (String n : names) {
      TraceStep s = TraceStep.valueOf(n.trim().toUpperCase(Locale.ROOT));
      if (!rank.containsKey(s)) {
        rank.put(s, order.size());
        order.add(s);
      }
    }
    // process/pack is one stage: both take the rank of the earlier of the two
    if (rank.containsKey(TraceStep.PROCESS) && rank.containsKey(TraceStep.PACK)) {
      int stage = Math.min(rank.get(TraceStep.PROCESS), rank.get(TraceStep.PACK));
      rank.put(TraceStep.PROCESS, stage);
      rank.put(TraceStep.PACK, stage);
    }
    Comparator<Event> byTime =
        Comparator.comparing(Event::time, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(
                e ->
                    e.step() == null
                        ? Integer.MAX_VALUE
                        : rank.getOrDefault(e.step(), Integer.MAX_VALUE))
            .thenComparingLong(Event::index);
    String threshold = String.join(" → ", order.stream().map(Enum::name).toList());
    List<String> codes = new ArrayList<>(state.byCode.keySet());
    codes.sort(Comparator.naturalOrder());
    for (String code : codes) {
      List<Event> events = new ArrayList<>(state.byCode.get(code));
      events.sort(byTime);
      String observed = IdentifierRule.shown(code);
      Event previous = null;
      for (Event e : events) {
        Problems found = new Problems();
        if (!e.where()) {
          found.add("where_division", RuleTexts.of("trace.no-where", e.id()));
        }
        if (!e.who()) {
          found.add("who_enterprise", RuleTexts.of("trace.no-who", e.id()));
        }
        previous = step(e, previous, rank, order, found);
        found.report(sink, e, observed, threshold);
      }
    }
  }

  /** Checks the step of an event after {@code previous}; returns the new previous event. */
  private static @Nullable Event step(
      Event e,
      @Nullable Event previous,
      EnumMap<TraceStep, Integer> rank,
      List<TraceStep> order,
      Problems found) {
    if (e.time() == null) {
      found.add("time", RuleTexts.of("trace.no-time", e.id()));
      return previous;
    }
    if (e.step() == null) {
      found.add("step", RuleTexts.of("trace.no-step", e.id()));
      return previous;
    }
    Integer r = rank.get(e.step());
    if (r == null) {
      found.add("step", RuleTexts.of("trace.step-not-in-order", e.step(), e.id()));
      return previous;
    }
    int from = previous == null ? -1 : rank.get(previous.step());
    if (r < from) {
      found.add(
          "step",
          RuleTexts.of(
              "trace.step-out-of-order", e.step(), e.time(), previous.step(), previous.time()));
      return previous;
    }
    for (TraceStep s : order) {
      int k = rank.get(s);
      if (k > from && k < r && !OPTIONAL.contains(s)) {
        found.add("step", RuleTexts.of("trace.step-missing", s, e.step(), e.id()));
        break;
      }
    }
    return e;
  }

  /** The problems of one event: reported as one finding. */
  private static final class Problems {
    private @Nullable String path;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder textZh = new StringBuilder();

    void add(String at, RuleTexts.Text problem) {
      if (path == null) {
        path = at;
      } else {
        text.append("; ");
        textZh.append("；");
      }
      text.append(problem.en());
      textZh.append(problem.zh());
    }

    void report(FindingSink sink, Event e, String observed, String threshold) {
      if (path != null) {
        sink.violation(
            new Location("trace_event", e.id(), path, e.index()),
            observed,
            threshold,
            new RuleTexts.Text(text.toString(), textZh.toString()).as("problem"));
      }
    }
  }
}
