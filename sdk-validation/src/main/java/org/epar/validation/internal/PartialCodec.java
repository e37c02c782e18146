package org.epar.validation.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epar.validation.StaleStateException;
import org.epar.validation.spi.RuleContext;

/**
 * Writes a {@link Engine.Partial} (every dataset rule's state, with its structural version, and the
 * findings, input problems, carriers and rule failures gathered so far) and reads it back for the
 * same engine configuration.
 *
 * <p>Layout (big-endian): the magic {@code EPARACC}, a format byte, the configuration fingerprint
 * (SHA-256 of the as-of date, and each rule's ID, class and settings), the next input index, the
 * number of dataset rules, then per rule its ID, class, whether it is broken and, if not, its state
 * version and the length and bytes of its state ({@link StateCodec}); last, the length and bytes of
 * the partial's other fields, by name. Fields that only cache what the engine can rebuild are not
 * written ({@link #SKIPPED}).
 */
public final class PartialCodec {

  private static final byte[] MAGIC = "EPARACC".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;

  /**
   * Fields of a partial that are caches or views, rebuilt by {@link Engine#newPartial}; what the
   * last report found ({@code reported}, and the {@code changed} marks since) is rebuilt by the
   * first report on the restored partial.
   */
  static final Set<String> SKIPPED =
      Set.of(
          "states",
          "toFindings",
          "lastType",
          "lastRules",
          "changed",
          "sharedChanged",
          "reported",
          "sinks");

  private PartialCodec() {}

  /** A partial read back, with the input index that follows it. */
  public record Restored(Engine.Partial partial, long next) {}

