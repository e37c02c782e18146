package org.epar.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.epar.core.json.internal.JsonSchemaGenerator;
import org.epar.core.json.internal.ReadProblems;
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

  private final Reader source;
  private final BoundedLineReader lines;
  private final ObjectReader json;
  private final ReadProblems problems;
  private final int maxLineLength;
  private boolean iterated;

  private NdjsonReader(Reader source, ObjectMapper mapper, int maxLineLength) {
    this.source = source;
    this.lines = new BoundedLineReader(source, maxLineLength);
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
   * A reader of UTF-8 bytes, with {@link EparJson#mapper()}. Bytes that are not UTF-8 become
   * U+FFFD.
   *
   * @param in the bytes; closed by {@link #close()}
   * @return the reader
   */
  public static NdjsonReader of(InputStream in) {
    return of(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
  }

  /**
   * A reader of a UTF-8 file, with {@link EparJson#mapper()}.
   *
   * @param path the file
   * @return the reader
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static NdjsonReader open(Path path) {
    try {
      return of(Files.newInputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static ReadProblems sharedProblems() {
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
        BoundedLineReader.Line line;
        try {
          line = lines.next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (line == null) {
          done = true;
          break;
        }
        number++;
        if (line.tooLong()) {
          next =
              new NdjsonLine.Malformed(
                  number, "line longer than " + maxLineLength + " characters");
        } else if (!line.text().isBlank()) {
          next = parse(number, line.text());
        }
      }
      return next != null;
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
