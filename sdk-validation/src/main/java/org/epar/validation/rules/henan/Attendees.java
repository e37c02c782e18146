package org.epar.validation.rules.henan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Who attended which training session, as a small mergeable index for training-coverage rules:
 * session id to the attendee keys the rule chose (a household id, a personnel id or a citizen key).
 * Not thread-safe; one instance per accumulator state.
 */
final class Attendees {

  private final Map<String, Set<String>> bySession = new HashMap<>();

  /** Creates an empty index. */
  Attendees() {}

  /**
   * Records one attendance; ignored when the session or the attendee is unknown.
   *
   * @param session the session id
   * @param who the attendee key
   */
  void add(@Nullable String session, @Nullable String who) {
    if (session != null && who != null) {
      bySession.computeIfAbsent(session, k -> new HashSet<>()).add(who);
    }
  }

  /**
   * Adds the other index into this one.
   *
   * @param other another index
   * @return this index
   */
  Attendees merge(Attendees other) {
    other.bySession.forEach((k, v) -> bySession.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    return this;
  }

  /**
   * The attendees of the sessions that pass the filter.
   *
   * @param session which sessions count
   * @return a new set of attendee keys
   */
  Set<String> of(Predicate<String> session) {
    Set<String> out = new HashSet<>();
    bySession.forEach(
        (k, v) -> {
          if (session.test(k)) {
            out.addAll(v);
          }
        });
    return out;
  }
}
