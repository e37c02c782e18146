package org.epar.spreadsheet.internal;

import java.util.Objects;

/**
 * One column of a record type's sheet.
 *
 * @param path the English field name, e.g. {@code village} or {@code members.name}
 * @param label the Chinese header
 * @param kind how its cells are converted (of the element, for a collection)
 * @param valueType the Java type of the value (of the element, for a collection)
 * @param multi whether the field is a list or set, written as values separated by 、
 * @param nested whether the field belongs to the nested rows (a member, a natural village)
 * @param index the position of the component in its record's canonical constructor
 * @param required whether the record cannot be built without a value
 */
public record Column(
    String path,
    String label,
    Kind kind,
    Class<?> valueType,
    boolean multi,
    boolean nested,
    int index,
    boolean required) {

  /** Checks the arguments. */
  public Column {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(valueType, "valueType");
  }

  /**
   * The field name without the nested prefix, e.g. {@code name} for {@code members.name}.
   *
   * @return the component name
   */
  public String field() {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
