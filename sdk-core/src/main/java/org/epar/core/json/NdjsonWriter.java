package org.epar.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.epar.core.model.EparRecord;

/**
 * Writes records as NDJSON: one compact JSON object per line, each ending in {@code \n}, in UTF-8
 * when the writer owns the encoding. Every object starts with its {@code type} property.
 *
 * <pre>{@code
 * try (NdjsonWriter out = NdjsonWriter.create(Path.of("county.ndjson"))) {
 *   dataset.records().forEach(out::write);
 * }
 * }</pre>
 *
 * <p>A record is serialized in full before any of it is written, so a failure never leaves half a
 * line. I/O failures are thrown as {@link UncheckedIOException}. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class NdjsonWriter implements Closeable, Flushable {

  private final Writer out;
  private final ObjectWriter json;
  private long count;

  private NdjsonWriter(Writer out, ObjectMapper mapper) {
    this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
    this.json = mapper.writerFor(EparRecord.class).without(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * A writer onto {@code out}, with {@link EparJson#mapper()}.
   *
   * @param out the destination; closed by {@link #close()}
   * @return the writer
   */
  public static NdjsonWriter of(Writer out) {
    return of(out, EparJson.mapper());
  }

  /**
   * A writer onto {@code out} with a mapper of your own (from {@link EparJson#builder()}).
   *
   * @param out the destination; closed by {@link #close()}
   * @param mapper the mapper
   * @return the writer
   */
  public static NdjsonWriter of(Writer out, ObjectMapper mapper) {
    return new NdjsonWriter(
        Objects.requireNonNull(out, "out"), Objects.requireNonNull(mapper, "mapper"));
  }

  /**
   * A writer onto {@code out} in UTF-8, with {@link EparJson#mapper()}.
   *
   * @param out the destination; closed by {@link #close()}
   * @return the writer
   */
  public static NdjsonWriter of(OutputStream out) {
    return of(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
  }

  /**
   * A writer that creates (or truncates) {@code path} and writes UTF-8.
   *
   * @param path the file
   * @return the writer
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static NdjsonWriter create(Path path) {
    try {
      return of(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one record as one line.
   *
   * @param record the record
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if the record cannot be serialized (a bug, not bad data)
   */
  public void write(EparRecord record) {
    Objects.requireNonNull(record, "record");
    String line;
    try {
      line = json.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot serialize a " + record.recordType().wireName() + " record", e);
    }
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
  }

  /**
   * Writes every record, in order.
   *
   * @param records the records
   * @throws UncheckedIOException if writing fails
   */
  public void writeAll(Iterable<? extends EparRecord> records) {
    for (EparRecord r : records) {
      write(r);
    }
  }

  /**
   * The number of records written so far.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Flushes buffered lines to the destination.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the destination.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
