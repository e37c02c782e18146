package org.epar.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.epar.core.period.ReportType;
import org.epar.core.period.Timeliness;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.validation.EparValidator;
import org.epar.validation.StaleStateException;
import org.epar.validation.ValidationAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * The checkpoint of a county's assessment, or a delta after it: how far the store was read (the key
 * of the last submission listed, and how many were read), what each contractor reported and when,
 * and the validator's accumulator over those submissions. A delta covers only the submissions read
 * since the position it starts at ({@code from}, {@code fromRead}): its accumulator and reported
 * periods are those of these submissions alone, combined into the checkpoint's when read back.
 *
 * <p>Layout (big-endian): the magic {@code EPARCKP}, a format byte (2; format 1, a checkpoint
 * without deltas, reads as stale), whether it is a delta, the county, the as-of date (epoch day),
 * the profile ID, for a delta the position it starts at (whether a key follows, the key (id,
 * contractor), the number of submissions read before it), the position it ends at (the same), the
 * reported periods (per contractor, per report type, per period: its timeliness), then the
 * accumulator ({@link ValidationAccumulator#writeTo}) to the end.
 *
 * @param county the 6-digit county code
 * @param asOf the as-of date the states were made for
 * @param profileId the profile
 * @param delta whether this is a delta (else a whole checkpoint)
 * @param from for a delta, the key of the last submission listed before it, or null when none was
 * @param fromRead for a delta, how many submissions were read before it; 0 for a checkpoint
 * @param after the key of the last submission listed, or null when none was
 * @param read how many submissions were read in all, up to {@code after}
 * @param reported per contractor, report type and period, the timeliness of what was reported (of a
 *     delta: only in the submissions it covers)
 */
record Checkpoint(
    String county,
    LocalDate asOf,
    String profileId,
    boolean delta,
    @Nullable SubmissionKey from,
    int fromRead,
    @Nullable SubmissionKey after,
    int read,
    Map<String, Map<ReportType, Map<String, Timeliness>>> reported) {

  private static final byte[] MAGIC = "EPARCKP".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 2;

  /** A whole checkpoint. */
  static Checkpoint whole(
      String county,
      LocalDate asOf,
      String profileId,
      @Nullable SubmissionKey after,
      int read,
      Map<String, Map<ReportType, Map<String, Timeliness>>> reported) {
    return new Checkpoint(county, asOf, profileId, false, null, 0, after, read, reported);
  }

  /**
   * The checkpoint's bytes, followed by the accumulator's.
   *
   * @param sizeHint the expected size (the size of the checkpoint restored before), so that the
   *     buffer of a large checkpoint is not grown and copied many times
   */
  byte[] write(ValidationAccumulator acc, int sizeHint) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(256, sizeHint));
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(MAGIC);
    out.writeByte(FORMAT);
    out.writeBoolean(delta);
    out.writeUTF(county);
    out.writeLong(asOf.toEpochDay());
    out.writeUTF(profileId);
    if (delta) {
      writeKey(out, from);
      out.writeInt(fromRead);
    }
    writeKey(out, after);
    out.writeInt(read);
    out.writeInt(reported.size());
    for (var c : new TreeMap<>(reported).entrySet()) {
      out.writeUTF(c.getKey());
      out.writeInt(c.getValue().size());
      for (var t : new TreeMap<>(c.getValue()).entrySet()) {
        out.writeUTF(t.getKey().name());
        out.writeInt(t.getValue().size());
        for (var p : new TreeMap<>(t.getValue()).entrySet()) {
          out.writeUTF(p.getKey());
          out.writeUTF(p.getValue().name());
        }
      }
    }
    acc.writeTo(out);
    out.flush();
    return bytes.toByteArray();
  }

  /** A checkpoint read back with its accumulator, and how many bytes it had. */
  record Restored(Checkpoint checkpoint, ValidationAccumulator accumulator, int size) {}

  /**
   * Reads a checkpoint for a county, as-of date and profile.
   *
   * @return the checkpoint, or null when it is for another as-of date or profile
   * @throws StaleStateException if the accumulator is stale, or the bytes are of another format
   * @throws IOException if the bytes are malformed
   */
  static @Nullable Restored read(
      byte[] bytes, String county, LocalDate asOf, String profileId, EparValidator validator)
      throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IOException("not an assessment checkpoint");
    }
    int format = in.readUnsignedByte();
    if (format != FORMAT) {
      throw new StaleStateException(
          "assessment checkpoint format " + format + ", this assessor reads " + FORMAT, List.of());
    }
    boolean delta = in.readBoolean();
    if (!in.readUTF().equals(county)
        || in.readLong() != asOf.toEpochDay()
        || !in.readUTF().equals(profileId)) {
      return null;
    }
    SubmissionKey from = delta ? readKey(in) : null;
    int fromRead = delta ? in.readInt() : 0;
    SubmissionKey after = readKey(in);
    int read = in.readInt();
    Map<String, Map<ReportType, Map<String, Timeliness>>> reported = new TreeMap<>();
    int contractors = in.readInt();
    for (int i = 0; i < contractors; i++) {
      Map<ReportType, Map<String, Timeliness>> types = new HashMap<>();
      reported.put(in.readUTF(), types);
      int nt = in.readInt();
      for (int j = 0; j < nt; j++) {
        Map<String, Timeliness> periods = new HashMap<>();
        types.put(enumValue(ReportType.class, in.readUTF()), periods);
        int np = in.readInt();
        for (int k = 0; k < np; k++) {
          periods.put(in.readUTF(), enumValue(Timeliness.class, in.readUTF()));
        }
      }
    }
    ValidationAccumulator acc = validator.readAccumulator(in);
    return new Restored(
        new Checkpoint(county, asOf, profileId, delta, from, fromRead, after, read, reported),
        acc,
        bytes.length);
  }

  private static void writeKey(DataOutputStream out, @Nullable SubmissionKey key)
      throws IOException {
    out.writeBoolean(key != null);
    if (key != null) {
      out.writeUTF(key.id());
      out.writeUTF(key.contractor());
    }
  }

  private static @Nullable SubmissionKey readKey(DataInputStream in) throws IOException {
    return in.readBoolean() ? new SubmissionKey(in.readUTF(), in.readUTF()) : null;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name) throws IOException {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IOException("the checkpoint names an unknown " + type.getSimpleName(), e);
    }
  }
}
