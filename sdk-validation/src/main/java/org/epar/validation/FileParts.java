package org.epar.validation;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.NdjsonSplitter;
import org.epar.validation.internal.Engine;
import org.epar.validation.internal.Lines;

/**
 * A UTF-8 NDJSON file handed out as parts that the workers read themselves, with positional reads
 * on one shared channel: the calling thread only hands out nominal byte ranges {@code [k*S,
 * (k+1)*S)} and does no I/O, and each worker reads, counts and parses its own part while the bytes
 * are still in its cache (no copy of the file on a third thread).
 *
 * <p><b>Cuts.</b> Part 0 starts at byte 0; part {@code k > 0} starts just after the first newline
 * at or after byte {@code k*S - 1}, looked for only up to {@code (k+1)*S - 1}: if there is none,
 * part {@code k} is empty (its range lies inside one long line). A part ends where the next
 * non-empty one starts: just after the first newline at or after {@code (k+1)*S - 1}, or at the end
 * of the file. Every part is found with a bounded look, so a file of one huge line costs reading it
 * about twice, never once per part. The part holding the start of a line longer than {@link
 * NdjsonSplitter#LONG_LINE_KEEP} keeps that many bytes of it (the reader reports it as too long, as
 * the sequential reader does) and skips the rest; the parts' lines are those of {@link
 * NdjsonReader#of(java.io.InputStream)} over the whole file, with the same numbers once each part's
 * are moved past the lines before it.
 *
 * <p><b>A file that changes while it is read.</b> Only the bytes up to the size the file had when
 * reading began are read. A part that meets the end of the file before that size fails with an
 * {@link UncheckedIOException}; where a part starts is compared with where the parts before it
 * ended, and {@link #checkComplete()} fails if they disagree anywhere: a file rewritten under the
 * workers gives an error, never a report with lines counted twice or not at all.
 *
 * <p>The iterator is used on one thread; each part is counted and read once, on any thread.
 */
final class FileParts implements Iterator<Engine.PartLines> {

  /** Bytes read at once: small enough that the copy the JDK makes of them is still in cache. */
  private static final int CHUNK = 128 << 10;

  /** Bytes read first from a part's nominal start, where its first newline usually is. */
  private static final int PROBE = 8 << 10;

  /** The first read past a part's nominal end, for the end of the line that crosses it. */
  private static final int TAIL = 4 << 10;

  /** At most this many spare buffers wait for the next parts (as many as parts in flight). */
  private static final int SPARES = 4;

  /** The longest array the JVM reliably allocates. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final FileChannel channel;
  private final long size;
  private final int partBytes;
  private final long parts;
  private final int bufferBytes;
  private final Queue<byte[]> spares = new ConcurrentLinkedQueue<>();
  private long next;

  /** The file position the parts handed out so far have read up to; completes as they are read. */
  private CompletableFuture<Long> reach = CompletableFuture.completedFuture(0L);

  /**
   * Parts of a file.
   *
   * @param channel the file, read with positional reads only; not closed here
   * @param size the bytes to read: the file's size when reading begins
   * @param partBytes the nominal size of a part, {@code S}
   */
  FileParts(FileChannel channel, long size, int partBytes) {
    if (partBytes < 1) {
      throw new IllegalArgumentException("partBytes must be positive: " + partBytes);
    }
    this.channel = channel;
    this.size = size;
    this.partBytes = partBytes;
    this.parts = size == 0 ? 0 : (size - 1) / partBytes + 1;
    // a part, the end of the line that crosses its nominal end, and the look for its start
    this.bufferBytes = (int) Math.min(MAX_ARRAY, partBytes + partBytes / 16L + PROBE);
  }

  @Override
  public boolean hasNext() {
    return next < parts;
  }

