package org.epar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Member;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.Village;
import org.epar.testkit.Counties;

/**
 * The benchmark input: the village records of the testkit's Daming-like county ({@link
 * Counties#damingLike(long)}) followed by {@code n} households with members spread over those
 * villages, as NDJSON in {@code target/bench-data}. The same seed and size give the same file,
 * which is generated once and reused by later runs (the file name carries both).
 *
 * <p>Households follow the testkit's Daming builder: 1 to 8 members, the head of household with a
 * phone number, valid 18-character citizen identity numbers of county 130425, unique across the
 * file, so the data is clean and the validator's cost is not dominated by findings.
 */
public final class BenchData {

  /** The fixed seed of every benchmark input. */
  public static final long SEED = 20170601L;

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final String[] GIVEN = {"建国", "秀英", "国强", "桂兰", "志明", "玉兰", "海燕", "春生"};
  private static final LocalDate HEAD_FROM = LocalDate.of(1955, 1, 1);
  private static final LocalDate HEAD_TO = LocalDate.of(1995, 12, 31);
  private static final LocalDate OTHER_FROM = LocalDate.of(1935, 1, 1);
  private static final LocalDate OTHER_TO = LocalDate.of(2010, 12, 31);

  private BenchData() {}

  /** The directory of the generated inputs: {@code -Depar.bench.data}, else target/bench-data. */
  static Path dir() {
    return Paths.get(System.getProperty("epar.bench.data", "target/bench-data"));
  }

  /** The villages of the Daming-like county of the fixed seed. */
  static List<Village> villages() {
    List<Village> out = new ArrayList<>();
    for (EparRecord r : (Iterable<EparRecord>) Counties.damingLike(SEED).records()::iterator) {
      if (r instanceof Village v) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The NDJSON file of {@code households} households and their villages, generated if missing.
   *
   * @param households the number of households
   * @return the file
   */
  public static synchronized Path householdsFile(int households) {
    Path file = dir().resolve("households-" + households + "-seed" + SEED + ".ndjson");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir());
      Path tmp = Files.createTempFile(dir(), "households-", ".tmp");
      long t0 = System.nanoTime();
      List<Village> villages = villages();
      try (NdjsonWriter w = NdjsonWriter.create(tmp)) {
        villages.forEach(w::write);
        Generator g = new Generator(villages);
        for (int i = 0; i < households; i++) {
          w.write(g.next());
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.err.printf(
          "generated %s (%d MB) in %.1f s%n",
          file, Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deterministic households over the villages; citizen ids unique by construction. */
  static final class Generator {
    private final SplittableRandom rnd = new SplittableRandom(SEED);
    private final List<Village> villages;
    private final int[] perVillage;
    private long heads;
    private long others;
    private int index;

    Generator(List<Village> villages) {
      this.villages = villages;
      this.perVillage = new int[villages.size()];
    }

    Household next() {
      int v = index++ % villages.size();
      DivisionCode village = villages.get(v).code();
      int n = ++perVillage[v];
      int size = 1 + rnd.nextInt(8);
      List<Member> members = new ArrayList<>(size);
      for (int m = 0; m < size; m++) {
        LabourCapacity labour =
            m == 0
                ? LabourCapacity.FULL
                : rnd.nextInt(10) < 6
                    ? LabourCapacity.FULL
                    : rnd.nextBoolean() ? LabourCapacity.PARTIAL : LabourCapacity.NONE;
        CitizenId id =
            m == 0
                ? citizenId(heads++, HEAD_FROM, HEAD_TO, 0)
                : citizenId(others++, OTHER_FROM, OTHER_TO, 500);
        String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
        String phone = m == 0 ? "13" + pad(rnd.nextInt(1_000_000_000), 9) : null;
        members.add(
            new Member(
                id,
                name,
                phone,
                labour,
                rnd.nextInt(10) < 3,
                labour == LabourCapacity.FULL && rnd.nextInt(10) < 7,
                rnd.nextInt(100) < 6));
      }
      return Household.builder()
          .id("H-" + village.value() + "-" + pad(n, 5))
          .village(village)
          .registeredPoor(true)
          .status(rnd.nextInt(10) < 6 ? PovertyStatus.LIFTED : PovertyStatus.POOR)
          .members(members)
          .build();
    }

    /**
     * Counties of Handan (河北邯郸) that issue the numbers: 130425 (Daming) first; the next ones only
     * once a county's 500 sequence numbers per birth day are used up (beyond about 7 M households),
     * so the 1M-household file stays what it was.
     */
    private static final String[] COUNTIES = {
      "130425", "130423", "130424", "130426", "130427", "130428", "130429", "130430"
    };

    /**
     * The k-th number of a birth-date range: day k mod days, sequence base + k / days, in the next
     * county once the 500 sequence numbers of a day are used up.
     */
    private static CitizenId citizenId(long k, LocalDate from, LocalDate to, int base) {
      long days = to.toEpochDay() - from.toEpochDay() + 1;
      LocalDate born = LocalDate.ofEpochDay(from.toEpochDay() + k % days);
      long block = k / days / 500;
      long seq = base + k / days % 500;
      if (block >= COUNTIES.length) {
        throw new IllegalStateException("too many citizen ids for one birth-date range");
      }
      String body =
          COUNTIES[(int) block]
              + born.getYear()
              + pad(born.getMonthValue(), 2)
              + pad(born.getDayOfMonth(), 2)
              + pad((int) seq, 3);
      return CitizenId.of(body + CitizenId.checkCharacter(body));
    }

    private static String pad(int value, int width) {
      String s = Integer.toString(value);
      return "0".repeat(Math.max(0, width - s.length())) + s;
    }
  }

  /**
   * One household of the generator, for the per-record benchmark.
   *
   * @return a household with several members
   */
  static Household sampleHousehold() {
    Generator g = new Generator(villages());
    Household h = g.next();
    while (h.members().size() < 5) {
      h = g.next();
    }
    return h;
  }
}
