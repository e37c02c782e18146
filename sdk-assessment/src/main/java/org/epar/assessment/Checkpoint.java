package org.epar.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
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
 * The checkpoint of a county's assessment: how far the store was read (the key of the last
 * submission listed, and how many were read), what each contractor reported and when, and the
 * validator's accumulator over those submissions.
 *
 * <p>Layout (big-endian): the magic {@code EPARCKP}, a format byte, the county, the as-of date
 * (epoch day), the profile ID, whether a key follows and the key (id, contractor), the number of
 * submissions read, the reported periods (per contractor, per report type, per period: its
 * timeliness), then the accumulator ({@link ValidationAccumulator#writeTo}) to the end.
 *
 * @param county the 6-digit county code
 * @param asOf the as-of date the states were made for
 * @param profileId the profile
 * @param after the key of the last submission listed, or null when none was
 * @param read how many submissions were read
 * @param reported per contractor, report type and period, the timeliness of what was reported
 */
record Checkpoint(
    String county,
    LocalDate asOf,
    String profileId,
    @Nullable SubmissionKey after,
    int read,
    Map<String, Map<ReportType, Map<String, Timeliness>>> reported) {

  private static final byte[] MAGIC = "EPARCKP".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;

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
    out.writeUTF(county);
    out.writeLong(asOf.toEpochDay());
    out.writeUTF(profileId);
    out.writeBoolean(after != null);
    if (after != null) {
      out.writeUTF(after.id());
      out.writeUTF(after.contractor());
    }
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
   * @throws StaleStateException if the accumulator is stale
   * @throws IOException if the bytes are malformed
   */
  static @Nullable Restored read(
      byte[] bytes, String county, LocalDate asOf, String profileId, EparValidator validator)
      throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!java.util.Arrays.equals(magic, MAGIC) || in.readUnsignedByte() != FORMAT) {
      throw new IOException("not an assessment checkpoint of this format");
    }
    if (!in.readUTF().equals(county)
        || in.readLong() != asOf.toEpochDay()
        || !in.readUTF().equals(profileId)) {
      return null;
    }
    SubmissionKey after = in.readBoolean() ? new SubmissionKey(in.readUTF(), in.readUTF()) : null;
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
        new Checkpoint(county, asOf, profileId, after, read, reported), acc, bytes.length);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name) throws IOException {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IOException("the checkpoint names an unknown " + type.getSimpleName(), e);
    }
  }
}
