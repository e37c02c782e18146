package org.epar.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epar.core.EparException;
import org.epar.core.json.internal.ReadProblems;
import org.epar.core.json.internal.StrictText;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the EPAR model: a shared, configured Jackson mapper and builders for variants.
 *
 * <p><b>Conventions</b> (the wire contract; see {@code docs/model.md}):
 *
 * <ul>
 *   <li><b>Names</b>: every property of every model record is {@code snake_case} ({@link
 *       PropertyNamingStrategies#SNAKE_CASE}): {@code registeredPoor} is {@code registered_poor},
 *       {@code logisticsRoutes} is {@code logistics_routes}; digits do not start a new word, so
 *       {@code mobile4g} stays {@code mobile4g}.
 *   <li><b>Record type</b>: every record object carries {@code "type"} with its {@linkplain
 *       org.epar.core.model.RecordType#wireName() wire name} as its first property, e.g. {@code
 *       {"type":"household",...}}; {@code mapper().readValue(json, EparRecord.class)} reads any
 *       record. {@code Site.type()} is therefore {@code site_type}. Inside a {@code Dataset} list
 *       the {@code type} property is written too and optional on read.
 *   <li><b>Dates</b>: ISO-8601 strings ({@code "2018-03-15"}, {@code "2018-03-15T09:30:00+08:00"});
 *       an offset date-time keeps the offset it was written with.
 *   <li><b>Money</b>: a decimal string in yuan with two decimals, {@code "1500.00"}; read from such
 *       a string or from a JSON number with at most two decimals, anything else is an error.
 *   <li><b>Identifiers</b>: a JSON string of the raw text, valid or not, read back exactly.
 *   <li><b>Periods</b>: the period id, {@code "201803"}, {@code "2018Q1"}.
 *   <li><b>Enums</b>: the constant name, {@code "VILLAGE_STATION"}.
 *   <li><b>Absent values</b>: null properties are omitted on write; collections are always written
 *       (empty as {@code []}); a missing property reads as null, {@code 0}, {@code false} or an
 *       empty collection.
 *   <li><b>Unknown properties</b> are ignored on read (and not preserved).
 * </ul>
 *
 * <pre>{@code
 * String json = EparJson.mapper().writeValueAsString(village);
 * EparRecord back = EparJson.mapper().readValue(json, EparRecord.class);
 * }</pre>
 *
 * <p>The shared {@link #mapper()} must not be reconfigured; use {@link #builder()} or {@link
 * #newMapper()} for a variant. Mappers are thread-safe once built.
 *
 * <p><b>Reading and writing without the mapper.</b> The static methods below read and write the
 * model in this form, so callers need not touch Jackson:
 *
 * <pre>{@code
 * Dataset county = EparJson.readDataset(Path.of("county.json"));        // one JSON document
 * DatasetRead lines = EparJson.readNdjson(Path.of("daily.ndjson"));     // NDJSON, bad lines kept
 * DatasetRead gbk = EparJson.readNdjson(path, Charset.forName("GB18030"));
 * EparRecord r = EparJson.readRecord("{\"type\":\"village\",\"code\":\"130425100201\"}");
 * String json = EparJson.toJson(county);
 * EparJson.writeDataset(Path.of("copy.json"), county);
 * }</pre>
 *
 * <p>JSON and NDJSON are UTF-8. Input is decoded strictly: bytes that are not valid in the expected
 * charset are an error (for a document) or a malformed line (in NDJSON) naming the encoding they
 * look like, such as GBK/GB18030, never silently replaced.
 *
 * @since 0.1.0
 */
public final class EparJson {

  private static final ObjectMapper SHARED = newMapper();

  private EparJson() {}

  /**
   * The shared mapper, configured with every convention above. Thread-safe; do not reconfigure it
   * (use {@link #builder()} instead).
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /**
   * A builder preconfigured with every convention, for callers who want to add modules or features.
   * Changing the naming, inclusion, date or type settings produces JSON that other EPAR parties
   * will not read.
   *
   * @return a new builder
   */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(module())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES);
  }

  /**
   * A new mapper with every convention, independent of the shared one.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return builder().build();
  }

  /**
   * Reads a JSON dataset document ({@code {"scope": ..., "villages": [...], ...}}) from a UTF-8
   * file.
   *
   * <pre>{@code
   * Dataset county = EparJson.readDataset(Path.of("county.json"));
   * }</pre>
   *
   * @param path the file
   * @return the dataset
   * @throws EparJsonException if the file is not a dataset document or not valid UTF-8 (the message
   *     names the likely encoding, e.g. GBK/GB18030)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset readDataset(Path path) {
    return readDataset(path, StandardCharsets.UTF_8);
  }

  /**
   * Reads a JSON dataset document from a file in the given charset, decoding it strictly.
   *
   * @param path the file
   * @param charset its charset, e.g. {@code Charset.forName("GB18030")}
   * @return the dataset
   * @throws EparJsonException if the file is not a dataset document or not valid in the charset
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset readDataset(Path path, Charset charset) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String source = String.valueOf(path.getFileName());
    return read(decode(bytes, charset, source), Dataset.class, source);
  }

  /**
   * Reads a JSON dataset document from bytes in the given charset, decoding them strictly. The
   * stream is read to its end but not closed.
   *
   * @param in the bytes
   * @param charset their charset, e.g. {@link StandardCharsets#UTF_8}
   * @return the dataset
   * @throws EparJsonException if the bytes are not a dataset document or not valid in the charset
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Dataset readDataset(InputStream in, Charset charset) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(decode(bytes, charset, "dataset"), Dataset.class, "dataset");
  }

  /**
   * Reads a JSON dataset document from text.
   *
   * @param json the document
   * @return the dataset
   * @throws EparJsonException if the text is not a dataset document
   */
  public static Dataset readDataset(String json) {
    return read(json, Dataset.class, "dataset");
  }

  /**
   * Reads one record of any type from a JSON object with its {@code "type"} property.
   *
   * <pre>{@code
   * EparRecord r = EparJson.readRecord("{\"type\":\"village\",\"code\":\"130425100201\"}");
   * }</pre>
   *
   * @param json the object
   * @return the record
   * @throws EparJsonException if the text is not a record
   */
  public static EparRecord readRecord(String json) {
    return read(json, EparRecord.class, "record");
  }

  /**
   * Reads one record of a known type; the {@code "type"} property may be left out.
   *
   * @param <R> the record class
   * @param json the object
   * @param type the record class, e.g. {@code Site.class}
   * @return the record
   * @throws EparJsonException if the text is not such a record
   */
  public static <R extends EparRecord> R readRecord(String json, Class<R> type) {
    return read(json, type, "record");
  }

  /**
   * Reads a UTF-8 NDJSON file into a dataset, keeping the lines that are not records (with their
   * line numbers and value-free problems); same as {@link Ndjson#readDataset(Path)}.
   *
   * @param path the file
   * @return the records and the malformed lines
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DatasetRead readNdjson(Path path) {
    return Ndjson.readDataset(path);
  }

  /**
   * Reads an NDJSON file in the given charset into a dataset, keeping the lines that are not
   * records.
   *
   * <pre>{@code
   * DatasetRead read = EparJson.readNdjson(path, Charset.forName("GB18030"));
   * }</pre>
   *
   * @param path the file
   * @param charset its charset; must write ASCII as single bytes (UTF-8, GBK, GB18030)
   * @return the records and the malformed lines
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the charset does not write ASCII as single bytes
   */
  public static DatasetRead readNdjson(Path path, Charset charset) {
    return Ndjson.readDataset(path, charset);
  }

  /**
   * The JSON text of a record, a dataset or another model value, compact, in the conventions above.
   *
   * @param value the value
   * @return the JSON text
   * @throws EparException if the value cannot be written (not a model value)
   */
  public static String toJson(Object value) {
    try {
      return SHARED.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new EparException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a dataset as one UTF-8 JSON document (created or truncated).
   *
   * @param path the file
   * @param dataset the dataset
   * @throws UncheckedIOException if writing fails
   */
  public static void writeDataset(Path path, Dataset dataset) {
    try {
      Files.writeString(path, toJson(dataset), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes every record of a dataset to a UTF-8 NDJSON file, one per line; same as {@link
   * Ndjson#writeDataset(Path, Dataset)}.
   *
   * @param path the file
   * @param dataset the records
   * @throws UncheckedIOException if writing fails
   */
  public static void writeNdjson(Path path, Dataset dataset) {
    Ndjson.writeDataset(path, dataset);
  }

  private static String decode(byte[] bytes, Charset charset, String source) {
    StrictText.Decoded d = StrictText.decode(bytes, bytes.length, charset);
    if (!d.ok()) {
      long line = 1;
      for (int i = 0; i < d.badByte(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new EparJsonException(
          source, d.problem(charset, "the file"), line, -1, true, d.likelyEncoding());
    }
    String text = java.util.Objects.requireNonNull(d.text());
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static <T> T read(String json, Class<T> type, String source) {
    if (json.isBlank()) {
      throw new EparJsonException(source, ReadProblems.EMPTY, 1, 1, false, null);
    }
    if (type == Dataset.class && json.strip().startsWith("[")) {
      long line = json.lines().takeWhile(String::isBlank).count() + 1;
      throw new EparJsonException(source, ReadProblems.DOCUMENT_ARRAY, line, -1, false, null);
    }
    try {
      T value =
          SHARED
              .readerFor(type)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(json);
      if (value == null) {
        throw new EparJsonException(source, "expected a JSON object", 1, 1, false, null);
      }
      return value;
    } catch (JsonProcessingException e) {
      StreamReadException syntax = syntaxError(e);
      JsonLocation at = (syntax != null ? syntax : e).getLocation();
      String problem =
          syntax instanceof JsonEOFException
              ? ReadProblems.TRUNCATED
              : syntax != null ? "not valid JSON" : NdjsonReader.sharedProblems().describe(e);
      throw new EparJsonException(
          source,
          problem,
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(),
          false,
          null);
    }
  }

  /** The JSON syntax error behind a read error, if that is what it is. */
  private static @Nullable StreamReadException syntaxError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StreamReadException s) {
        return s;
      }
    }
    return null;
  }

  /**
   * A new {@link EparModule}: the codecs of the model's value types and the record-type property.
   *
   * @return the module
   */
  public static Module module() {
    return new EparModule();
  }
}
