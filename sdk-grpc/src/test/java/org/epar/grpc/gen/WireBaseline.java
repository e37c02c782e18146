package org.epar.grpc.gen;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks of {@code model.proto} against the committed buf image of the last release ({@code
 * buf-baseline.binpb}, a {@code FileDescriptorSet} with buf's extra fields): every field and enum
 * value the baseline has keeps its number, in the lock and in the compiled descriptors. The same
 * guarantee as {@code buf breaking} for numbers, inside {@code mvn verify}, with no npx.
 */
final class WireBaseline {

  static final String MODEL_FILE = "epar/v1/model.proto";

  private WireBaseline() {}

  /** Reads the baseline image's {@code model.proto}. */
  static FileDescriptorProto read(Path image) {
    try {
      FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(image));
      return set.getFileList().stream()
          .filter(f -> f.getName().equals(MODEL_FILE))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(image + " has no " + MODEL_FILE));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(image + " is not a buf image", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Baseline fields and enum values that the lock lacks or numbers differently (a number moved by
   * hand, or a lock regenerated from nothing).
   */
  static List<String> lockProblems(FileDescriptorProto baseline, WireLock lock) {
    List<String> out = new ArrayList<>();
    for (DescriptorProto m : baseline.getMessageTypeList()) {
      for (FieldDescriptorProto f : m.getFieldList()) {
        check(out, lock, m.getName(), f.getName(), f.getNumber());
      }
    }
    for (EnumDescriptorProto e : baseline.getEnumTypeList()) {
      for (EnumValueDescriptorProto v : e.getValueList()) {
        if (v.getNumber() != 0) {
          check(out, lock, e.getName(), v.getName(), v.getNumber());
        }
      }
    }
    return out;
  }

  private static void check(List<String> out, WireLock lock, String type, String name, int number) {
    Optional<WireLock.Entry> e = lock.get(type, name);
    if (e.isEmpty()) {
      out.add(type + "." + name + " = " + number + " is in the baseline but not in model.lock");
    } else if (e.get().number() != number) {
      out.add(
          type
              + "."
              + name
              + " is "
              + number
              + " in the baseline but "
              + e.get().number()
              + " in model.lock");
    }
  }

  /**
   * Baseline fields and enum values that the current (compiled) {@code model.proto} drops without
   * reserving their number, renumbers, or changes in type or cardinality.
   */
  static List<String> descriptorProblems(
      FileDescriptorProto baseline, FileDescriptorProto current) {
    List<String> out = new ArrayList<>();
    Map<String, DescriptorProto> messages =
        current.getMessageTypeList().stream()
            .collect(Collectors.toMap(DescriptorProto::getName, Function.identity()));
    for (DescriptorProto old : baseline.getMessageTypeList()) {
      DescriptorProto now = messages.get(old.getName());
      if (now == null) {
        out.add("message " + old.getName() + " is gone");
        continue;
      }
      for (FieldDescriptorProto f : old.getFieldList()) {
        Optional<FieldDescriptorProto> same =
            now.getFieldList().stream().filter(x -> x.getNumber() == f.getNumber()).findFirst();
        String at = old.getName() + "." + f.getName() + " = " + f.getNumber();
        if (same.isEmpty()) {
          boolean reserved =
              now.getReservedRangeList().stream()
                  .anyMatch(r -> r.getStart() <= f.getNumber() && f.getNumber() < r.getEnd());
          if (!reserved) {
            out.add(at + " is gone and its number is not reserved");
          }
        } else if (!same.get().getName().equals(f.getName())) {
          out.add(at + " is now " + same.get().getName() + " = " + f.getNumber());
        } else if (same.get().getType() != f.getType()
            || same.get().getLabel() != f.getLabel()
            || !same.get().getTypeName().equals(f.getTypeName())
            || same.get().getProto3Optional() != f.getProto3Optional()) {
          out.add(at + " changed its type or cardinality");
        }
      }
    }
    Map<String, EnumDescriptorProto> enums =
        current.getEnumTypeList().stream()
            .collect(Collectors.toMap(EnumDescriptorProto::getName, Function.identity()));
    for (EnumDescriptorProto old : baseline.getEnumTypeList()) {
      EnumDescriptorProto now = enums.get(old.getName());
      if (now == null) {
        out.add("enum " + old.getName() + " is gone");
        continue;
      }
      for (EnumValueDescriptorProto v : old.getValueList()) {
        Optional<EnumValueDescriptorProto> same =
            now.getValueList().stream().filter(x -> x.getNumber() == v.getNumber()).findFirst();
        String at = old.getName() + "." + v.getName() + " = " + v.getNumber();
        if (same.isEmpty()) {
          boolean reserved =
              now.getReservedRangeList().stream()
                  .anyMatch(r -> r.getStart() <= v.getNumber() && v.getNumber() <= r.getEnd());
          if (!reserved) {
            out.add(at + " is gone and its number is not reserved");
          }
        } else if (!same.get().getName().equals(v.getName())) {
          out.add(at + " is now " + same.get().getName() + " = " + v.getNumber());
        }
      }
    }
    return out;
  }
}
