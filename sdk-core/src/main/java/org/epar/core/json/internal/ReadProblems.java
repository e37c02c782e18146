package org.epar.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Jackson read error into a problem text that never contains input values: an error
 * category, the expected type, and the JSON property path (only property names the model declares;
 * any other name, such as a map key, is shown as {@code ?}).
 */
public final class ReadProblems {

  /** A line or document that ends inside a JSON value: the file was cut off. */
  public static final String TRUNCATED =
      "truncated: the JSON ends before the record is complete (the file may be cut off)";

  /** An NDJSON line that holds a JSON array. */
  public static final String ARRAY =
      "a JSON array, not a record: NDJSON holds one record per line (one JSON object)";

  /** A dataset document that is a JSON array. */
  public static final String DOCUMENT_ARRAY =
      "a JSON array: a dataset document is one JSON object; for one record per line use NDJSON"
          + " (.ndjson)";

  /** A document with nothing but white space in it. */
  public static final String EMPTY = "the file is empty";

  private final Set<String> knownNames;

  /**
   * Creates the describer.
   *
   * @param knownNames the property names the model declares
   */
  public ReadProblems(Set<String> knownNames) {
    this.knownNames = Set.copyOf(knownNames);
  }

  /**
   * The problem text for a read error.
   *
   * @param e the error
   * @return a text free of input values
   */
  public String describe(JsonProcessingException e) {
    if (e instanceof JsonMappingException m) {
      String at = path(m.getPath());
      if (m instanceof InvalidTypeIdException t) {
        return t.getTypeId() == null
            ? "missing \"type\" property naming the record type" + at
            : "unknown record type in \"type\" property" + at;
      }
      if (m instanceof SafeMismatchException s) {
        return s.safeMessage() + at;
      }
      if (m instanceof InvalidFormatException f) {
        Class<?> target = f.getTargetType();
        if (target != null && target.isEnum()) {
          return "not a constant of " + target.getSimpleName() + at;
        }
        return "invalid value for " + typeName(target) + at;
      }
      if (m.getCause() instanceof InputCoercionException) {
        return "number out of range" + at;
      }
      if (m instanceof MismatchedInputException mi) {
        String original = mi.getOriginalMessage();
        if (original != null && original.startsWith("Trailing token")) {
          return "more than one JSON value on the line";
        }
        return "wrong JSON type, expected " + typeName(mi.getTargetType()) + at;
      }
      if (m instanceof ValueInstantiationException) {
        return "the record could not be built from its values" + at;
      }
      return "value does not fit the model" + at;
    }
    if (e instanceof InputCoercionException) {
      return "number out of range" + column(e.getLocation());
    }
    if (e instanceof JsonEOFException) {
      return TRUNCATED;
    }
    return "not valid JSON" + column(e.getLocation());
  }

  private String path(List<JsonMappingException.Reference> refs) {
    if (refs.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      String name = r.getFieldName();
      if (name != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(knownNames.contains(name) ? name : "?");
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "" : " at " + sb;
  }

  private static String column(@Nullable JsonLocation loc) {
    return loc == null || loc.getColumnNr() < 1 ? "" : " (column " + loc.getColumnNr() + ")";
  }

  private static String typeName(@Nullable Class<?> c) {
    if (c == null) {
      return "another value";
    }
    if (c.isEnum()) {
      return "a constant of " + c.getSimpleName();
    }
    if (c == String.class) {
      return "a string";
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return "an integer";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "a boolean";
    }
    if (c == java.math.BigDecimal.class) {
      return "a number";
    }
    if (c == java.time.LocalDate.class) {
      return "an ISO-8601 date (yyyy-MM-dd)";
    }
    if (c == java.time.OffsetDateTime.class) {
      return "an ISO-8601 date-time with offset";
    }
    if (java.util.Collection.class.isAssignableFrom(c)) {
      return "an array";
    }
    if (java.util.Map.class.isAssignableFrom(c) || c.isRecord() || c.isInterface()) {
      return "an object";
    }
    return c.getSimpleName();
  }
}
