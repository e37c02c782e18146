package org.epar.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * Where a finding was made: the object (type and id), the property path inside it, the input
 * position and, for an object that travelled inside a report, the report that carried it.
 *
 * <p>A record carried by a report (a daily report's transactions, shipments and device days; a
 * monthly report's disbursements, training sessions, attendances and sites) is named as itself
 * ({@code transaction}, its id, a path inside it) and its {@code carrier} names the report: {@code
 * daily_report/KEY/transactions[3]} (report type, report key, list and position) when a rule
 * reported while checking that record, {@code daily_report/KEY} when a dataset rule reported on it
 * later. The index is then the report's input position.
 *
 * @param objectType the kind of object, such as {@code Site} or {@code Household}; {@code dataset}
 *     for a finding about the whole input
 * @param objectId the object's id as text, or empty when it has none; never personal data
 * @param path the JSON property path as written in the JSON, such as {@code members[2].citizen_id};
 *     empty for the whole object
 * @param index the zero-based position of the record in the input (the line of an NDJSON file when
 *     the reader numbers lines), or {@code -1} when the finding is not about one input record
 * @param carrier the report that carried the object, {@code type/key[/list[position]]}; empty for
 *     an object given at top level (and for findings about the whole input); never personal data
 *     <p>Reading JSON, properties the record does not declare are ignored, so a tool may add its
 *     own (the {@code epar} CLI adds {@code file} and {@code line}).
 * @since 0.1.0
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(
    String objectType, String objectId, String path, long index, String carrier) {

  /**
   * Checks no component but the carrier is null (a null carrier, as in JSON written before 0.2,
   * reads as empty) and the index is {@code -1} or more.
   *
   * @throws NullPointerException if the object type, id or path is null
   * @throws IllegalArgumentException if the index is below {@code -1}
   */
  @JsonCreator
  public Location {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(path, "path");
    carrier = carrier == null ? "" : carrier;
    if (index < -1) {
      throw new IllegalArgumentException("index must be -1 or more: " + index);
    }
  }

  /**
   * A location in an object given at top level (no carrier).
   *
   * @param objectType the kind of object
   * @param objectId the object's id as text, or empty; never personal data
   * @param path the JSON property path, empty for the whole object
   * @param index the zero-based input position, or {@code -1}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the index is below {@code -1}
   */
  public Location(String objectType, String objectId, String path, long index) {
    this(objectType, objectId, path, index, "");
  }

  /**
   * The location of a finding about the whole input, such as a coverage target.
   *
   * @return {@code dataset}, no id, no path, index {@code -1}
   */
  public static Location dataset() {
    return new Location("dataset", "", "", -1);
  }

  /**
   * The location of a whole object that is not tied to an input position.
   *
   * @param objectType the kind of object
   * @param objectId the object's id, or empty
   * @return a location without path and index {@code -1}
   */
  public static Location of(String objectType, String objectId) {
    return new Location(objectType, objectId, "", -1);
  }

  /**
   * This location with another property path.
   *
   * @param newPath the JSON property path
   * @return a new location
   */
  public Location withPath(String newPath) {
    return new Location(objectType, objectId, newPath, index, carrier);
  }

  /**
   * This location with another input position.
   *
   * @param newIndex the zero-based input position, or {@code -1}
   * @return a new location
   */
  public Location withIndex(long newIndex) {
    return new Location(objectType, objectId, path, newIndex, carrier);
  }

  /**
   * This location with another carrier.
   *
   * @param newCarrier the report that carried the object ({@code type/key[/list[position]]}), or
   *     empty for a top-level object
   * @return a new location
   */
  public Location withCarrier(String newCarrier) {
    return new Location(objectType, objectId, path, index, newCarrier);
  }
}
