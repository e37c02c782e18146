package org.epar.grpc.gen;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code model.proto}, {@code ModelCodec.java} and {@code model.lock} are what
 * {@link ModelProtoGenerator} makes of the sdk-core model and the lock. Regenerate them after a
 * model change with {@value WireFiles#REGENERATE_COMMAND}, and commit the result.
 */
class ModelWireTest {

  @Test
  void committedFiles_matchTheGenerator() {
    Path root = WireFiles.root();
    if (Boolean.getBoolean(WireFiles.REGENERATE)) {
      for (Map.Entry<String, String> e : WireFiles.files(WireFiles.generate(root)).entrySet()) {
        WireFiles.write(root.resolve(e.getKey()), e.getValue());
      }
    }
    List<String> stale = WireFiles.stale(root);
    if (!stale.isEmpty()) {
      fail("the wire files are out of date with the sdk-core model: " + stale
          + ". Regenerate them with: " + WireFiles.REGENERATE_COMMAND + ", and commit the result"
          + " (docs/protocol.md, \"Wire stability\").");
    }
  }
}
