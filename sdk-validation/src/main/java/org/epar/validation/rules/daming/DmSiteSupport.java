package org.epar.validation.rules.daming;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Site;
import org.epar.validation.Location;
import org.jspecify.annotations.Nullable;

/** Small helpers shared by the Daming site rules. */
final class DmSiteSupport {

  /** Object type of dataset-level findings, as {@link Location#dataset()}. */
  static final String DATASET = "dataset";

  private DmSiteSupport() {}

  /**
   * The join key of a division code: its 12-digit form, so {@code 130425100001} and a padded
   * variant meet.
   *
   * @param code a code, or null
   * @return the key, or null when there is no code
   */
  static @Nullable String divisionKey(@Nullable DivisionCode code) {
    return code == null ? null : code.value();
  }

  /**
   * {@code total / cells} rounded down to {@code max(2, threshold scale)} decimals, exact for the
   * comparison with the threshold in the same way as {@link
   * org.epar.validation.spi.ShareTarget#share}.
   *
   * @param total the total (count, or yuan as an exact decimal)
   * @param cells the number of cells averaged over, positive
   * @param threshold the threshold it will be compared with
   * @return the average, rounded down
   */
  static BigDecimal average(BigDecimal total, long cells, BigDecimal threshold) {
    int scale = Math.max(2, threshold.scale());
    return total.divide(BigDecimal.valueOf(cells), scale, RoundingMode.FLOOR);
  }

  /**
   * A dataset-level location for one part of a target with several parts (DM-SITE-01, DM-SITE-02,
   * DM-OPS-02, DM-PROD-01): the part's parameter name is the object id, so the report keeps one
   * finding per part instead of grouping them.
   *
   * @param part the parameter name of the part, such as {@code village_stations_min}
   * @param path the JSON property of the dataset measured, such as {@code sites}
   * @return the location, index {@code -1}
   */
  static Location part(String part, String path) {
    return new Location(DATASET, part, path, -1);
  }

  /**
   * Whether a site exists on a day for a target or constraint (catalog revision 2, "Time": a target
   * at deadline D counts only what existed by D): it opened on or before the day (the day itself
   * counts). A site without an opening date is unknown, not absent: it counts, so a submission that
   * does not record opening dates is judged as before.
   *
   * @param site the site
   * @param day the deadline, or the as-of date of a constraint
   * @return whether the site counts on that day
   */
  static boolean openedBy(Site site, LocalDate day) {
    return site.openedOn() == null || !site.openedOn().isAfter(day);
  }

  /**
   * Plain text of an area for an observed value.
   *
   * @param area the area, or null
   * @return the area's plain text, or {@code missing}
   */
  static String area(@Nullable BigDecimal area) {
    return area == null ? "missing" : area.toPlainString();
  }
}
