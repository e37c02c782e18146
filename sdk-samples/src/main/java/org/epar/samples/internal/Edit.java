package org.epar.samples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.samples.Draws;

/** A mutable copy of a dataset's records for one rule breaker's mutation; not thread-safe. */
final class Edit {

  private final Dataset base;
  private final List<EparRecord> records;
  private final Draws in;

  Edit(Dataset base, Draws in) {
    this.base = base;
    this.records = new ArrayList<>(base.records().toList());
    this.in = in;
  }

  Draws in() {
    return in;
  }

  /** The records of a type that match, in dataset order. */
  <R extends EparRecord> List<R> all(Class<R> type, Predicate<? super R> filter) {
    List<R> out = new ArrayList<>();
    for (EparRecord r : records) {
      if (type.isInstance(r) && filter.test(type.cast(r))) {
        out.add(type.cast(r));
      }
    }
    return out;
  }

  <R extends EparRecord> List<R> all(Class<R> type) {
    return all(type, r -> true);
  }

  /** One matching record, drawn. */
  <R extends EparRecord> R pick(Class<R> type, Predicate<? super R> filter) {
    List<R> candidates = all(type, filter);
    if (candidates.isEmpty()) {
      throw new IllegalStateException("no " + type.getSimpleName() + " to mutate");
    }
    return Draw.pick(in, candidates);
  }

  /** Replaces one drawn matching record; returns the replaced original. */
  <R extends EparRecord> R replaceOne(
      Class<R> type,
      Predicate<? super R> filter,
      Function<? super R, ? extends EparRecord> change) {
    R old = pick(type, filter);
    replace(old, change.apply(old));
    return old;
  }

  /** Replaces every matching record. */
  <R extends EparRecord> void replaceAll(
      Class<R> type,
      Predicate<? super R> filter,
      Function<? super R, ? extends EparRecord> change) {
    for (int i = 0; i < records.size(); i++) {
      EparRecord r = records.get(i);
      if (type.isInstance(r) && filter.test(type.cast(r))) {
        records.set(i, change.apply(type.cast(r)));
      }
    }
  }

  void replace(EparRecord old, EparRecord now) {
    int i = records.indexOf(old);
    if (i < 0) {
      throw new IllegalStateException("record not in dataset");
    }
    records.set(i, now);
  }

  /** Removes one drawn matching record; returns it. */
  <R extends EparRecord> R removeOne(Class<R> type, Predicate<? super R> filter) {
    R gone = pick(type, filter);
    records.remove(records.indexOf(gone));
    return gone;
  }

  void removeIf(Predicate<? super EparRecord> filter) {
    records.removeIf(filter);
  }

  void add(EparRecord r) {
    records.add(r);
  }

  int draw(int min, int max) {
    return Draw.between(in, min, max);
  }

  Dataset build() {
    return Dataset.of(base.scope(), records);
  }
}
