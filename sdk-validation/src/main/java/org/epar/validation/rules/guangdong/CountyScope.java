package org.epar.validation.rules.guangdong;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.epar.core.model.County;
import org.epar.core.model.RecordType;
import org.epar.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * The counties GD-SITE-01 and GD-TRAIN-01 look at, each with its deadline: demonstration counties
 * by {@code demo_counties_deadline}, every other county that contains a designated poor village by
 * {@code all_counties_deadline}. Mergeable: the first county record of a code wins.
 */
final class CountyScope {

  /** A county record: its key and whether it is a demonstration county. */
  record Info(String key, boolean demonstration) {}

  private final Map<String, Info> counties = new TreeMap<>();

  /** Folds a county record. */
  void add(County c) {
    String county = Divisions.county(c.code());
    if (county != null) {
      counties.putIfAbsent(county, new Info(c.key(), Divisions.isDemonstration(c.demonstration())));
    }
  }

  /** Folds the counties of a later part of the input. */
  void addAll(CountyScope later) {
    later.counties.forEach(counties::putIfAbsent);
  }

  /** Demonstration counties and the counties of the given designated poor villages, sorted. */
  Set<String> inScope(Iterable<String> poorVillages) {
    Set<String> out = new TreeSet<>();
    counties.forEach(
        (code, info) -> {
          if (info.demonstration()) {
            out.add(code);
          }
        });
    for (String v : poorVillages) {
      out.add(Divisions.countyOf(v));
    }
    return out;
  }

  /** The deadline that applies to the county. */
  LocalDate deadline(String county, LocalDate demoDeadline, LocalDate allDeadline) {
    @Nullable Info info = counties.get(county);
    return info != null && info.demonstration() ? demoDeadline : allDeadline;
  }

  /** The county's location: its record's key, or its 12-digit code when it has no record. */
  Location location(String county) {
    @Nullable Info info = counties.get(county);
    return Location.of(RecordType.COUNTY.wireName(), info != null ? info.key() : county);
  }
}
