package org.epar.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import org.epar.core.json.EparJson;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parallel parsing does not change the report: an NDJSON input cut into parts at any size and
 * parsed and validated on several threads gives the same report (findings, line numbers, input
 * problems, in order) as one thread reading it whole.
 */
class ParallelNdjsonSplitPropertyTest {

  private static final LocalDate AS_OF = LocalDate.of(2018, 12, 31);
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  private static EparValidator validator(int parallelism) {
    EparValidator.Builder b =
        EparValidator.builder()
            .profile(Profiles.builtIn("daming-2017"))
            .asOf(AS_OF)
            .parallelism(parallelism);
    if (parallelism > 1) {
      b.executor(pool);
    }
    return b.build();
  }

  /** The records one a line, with blank, malformed, undecodable and repeated lines mixed in. */
  private static byte[] ndjson(Dataset d, long seed) {
    Random rnd = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (EparRecord r : (Iterable<EparRecord>) d.records()::iterator) {
        switch (rnd.nextInt(12)) {
          case 0 -> out.write("\n".getBytes(StandardCharsets.UTF_8));
          case 1 -> out.write("{\"type\":\"household\",\"id\":\n".getBytes(StandardCharsets.UTF_8));
          case 2 -> out.write(new byte[] {'{', (byte) 0xD6, (byte) 0xD0, '}', '\n'});
          case 3 -> { // the record twice: duplicate findings that name lines in two parts
            out.write(EparJson.mapper().writeValueAsBytes(r));
            out.write('\n');
          }
          default -> {}
        }
        out.write(EparJson.mapper().writeValueAsBytes(r));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void generatedDatasets_anyPartSize_sameReportAsOneThread() {
    EparValidator one = validator(1);
    EparValidator two = validator(2);
    qt().withExamples(150)
        .forAll(Models.datasets(3), longs().all(), integers().between(1, 2000))
        .checkAssert(
            (dataset, seed, partBytes) -> {
              byte[] bytes = ndjson(dataset, seed);
              ValidationReport expected = one.validateNdjson(new ByteArrayInputStream(bytes), 1);
              ValidationReport actual =
                  two.validateNdjson(new ByteArrayInputStream(bytes), partBytes);
              assertEquals(expected, actual, "part size " + partBytes);
            });
  }

  /**
   * Every built-in profile, on random datasets and on its conforming county with repeated and
   * malformed lines: while parts are read their lines have provisional indexes (part ordinal and
   * line within the part), which every rule keeps, compares and reports as it would a line number;
   * parts of a few hundred bytes make the ordinals large, and the report must still name the lines.
   */
  @Test
  void everyProfile_tinyParts_sameReportAsOneThread() {
    for (String id : Profiles.builtInIds()) {
      LocalDate asOf = Counties.asOf(id);
      EparValidator one =
          EparValidator.builder().profile(Profiles.builtIn(id)).asOf(asOf).parallelism(1).build();
      EparValidator two =
          EparValidator.builder()
              .profile(Profiles.builtIn(id))
              .asOf(asOf)
              .parallelism(2)
              .executor(pool)
              .build();
      byte[] county = ndjson(Counties.conforming(id, 11), 11);
      ValidationReport countyExpected = one.validateNdjson(new ByteArrayInputStream(county), 1);
      assertFalse(countyExpected.findings().isEmpty(), id + ": repeated records are found");
      qt().withExamples(40)
          .forAll(Models.datasets(3), longs().all(), integers().between(1, 1500))
          .checkAssert(
              (dataset, seed, partBytes) -> {
                byte[] bytes = ndjson(dataset, seed);
                assertEquals(
                    one.validateNdjson(new ByteArrayInputStream(bytes), 1),
                    two.validateNdjson(new ByteArrayInputStream(bytes), partBytes),
                    id + ", part size " + partBytes);
                assertEquals(
                    countyExpected,
                    two.validateNdjson(new ByteArrayInputStream(county), partBytes * 7),
                    id + " county, part size " + partBytes * 7);
              });
    }
  }

  @Test
  void damingLikeCounty_fileInParts_sameReportAsOneThread(@TempDir Path dir) throws IOException {
    byte[] bytes = ndjson(Counties.damingLike(7), 7);
    Path file = dir.resolve("daming.ndjson");
    Files.write(file, bytes);
    ValidationReport expected = validator(1).validateNdjson(file);
    assertFalse(expected.inputProblems().isEmpty(), "malformed lines are mixed in");
    assertFalse(expected.findings().isEmpty(), "repeated records are found");
    assertEquals(expected, validator(2).validateNdjson(file), "1 MiB parts");
    EparValidator two = validator(2);
    qt().withExamples(12)
        .forAll(integers().between(64, 64 * 1024))
        .checkAssert(
            partBytes ->
                assertEquals(
                    expected,
                    two.validateNdjson(new ByteArrayInputStream(bytes), partBytes),
                    "part size " + partBytes));
  }

  /**
   * The bytes with the edges of a file mixed in, by the bits of {@code flags}: 1 a byte-order mark
   * first, 2 every newline a CRLF, 4 no newline after the last line, 8 a Chinese line cut inside a
   * character (bytes that are not UTF-8) in the middle.
   */
  private static byte[] edged(byte[] bytes, int flags) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if ((flags & 1) != 0) {
      out.write(0xEF);
      out.write(0xBB);
      out.write(0xBF);
    }
    int half = bytes.length / 2;
    for (int i = 0; i < bytes.length; i++) {
      if (i == half && (flags & 8) != 0) {
        byte[] zh = "{\"name\":\"\u5927\u660e\"}".getBytes(StandardCharsets.UTF_8);
        out.write(zh, 0, zh.length - 4);
        out.write('\n');
      }
      if (bytes[i] == '\n' && (flags & 2) != 0) {
        out.write('\r');
      }
      if (bytes[i] != '\n' || i < bytes.length - 1 || (flags & 4) == 0) {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  @Test
  void fileEdges_tinyParts_sameReportAsOneThreadReadingTheWholeFile(@TempDir Path dir) {
    // one thread reads these small files in one part, i.e. as one reader of the whole file
    EparValidator one = validator(1);
    EparValidator two = validator(2);
    qt().withExamples(60)
        .forAll(
            Models.datasets(3), longs().all(), integers().between(1, 64), integers().between(0, 15))
        .checkAssert(
            (dataset, seed, partBytes, flags) -> {
              byte[] bytes = edged(ndjson(dataset, seed), flags);
              ValidationReport expected;
              try {
                Path f = Files.createTempFile(dir, "county", ".ndjson");
                Files.write(f, bytes);
                expected = one.validateNdjson(f);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertEquals(
                  expected,
                  two.validateNdjson(new ByteArrayInputStream(bytes), partBytes),
                  "part size " + partBytes + ", flags " + flags);
            });
  }

  /**
   * Runs the newest task first, on one daemon thread of its own: parts are read out of input order
   * (later parts before the ones ahead of them), while the calling thread reads others itself.
   */
  private static final class NewestFirst implements Executor {
    private final LinkedBlockingDeque<Runnable> tasks = new LinkedBlockingDeque<>();

    NewestFirst() {
      Thread t =
          new Thread(
              () -> {
                try {
                  while (true) {
                    tasks.takeLast().run();
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "newest-first");
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void execute(Runnable r) {
      tasks.addLast(r);
    }
  }

  @Test
  void partsTakenOutOfOrder_orRunAtOnce_sameReportAsOneThread() {
    EparValidator one = validator(1);
    // newest first: parts read out of input order; direct: every part on the calling thread as it
    // is handed out, in order
    java.util.List<EparValidator> others = new java.util.ArrayList<>();
    for (Executor e : java.util.List.<Executor>of(new NewestFirst(), Runnable::run)) {
      others.add(
          EparValidator.builder()
              .profile(Profiles.builtIn("daming-2017"))
              .asOf(AS_OF)
              .parallelism(2)
              .executor(e)
              .build());
    }
    qt().withExamples(60)
        .forAll(Models.datasets(3), longs().all(), integers().between(1, 600))
        .checkAssert(
            (dataset, seed, partBytes) -> {
              byte[] bytes = ndjson(dataset, seed);
              ValidationReport expected = one.validateNdjson(new ByteArrayInputStream(bytes), 1);
              for (EparValidator v : others) {
                assertEquals(
                    expected,
                    v.validateNdjson(new ByteArrayInputStream(bytes), partBytes),
                    "part size " + partBytes);
              }
            });
  }
}
