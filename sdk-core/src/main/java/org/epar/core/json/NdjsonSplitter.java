package org.epar.core.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a UTF-8 NDJSON byte stream into parts of whole lines, each ending right after a newline (the
 * last one at the end of the input), so the parts can be parsed on several threads. Reading every
 * part with {@link #reader(Part, NdjsonReader.Binding)}, in order, and adding to each line number
 * the lines of the parts before it gives exactly the lines of {@link NdjsonReader#of(InputStream)}
 * over the whole stream: the same records, the same malformed lines, the same numbers.
 *
 * <p>Only the splitting runs on the calling thread: it reads blocks and looks back from a block's
 * end for its last newline; it never decodes. A line longer than the reader's limit is kept only up
 * to just past the limit (it is reported as too long, as the sequential reader reports it) and the
 * rest of it is skipped, so memory stays bounded by the part size plus the longest line allowed.
 *
 * <pre>{@code
 * try (NdjsonSplitter parts = NdjsonSplitter.open(path, 1 << 20)) {
 *   long before = 0;
 *   for (NdjsonSplitter.Part part; (part = parts.next()) != null; ) {
 *     NdjsonReader in = NdjsonSplitter.reader(part, NdjsonReader.Binding.STREAMING);
 *     long base = before; // the lines before this part: known once the parts before it are read
 *     in.forEach(line -> handle(base + line.lineNumber(), line));
 *     before += in.linesRead();
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe; parts are immutable once returned and may be read on any thread.
 *
 * @since 0.2.0
 */
public final class NdjsonSplitter implements Closeable {

  /**
   * Whole lines of the input.
   *
   * @param ordinal the 0-based position of the part in the input
   * @param bytes the bytes; only the first {@code length} count
   * @param length the number of bytes
   */
  public record Part(long ordinal, byte[] bytes, int length) {
    /** Checks the arguments. */
    public Part {
      Objects.requireNonNull(bytes, "bytes");
      if (length < 0 || length > bytes.length) {
        throw new IllegalArgumentException("length out of range: " + length);
      }
    }

    /**
     * Whether the part starts the input (its first line may begin with a byte-order mark).
     *
     * @return {@code ordinal == 0}
     */
    public boolean startsInput() {
      return ordinal == 0;
    }

    /** Prints the position and size only, never the bytes. */
    @Override
    public String toString() {
      return "Part[ordinal=" + ordinal + ", length=" + length + "]";
    }
  }

  private final InputStream in;
  private final int partBytes;
  private final long keepOfLongLine;
  private byte[] carry = new byte[0];
  private int carryLength;
  private boolean eof;
  private long ordinal;

  private NdjsonSplitter(InputStream in, int partBytes) {
    if (partBytes < 1) {
      throw new IllegalArgumentException("partBytes must be positive: " + partBytes);
    }
    this.in = Objects.requireNonNull(in, "in");
    this.partBytes = partBytes;
    // the sequential reader keeps at most this many bytes of a line (UTF-8: 3 bytes a char) and
    // flags a longer one; one byte more than that still reads as too long
    this.keepOfLongLine =
        (long)
                Math.ceil(
                    NdjsonReader.DEFAULT_MAX_LINE_LENGTH
                        * (double) StandardCharsets.UTF_8.newEncoder().maxBytesPerChar())
            + 2;
  }

  /**
   * A splitter of a UTF-8 NDJSON file.
   *
   * @param file the file
   * @param partBytes the size parts aim at, in bytes (a part is longer when a line is)
   * @return the splitter
   * @throws UncheckedIOException if the file cannot be opened
   * @throws IllegalArgumentException if {@code partBytes} is not positive
   */
  public static NdjsonSplitter open(Path file, int partBytes) {
    try {
      return new NdjsonSplitter(Files.newInputStream(file), partBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A splitter of a UTF-8 NDJSON stream.
   *
   * @param in the bytes; closed by {@link #close()}
   * @param partBytes the size parts aim at, in bytes (a part is longer when a line is)
   * @return the splitter
   * @throws IllegalArgumentException if {@code partBytes} is not positive
   */
  public static NdjsonSplitter of(InputStream in, int partBytes) {
    return new NdjsonSplitter(in, partBytes);
  }

  /**
   * A reader of one part's lines, numbered from 1 within the part, with {@link EparJson#mapper()}.
   *
   * @param part the part
   * @param binding how lines become records
   * @return the reader
   */
  public static NdjsonReader reader(Part part, NdjsonReader.Binding binding) {
    return NdjsonReader.part(part.bytes(), part.length(), part.startsInput(), binding);
  }

  /**
   * The next part.
   *
   * @return the part, or null at the end of the input
   * @throws UncheckedIOException if reading fails
   */
  public @Nullable Part next() {
    return next(null);
  }

  /**
   * The next part, read into the bytes of a part the caller has finished with when they are of the
   * right size (about the part size), so that reading a file part after part allocates no new
   * buffer per part. The spare part's bytes must no longer be read by anyone: its {@link Part} and
   * every reader of it are dead from this call on.
   *
   * @param spare the bytes of an earlier part of this splitter that is no longer read, or null
   * @return the part, or null at the end of the input
   * @throws UncheckedIOException if reading fails
   * @since 0.2.0
   */
  public @Nullable Part next(byte @Nullable [] spare) {
    try {
      return read(spare);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable Part read(byte @Nullable [] spare) throws IOException {
    int need = Math.max(carry.length, carryLength + partBytes);
    byte[] buf;
    if (spare != null && spare != carry && spare.length >= need && spare.length < 2 * need) {
      buf = spare;
      System.arraycopy(carry, 0, buf, 0, carryLength);
    } else {
      // room for a part and a carry of up to a sixteenth of it: the next part's carry differs from
      // this one's, and a buffer sized exactly would be too small to be read into again
      buf =
          Arrays.copyOf(carry, (int) Math.min(Integer.MAX_VALUE - 8, need + (long) partBytes / 16));
    }
    int len = carryLength;
    int searched = 0;
    while (true) {
      len = fill(buf, len);
      int cut = lastNewline(buf, searched, len);
      if (cut >= 0) {
        return emit(buf, cut + 1, len);
      }
      if (eof) {
        return len == 0 ? null : emit(buf, len, len);
      }
      searched = len;
      if (len >= keepOfLongLine) {
        // one line longer than any reader keeps: pass on its start, flagged as too long by the
        // reader, and skip the rest of it
        int keep = (int) keepOfLongLine;
        Part p = new Part(ordinal++, Arrays.copyOf(buf, keep), keep);
        skipRestOfLine();
        return p;
      }
      buf = Arrays.copyOf(buf, (int) Math.min(keepOfLongLine, (long) buf.length * 2));
    }
  }

  private int fill(byte[] buf, int len) throws IOException {
    while (len < buf.length && !eof) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        eof = true;
      } else {
        len += n;
      }
    }
    return len;
  }

  private static int lastNewline(byte[] buf, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private Part emit(byte[] buf, int end, int len) {
    carryLength = len - end;
    carry = Arrays.copyOfRange(buf, end, end + Math.max(carryLength, 0));
    return new Part(ordinal++, buf, end);
  }

  private void skipRestOfLine() throws IOException {
    byte[] b = new byte[8192];
    while (true) {
      int n = in.read(b);
      if (n < 0) {
        eof = true;
        carry = new byte[0];
        carryLength = 0;
        return;
      }
      for (int i = 0; i < n; i++) {
        if (b[i] == '\n') {
          carry = Arrays.copyOfRange(b, i + 1, n);
          carryLength = n - i - 1;
          return;
        }
      }
    }
  }

  /**
   * Closes the input.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
