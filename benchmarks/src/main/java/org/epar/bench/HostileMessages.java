package org.epar.bench;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.epar.core.period.ReportingPeriod;

/**
 * Builds hostile protobuf messages for {@link WorstCaseRequests}: every field of a record message
 * filled by its kind (a decimal, a date, a date-time, a period, free text or an identifier, a
 * number, an enum), with the text of each kind chosen by a {@link Fill}.
 *
 * <p>The kind of a string field is read from the sdk-core model record of the same name (the {@code
 * .proto} is generated from those records: {@code Site.floor_area} is {@code Site.floorArea}, a
 * {@link BigDecimal}), so the fill follows the model instead of a hand-written list that could
 * drift from it.
 */
final class HostileMessages {

  /** What a string field holds, from the model record's component type. */
  enum Kind {
    DECIMAL,
    DATE,
    DATE_TIME,
    PERIOD,
    TEXT
  }

  /**
   * The text written into a string field of a kind, for record {@code index} (ids are made unique
   * per record by the caller's fill).
   */
  @FunctionalInterface
  interface Fill {
    String text(Kind kind, FieldDescriptor field, int index);
  }

  private static final Map<String, Map<String, Kind>> KINDS = new ConcurrentHashMap<>();

  private HostileMessages() {}

  /**
   * One record message of {@code type} with every field set: strings from {@code fill}, numbers at
   * their maximum, bools true, enums at their highest value, repeated scalars and enums with three
   * elements, nested messages filled in turn (to {@code depth} levels), maps with one entry.
   */
  static Message record(Message.Builder b, Fill fill, int index, int depth) {
    for (FieldDescriptor f : b.getDescriptorForType().getFields()) {
      if (f.isMapField()) {
        Message.Builder entry = b.newBuilderForField(f);
        FieldDescriptor key = entry.getDescriptorForType().findFieldByName("key");
        FieldDescriptor value = entry.getDescriptorForType().findFieldByName("value");
        entry.setField(key, "k" + index);
        entry.setField(value, scalar(value, mapValueKind(f), fill, index));
        b.addRepeatedField(f, entry.build());
      } else if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        if (depth <= 0) {
          continue;
        }
        Message nested = record(b.newBuilderForField(f), fill, index, depth - 1);
        if (f.isRepeated()) {
          b.addRepeatedField(f, nested);
        } else {
          b.setField(f, nested);
        }
      } else if (f.isRepeated()) {
        for (int i = 0; i < 3; i++) {
          b.addRepeatedField(f, scalar(f, kindOf(f), fill, index));
        }
      } else {
        b.setField(f, scalar(f, kindOf(f), fill, index));
      }
    }
    return b.build();
  }

  private static Object scalar(FieldDescriptor f, Kind kind, Fill fill, int index) {
    return switch (f.getJavaType()) {
      case STRING -> fill.text(kind, f, index);
      case INT -> Integer.MAX_VALUE;
      case LONG -> Long.MAX_VALUE;
      case BOOLEAN -> Boolean.TRUE;
      case DOUBLE -> Double.MAX_VALUE;
      case FLOAT -> Float.MAX_VALUE;
      case BYTE_STRING -> ByteString.copyFromUtf8(fill.text(Kind.TEXT, f, index));
      case ENUM -> {
        EnumDescriptor e = f.getEnumType();
        yield e.getValues().get(e.getValues().size() - 1);
      }
      case MESSAGE -> throw new IllegalArgumentException(f.getFullName());
    };
  }

  /** The kind of a (non-map) string field, from the model record component of the same name. */
  static Kind kindOf(FieldDescriptor f) {
    if (f.getJavaType() != FieldDescriptor.JavaType.STRING) {
      return Kind.TEXT;
    }
    Kind k = kinds(f.getContainingType()).get(f.getName());
    return k == null ? Kind.TEXT : k;
  }

  private static Kind mapValueKind(FieldDescriptor mapField) {
    Kind k = kinds(mapField.getContainingType()).get(mapField.getName());
    return k == null ? Kind.TEXT : k;
  }

  private static Map<String, Kind> kinds(Descriptor d) {
    return KINDS.computeIfAbsent(d.getFullName(), n -> readKinds(d.getName()));
  }

  private static Map<String, Kind> readKinds(String simpleName) {
    Class<?> c;
    try {
      c = Class.forName("org.epar.core.model." + simpleName);
    } catch (ClassNotFoundException e) {
      return Map.of();
    }
    if (!c.isRecord()) {
      return Map.of();
    }
    Map<String, Kind> out = new ConcurrentHashMap<>();
    for (RecordComponent rc : c.getRecordComponents()) {
      Type t = rc.getGenericType();
      if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > 0) {
        // List<BigDecimal> or Map<String, BigDecimal>: the element or value type decides
        Type[] args = p.getActualTypeArguments();
        t = args[args.length - 1];
      }
      out.put(snake(rc.getName()), kind(t));
    }
    return out;
  }

  private static Kind kind(Type t) {
    if (t == BigDecimal.class) {
      return Kind.DECIMAL;
    }
    if (t == LocalDate.class) {
      return Kind.DATE;
    }
    if (t == OffsetDateTime.class) {
      return Kind.DATE_TIME;
    }
    if (t == ReportingPeriod.class) {
      return Kind.PERIOD;
    }
    return Kind.TEXT;
  }

  private static String snake(String camel) {
    StringBuilder s = new StringBuilder(camel.length() + 4);
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        s.append('_').append(Character.toLowerCase(ch));
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

  /**
   * Adds copies of {@code record} (made by {@code make} for index 0, 1, …) to the repeated field
   * until the message's serialized size would pass {@code maxBytes}; at least one.
   *
   * @return the number of records added
   */
  static int fillTo(
      Message.Builder b,
      FieldDescriptor repeated,
      java.util.function.IntFunction<Message> make,
      int maxBytes) {
    long size = b.build().getSerializedSize();
    int added = 0;
    while (true) {
      Message m = make.apply(added);
      int each = CodedOutputStream.computeMessageSize(repeated.getNumber(), m);
      if (added > 0 && size + each > maxBytes) {
        return added;
      }
      b.addRepeatedField(repeated, m);
      size += each;
      added++;
    }
  }

  /** The bytes of a message. */
  static byte[] bytes(Message m) {
    return m.toByteArray();
  }

  /**
   * Raw bytes that are no valid protobuf encoding of anything with fields: {@code depth} nested
   * group starts of field 1 (tag 0x0B) and nothing closing them, which a parser refuses at its
   * recursion limit, or runs past the end of the input.
   */
  static byte[] nestedGroups(int depth) {
    byte[] b = new byte[depth];
    java.util.Arrays.fill(b, (byte) 0x0B);
    return b;
  }

  /**
   * A message followed by one unknown length-delimited field (number 9999) of {@code size} bytes:
   * valid protobuf that a parser keeps as an unknown field.
   */
  static byte[] withUnknownField(byte[] message, int size) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + size + 16);
      out.write(message);
      CodedOutputStream c = CodedOutputStream.newInstance(out);
      c.writeByteArray(9999, new byte[size]);
      c.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a message (or one nested in it, to {@code depth} levels) has a field of a kind. */
  static boolean has(Descriptor d, Kind kind, int depth) {
    for (FieldDescriptor f : d.getFields()) {
      if (f.isMapField()
          ? mapValueKind(f) == kind
          : kindOf(f) == kind && f.getJavaType() == FieldDescriptor.JavaType.STRING) {
        return true;
      }
      if (!f.isMapField()
          && f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && depth > 0
          && has(f.getMessageType(), kind, depth - 1)) {
        return true;
      }
    }
    return false;
  }
}
