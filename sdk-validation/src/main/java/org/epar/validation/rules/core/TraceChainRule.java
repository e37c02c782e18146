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
 * <p>Reading: the events of a code, sorted by time (ties by input position), must step through
 * {@code event_order} without going back (a step may repeat, e.g. several SHIP events); the first
 * event is the first step of the order (the origin must be known, 来源可查); between two
 * consecutive events no step of the order may be skipped except PROCESS and PACK, which the
 * parameter's description makes optional. A chain may end early (goods still on their way). Each
 * event needs a time and a step, a where ({@code where_division} or {@code where_site}) and a who
 * ({@code who_enterprise} or {@code who_household}). Events without a code are left to CORE-ID-04
 * and CORE-REF-01. Each problem is reported at the event concerned.
 *
 * <p>State: per code, a compact summary of each event (step, time, input position, id, whether it
 * has a where and a who).
 *
 * @since 0.1.0
 */
public final class TraceChainRule implements DatasetRule<TraceChainRule.State> {

  /** The rule ID. */
  public static final String ID = "CORE-TRACE-01";

  private static final Set<TraceStep> OPTIONAL = EnumSet.of(TraceStep.PROCESS, TraceStep.PACK);

  /** One event, reduced to what the chain needs. */
  record Event(
      @Nullable TraceStep step, @Nullable OffsetDateTime time, long index, String id,
      boolean where, boolean who) {}

  /** The mergeable state: events per trace code, in input order. */
  public static final class State {
    private final Map<String, List<Event>> byCode = new HashMap<>();

    State() {}
  }

  private static final Comparator<Event> BY_TIME =
      Comparator.comparing(Event::time, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(Event::index);

  /** Creates the rule; it is stateless. */
  public TraceChainRule() {}

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
      boolean where = (e.whereDivision() != null && !e.whereDivision().raw().isEmpty())
          || (e.whereSite() != null && !e.whereSite().isBlank());
      boolean who = (e.whoEnterprise() != null && !e.whoEnterprise().raw().isEmpty())
          || (e.whoHousehold() != null && !e.whoHousehold().isBlank());
      state.byCode.computeIfAbsent(e.code().raw(), k -> new ArrayList<>(4))
          .add(new Event(e.step(), e.time(), index, e.key(), where, who));
    }
  }

  @Override
  public boolean accepts(Class<?> type) {
    return TraceEvent.class.isAssignableFrom(type);
  }

  @Override
  public State combine(State left, State right) {
    right.byCode.forEach((code, events) -> {
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
    String threshold = String.join(" → ", order.stream().map(Enum::name).toList());
    List<String> codes = new ArrayList<>(state.byCode.keySet());
    codes.sort(Comparator.naturalOrder());
    for (String code : codes) {
      List<Event> events = new ArrayList<>(state.byCode.get(code));
      events.sort(BY_TIME);
      String observed = IdentifierRule.shown(code);
      Event previous = null;
      for (Event e : events) {
        if (!e.where()) {
          report(sink, e, "where_division", observed, threshold,
              "event " + e.id() + " has no where (division code or site)");
        }
        if (!e.who()) {
          report(sink, e, "who_enterprise", observed, threshold,
              "event " + e.id() + " has no who (credit code or household)");
        }
        if (e.time() == null) {
          report(sink, e, "time", observed, threshold, "event " + e.id() + " has no time");
          continue;
        }
        if (e.step() == null) {
          report(sink, e, "step", observed, threshold, "event " + e.id() + " has no step");
          continue;
        }
        Integer r = rank.get(e.step());
        if (r == null) {
          report(sink, e, "step", observed, threshold,
              "step " + e.step() + " of event " + e.id() + " is not in the event order");
          continue;
        }
        int from = previous == null ? -1 : rank.get(previous.step());
        if (r < from) {
          report(sink, e, "step", observed, threshold,
              e.step() + " at " + e.time() + " comes after " + previous.step() + " at "
                  + previous.time());
          continue;
        }
        for (int k = from + 1; k < r; k++) {
          if (!OPTIONAL.contains(order.get(k))) {
            report(sink, e, "step", observed, threshold,
                order.get(k) + " is missing before " + e.step() + " of event " + e.id());
            break;
          }
        }
        previous = e;
      }
    }
  }

  private static void report(
      FindingSink sink, Event e, String path, String observed, String threshold,
      String problem) {
    sink.violation(new Location("trace_event", e.id(), path, e.index()), observed, threshold,
        Map.of("problem", problem));
  }
}
