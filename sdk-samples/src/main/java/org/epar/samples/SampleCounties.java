package org.epar.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.Dataset;
import org.epar.samples.internal.Conforming;

/**
 * Realistic sample county datasets on real division codes, modelled on the Daming County (大名县,
 * 130425) demonstration plan of 2017, for demos, examples and benchmarks.
 *
 * <p>{@link #daming(long)} builds, deterministically for a seed (a {@link
 * java.util.SplittableRandom}, no test library), a dataset of the county's real 668 villages
 * (shipped with this module, NBS 2023) that meets the plan's targets: the county record (national
 * demonstration county), its townships and villages (about 30% registered poor, 95% with
 * broadband), one county service centre (at least 600 m², all rooms, a 150 m² product experience
 * area, the demonstration sign), one county warehouse (at least 800 m²), five township distribution
 * centres, village stations in every registered poor village and every village of 500 residents or
 * more (at least 350 stations, at least half of the villages) with the DM-SITE-10 equipment and the
 * DM-SVC-01 services, registered poor households with members, training (at least 3,000
 * person-times, at least 80% of poor households with a trained member, follow-ups for every
 * trainee), a fund of 1500万 yuan with an approved plan published at least 10 working days before it
 * was reported, allocations within the DM-FUND-01 caps, disbursements (a 60% advance after work
 * started, 15% retained), products, brands, traceability, device days at least 95% online, and per
 * station and month at least 50 proxy-purchase orders and 2,000 yuan of transactions.
 *
 * <p>Reports: monthly reports for the eight operating months, the annual report of 2018 with its
 * self-evaluation, and an automated daily report for every day from 2018-01-01 to 2018-12-30, each
 * sent early the next morning. The dataset passes the {@code daming-2017} profile as of 2018-12-31
 * with no finding at all.
 *
 * <p>All names, identity numbers, phone numbers and credit codes in the dataset are made up; only
 * the division codes and village names are real. Thread-safe; the village registry is loaded once.
 *
 * <p>This module depends on {@code sdk-core} only, so programs that need sample data (the {@code
 * epar demo} command, for one) do not carry test libraries. Property-based tests use {@code
 * org.epar.testkit.Counties} of {@code sdk-testkit}, which builds the same datasets.
 *
 * <pre>{@code
 * Dataset daming = SampleCounties.daming(42L);
 * daming.villages().size();   // 668
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SampleCounties {

  /** 大名县, Handan, Hebei: the county of the Daming demonstration plan, in 12-digit form. */
  public static final DivisionCode DAMING = DivisionCode.of("130425000000");

  /** The built-in profile of the Daming plan, {@code daming-2017}. */
  public static final String DAMING_2017 = "daming-2017";

  /** The built-in profiles with a conforming sample county, in this order. */
  private static final List<String> PROFILES =
      List.of(
          DAMING_2017,
          Conforming.GUANGDONG_2018,
          Conforming.HEILONGJIANG_2016,
          Conforming.HENAN_2018,
          Conforming.CHONGQING_2017);

  /** The shipped village list of Daming: header {@code code,name}, 668 villages. */
  static final String DAMING_VILLAGES = "daming-130425-villages.csv";

  private SampleCounties() {}

  private static final class Registry {
    static final DivisionRegistry DAMING_REGISTRY = load();

    private static DivisionRegistry load() {
      try (InputStream in = SampleCounties.class.getResourceAsStream(DAMING_VILLAGES)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: " + DAMING_VILLAGES);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          return DivisionRegistry.nbs2023().withVillages(reader);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The NBS 2023 registry with the 668 villages of Daming added (from the copy shipped in this
   * module). Loaded once.
   *
   * @return the shared registry
   */
  public static DivisionRegistry damingRegistry() {
    return Registry.DAMING_REGISTRY;
  }

  /**
   * The built-in profiles that have a conforming sample county ({@link #conforming(String, long)}).
   *
   * @return the profile IDs: {@code daming-2017} first, then the provincial ones
   */
  public static List<String> profileIds() {
    return PROFILES;
  }

  /**
   * The as-of date at which {@link #conforming(String, long)} satisfies a profile: after the
   * deadlines of its targets that a county can meet.
   *
   * @param profileId a profile ID of {@link #profileIds()}
   * @return the as-of date
   * @throws IllegalArgumentException if there is no sample county for that profile
   */
  public static LocalDate asOf(String profileId) {
    Objects.requireNonNull(profileId, "profileId");
    return DAMING_2017.equals(profileId) ? LocalDate.of(2018, 12, 31) : Conforming.asOf(profileId);
  }

  /**
   * A county dataset that satisfies a built-in profile at {@link #asOf(String)} with no ERROR or
   * VETO finding: {@link #daming(long)} for {@code daming-2017}, small counties on real division
   * codes for the provincial profiles (蕉岭县 for Guangdong, 依安县 for Heilongjiang, 南召县 for Henan, 城口县
   * for Chongqing).
   *
   * @param profileId a profile ID of {@link #profileIds()}
   * @param seed the seed; the same seed gives an equal dataset
   * @return the dataset
   * @throws IllegalArgumentException if there is no sample county for that profile
   */
  public static Dataset conforming(String profileId, long seed) {
    Objects.requireNonNull(profileId, "profileId");
    return DAMING_2017.equals(profileId) ? daming(seed) : Conforming.county(profileId, seed);
  }

  /**
   * A Daming-like county dataset on the shipped villages of Daming; the same seed gives an equal
   * dataset.
   *
   * @param seed the seed
   * @return the dataset, scoped to {@link #DAMING}
   */
  public static Dataset daming(long seed) {
    return daming(seed, damingRegistry());
  }

  /**
   * A Daming-like county with a given number of registered poor households, spread evenly over its
   * registered poor villages (the default county has 4 to 7 in each); everything that depends on
   * the households (members, training, stations' counts) follows, and the county still passes
   * {@code daming-2017}. For volume tests: 10,000 households are about 45,000 members.
   *
   * @param seed the seed; the same seed and count give an equal dataset
   * @param households how many registered poor households, 1 or more
   * @return the dataset, scoped to {@link #DAMING}
   * @throws IllegalArgumentException if {@code households} is below 1
   */
  public static Dataset daming(long seed, int households) {
    if (households < 1) {
      throw new IllegalArgumentException("households must be 1 or more: " + households);
    }
    return new DamingBuilder(seed, damingRegistry(), households).build();
  }

  /**
   * A Daming-like county dataset on the villages of 130425 known to a registry; the same seed and
   * registry give an equal dataset.
   *
   * @param seed the seed
   * @param registry a registry that knows the villages of 130425, e.g. {@code
   *     DivisionRegistry.nbs2023().withVillages(csv)}
   * @return the dataset, scoped to {@link #DAMING}
   * @throws IllegalArgumentException if the registry knows no village of 130425
   */
  public static Dataset daming(long seed, DivisionRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return new DamingBuilder(seed, registry).build();
  }
}
