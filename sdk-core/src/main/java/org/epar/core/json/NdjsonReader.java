package org.epar.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.epar.core.json.internal.BoundedLineReader;
import org.epar.core.json.internal.ByteLineReader;
import org.epar.core.json.internal.JsonSchemaGenerator;
import org.epar.core.json.internal.ReadProblems;
import org.epar.core.json.internal.StrictText;
import org.epar.core.model.EparRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON records line by line, in bounded memory, reporting bad lines instead of stopping.
 *
 * <p>Each line is parsed on its own: a line that is not a record (bad JSON, a missing or unknown
 * {@code type}, a value of the wrong type) becomes an {@link NdjsonLine.Malformed} with its 1-based
 * line number and a problem text free of input values, and reading goes on with the next line.
 * Blank lines (empty or only whitespace) are skipped but counted, so line numbers match an editor's.
 * Lines end in {@code \n}; a {@code \r} before it and a byte-order mark at the start are dropped.
 *
 * <p><b>Encoding.</b> NDJSON is UTF-8. Bytes are decoded strictly, line by line: a line whose bytes
 * are not valid UTF-8 becomes a {@linkplain NdjsonLine.Malformed#undecodable() undecodable}
 * malformed line that names the encoding it looks like ("looks like GBK/GB18030" for what Chinese
 * Windows tools export), and reading goes on with the next line; bytes are never replaced by U+FFFD.
 * To read such a file, name its charset: {@code NdjsonReader.open(path, Charset.forName("GB18030"))}.
 * The charset must write ASCII as single bytes (UTF-8, GBK, GB18030 do; UTF-16 does not).
 * Only one line is held in memory at a time, and no more than {@link #DEFAULT_MAX_LINE_LENGTH}
 * characters of it (or the limit given); a longer line is skipped and reported as malformed.
 *
 * <pre>{@code
 * try (NdjsonReader in = NdjsonReader.open(Path.of("county.ndjson"))) {
 *   for (NdjsonLine line : in) {
 *     if (line instanceof NdjsonLine.Parsed p) { store(p.record()); }
 *     else { report((NdjsonLine.Malformed) line); }
 *   }
 * }
 * }</pre>
 *
 * <p>Like {@link java.nio.file.DirectoryStream}, a reader can be iterated once: {@link #iterator()},
 * {@link #stream()} and {@link #forEach(Consumer)} may be called only once between them. I/O failures
 * are thrown as {@link UncheckedIOException}. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class NdjsonReader implements Iterable<NdjsonLine>, Closeable {

  /** The default longest line, in characters: 16 Mi. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

  private static volatile @Nullable ReadProblems defaultProblems;

  private final Closeable source;
  private final @Nullable BoundedLineReader lines;
  private final @Nullable ByteLineReader byteLines;
  private final @Nullable Charset charset;
  private final ObjectReader json;
  private final ReadProblems problems;
  private final int maxLineLength;
  private boolean iterated;

  private NdjsonReader(Reader source, ObjectMapper mapper, int maxLineLength) {
    this(source, new BoundedLineReader(source, maxLineLength), null, null, mapper, maxLineLength);
  }

  private NdjsonReader(InputStream source, Charset charset, ObjectMapper mapper, int maxLineLength) {
    this(source, null, new ByteLineReader(source, maxBytes(charset, maxLineLength)), charset,
        mapper, maxLineLength);
  }

  private NdjsonReader(Closeable source, @Nullable BoundedLineReader lines,
      @Nullable ByteLineReader byteLines, @Nullable Charset charset, ObjectMapper mapper,
      int maxLineLength) {
    this.source = source;
    this.lines = lines;
    this.byteLines = byteLines;
    this.charset = charset;
    this.maxLineLength = maxLineLength;
    this.json =
        mapper.readerFor(EparRecord.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.problems = mapper == EparJson.mapper() ? sharedProblems() : problemsFor(mapper);
  }

  /**
   * A reader of {@code source}, with {@link EparJson#mapper()}.
   *
   * @param source the text; closed by {@link #close()}; need not be buffered
   * @return the reader
   */
  public static NdjsonReader of(Reader source) {
    return of(source, EparJson.mapper(), DEFAULT_MAX_LINE_LENGTH);
  }

  /**
   * A reader of {@code source} with a mapper of your own (from {@link EparJson#builder()}) and a
   * line-length limit.
   *
   * @param source the text; closed by {@link #close()}
   * @param mapper the mapper
   * @param maxLineLength the longest line read, in characters; longer lines are malformed
   * @return the reader
   * @throws IllegalArgumentException if {@code maxLineLength} is not positive
   */
  public static NdjsonReader of(Reader source, ObjectMapper mapper, int maxLineLength) {
    if (maxLineLength < 1) {
      throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
    }
    return new NdjsonReader(
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(mapper, "mapper"),
        maxLineLength);
  }

  /**
   * A reader of UTF-8 bytes, with {@link EparJson#mapper()}. A line that is not valid UTF-8 is an
   * {@linkplain NdjsonLine.Malformed#undecodable() undecodable} malformed line naming the encoding
   * it looks like; reading goes on.
   *
   * @param in the bytes; closed by {@link #close()}; need not be buffered
   * @return the reader
   */
  public static NdjsonReader of(InputStream in) {
    return of(in, StandardCharsets.UTF_8);
  }

  /**
   * A reader of bytes in the given charset, with {@link EparJson#mapper()}, e.g. GB18030 for a file
   * exported by a Chinese Windows tool. Decoding is strict, as for UTF-8.
   *
   * <pre>{@code
   * try (NdjsonReader in = NdjsonReader.of(stream, Charset.forName("GB18030"))) { ... }
   * }</pre>
   *
   * @param in the bytes; closed by {@link #close()}; need not be buffered
   * @param charset the charset of the bytes; must write ASCII as single bytes
   * @return the reader
   * @throws IllegalArgumentException if the charset does not write ASCII as single bytes (UTF-16)
   */
  public static NdjsonReader of(InputStream in, Charset charset) {
    return of(in, charset, EparJson.mapper(), DEFAULT_MAX_LINE_LENGTH);
  }

  /**
   * A reader of bytes in the given charset with a mapper of your own (from {@link
   * EparJson#builder()}) and a line-length limit.
   *
   * @param in the bytes; closed by {@link #close()}; need not be buffered
   * @param charset the charset of the bytes; must write ASCII as single bytes
   * @param mapper the mapper
   * @param maxLineLength the longest line read, in characters; longer lines are malformed
   * @return the reader
   * @throws IllegalArgumentException if {@code maxLineLength} is not positive or the charset does
   *     not write ASCII as single bytes
   */
  public static NdjsonReader of(
      InputStream in, Charset charset, ObjectMapper mapper, int maxLineLength) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(mapper, "mapper");
    if (maxLineLength < 1) {
      throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
    }
    if (!StrictText.asciiCompatible(charset)) {
      throw new IllegalArgumentException(
          "NDJSON needs a charset that writes ASCII as single bytes: " + charset.name());
    }
    return new NdjsonReader(in, charset, mapper, maxLineLength);
  }

  /**
   * A reader of a UTF-8 file, with {@link EparJson#mapper()}.
   *
   * @param path the file
   * @return the reader
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static NdjsonReader open(Path path) {
    return open(path, StandardCharsets.UTF_8);
  }

  /**
   * A reader of a file in the given charset, with {@link EparJson#mapper()}.
   *
   * @param path the file
   * @param charset the file's charset, e.g. {@code Charset.forName("GB18030")}
   * @return the reader
   * @throws UncheckedIOException if the file cannot be opened
   * @throws IllegalArgumentException if the charset does not write ASCII as single bytes (UTF-16)
   */
  public static NdjsonReader open(Path path, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    if (!StrictText.asciiCompatible(charset)) {
      throw new IllegalArgumentException(
          "NDJSON needs a charset that writes ASCII as single bytes: " + charset.name());
    }
    try {
      return of(Files.newInputStream(path), charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The byte limit of a line of at most {@code maxChars} characters. */
  private static int maxBytes(Charset charset, int maxChars) {
    float perChar = charset.newEncoder().maxBytesPerChar();
    return (int) Math.min(Integer.MAX_VALUE - 16L, (long) Math.ceil(maxChars * (double) perChar));
  }

  /**
   * The lines, read lazily as the iterator advances.
   *
   * @return the iterator
   * @throws IllegalStateException if the reader was already iterated
   */
  @Override
  public Iterator<NdjsonLine> iterator() {
    if (iterated) {
      throw new IllegalStateException("an NdjsonReader can be iterated only once");
    }
    iterated = true;
    return new LineIterator();
  }

  /**
   * The lines as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   * @throws IllegalStateException if the reader was already iterated
   */
  public Stream<NdjsonLine> stream() {
    Spliterator<NdjsonLine> s =
        Spliterators.spliteratorUnknownSize(
            iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(s, false).onClose(this::close);
  }

  /**
   * Gives every line to {@code action}, in order.
   *
   * @param action what to do with each line
   * @throws IllegalStateException if the reader was already iterated
   */
  @Override
  public void forEach(Consumer<? super NdjsonLine> action) {
    Objects.requireNonNull(action, "action");
    Iterator<NdjsonLine> it = iterator();
    while (it.hasNext()) {
      action.accept(it.next());
    }
  }

  /**
   * Closes the source.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private NdjsonLine parse(long number, String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (text.charAt(i) != '{') {
      return new NdjsonLine.Malformed(number, "expected a JSON object");
    }
    try {
      EparRecord r = json.readValue(text);
      return r == null
          ? new NdjsonLine.Malformed(number, "expected a JSON object")
          : new NdjsonLine.Parsed(number, r);
    } catch (JsonProcessingException e) {
      return new NdjsonLine.Malformed(number, problems.describe(e));
    }
  }

  private NdjsonLine.Malformed tooLong(long number) {
    return new NdjsonLine.Malformed(number, "line longer than " + maxLineLength + " characters");
  }

  static ReadProblems sharedProblems() {
    ReadProblems p = defaultProblems;
    if (p == null) {
      p = problemsFor(EparJson.mapper());
      defaultProblems = p;
    }
    return p;
  }

  private static ReadProblems problemsFor(ObjectMapper mapper) {
    Set<String> names = new JsonSchemaGenerator(mapper).propertyNames();
    return new ReadProblems(names);
  }

  private final class LineIterator implements Iterator<NdjsonLine> {
    private long number;
    private @Nullable NdjsonLine next;
    private boolean done;

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        if (byteLines != null) {
          readBytes(byteLines, Objects.requireNonNull(charset));
          continue;
        }
        BoundedLineReader.Line line;
        try {
          line = Objects.requireNonNull(lines).next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (line == null) {
          done = true;
          break;
        }
        number++;
        if (line.tooLong()) {
          next = tooLong(number);
        } else if (!line.text().isBlank()) {
          next = parse(number, line.text());
        }
      }
      return next != null;
    }

    /** Reads one line of bytes, decoding it strictly; sets {@code next} or {@code done}. */
    private void readBytes(ByteLineReader in, Charset cs) {
      ByteLineReader.Line line;
      try {
        line = in.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (line == null) {
        done = true;
        return;
      }
      number++;
      if (line.tooLong()) {
        next = tooLong(number);
        return;
      }
      byte[] bytes = line.bytes();
      int from = number == 1 && bytes.length >= 3 && cs.equals(StandardCharsets.UTF_8)
          && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
          ? 3
          : 0;
      StrictText.Decoded d = StrictText.decode(
          from == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, from, bytes.length),
          bytes.length - from, cs);
      if (!d.ok()) {
        next = new NdjsonLine.Malformed(
            number, d.problem(cs, "the line"), true, d.likelyEncoding());
        return;
      }
      String text = Objects.requireNonNull(d.text());
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.length() > maxLineLength) {
        next = tooLong(number);
      } else if (!text.isBlank()) {
        next = parse(number, text);
      }
    }

    @Override
    public NdjsonLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      NdjsonLine n = next;
      next = null;
      return n;
    }
  }
}
