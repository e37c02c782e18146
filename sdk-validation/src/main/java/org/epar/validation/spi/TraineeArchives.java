package org.epar.validation.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.core.model.Attendance;
import org.epar.core.model.FollowUp;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.TraineeCategory;
import org.jspecify.annotations.Nullable;

/**
 * A mergeable index of poor trainees and their archives (贫困学员档案, HN 三(四), CQ 四(六)), shared by
 * HN-TRAIN-03 and CQ-TRAIN-01.
 *
 * <p>A poor trainee is an attendance whose category is {@code REGISTERED_POOR} or whose household
 * is a registered poor household of the data. Its archive is a {@link FollowUp} with the same
 * citizen identity number that records at least one outcome (employment, start-up, shop, or
 * explicitly none): the archive tracks employment and business start-up. A poor trainee without a
 * citizen identity number cannot be archived and so lacks an archive. The index also knows which
 * registered poor households have an able-and-willing member and whether any of their members
 * attended training. Keys are normalized citizen numbers (personal data: never put in findings).
 * Not thread-safe.
 *
 * <p>Use it as (part of) a {@link DatasetRule}'s state.
 *
 * <pre>{@code
 * public void accumulate(TraineeArchives s, Object record, long index, RuleContext ctx) {
 *   s.accept(record, index);
 * }
 * public void finish(TraineeArchives s, RuleContext ctx, FindingSink sink) {
 *   for (TraineeArchives.Trainee t : s.unarchived()) { ... }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TraineeArchives {

  /**
   * The first attendance of a possibly poor trainee.
   *
   * @param id the attendance id, may be empty
   * @param index its input position
   * @param household the household it names, or null
   * @param poorCategory whether its category is {@code REGISTERED_POOR}
   */
  public record Trainee(String id, long index, @Nullable String household, boolean poorCategory) {}

  private final Set<String> poorHouseholds = new HashSet<>();
  private final Map<String, Long> ableHouseholds = new LinkedHashMap<>();
  private final Map<String, String> householdOfCitizen = new HashMap<>();
  private final Set<String> attendedHouseholds = new HashSet<>();
  private final Set<String> attendedCitizens = new HashSet<>();
  private final Map<String, Trainee> trainees = new LinkedHashMap<>();
  private final Set<String> archived = new HashSet<>();
  private boolean anyAbleAndWilling;

  /** Creates an empty index. */
  public TraineeArchives() {}

  /**
   * Folds a record in; other types are ignored.
   *
   * @param record any record
   * @param index its input position
   */
  public void accept(Object record, long index) {
    if (record instanceof Household h && h.registeredPoor() && h.id() != null) {
      poorHouseholds.add(h.id());
      boolean able = false;
      for (Member m : h.members()) {
        if (m == null) {
          continue;
        }
        able |= m.ableAndWilling();
        if (m.citizenId() != null) {
          householdOfCitizen.putIfAbsent(m.citizenId().normalized(), h.id());
        }
      }
      if (able) {
        anyAbleAndWilling = true;
        ableHouseholds.putIfAbsent(h.id(), index);
      }
    } else if (record instanceof Attendance a) {
      String citizen = a.citizenId() == null ? null : a.citizenId().normalized();
      if (a.household() != null) {
        attendedHouseholds.add(a.household());
      }
      if (citizen != null) {
        attendedCitizens.add(citizen);
      }
      boolean poorCategory = a.category() == TraineeCategory.REGISTERED_POOR;
      if (poorCategory || a.household() != null) {
        String key = citizen != null ? citizen : "#" + a.key() + "#" + index;
        trainees.putIfAbsent(key, new Trainee(a.key(), index, a.household(), poorCategory));
      }
    } else if (record instanceof FollowUp f && f.citizenId() != null && !f.outcomes().isEmpty()) {
      archived.add(f.citizenId().normalized());
    }
  }

  /**
   * Adds a later part's index into this one.
   *
   * @param right the index of the later part
   * @return this index
   */
  public TraineeArchives merge(TraineeArchives right) {
    poorHouseholds.addAll(right.poorHouseholds);
    right.ableHouseholds.forEach(ableHouseholds::putIfAbsent);
    right.householdOfCitizen.forEach(householdOfCitizen::putIfAbsent);
    attendedHouseholds.addAll(right.attendedHouseholds);
    attendedCitizens.addAll(right.attendedCitizens);
    right.trainees.forEach(trainees::putIfAbsent);
    archived.addAll(right.archived);
    anyAbleAndWilling |= right.anyAbleAndWilling;
    return this;
  }

  /**
   * Whether the data hold registered poor households but none has an able-and-willing member: no
   * roster (名录) of the poor suitable for training.
   *
   * @return {@code true} when the roster is missing
   */
  public boolean rosterMissing() {
    return !poorHouseholds.isEmpty() && !anyAbleAndWilling;
  }

  /**
   * The poor trainees without an archive, in input order.
   *
   * @return the trainees
   */
  public List<Trainee> unarchived() {
    List<Trainee> out = new ArrayList<>();
    trainees.forEach(
        (key, t) -> {
          boolean poor =
              t.poorCategory() || (t.household() != null && poorHouseholds.contains(t.household()));
          if (poor && !archived.contains(key)) {
            out.add(t);
          }
        });
    out.sort(java.util.Comparator.comparingLong(Trainee::index));
    return out;
  }

  /**
   * Registered poor households with an able-and-willing member none of whose members attended any
   * training, in input order, with their input positions.
   *
   * @return household id to input position
   */
  public Map<String, Long> untrainedHouseholds() {
    Set<String> trained = new HashSet<>(attendedHouseholds);
    for (String c : attendedCitizens) {
      String h = householdOfCitizen.get(c);
      if (h != null) {
        trained.add(h);
      }
    }
    Map<String, Long> out = new LinkedHashMap<>();
    ableHouseholds.forEach(
        (h, i) -> {
          if (!trained.contains(h)) {
            out.put(h, i);
          }
        });
    return out;
  }
}
