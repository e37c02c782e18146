package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.json.NdjsonSplitter;
import org.epar.validation.internal.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts a file is read in by the workers hold exactly the lines of the whole file: read in
 * order and numbered past the lines before them, they give what one reader of the whole file gives,
 * for any part size and any bytes (a byte-order mark, CRLF, blank lines, a last line without a
 * newline, bytes that are not UTF-8, lines longer than a part and than the reader keeps). A file of
 * one long line is read in time linear in its size, and a file that changes under the workers is an
 * error.
 */
class FilePartsTest {

  @TempDir static Path dir;

  /** Pieces files are made of: records, blank, CRLF, broken JSON, GBK bytes, Chinese, BOM. */
  private static final byte[][] PIECES = {
    "{\"type\":\"village\",\"id\":\"v1\",\"name\":\"\u5927\u660e\"}\n"
        .getBytes(StandardCharsets.UTF_8),
    "\n".getBytes(StandardCharsets.UTF_8),
    "{\"type\":\"village\",\"id\":\"v2\"}\r\n".getBytes(StandardCharsets.UTF_8),
    "{\"type\":\"household\",\"id\":\n".getBytes(StandardCharsets.UTF_8),
    {'{', (byte) 0xD6, (byte) 0xD0, '}', '\n'},
    "   \r\n".getBytes(StandardCharsets.UTF_8),
    "\"\u4e2d\u6587\"".getBytes(StandardCharsets.UTF_8), // no newline: joins the next piece
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    "x".repeat(300).getBytes(StandardCharsets.UTF_8), // longer than most parts
    {(byte) 0xE4, (byte) 0xB8}, // a character cut short
  };

