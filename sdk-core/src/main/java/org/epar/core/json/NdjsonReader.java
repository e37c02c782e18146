package org.epar.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
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
import java.util.Arrays;
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
import org.epar.core.json.internal.PlainScanner;
import org.epar.core.json.internal.ReadProblems;
import org.epar.core.json.internal.RecordBinders;
import org.epar.core.json.internal.StrictText;
import org.epar.core.json.internal.Utf8;
import org.epar.core.model.EparRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON records line by line, in bounded memory, reporting bad lines instead of stopping.
 *
 * <p>Each line is parsed on its own: a line that is not a record (bad JSON, a missing or unknown
 * {@code type}, a value of the wrong type) becomes an {@link NdjsonLine.Malformed} with its 1-based
 * line number and a problem text free of input values, and reading goes on with the next line.
 * Blank lines (empty or only whitespace) are skipped but counted, so line numbers match an
 * editor's. Lines end in {@code \n}; a {@code \r} before it and a byte-order mark at the start are
 * dropped.
 *
 * <p><b>Encoding.</b> NDJSON is UTF-8. Bytes are decoded strictly, line by line: a line whose bytes
 * are not valid UTF-8 becomes a {@linkplain NdjsonLine.Malformed#undecodable() undecodable}
 * malformed line that names the encoding it looks like ("looks like GBK/GB18030" for what Chinese
 * Windows tools export), and reading goes on with the next line; bytes are never replaced by
 * U+FFFD. To read such a file, name its charset: {@code NdjsonReader.open(path,
 * Charset.forName("GB18030"))}. The charset must write ASCII as single bytes (UTF-8, GBK, GB18030
 * do; UTF-16 does not). Only one line is held in memory at a time, and no more than {@link
 * #DEFAULT_MAX_LINE_LENGTH} characters of it (or the limit given); a longer line is skipped and
 * reported as malformed.
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
 * <p>Like {@link java.nio.file.DirectoryStream}, a reader can be iterated once: {@link
 * #iterator()}, {@link #stream()} and {@link #forEach(Consumer)} may be called only once between
 * them. I/O failures are thrown as {@link UncheckedIOException}. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class NdjsonReader implements Iterable<NdjsonLine>, Closeable {

  /** The default longest line, in characters: 16 Mi. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

  private static volatile @Nullable ReadProblems defaultProblems;

  private static volatile @Nullable RecordBinders defaultBinders;

  private static volatile @Nullable ObjectReader defaultJson;

  /**
   * How a reader turns a line into a record. Both give the same records and the same malformed
   * lines, with the same problem texts.
   *
   * @since 0.2.0
   */
  public enum Binding {
    /**
     * For UTF-8 bytes, a scanner that binds a line in the plain form straight from its bytes (no
     * parser, the UTF-8 check done while strings are scanned); for any other line, Jackson's
     * streaming {@code JsonParser} with a binder per record type built once (no reflection per
     * line); a line in any form but the plain one the EPAR writer produces (a value in another JSON
     * type, {@code null}, {@code type} not first, a repeated property, a record type with a
     * component the binders do not know), and every line with a problem, is read by databind
     * exactly as {@link #DATABIND} reads it. Only with {@link EparJson#mapper()}; the default for
     * it.
     */
    STREAMING,
    /**
     * Jackson databind ({@code ObjectReader.readValue}) on every line; the default for a mapper of
     * your own, whose modules and settings it honours.
     */
    DATABIND
  }

  private final Closeable source;
  private final @Nullable BoundedLineReader lines;
  private final @Nullable ByteLineReader byteLines;
  private final @Nullable Charset charset;
  private final ObjectReader json;
  private final ReadProblems problems;
  private final int maxLineLength;
  private final @Nullable RecordBinders binders;
  private final JsonFactory factory;
  private final boolean fastUtf8;
  private final @Nullable PlainScanner scanner;
  private long linesRead;
  private boolean firstPart = true;
  private @Nullable JsonParser shared;
  private int sharedBase;
  private boolean iterated;

  private NdjsonReader(Reader source, ObjectMapper mapper, int maxLineLength, Binding binding) {
    this(
        source,
        new BoundedLineReader(source, maxLineLength),
        null,
        null,
        mapper,
        maxLineLength,
        binding);
  }

  private NdjsonReader(
      InputStream source,
      Charset charset,
      ObjectMapper mapper,
      int maxLineLength,
      Binding binding) {
    this(
        source,
        null,
        new ByteLineReader(source, maxBytes(charset, maxLineLength)),
        charset,
        mapper,
        maxLineLength,
        binding);
  }

  private NdjsonReader(
      Closeable source,
      @Nullable BoundedLineReader lines,
      @Nullable ByteLineReader byteLines,
      @Nullable Charset charset,
      ObjectMapper mapper,
      int maxLineLength,
      Binding binding) {
    if (binding == Binding.STREAMING && mapper != EparJson.mapper()) {
      throw new IllegalArgumentException(
          "streaming binding reads only with EparJson.mapper(); use Binding.DATABIND");
    }
    this.binders = binding == Binding.STREAMING ? sharedBinders() : null;
    this.factory = mapper.getFactory();
    this.fastUtf8 = binders != null && StandardCharsets.UTF_8.equals(charset);
    this.scanner = fastUtf8 ? new PlainScanner(Objects.requireNonNull(binders)) : null;
    this.source = source;
    this.lines = lines;
    this.byteLines = byteLines;
    this.charset = charset;
    this.maxLineLength = maxLineLength;
    this.json = mapper == EparJson.mapper() ? sharedJson() : jsonFor(mapper);
    this.problems = mapper == EparJson.mapper() ? sharedProblems() : problemsFor(mapper);
  }

  /**
   * A reader of {@code source}, with {@link EparJson#mapper()}.
   *
   * @param source the text; closed by {@link #close()}; need not be buffered
   * @return the reader
   */
  public static NdjsonReader of(Reader source) {
    return of(source, EparJson.mapper(), DEFAULT_MAX_LINE_LENGTH, Binding.STREAMING);
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
        maxLineLength,
        defaultBinding(mapper));
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
    return of(in, charset, EparJson.mapper(), DEFAULT_MAX_LINE_LENGTH, Binding.STREAMING);
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
    return of(in, charset, mapper, maxLineLength, defaultBinding(mapper));
  }

  /**
   * A reader of bytes in the given charset with a mapper, a line-length limit and a {@link
   * Binding}, e.g. {@link Binding#DATABIND} to read with databind alone.
   *
   * @param in the bytes; closed by {@link #close()}; need not be buffered
   * @param charset the charset of the bytes; must write ASCII as single bytes
   * @param mapper the mapper
   * @param maxLineLength the longest line read, in characters; longer lines are malformed
   * @param binding how lines become records
   * @return the reader
   * @throws IllegalArgumentException if {@code maxLineLength} is not positive, the charset does not
   *     write ASCII as single bytes, or {@code binding} is {@link Binding#STREAMING} with a mapper
   *     other than {@link EparJson#mapper()}
   * @since 0.2.0
   */
  public static NdjsonReader of(
      InputStream in, Charset charset, ObjectMapper mapper, int maxLineLength, Binding binding) {
    Objects.requireNonNull(binding, "binding");
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
    return new NdjsonReader(in, charset, mapper, maxLineLength, binding);
  }

  /**
   * A reader of text with a mapper, a line-length limit and a {@link Binding}.
   *
   * @param source the text; closed by {@link #close()}
   * @param mapper the mapper
   * @param maxLineLength the longest line read, in characters; longer lines are malformed
   * @param binding how lines become records
   * @return the reader
   * @throws IllegalArgumentException if {@code maxLineLength} is not positive, or {@code binding}
   *     is {@link Binding#STREAMING} with a mapper other than {@link EparJson#mapper()}
   * @since 0.2.0
   */
  public static NdjsonReader of(
      Reader source, ObjectMapper mapper, int maxLineLength, Binding binding) {
    if (maxLineLength < 1) {
      throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
    }
    return new NdjsonReader(
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(mapper, "mapper"),
        maxLineLength,
        Objects.requireNonNull(binding, "binding"));
  }

  /**
   * A reader of one part of an NDJSON byte stream that does not start the stream: whole lines cut
   * at a newline (see {@link NdjsonSplitter}). Lines are numbered from 1 within the part; add the
   * number of lines before it ({@link #linesRead()} of the earlier parts) for the line in the whole
   * input. A byte-order mark is dropped only from a part that starts the stream.
   *
   * @param in the part's bytes; closed by {@link #close()}
   * @param charset the charset of the bytes; must write ASCII as single bytes
   * @param startsStream whether this part is the first of the stream
   * @param binding how lines become records
   * @return the reader, with {@link EparJson#mapper()} and the default line limit
   * @throws IllegalArgumentException if the charset does not write ASCII as single bytes
   * @since 0.2.0
   */
  public static NdjsonReader part(
      InputStream in, Charset charset, boolean startsStream, Binding binding) {
    NdjsonReader r = of(in, charset, EparJson.mapper(), DEFAULT_MAX_LINE_LENGTH, binding);
    r.firstPart = startsStream;
    return r;
  }

  /**
   * A reader of one part held in memory, as {@link #part(InputStream, Charset, boolean, Binding)}
   * with UTF-8: lines are read in place (no copy per line) and plain lines bound by one parser over
   * the part.
   */
  static NdjsonReader part(byte[] data, int length, boolean startsStream, Binding binding) {
    NdjsonReader r =
        new NdjsonReader(
            new java.io.ByteArrayInputStream(data, 0, length),
            null,
            new ByteLineReader(
                data, length, maxBytes(StandardCharsets.UTF_8, DEFAULT_MAX_LINE_LENGTH)),
            StandardCharsets.UTF_8,
            EparJson.mapper(),
            DEFAULT_MAX_LINE_LENGTH,
            Objects.requireNonNull(binding, "binding"));
    r.firstPart = startsStream;
    return r;
  }

  /**
   * The number of lines read so far, blank and malformed ones included: after the last line, the
   * line count of the input.
   *
   * @return the lines read
   * @since 0.2.0
   */
  public long linesRead() {
    return linesRead;
  }

  private static Binding defaultBinding(ObjectMapper mapper) {
    return mapper == EparJson.mapper() ? Binding.STREAMING : Binding.DATABIND;
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
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
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
    releaseShared();
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
    if (text.charAt(i) == '[') {
      return new NdjsonLine.Malformed(number, ReadProblems.ARRAY);
    }
    if (text.charAt(i) != '{') {
      return new NdjsonLine.Malformed(number, "expected a JSON object");
    }
    if (binders != null) {
      EparRecord fast = bindFast(text);
      if (fast != null) {
        return new NdjsonLine.Parsed(number, fast);
      }
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

  private @Nullable EparRecord bindFast(String text) {
    try (JsonParser p = factory.createParser(text)) {
      return Objects.requireNonNull(binders).bind(p);
    } catch (IOException e) {
      return null;
    }
  }

  private @Nullable EparRecord bindFast(byte[] bytes, int offset, int length) {
    try (JsonParser p = factory.createParser(bytes, offset, length)) {
      return Objects.requireNonNull(binders).bind(p);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Binds the plain line {@code data[from .. to)} of bytes held in memory with one parser over
   * consecutive lines: the parser made for the first line goes on reading the next ones. A record
   * counts only when it ends on its own line followed by nothing but JSON whitespace, i.e. exactly
   * when a parser over the line alone gives the same record ({@link RecordBinders#bind}); anything
   * else drops the parser and returns null, and the line is read on its own.
   */
  private @Nullable EparRecord bindShared(byte[] data, int dataLength, int from, int to) {
    try {
      JsonParser p = shared;
      if (p == null) {
        p = factory.createParser(data, from, dataLength - from);
        shared = p;
        sharedBase = from;
      }
      EparRecord r = Objects.requireNonNull(binders).bindNext(p);
      if (r != null) {
        long stop = sharedBase + p.currentLocation().getByteOffset();
        if (stop >= from && stop <= to && jsonSpaceOnly(data, (int) stop, to)) {
          return r;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not plain: the line is read on its own
    }
    releaseShared();
    return null;
  }

  private static boolean jsonSpaceOnly(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private void releaseShared() {
    JsonParser p = shared;
    if (p != null) {
      shared = null;
      try {
        p.close();
      } catch (IOException e) {
        // a parser over bytes in memory: nothing to release
      }
    }
  }

  static RecordBinders sharedBinders() {
    RecordBinders b = defaultBinders;
    if (b == null) {
      b = new RecordBinders(EparJson.mapper());
      defaultBinders = b;
    }
    return b;
  }

  private NdjsonLine.Malformed tooLong(long number) {
    return new NdjsonLine.Malformed(number, "line longer than " + maxLineLength + " characters");
  }

  /**
   * The record reader of {@link EparJson#mapper()}, made once: a parallel validation makes a reader
   * per part, and an {@code ObjectReader} is immutable.
   */
  private static ObjectReader sharedJson() {
    ObjectReader r = defaultJson;
    if (r == null) {
      r = jsonFor(EparJson.mapper());
      defaultJson = r;
    }
    return r;
  }

  private static ObjectReader jsonFor(ObjectMapper mapper) {
    return mapper.readerFor(EparRecord.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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
        linesRead = number;
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
      byte[] all = in.data();
      if (scanner != null && all != null && (number != 0 || !firstPart)) {
        // bytes in memory: the scanner binds a plain line and finds its end in one pass
        int from = in.position();
        int dataEnd = in.dataLength();
        if (from < dataEnd) {
          int limit = (int) Math.min(dataEnd, (long) from + maxLineLength);
          EparRecord r = scanner.scanLine(all, from, limit, dataEnd);
          if (r != null) {
            in.skipTo(scanner.next());
            releaseShared();
            number++;
            linesRead = number;
            next = new NdjsonLine.Parsed(number, r);
            return;
          }
        }
      }
      ByteLineReader.Line line;
      try {
        line = in.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (line == null) {
        done = true;
        releaseShared();
        return;
      }
      number++;
      linesRead = number;
      if (line.tooLong()) {
        releaseShared();
        next = tooLong(number);
        return;
      }
      byte[] data = line.bytes();
      int off = line.offset();
      int end = off + line.length();
      if (fastUtf8 && (number != 1 || !firstPart)) {
        if (all == null && line.length() <= maxLineLength) {
          EparRecord r = Objects.requireNonNull(scanner).scan(data, off, end);
          if (r != null) {
            next = new NdjsonLine.Parsed(number, r);
            return;
          }
        }
        int chars = Utf8.plainChars(data, off, end);
        if (chars >= 0) {
          if (chars > maxLineLength) {
            releaseShared();
            next = tooLong(number);
            return;
          }
          EparRecord fast =
              in.data() != null
                  ? bindShared(data, in.dataLength(), off, end)
                  : bindFast(data, off, end - off);
          if (fast != null) {
            next = new NdjsonLine.Parsed(number, fast);
            return;
          }
        }
      }
      releaseShared();
      byte[] bytes = line.copy();
      int from =
          number == 1
                  && firstPart
                  && bytes.length >= 3
                  && cs.equals(StandardCharsets.UTF_8)
                  && (bytes[0] & 0xFF) == 0xEF
                  && (bytes[1] & 0xFF) == 0xBB
                  && (bytes[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      StrictText.Decoded d =
          StrictText.decode(
              from == 0 ? bytes : Arrays.copyOfRange(bytes, from, bytes.length),
              bytes.length - from,
              cs);
      if (!d.ok()) {
        next =
            new NdjsonLine.Malformed(number, d.problem(cs, "the line"), true, d.likelyEncoding());
        return;
      }
      String text = Objects.requireNonNull(d.text());
      if (number == 1 && firstPart && text.startsWith("\uFEFF")) {
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
