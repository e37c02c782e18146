package org.epar.validation.spi;

import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.DemonstrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A county's demonstration status in one programme, as the rules read it (GD-DEMO-01, GD-BRAND-01,
 * HN-DEMO-01, HN-FUND-01, HLJ-DEMO-01): the county's {@code demonstrations} entry for the programme
 * when it gives a level, else (the programme is unknown) the legacy {@code demonstration} flag.
 *
 * <p>Part of the SPI so that a county's own rule reads demonstration status the way the built-ins
 * do.
 *
 * <pre>{@code
 * int year = ctx.settings().date("deadline").getYear();
 * if (Demonstrations.isDemonstration(county, DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES, year)) {
 *   state[0]++;
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Demonstrations {

  private Demonstrations() {}

  /**
   * The county's level in a programme as of the end of a year.
   *
   * @param c the county
   * @param programme the programme
   * @param byYear the last year that counts: a status designated in a later year is {@code NONE} (a
   *     target at a deadline counts only what existed by it); a status without a year counts
   * @return the level, or the legacy flag (may be null) when the programme is not listed
   */
  public static @Nullable DemonstrationLevel level(
      County c, DemonstrationProgramme programme, int byYear) {
    for (DemonstrationStatus d : c.demonstrations()) {
      if (d != null && d.programme() == programme && d.level() != null) {
        return d.year() != null && d.year() > byYear ? DemonstrationLevel.NONE : d.level();
      }
    }
    return c.demonstration();
  }

  /**
   * Whether the county is a national or provincial demonstration county of the programme.
   *
   * @param c the county
   * @param programme the programme
   * @param byYear see {@link #level}
   * @return true for {@code NATIONAL} or {@code PROVINCIAL}
   */
  public static boolean isDemonstration(County c, DemonstrationProgramme programme, int byYear) {
    DemonstrationLevel l = level(c, programme, byYear);
    return l == DemonstrationLevel.NATIONAL || l == DemonstrationLevel.PROVINCIAL;
  }
}