  private static byte[] join(List<Integer> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int p : pieces) {
      out.writeBytes(PIECES[p]);
    }
    return out.toByteArray();
  }

  private static Path write(byte[] bytes) throws IOException {
    Path f = Files.createTempFile(dir, "parts", ".ndjson");
    Files.write(f, bytes);
    return f;
  }

  /** The lines of one reader over the whole input. */
  private static List<NdjsonLine> whole(byte[] bytes) {
    List<NdjsonLine> out = new ArrayList<>();
    try (NdjsonReader r = NdjsonReader.of(new ByteArrayInputStream(bytes))) {
      r.forEach(out::add);
    }
    return out;
  }

  private static NdjsonLine shift(NdjsonLine l, long base) {
    if (l instanceof NdjsonLine.Parsed p) {
      return new NdjsonLine.Parsed(base + p.lineNumber(), p.record());
    }
    NdjsonLine.Malformed m = (NdjsonLine.Malformed) l;
    return new NdjsonLine.Malformed(
        base + m.lineNumber(), m.problem(), m.undecodable(), m.likelyEncoding());
  }

  /**
   * Every part counted first, from the last to the first (as workers may), then read in order, each
   * line numbered past the lines of the parts before it.
   */
  private static List<NdjsonLine> inParts(FileChannel channel, long size, int partBytes) {
    FileParts parts = new FileParts(channel, size, partBytes);
    List<Engine.PartLines> list = new ArrayList<>();
    parts.forEachRemaining(list::add);
    long[] counts = new long[list.size()];
    for (int i = list.size() - 1; i >= 0; i--) {
      counts[i] = list.get(i).lineCount();
    }
    List<NdjsonLine> out = new ArrayList<>();
    long before = 0;
    for (int i = 0; i < list.size(); i++) {
      long base = before;
      list.get(i).read(l -> out.add(shift(l, base)));
      before += counts[i];
    }
    parts.checkComplete();
    return out;
  }

  private static List<NdjsonLine> inParts(Path file, int partBytes) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return inParts(ch, ch.size(), partBytes);
    }
  }

  @Test
  void anyBytes_tinyParts_theLinesOfTheWholeFile() {
    qt().withExamples(400)
        .forAll(
            lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40),
            integers().between(1, 64))
        .checkAssert(
            (pieces, partBytes) -> {
              byte[] bytes = join(pieces);
              try {
                assertEquals(whole(bytes), inParts(write(bytes), partBytes), "part " + partBytes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void anyBytes_anyPartSize_theLinesOfTheWholeFile() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 200),
            integers().between(1, 20_000))
        .checkAssert(
            (pieces, partBytes) -> {
              byte[] bytes = join(pieces);
              try {
                assertEquals(whole(bytes), inParts(write(bytes), partBytes), "part " + partBytes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void emptyFile_noParts() throws IOException {
    assertEquals(List.of(), inParts(write(new byte[0]), 4));
  }

  @Test
  void cutsAtTheExactBoundary() throws IOException {
    // newlines at 2 and 5: with parts of 3, each window ([2, 5), [5, 8)) begins on a newline; with
    // parts of 1 most windows hold none; with 9 and more, one part
    byte[] bytes = "{}\n{}\n{}".getBytes(StandardCharsets.UTF_8);
    for (int partBytes = 1; partBytes <= 9; partBytes++) {
      assertEquals(whole(bytes), inParts(write(bytes), partBytes), "part " + partBytes);
    }
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FileChannel {
    private final FileChannel in;
    final AtomicLong read = new AtomicLong();

    Counting(FileChannel in) {
      this.in = in;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      int n = in.read(dst, position);
      read.addAndGet(Math.max(n, 0));
      return n;
    }

    @Override
    public long size() throws IOException {
      return in.size();
    }

    @Override
    public int read(ByteBuffer dst) {
      throw new UnsupportedOperationException("positional reads only");
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
      throw new UnsupportedOperationException("positional reads only");
    }

    @Override
    public int write(ByteBuffer src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long position() {
      throw new UnsupportedOperationException("positional reads only");
    }

    @Override
    public FileChannel position(long newPosition) {
      throw new UnsupportedOperationException("positional reads only");
    }

    @Override
    public FileChannel truncate(long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void force(boolean metaData) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer src, long position) {
      throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void implCloseChannel() throws IOException {
      in.close();
    }
  }

  private static byte[] oneLongLine(String before, int length, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[head.length + length + 1 + tail.length];
    System.arraycopy(head, 0, b, 0, head.length);
    Arrays.fill(b, head.length, head.length + length, (byte) 'x');
    b[head.length + length] = '\n';
    System.arraycopy(tail, 0, b, head.length + length + 1, tail.length);
    return b;
  }

  @Test
  void oneLineOfManyParts_readInLinearTime_notOncePerPart() throws IOException {
    // 4 MiB in one line, parts of 4 KiB: read once per part it would be 1,024 x 4 MiB
    byte[] bytes = oneLongLine("{}\n", 4 << 20, "{}\n{}");
    Path f = write(bytes);
    try (Counting ch = new Counting(FileChannel.open(f, StandardOpenOption.READ))) {
      assertEquals(whole(bytes), inParts(ch, ch.size(), 4 << 10));
      assertTrue(ch.read.get() <= 3L * bytes.length, "bytes read: " + ch.read.get());
      assertTrue(ch.read.get() >= bytes.length, "bytes read: " + ch.read.get());
    }
  }

  @Test
  void aLineLongerThanAnyReaderKeeps_cutAndSkipped_asTheWholeReaderReportsIt() throws IOException {
    // one byte more than a part keeps, and exactly as many (kept whole, still too long to read)
    for (int extra : new int[] {1, 0, -1}) {
      byte[] bytes =
          oneLongLine("{}\n\n", NdjsonSplitter.LONG_LINE_KEEP + extra, "\n{\"type\":\"x\"}\n{}");
      Path f = write(bytes);
      try (Counting ch = new Counting(FileChannel.open(f, StandardOpenOption.READ))) {
        List<NdjsonLine> lines = inParts(ch, ch.size(), 1 << 20);
        List<NdjsonLine> expected = whole(bytes);
        assertEquals(expected, lines, "extra " + extra);
        assertEquals(3, ((NdjsonLine.Malformed) lines.get(1)).lineNumber(), "the long line");
        assertTrue(ch.read.get() <= 3L * bytes.length, "bytes read: " + ch.read.get());
      }
      Files.delete(f);
    }
  }

  private static byte[] lines(int count, int width) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      String id = String.format("{\"type\":\"village\",\"id\":\"v%0" + width + "d\"}\n", i);
      out.writeBytes(id.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** Part 0 read, then the file changed, then the rest read. */
  private static List<NdjsonLine> changedAfterFirstPart(Path f, byte[] now, int partBytes)
      throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      FileParts parts = new FileParts(ch, ch.size(), partBytes);
      List<NdjsonLine> out = new ArrayList<>();
      long before = 0;
      boolean first = true;
      while (parts.hasNext()) {
        Engine.PartLines p = parts.next();
        long base = before;
        before += p.lineCount();
        p.read(l -> out.add(shift(l, base)));
        if (first) {
          Files.write(f, now);
          first = false;
        }
      }
      parts.checkComplete();
      return out;
    }
  }

  @Test
  void aFileThatShrinks_isAnError() throws IOException {
    byte[] bytes = lines(100, 4);
    Path f = write(bytes);
    byte[] shorter = Arrays.copyOf(bytes, bytes.length / 2);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> changedAfterFirstPart(f, shorter, 256));
    assertTrue(e.getMessage().contains("ended at byte"), e.getMessage());
  }

  @Test
  void aFileRewrittenWithOtherLineEnds_isAnError() throws IOException {
    // the same size, every newline one byte later: part 1 no longer starts where part 0 ended
    byte[] bytes = lines(100, 4);
    Path f = write(bytes);
    byte[] shifted = new byte[bytes.length];
    shifted[0] = ' ';
    System.arraycopy(bytes, 0, shifted, 1, bytes.length - 1);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> changedAfterFirstPart(f, shifted, 256));
    assertTrue(e.getMessage().contains("changed while it was read"), e.getMessage());
  }

  @Test
  void aFileThatGrows_theLinesItHadWhenReadingBegan() throws IOException {
    byte[] bytes = lines(100, 4);
    Path f = write(bytes);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 40);
    Arrays.fill(longer, bytes.length, longer.length, (byte) '\n');
    assertEquals(whole(bytes), changedAfterFirstPart(f, longer, 256));
  }

  @Test
  void theSameFileUnchanged_theSameLines() throws IOException {
    // the breaking cases above differ from this one only by the rewrite
    byte[] bytes = lines(100, 4);
    Path f = write(bytes);
    assertEquals(whole(bytes), changedAfterFirstPart(f, bytes, 256));
  }
}
