package org.epar.core.json;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.Dataset;

/**
 * Convenience methods over {@link NdjsonReader} and {@link NdjsonWriter} for whole files.
 *
 * <pre>{@code
 * DatasetRead read = Ndjson.readDataset(Path.of("county.ndjson"));
 * read.malformed().forEach(m -> log.warn("line {}: {}", m.lineNumber(), m.problem()));
 * validate(read.dataset());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Ndjson {

  private Ndjson() {}

  /**
   * Reads an NDJSON file into a dataset, collecting the lines that are not records. The records are
   * held in memory; the file is read line by line.
   *
   * @param path a UTF-8 NDJSON file; a line that is not valid UTF-8 is a malformed line naming the
   *     encoding it looks like
   * @return the records and the malformed lines
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DatasetRead readDataset(Path path) {
    return readDataset(NdjsonReader.open(path));
  }

  /**
   * Reads an NDJSON file in the given charset into a dataset, collecting the lines that are not
   * records; decoding is strict, as for UTF-8.
   *
   * @param path an NDJSON file
   * @param charset its charset, e.g. {@code Charset.forName("GB18030")}; must write ASCII as single
   *     bytes
   * @return the records and the malformed lines
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the charset does not write ASCII as single bytes
   */
  public static DatasetRead readDataset(Path path, java.nio.charset.Charset charset) {
    return readDataset(NdjsonReader.open(path, charset));
  }

  /**
   * Reads NDJSON text into a dataset, collecting the lines that are not records, and closes it.
   *
   * @param source the text
   * @return the records and the malformed lines
   * @throws UncheckedIOException if the text cannot be read
   */
  public static DatasetRead readDataset(Reader source) {
    return readDataset(NdjsonReader.of(source));
  }

  private static DatasetRead readDataset(NdjsonReader reader) {
    Dataset.Builder b = Dataset.builder();
    List<NdjsonLine.Malformed> bad = new ArrayList<>();
    try (reader) {
      reader.forEach(
          line -> {
            if (line instanceof NdjsonLine.Parsed p) {
              b.add(p.record());
            } else {
              bad.add((NdjsonLine.Malformed) line);
            }
          });
    }
    return new DatasetRead(b.build(), bad);
  }

  /**
   * Writes every record of a dataset to a file (created or truncated), one per line, in the order
   * of {@link Dataset#records()}. The dataset's scope is not written.
   *
   * @param path the file
   * @param dataset the records
   * @throws UncheckedIOException if writing fails
   */
  public static void writeDataset(Path path, Dataset dataset) {
    try (NdjsonWriter out = NdjsonWriter.create(path)) {
      dataset.records().forEach(out::write);
    }
  }
}
