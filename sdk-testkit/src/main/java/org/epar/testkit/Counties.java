package org.epar.testkit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.Dataset;
import org.epar.samples.SampleCounties;
import org.quicktheories.core.Gen;

/**
 * Realistic county datasets on real division codes, modelled on the Daming County (大名县, 130425)
 * demonstration plan of 2017.
 *
 * <p>{@link #damingLike(long)} builds, deterministically for a seed, a dataset of the county's real
 * 668 villages (shipped with this module, NBS 2023) that meets the plan's targets: the county
 * record (national demonstration county), its townships and villages (about 30% registered poor,
 * 95% with broadband), one county service centre (at least 600 m², all rooms, a 150 m² product
 * experience area, the demonstration sign), one county warehouse (at least 800 m²), five township
 * distribution centres, village stations in every registered poor village and every village of 500
 * residents or more (at least 350 stations, at least half of the villages) with the DM-SITE-10
 * equipment and the DM-SVC-01 services, registered poor households with members, training (at least
 * 3,000 person-times, at least 80% of poor households with a trained member, follow-ups for every
 * trainee), a fund of 1500万 yuan with an approved plan published at least 10 working days before it
 * was reported, allocations within the DM-FUND-01 caps, disbursements (a 60% advance after work
 * started, 15% retained), products, brands, traceability, device days at least 95% online, and per
 * station and month at least 50 proxy-purchase orders and 2,000 yuan of transactions.
 *
 * <p>Reports: monthly reports for the eight operating months, the annual report of 2018 with its
 * self-evaluation, and an automated daily report for every day from 2018-01-01 to 2018-12-30, each
 * sent early the next morning. The dataset passes the {@code daming-2017} profile as of 2018-12-31
 * with no finding at all (see {@code DamingValidationTest}). Thread-safe; the village registry is
 * loaded once.
 *
 * <p>The datasets are built by {@link SampleCounties} of {@code sdk-samples}, which needs no test
 * library: {@code Counties.damingLike(seed)} equals {@code SampleCounties.daming(seed)}. Programs
 * that only need the sample data (demos, benchmarks) can depend on {@code sdk-samples} alone.
 *
 * <pre>{@code
 * Dataset daming = Counties.damingLike(42L);
 * daming.villages().size();   // 668
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Counties {

  /** 大名县, Handan, Hebei: the county of the Daming demonstration plan, in 12-digit form. */
  public static final DivisionCode DAMING = SampleCounties.DAMING;

  private Counties() {}

  /**
   * The NBS 2023 registry with the 668 villages of Daming added (from the copy shipped with {@code
   * sdk-samples}); the same as {@link SampleCounties#damingRegistry()}. Loaded once.
   *
   * @return the shared registry
   */
  public static DivisionRegistry damingRegistry() {
    return SampleCounties.damingRegistry();
  }

  /**
   * A Daming-like county dataset on the shipped villages of Daming; the same seed gives an equal
   * dataset.
   *
   * @param seed the seed
   * @return the dataset, scoped to {@link #DAMING}
   */
  public static Dataset damingLike(long seed) {
    return damingLike(seed, damingRegistry());
  }

  /**
   * A Daming-like county dataset on the villages of county 130425 read from a CSV file, e.g. {@code
   * data/divisions/villages-seed-counties.csv} (format of {@link
   * DivisionRegistry#withVillages(java.io.Reader)}).
   *
   * @param seed the seed
   * @param villagesCsv a villages CSV that includes the villages of 130425
   * @return the dataset, scoped to {@link #DAMING}
   * @throws IllegalArgumentException if the file has no village of 130425
   */
  public static Dataset damingLike(long seed, Path villagesCsv) {
    Objects.requireNonNull(villagesCsv, "villagesCsv");
    return damingLike(seed, DivisionRegistry.nbs2023().withVillages(villagesCsv));
  }

  /**
   * A Daming-like county dataset on the villages of 130425 known to a registry.
   *
   * @param seed the seed
   * @param registry a registry that knows the villages of 130425
   * @return the dataset, scoped to {@link #DAMING}
   * @throws IllegalArgumentException if the registry knows no village of 130425
   */
  public static Dataset damingLike(long seed, DivisionRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return SampleCounties.daming(seed, registry);
  }

  /**
   * Daming-like datasets, one per drawn seed (see {@link #damingLike(long)}). Each value takes some
   * hundreds of milliseconds to build; use few examples.
   *
   * @return the generator
   */
  public static Gen<Dataset> daming() {
    return in -> damingLike(Draw.between(in, 0L, Long.MAX_VALUE));
  }

  /** The built-in profile of the Daming plan, {@code daming-2017}. */
  public static final String DAMING_2017 = SampleCounties.DAMING_2017;

  /**
   * The as-of date at which {@link #conforming(String, long)} satisfies a profile: after the
   * deadlines of its targets that a county can meet.
   *
   * @param profileId a built-in profile ID
   * @return the as-of date
   * @throws IllegalArgumentException if there is no conforming county for that profile
   */
  public static LocalDate asOf(String profileId) {
    return SampleCounties.asOf(profileId);
  }

  /**
   * A county dataset that satisfies a built-in profile at {@link #asOf(String)} with no ERROR or
   * VETO: {@link #damingLike(long)} for {@code daming-2017}, small counties for the others; the
   * same as {@link SampleCounties#conforming(String, long)}.
   *
   * @param profileId a built-in profile ID
   * @param seed the seed; the same seed gives an equal dataset
   * @return the dataset
   * @throws IllegalArgumentException if there is no conforming county for that profile
   */
  public static Dataset conforming(String profileId, long seed) {
    return SampleCounties.conforming(profileId, seed);
  }

  /** Square metres with one decimal from tenths. */
  static BigDecimal area(long tenths) {
    return BigDecimal.valueOf(tenths, 1);
  }
}