  @Override
  public Engine.PartLines next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    FilePart p = new FilePart(next++);
    reach = reach.thenCombine(p.bounds, p::follow);
    return p;
  }

  /**
   * Checks, once every part handed out was counted, that the parts cover the file once: each starts
   * where the ones before it ended, and the last ends at the end.
   *
   * @throws UncheckedIOException if the file changed while it was read
   * @throws IllegalStateException if a part was not counted yet
   */
  void checkComplete() {
    if (next < parts || !reach.isDone()) {
      throw new IllegalStateException("not every part was read");
    }
    long end;
    try {
      end = reach.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u;
      }
      throw e;
    }
    if (end != size) {
      throw changed("the last part ends at byte " + end + " of " + size);
    }
  }

  private static UncheckedIOException changed(String detail) {
    return new UncheckedIOException(
        new IOException("the NDJSON file changed while it was read in parts: " + detail));
  }

  private byte[] buffer() {
    byte[] b = spares.poll();
    return b != null ? b : new byte[bufferBytes];
  }

  private void release(byte[] b) {
    if (b.length == bufferBytes && spares.size() < SPARES) {
      spares.offer(b);
    }
  }

  /** Reads {@code b[off .. off + n)} from file position {@code pos}, all of it. */
  private void readFully(byte[] b, int off, int n, long pos) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(b, off, n);
    while (bb.hasRemaining()) {
      int r = channel.read(bb, pos + bb.position() - off);
      if (r < 0) {
        throw new EOFException(
            "the NDJSON file ended at byte "
                + (pos + bb.position() - off)
                + " while it was read in parts; it had "
                + size
                + " bytes when reading began");
      }
    }
  }

  private static int indexOfNewline(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Part {@code k}: found, read and counted by {@link #lineCount()}, parsed by {@link #read}. */
  private final class FilePart implements Engine.PartLines {
    private final long index;

    /** Where the part starts (-1: no newline in its window, it is empty) and where it ends. */
    final CompletableFuture<long[]> bounds = new CompletableFuture<>();

    private byte[] bytes = new byte[0];
    private int length;
    private long count = -1;

    FilePart(long index) {
      this.index = index;
    }

    @Override
    public long lineCount() {
      if (count < 0) {
        try {
          load();
        } catch (IOException e) {
          UncheckedIOException u = new UncheckedIOException(e);
          bounds.completeExceptionally(u);
          throw u;
        } catch (RuntimeException | Error e) {
          bounds.completeExceptionally(e);
          throw e;
        }
      }
      return count;
    }

    @Override
    public void read(Consumer<NdjsonLine> sink) {
      long lines = lineCount();
      if (length > 0) {
        NdjsonReader reader =
            NdjsonSplitter.reader(
                new NdjsonSplitter.Part(index, bytes, length), NdjsonReader.Binding.STREAMING);
        reader.forEach(sink);
        if (reader.linesRead() != lines) {
          // the count decides the line numbers of every later part: never go on with a wrong one
          throw new IllegalStateException(
              "part " + index + ": read " + reader.linesRead() + " lines, counted " + lines);
        }
      }
      release(bytes); // read to the end: nothing refers to the bytes any more
      bytes = new byte[0];
    }

    /**
     * The file position the parts up to this one read up to, given where the ones before it did.
     */
    long follow(long before, long[] b) {
      long start = b[0];
      if (start < 0) {
        // no newline in this part's window: the part before must have read past all of it
        long windowEnd = Math.min(size, (index + 1) * partBytes);
        if (before < windowEnd) {
          throw changed(
              "part " + index + " holds no line start, the lines before end at byte " + before);
        }
        return before;
      }
      if (before != start) {
        throw changed(
            "part " + index + " starts at byte " + start + ", the lines before end at " + before);
      }
      return b[1];
    }

    private void load() throws IOException {
      byte[] buf = buffer();
      long nominal = index * partBytes;
      long nominalEnd = Math.min(size, nominal + partBytes);
      long start;
      int len;
      if (index == 0) {
        start = 0;
        len = 0;
      } else {
        // the first newline in [nominal - 1, nominalEnd - 1), read a little at first
        long pos = nominal - 1;
        long windowEnd = nominalEnd - 1;
        start = -1;
        len = 0;
        int want = PROBE;
        while (pos < windowEnd) {
          // never more than the window and a part after it: an empty part costs O(partBytes)
          int n = (int) Math.min(Math.min(want, buf.length), Math.min(size - pos, 2L * partBytes));
          readFully(buf, 0, n, pos);
          int i = indexOfNewline(buf, 0, (int) Math.min(n, windowEnd - pos));
          if (i >= 0) {
            start = pos + i + 1;
            len = n - i - 1; // the bytes after the newline begin the part
            System.arraycopy(buf, i + 1, buf, 0, len);
            break;
          }
          pos += n;
          want = CHUNK;
        }
        if (start < 0) {
          release(buf);
          count = 0;
          bounds.complete(new long[] {-1, -1});
          return;
        }
      }
      // the part ends just after the first newline at or after nominalEnd - 1: index nb here
      int nb = (int) (nominalEnd - 1 - start);
      long newlines = Lines.newlines(buf, 0, Math.min(len, nb));
      int searched = nb;
      int keep = -1;
      long end = -1;
      int lineStart = -1;
      while (true) {
        if (len > searched) {
          int j = indexOfNewline(buf, searched, len);
          if (j >= 0) {
            keep = j + 1;
            end = start + keep;
            newlines++;
            break;
          }
          searched = len;
        }
        if (start + len == size) {
          keep = len;
          end = size;
          break;
        }
        if (len >= nb && len >= NdjsonSplitter.LONG_LINE_KEEP) {
          // only the line that crosses the nominal end is cut; lines before it are whole
          if (lineStart < 0) {
            lineStart = lastNewlineBefore(buf, nb) + 1;
          }
          if (len - lineStart >= NdjsonSplitter.LONG_LINE_KEEP) {
            // a line longer than any reader keeps: its start, flagged as too long by the reader
            keep = lineStart + NdjsonSplitter.LONG_LINE_KEEP;
            end = skipRestOfLine(start + len);
            break;
          }
        }
        int want = len < nb ? Math.min(CHUNK, nb - len) : Math.min(CHUNK, Math.max(TAIL, len - nb));
        int n = (int) Math.min(want, size - (start + len));
        if (len + n > buf.length) {
          long grown = Math.max(len + (long) n, Math.min(MAX_ARRAY, 2L * buf.length));
          if (grown > MAX_ARRAY) {
            throw new IllegalStateException("part " + index + " does not fit in an array");
          }
          buf = Arrays.copyOf(buf, (int) grown);
        }
        readFully(buf, len, n, start + len);
        if (len < nb) {
          // counted now, while the bytes just read are in cache
          newlines += Lines.newlines(buf, len, Math.min(len + n, nb));
        }
        len += n;
      }
      bytes = buf;
      length = keep;
      count = keep > 0 && buf[keep - 1] != '\n' ? newlines + 1 : newlines;
      bounds.complete(new long[] {start, end});
    }

    private static int lastNewlineBefore(byte[] b, int to) {
      for (int i = to - 1; i >= 0; i--) {
        if (b[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    /** The position just after the first newline at or after {@code pos}, or the size. */
    private long skipRestOfLine(long pos) throws IOException {
      byte[] b = new byte[CHUNK];
      while (pos < size) {
        int n = (int) Math.min(CHUNK, size - pos);
        readFully(b, 0, n, pos);
        int i = indexOfNewline(b, 0, n);
        if (i >= 0) {
          return pos + i + 1;
        }
        pos += n;
      }
      return size;
    }
  }
}