  /**
   * Writes a partial.
   *
   * @param engine the engine that made it
   * @param p the partial, unchanged
   * @param next the input index that follows the partial's records
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a state holds a type the codec does not allow
   */
  public static void write(Engine engine, Engine.Partial p, long next, OutputStream out)
      throws IOException {
    // one buffer, lengths written over reserved bytes: each state's bytes are copied once
    Bytes.Sink data = new Bytes.Sink(1 << 16);
    data.write(MAGIC);
    data.writeByte(FORMAT);
    data.writeUTF(fingerprint(engine));
    data.writeLong(next);
    List<Engine.BoundDatasetRule> rules = engine.datasetRules();
    data.writeInt(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      Engine.BoundDatasetRule b = rules.get(i);
      data.writeUTF(b.ctx().descriptor().id());
      data.writeUTF(b.rule().getClass().getName());
      Object state = p.states[i];
      data.writeBoolean(state == Engine.BROKEN);
      if (state == Engine.BROKEN) {
        continue;
      }
      data.writeLong(StateCodec.version(state.getClass()));
      int length = data.reserveInt();
      int start = data.size();
      try {
        StateCodec.write(state, data);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "the state of rule "
                + b.ctx().descriptor().id()
                + " cannot be saved: "
                + e.getMessage(),
            e);
      }
      data.putInt(length, data.size() - start);
    }
    int length = data.reserveInt();
    int start = data.size();
    List<Field> fields = partialFields();
    data.writeInt(fields.size());
    for (Field f : fields) {
      data.writeUTF(f.getName());
      StateCodec.write(get(f, p), data);
    }
    data.putInt(length, data.size() - start);
    data.writeTo(out);
    out.flush();
  }

  /**
   * Reads a partial written by {@link #write} for an engine of the same configuration.
   *
   * @param engine the engine that will continue with it
   * @param in where to read; read to the end of the partial, not closed
   * @return the partial and its next index
   * @throws StaleStateException if the bytes are not a partial, come from another configuration, or
   *     some rules' state classes changed (named in the exception)
   */
  public static Restored read(Engine engine, InputStream in) {
    try {
      return readChecked(engine, new DataInputStream(in));
    } catch (EOFException e) {
      throw new StaleStateException("the saved accumulator is truncated", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof StaleStateException s) {
        throw s;
      }
      throw new StaleStateException(
          "the saved accumulator cannot be read: " + e.getClass().getSimpleName(), e);
    }
  }

  private static Restored readChecked(Engine engine, DataInputStream in) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC) || in.readUnsignedByte() != FORMAT) {
      throw new StaleStateException(
          "the bytes are not a saved accumulator of this format", List.of());
    }
    if (!in.readUTF().equals(fingerprint(engine))) {
      throw new StaleStateException(
          "the saved accumulator was made by a validator with another profile, rule settings or"
              + " as-of date",
          List.of());
    }
    long next = in.readLong();
    List<Engine.BoundDatasetRule> rules = engine.datasetRules();
    if (in.readInt() != rules.size()) {
      throw new StaleStateException("the saved accumulator has other dataset rules", List.of());
    }
    Engine.Partial p = engine.newPartial();
    List<String> stale = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Engine.BoundDatasetRule b = rules.get(i);
      String id = in.readUTF();
      String type = in.readUTF();
      if (!id.equals(b.ctx().descriptor().id()) || !type.equals(b.rule().getClass().getName())) {
        throw new StaleStateException("the saved accumulator has other dataset rules", List.of());
      }
      if (in.readBoolean()) {
        p.states[i] = Engine.BROKEN;
        continue;
      }
      long version = in.readLong();
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      Object fresh = p.states[i];
      if (fresh == Engine.BROKEN || StateCodec.version(fresh.getClass()) != version) {
        stale.add(id);
        continue;
      }
      Bytes.Source state = new Bytes.Source(bytes);
      p.states[i] = StateCodec.read(state, b.rule().getClass().getClassLoader());
      if (state.available() != 0
          || p.states[i] == null
          || p.states[i].getClass() != fresh.getClass()) {
        throw new StaleStateException(
            "the saved state of rule " + id + " is malformed", List.of(id));
      }
    }
    byte[] restBytes = new byte[in.readInt()];
    in.readFully(restBytes);
    if (!stale.isEmpty()) {
      throw new StaleStateException(
          "the state classes of " + stale.size() + " rules changed since they were saved: " + stale,
          stale);
    }
    Bytes.Source rest = new Bytes.Source(restBytes);
    int n = rest.readInt();
    List<Field> fields = partialFields();
    if (n != fields.size()) {
      throw new StaleStateException("the saved accumulator's engine state has changed", List.of());
    }
    for (Field f : fields) {
      if (!rest.readUTF().equals(f.getName())) {
        throw new StaleStateException(
            "the saved accumulator's engine state has changed", List.of());
      }
      restore(f, p, StateCodec.read(rest, PartialCodec.class.getClassLoader()));
    }
    return new Restored(p, next);
  }

  /**
   * The configuration a partial depends on: as-of date, division registry, calendar, and every
   * rule's ID, class and settings, hashed.
   */
  static String fingerprint(Engine engine) {
    String known = engine.fingerprint;
    if (known == null) {
      known = computeFingerprint(engine);
      engine.fingerprint = known; // an engine never changes: computed once (racy but idempotent)
    }
    return known;
  }

  private static String computeFingerprint(Engine engine) {
    StringBuilder sb = new StringBuilder();
    for (Engine.BoundRecordRule b : engine.recordRules()) {
      describe(sb, b.rule().getClass(), b.ctx());
    }
    sb.append('|');
    for (Engine.BoundDatasetRule b : engine.datasetRules()) {
      describe(sb, b.rule().getClass(), b.ctx());
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void describe(StringBuilder sb, Class<?> rule, RuleContext ctx) {
    sb.append(ctx.descriptor().id())
        .append(' ')
        .append(rule.getName())
        .append(' ')
        .append(ctx.settings())
        .append(' ')
        .append(ctx.asOf())
        .append(' ')
        .append(ctx.divisionRegistry().isPresent())
        .append(' ')
        .append(ctx.calendar().getClass().getName())
        .append(';');
  }

  private static List<Field> partialFields() {
    List<Field> out = new ArrayList<>();
    for (Field f : Engine.Partial.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || SKIPPED.contains(f.getName())) {
        continue;
      }
      f.setAccessible(true);
      out.add(f);
    }
    out.sort(Comparator.comparing(Field::getName));
    return out;
  }

  private static Object get(Field f, Engine.Partial p) {
    try {
      return f.get(p);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f.getName(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void restore(Field f, Engine.Partial p, Object value) throws IOException {
    Object current = get(f, p);
    // collections keep their identity: views such as toFindings are bound to them
    if (current instanceof Collection c && value instanceof Collection v) {
      c.clear();
      c.addAll(v);
    } else if (current instanceof Map m && value instanceof Map v) {
      m.clear();
      m.putAll(v);
    } else {
      try {
        f.set(p, value);
      } catch (IllegalAccessException | IllegalArgumentException e) {
        throw new IOException("cannot restore the engine's " + f.getName(), e);
      }
    }
  }
}
