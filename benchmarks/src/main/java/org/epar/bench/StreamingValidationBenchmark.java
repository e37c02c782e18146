package org.epar.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.epar.core.json.EparJson;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Goals 1 and 2: validating an NDJSON file of households and their villages under daming-2017
 * (record and dataset rules), against Jackson databind merely reading the same file into the same
 * records (EPAR's mapper, {@code EparRecord} polymorphic, a {@code MappingIterator}): the ratio
 * {@code parseOnly / validate1} says whether the SDK reads and validates faster than databind alone
 * reads. {@code validateAll} runs the validator on all available processors (the file cut into
 * parts, parsed and validated on every core). Both read with the SDK's {@code validateNdjson}; the
 * baseline stays Jackson databind.
 *
 * <p>One operation is one whole file; the score is seconds per file. The fork's heap is fixed and
 * touched at start ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}): with the JVM's default sizing, the
 * heap grows once in a while during a measured iteration, and the kernel's zeroing of the new pages
 * (0.5–0.75 s of system time on 2 cores) lands in that iteration alone (docs/performance.md). Three
 * forks: the one-thread time differs by up to 5% from one JVM to the next (the JIT's choices), more
 * than within a fork, so one fork's ratio depends on which JVM it drew.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class StreamingValidationBenchmark {

  /** Households in the file (villages come on top). */
  @Param({"1000000"})
  public int households;

  private Path file;
  private ObjectReader reader;
  private EparValidator oneThread;
  private EparValidator allCores;
  private ValidationReport last;

  /** Generates (or reuses) the file and builds the validators. */
  @Setup(Level.Trial)
  public void setUp() {
    file = BenchData.householdsFile(households);
    reader = EparJson.mapper().readerFor(EparRecord.class);
    oneThread = validator(1);
    allCores = validator(Runtime.getRuntime().availableProcessors());
  }

  static EparValidator validator(int threads) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .asOf(LocalDate.of(2018, 12, 31))
        .parallelism(threads)
        .build();
  }

  /** Prints what the last validation found, so a broken input does not go unnoticed. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (last != null) {
      System.err.println(
          "findings by severity: "
              + last.countBySeverity()
              + ", rules: "
              + last.findings().stream().map(f -> f.ruleId()).distinct().toList());
    }
  }

  /**
   * Baseline: Jackson reads every record of the file.
   *
   * @param bh the blackhole
   * @return the number of records
   * @throws IOException on a read error
   */
  @Benchmark
  public long parseOnly(Blackhole bh) throws IOException {
    long n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        MappingIterator<EparRecord> it = reader.readValues(in)) {
      while (it.hasNext()) {
        bh.consume(it.next());
        n++;
      }
    }
    return n;
  }

  /**
   * EPAR on one thread: the same reading, every record through the validator.
   *
   * @return the report
   * @throws IOException on a read error
   */
  @Benchmark
  public ValidationReport validate1() throws IOException {
    return validate(oneThread);
  }

  /**
   * EPAR on all available processors.
   *
   * @return the report
   * @throws IOException on a read error
   */
  @Benchmark
  public ValidationReport validateAll() throws IOException {
    return validate(allCores);
  }

  /**
   * The SDK's own path: {@code validateNdjson} (strict UTF-8 per line, streaming binders; on more
   * than one thread the file is cut into parts parsed and validated on all cores).
   */
  private ValidationReport validate(EparValidator v) throws IOException {
    last = v.validateNdjson(file);
    return last;
  }
}
