package org.epar.grpc.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the wire generator reads and writes, relative to a project root (the real one, or a copy a
 * test has changed), and the staleness check of the committed files.
 */
final class WireFiles {

  /** The system property that makes {@code ModelWireTest} write the files instead of checking. */
  static final String REGENERATE = "epar.proto.regenerate";

  /** The command that regenerates the files. */
  static final String REGENERATE_COMMAND =
      "mvn -B -pl sdk-grpc -am verify -Dtest=ModelWireTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -D"
          + REGENERATE
          + "=true";

  static final String MODEL = "sdk-core/src/main/java/org/epar/core/model";
  static final String PROTO = "sdk-grpc/src/main/proto/epar/v1/model.proto";
  static final String LOCK = "sdk-grpc/src/main/proto/epar/v1/model.lock";
  static final String CODEC = "sdk-grpc/src/main/java/org/epar/grpc/internal/ModelCodec.java";
  static final String BASELINE = "sdk-grpc/src/main/proto/buf-baseline.binpb";

  private WireFiles() {}

  /**
   * The project root: {@code maven.multiModuleProjectDirectory} if set, else the nearest ancestor
   * of the working directory whose {@code pom.xml} lists {@code <module>sdk-grpc</module>}.
   */
  static Path root() {
    String prop = System.getProperty("maven.multiModuleProjectDirectory");
    if (prop != null && !prop.isBlank() && isRoot(Path.of(prop))) {
      return Path.of(prop).toAbsolutePath();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (isRoot(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no parent pom.xml with <module>sdk-grpc</module> above " + Path.of("").toAbsolutePath());
  }

  private static boolean isRoot(Path dir) {
    Path pom = dir.resolve("pom.xml");
    return Files.isRegularFile(pom) && read(pom).contains("<module>sdk-grpc</module>");
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed lock of a root; an empty lock when the file does not exist yet. */
  static WireLock lock(Path root) {
    Path file = root.resolve(LOCK);
    return Files.exists(file) ? WireLock.parse(read(file)) : new WireLock();
  }

  /** Generates from the model sources and the committed lock of a root. */
  static ModelProtoGenerator.Output generate(Path root) {
    return ModelProtoGenerator.generate(ModelSource.read(root.resolve(MODEL)), lock(root));
  }

  /** Relative path to generated text. */
  static Map<String, String> files(ModelProtoGenerator.Output out) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(PROTO, out.proto());
    files.put(CODEC, out.codec());
    files.put(LOCK, out.lock());
    return files;
  }

  /**
   * The committed files of a root that differ from the generator's output, each with the first line
   * that differs; empty when all are current.
   */
  static List<String> stale(Path root) {
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : files(generate(root)).entrySet()) {
      Path file = root.resolve(e.getKey());
      if (!Files.exists(file)) {
        stale.add(e.getKey() + " (missing)");
        continue;
      }
      String committed = read(file);
      if (!committed.equals(e.getValue())) {
        stale.add(e.getKey() + " (" + firstDifference(committed, e.getValue()) + ")");
      }
    }
    return stale;
  }

  private static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of file>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": committed '" + x.strip() + "', generated '" + y.strip() + "'";
      }
    }
    return "line endings differ";
  }
}
