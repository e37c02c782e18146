package org.epar.core.model;

import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * An administrative village (行政村) with its population and infrastructure.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param code the village's division code (village level)
 * @param name the village's name; may be null
 * @param residents registered residents (户籍人口), the population DM-SITE-03/09 compare with 500
 * @param registeredPoor whether it is a registered or provincially designated poor village (建档立卡贫困村 / 省定贫困村)
 * @param eligible whether it has the conditions for a station or leader (具备条件, HN-LEAD-01, CQ-SITE-01)
 * @param broadband whether fixed or mobile broadband reaches it (DM-SITE-12)
 * @param fibre whether optical fibre reaches it (HN-NET-01)
 * @param mobile4g whether 4G covers it (CQ-NET-01)
 * @param inDatabase whether it is in the basic poverty database (HLJ-SITE-01)
 * @param naturalVillages its natural villages
 * @param ecommerceHelped whether it receives e-commerce help (电商帮扶, HN-NET-01); null when unknown
 * @since 0.1.0
 */
public record Village(
    DivisionCode code,
    @Nullable String name,
    int residents,
    boolean registeredPoor,
    boolean eligible,
    boolean broadband,
    boolean fibre,
    boolean mobile4g,
    boolean inDatabase,
    List<NaturalVillage> naturalVillages,
    @Nullable Boolean ecommerceHelped) implements EparRecord {

  /** Copies collections; a null collection becomes empty. */
  public Village {
    naturalVillages = Copies.list(naturalVillages);
  }

  /**
   * The constructor without {@code ecommerceHelped}, which is left unknown. Kept so that
   * code written against the earlier component list compiles.
   *
   * @param code see the record's {@code code}
   * @param name see the record's {@code name}
   * @param residents see the record's {@code residents}
   * @param registeredPoor see the record's {@code registeredPoor}
   * @param eligible see the record's {@code eligible}
   * @param broadband see the record's {@code broadband}
   * @param fibre see the record's {@code fibre}
   * @param mobile4g see the record's {@code mobile4g}
   * @param inDatabase see the record's {@code inDatabase}
   * @param naturalVillages see the record's {@code naturalVillages}
   */
  public Village(
      DivisionCode code,
      @Nullable String name,
      int residents,
      boolean registeredPoor,
      boolean eligible,
      boolean broadband,
      boolean fibre,
      boolean mobile4g,
      boolean inDatabase,
      List<NaturalVillage> naturalVillages) {
    this(
        code, name, residents, registeredPoor, eligible, broadband, fibre, mobile4g, inDatabase,
        naturalVillages, null);
  }

  @Override
  public String key() {
    return code == null ? "" : code.raw();
  }
}
