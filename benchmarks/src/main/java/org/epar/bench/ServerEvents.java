package org.epar.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The server process's JFR events (JIT compilations, deoptimizations, GC pauses, VM operations), to
 * say what happened while one request was measured. Durations are the events' wall time (a
 * compilation's or a pause's), not CPU time: on a loaded machine they exceed the CPU they used.
 */
final class ServerEvents {

  private final List<RecordedEvent> events;

  private ServerEvents(List<RecordedEvent> events) {
    this.events = events;
  }

  /** Reads a recording. */
  static ServerEvents read(Path jfr) throws IOException {
    List<RecordedEvent> all = new ArrayList<>(RecordingFile.readAllEvents(jfr));
    all.sort(Comparator.comparing(RecordedEvent::getStartTime));
    return new ServerEvents(all);
  }

  /**
   * What happened between {@code from} and {@code to}: compilations (count, summed duration, the
   * longest), deoptimizations (count, the commonest reasons and methods), GC pauses and VM
   * operations (count, summed duration).
   */
  String between(Instant from, Instant to) {
    int compilations = 0;
    Duration compiling = Duration.ZERO;
    RecordedEvent longest = null;
    int deopts = 0;
    Map<String, Integer> deoptWhy = new LinkedHashMap<>();
    int gcs = 0;
    Duration gcTime = Duration.ZERO;
    Map<String, Duration> vmOps = new LinkedHashMap<>();
    for (RecordedEvent e : events) {
      if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
        continue;
      }
      switch (e.getEventType().getName()) {
        case "jdk.Compilation" -> {
          compilations++;
          compiling = compiling.plus(e.getDuration());
          if (longest == null || e.getDuration().compareTo(longest.getDuration()) > 0) {
            longest = e;
          }
        }
        case "jdk.Deoptimization" -> {
          deopts++;
          deoptWhy.merge(
              e.getString("reason") + " " + method(e.getValue("method")), 1, Integer::sum);
        }
        case "jdk.GarbageCollection" -> {
          gcs++;
          gcTime = gcTime.plus(e.getDuration("sumOfPauses"));
        }
        case "jdk.ExecuteVMOperation" ->
            vmOps.merge(e.getString("operation"), e.getDuration(), Duration::plus);
        default -> {}
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT, "JFR: %d compilations (%,d ms", compilations, compiling.toMillis()));
    if (longest != null) {
      b.append(
          String.format(
              Locale.ROOT,
              "; longest %,d ms C%d %s",
              longest.getDuration().toMillis(),
              longest.getShort("compileLevel") >= 4 ? 2 : 1,
              method(longest.getValue("method"))));
    }
    b.append(String.format(Locale.ROOT, "), %d deoptimizations", deopts));
    if (deopts > 0) {
      b.append(" (")
          .append(
              deoptWhy.entrySet().stream()
                  .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                  .limit(3)
                  .map(x -> x.getValue() + "× " + x.getKey())
                  .collect(Collectors.joining(", ")))
          .append(')');
    }
    b.append(String.format(Locale.ROOT, ", %d GCs (pauses %,d ms)", gcs, gcTime.toMillis()));
    String ops =
        vmOps.entrySet().stream()
            .filter(x -> x.getValue().toMillis() >= 5)
            .map(x -> x.getKey() + " " + x.getValue().toMillis() + " ms")
            .collect(Collectors.joining(", "));
    if (!ops.isEmpty()) {
      b.append(", VM operations ≥ 5 ms: ").append(ops);
    }
    return b.toString();
  }

  private static String method(Object m) {
    if (m instanceof RecordedMethod r) {
      String type = r.getType().getName();
      return type.substring(type.lastIndexOf('.') + 1) + "::" + r.getName();
    }
    return "?";
  }
}
