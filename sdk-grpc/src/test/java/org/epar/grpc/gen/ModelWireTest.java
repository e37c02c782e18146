package org.epar.grpc.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.epar.core.model.RecordType;
import org.epar.grpc.v1.ModelProto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire cannot drift. The committed {@code model.proto}, {@code ModelCodec.java} and {@code
 * model.lock} are what {@link ModelProtoGenerator} makes of the sdk-core model and the lock
 * (regenerate them after a model change with {@value WireFiles#REGENERATE_COMMAND}, and commit the
 * result); the lock and the compiled proto keep every number of the release baseline ({@code
 * buf-baseline.binpb}). The other tests apply a change to a copy of the files and show which check
 * fails.
 */
class ModelWireTest {

  private static final String TRANSACTION = WireFiles.MODEL + "/Transaction.java";
  private static final String DIRECTION = WireFiles.MODEL + "/Direction.java";

  @TempDir Path copy;

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
      fail(
          "the wire files are out of date with the sdk-core model: "
              + stale
              + ". Regenerate them with: "
              + WireFiles.REGENERATE_COMMAND
              + ", and commit the result"
              + " (docs/protocol.md, \"Wire stability\").");
    }
  }

  @Test
  void committedLock_keepsEveryNumberOfTheBaseline() {
    Path root = WireFiles.root();
    FileDescriptorProto baseline = WireBaseline.read(root.resolve(WireFiles.BASELINE));
    assertEquals(List.of(), WireBaseline.lockProblems(baseline, WireFiles.lock(root)));
  }

  @Test
  void compiledProto_keepsEveryNumberNameAndTypeOfTheBaseline() {
    FileDescriptorProto baseline = WireBaseline.read(WireFiles.root().resolve(WireFiles.BASELINE));
    assertEquals(
        List.of(), WireBaseline.descriptorProblems(baseline, ModelProto.getDescriptor().toProto()));
  }

  @Test
  void sourceModel_agreesWithTheCompiledClasses() throws Exception {
    ModelSource model = ModelSource.read(WireFiles.root().resolve(WireFiles.MODEL));
    for (ModelSource.RecordDef r : model.records().values()) {
      Class<?> type = Class.forName("org.epar.core.model." + r.name());
      List<ModelSource.Component> compiled = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        String t = c.getGenericType().getTypeName().replaceAll("[\\w.]+\\.(\\w+)", "$1");
        compiled.add(new ModelSource.Component(t, c.getName()));
      }
      assertEquals(compiled, r.components(), r.name());
    }
    for (ModelSource.EnumDef e : model.enums().values()) {
      String pkg = e.name().equals("ReportType") ? "org.epar.core.period." : "org.epar.core.model.";
      Object[] constants = Class.forName(pkg + e.name()).getEnumConstants();
      assertEquals(
          Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList(),
          e.constants().stream().map(ModelSource.Constant::name).toList(),
          e.name());
    }
    for (RecordType t : RecordType.values()) {
      assertTrue(model.records().containsKey(t.javaType().getSimpleName()), t.name());
    }
  }

  // ------------------------------------------------------------------ changes to a copy

  @Test
  void reorderingTwoComponentsInTheJavaModel_keepsTheirNumbers_butTheCommittedFilesAreStale()
      throws IOException {
    copyRoot();
    assertEquals(List.of(), WireFiles.stale(copy));
    swap(TRANSACTION, "    @Nullable String site,\n", "    @Nullable String shop,\n");

    List<String> stale = WireFiles.stale(copy);
    // Same-typed components swapped: the committed codec would now put a shop id in site.
    assertTrue(stale.stream().anyMatch(s -> s.startsWith(WireFiles.CODEC)), stale.toString());
    assertTrue(stale.stream().anyMatch(s -> s.startsWith(WireFiles.PROTO)), stale.toString());
    assertFalse(stale.stream().anyMatch(s -> s.startsWith(WireFiles.LOCK)), stale.toString());
    String transaction = block(WireFiles.generate(copy).proto(), "message Transaction {");
    assertTrue(
        transaction.indexOf("  optional string shop = 3;\n")
            < transaction.indexOf("  optional string site = 2;\n"),
        transaction);
    assertTrue(transaction.indexOf("  optional string shop = 3;\n") > 0, transaction);

    // Without the lock (numbers by declaration order, as gen_model.py did) the wire would move.
    String unlocked =
        ModelProtoGenerator.generate(
                ModelSource.read(copy.resolve(WireFiles.MODEL)), new WireLock())
            .proto();
    assertTrue(block(unlocked, "message Transaction {").contains("  optional string shop = 2;\n"));
  }

  @Test
  void reorderingEnumConstants_keepsTheirNumbers() throws IOException {
    copyRoot();
    swap(
        DIRECTION,
        "  /** 农产品上行: rural products sold upward to cities. */\n  UPWARD(",
        "  /** 工业品下行: goods bought on behalf of villagers (代购) and delivered down. */\n"
            + "  DOWNWARD(");
    String direction = block(WireFiles.generate(copy).proto(), "enum Direction {");
    assertTrue(
        direction.indexOf("  DIRECTION_DOWNWARD = 2;\n")
            < direction.indexOf("  DIRECTION_UPWARD = 1;\n"),
        direction);
    assertTrue(direction.indexOf("  DIRECTION_DOWNWARD = 2;\n") > 0, direction);
    assertFalse(WireFiles.stale(copy).isEmpty());
  }

  @Test
  void editingANumberInTheProto_makesTheCommittedFilesStale() throws IOException {
    copyRoot();
    replace(
        WireFiles.PROTO,
        "  optional int64 amount_fen = 6;\n",
        "  optional int64 amount_fen = 16;\n");
    List<String> stale = WireFiles.stale(copy);
    assertEquals(1, stale.size(), stale.toString());
    assertTrue(stale.get(0).startsWith(WireFiles.PROTO), stale.toString());
    assertTrue(stale.get(0).contains("amount_fen = 16"), stale.toString());
  }

  @Test
  void editingANumberInTheLockAndTheProto_breaksTheBaseline() throws IOException {
    copyRoot();
    replace(WireFiles.LOCK, "Transaction.amount_fen = 6\n", "Transaction.amount_fen = 16\n");
    Path lock = copy.resolve(WireFiles.LOCK);
    WireFiles.write(lock, WireLock.parse(WireFiles.read(lock)).format());
    replace(
        WireFiles.PROTO,
        "  optional int64 amount_fen = 6;\n",
        "  optional int64 amount_fen = 16;\n");
    assertEquals(List.of(), WireFiles.stale(copy), "consistent edits pass the staleness check");
    FileDescriptorProto baseline = WireBaseline.read(copy.resolve(WireFiles.BASELINE));
    assertEquals(
        List.of("Transaction.amount_fen is 6 in the baseline but 16 in model.lock"),
        WireBaseline.lockProblems(baseline, WireFiles.lock(copy)));
  }

  @Test
  void aLockRegeneratedFromNothing_breaksTheBaseline() throws IOException {
    copyRoot();
    swap(TRANSACTION, "    @Nullable String site,\n", "    @Nullable String shop,\n");
    Files.delete(copy.resolve(WireFiles.LOCK));
    WireLock fresh = new WireLock();
    ModelProtoGenerator.generate(ModelSource.read(copy.resolve(WireFiles.MODEL)), fresh);
    FileDescriptorProto baseline = WireBaseline.read(copy.resolve(WireFiles.BASELINE));
    assertEquals(
        List.of(
            "Transaction.site is 2 in the baseline but 3 in model.lock",
            "Transaction.shop is 3 in the baseline but 2 in model.lock"),
        WireBaseline.lockProblems(baseline, fresh));
  }

  @Test
  void removingAComponent_retiresAndReservesIt_andANewOneTakesTheNextNumber() throws IOException {
    copyRoot();
    replace(
        TRANSACTION,
        "    @Nullable String household,\n    @Nullable String product)",
        "    @Nullable String household,\n    @Nullable String note)");
    ModelProtoGenerator.Output out = WireFiles.generate(copy);
    assertTrue(
        out.lock().contains("\nTransaction.product = 9 retired\nTransaction.note = 10\n"),
        out.lock());
    assertTrue(
        out.proto()
            .contains(
                "message Transaction {\n"
                    + "  // Retired (model.lock): never to be used again.\n"
                    + "  reserved 9;\n  reserved \"product\";\n"),
        out.proto());
    assertTrue(out.proto().contains("  optional string note = 10;\n"));
    assertTrue(out.codec().contains("p.hasNote() ? p.getNote() : null"));

    // The retired name cannot come back, under its old number or a new one.
    WireFiles.write(copy.resolve(WireFiles.LOCK), out.lock());
    replace(TRANSACTION, "@Nullable String note)", "@Nullable String product)");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WireFiles.generate(copy));
    assertTrue(
        e.getMessage().startsWith("Transaction.product was retired (number 9"), e.getMessage());
  }

  @Test
  void removingAnEnumConstant_reservesItsNumberAndName() throws IOException {
    copyRoot();
    replace(
        DIRECTION,
        "  /** 工业品下行: goods bought on behalf of villagers (代购) and delivered down. */\n"
            + "  DOWNWARD(",
        "  // gone\n  DOWNWARD(");
    String proto = WireFiles.generate(copy).proto();
    assertTrue(
        proto.contains(
            "  DIRECTION_UNSPECIFIED = 0;\n"
                + "  // Retired (model.lock): never to be used again.\n"
                + "  reserved 2;\n  reserved \"DIRECTION_DOWNWARD\";\n"),
        proto);
  }

  // ------------------------------------------------------------------ the lock itself

  @Test
  void lock_refusesASecondNameForANumber_andASecondNumberForAName() {
    IllegalArgumentException reuse =
        assertThrows(
            IllegalArgumentException.class, () -> WireLock.parse("Site.id = 1\nSite.name = 1\n"));
    assertTrue(reuse.getMessage().contains("reuses the number of Site.id"), reuse.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class, () -> WireLock.parse("Site.id = 1\nSite.id = 2\n"));
    assertTrue(twice.getMessage().contains("line 2"), twice.getMessage());
    assertEquals(
        2,
        WireLock.parse("Site.id = 1\nDataset.id = 1\nDataset.scope = 2 retired\n")
            .numberOf("Site", "name"));
  }

  @Test
  void lock_acceptsOnlyProtobufsUsableNumbers_atEachBoundary() {
    for (long ok : new long[] {1, 18_999, 20_000, 536_870_911}) {
      assertEquals(
          ok, WireLock.parse("Site.id = " + ok + "\n").get("Site", "id").orElseThrow().number());
    }
    for (long bad : new long[] {0, 19_000, 19_999, 536_870_912, 9_999_999_999L}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> WireLock.parse("Site.id = " + bad + "\n"),
          Long.toString(bad));
    }
    assertThrows(IllegalArgumentException.class, () -> WireLock.parse("Site.id = 1 gone\n"));
    assertThrows(IllegalArgumentException.class, () -> WireLock.parse("Site.id=1\n"));
  }

  @Test
  void lock_nextNumber_skipsProtobufsOwnRange_andStopsAtTheLast() {
    assertEquals(18_999, WireLock.parse("Site.a = 18998\n").numberOf("Site", "b"));
    assertEquals(20_000, WireLock.parse("Site.a = 18999\n").numberOf("Site", "b"));
    assertEquals(536_870_911, WireLock.parse("Site.a = 536870910\n").numberOf("Site", "b"));
    assertThrows(
        IllegalStateException.class,
        () -> WireLock.parse("Site.a = 536870911\n").numberOf("Site", "b"));
  }

  @Test
  void lock_formatsWhatItParses() {
    String text = WireLock.HEADER + "Site.id = 1\nSite.name = 2 retired\n";
    assertEquals(text, WireLock.parse(text).format());
    assertNotEquals(text, WireLock.parse(text.replace(" retired", "")).format());
  }

  // ------------------------------------------------------------------ helpers

  private void copyRoot() throws IOException {
    Path root = WireFiles.root();
    Files.createDirectories(copy.resolve(WireFiles.MODEL));
    try (Stream<Path> files = Files.list(root.resolve(WireFiles.MODEL))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(WireFiles.MODEL).resolve(f.getFileName()));
      }
    }
    for (String f : List.of(WireFiles.PROTO, WireFiles.LOCK, WireFiles.CODEC, WireFiles.BASELINE)) {
      Files.createDirectories(copy.resolve(f).getParent());
      Files.copy(root.resolve(f), copy.resolve(f));
    }
  }

  /** The text of one message or enum of a proto, from its opening line to its closing brace. */
  private static String block(String proto, String opening) {
    int start = proto.indexOf("\n" + opening + "\n");
    assertTrue(start >= 0, opening);
    return proto.substring(start, proto.indexOf("\n}\n", start) + 3);
  }

  private void replace(String file, String from, String to) {
    Path p = copy.resolve(file);
    String text = WireFiles.read(p);
    assertTrue(text.contains(from), file + " lacks: " + from);
    WireFiles.write(p, text.replace(from, to));
  }

  private void swap(String file, String a, String b) {
    replace(file, a, "\u0000");
    replace(file, b, a);
    replace(file, "\u0000", b);
  }
}
