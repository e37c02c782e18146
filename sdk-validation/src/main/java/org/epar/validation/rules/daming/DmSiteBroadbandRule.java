package org.epar.validation.rules.daming;

import org.epar.core.model.Village;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.ShareTarget;
import org.epar.validation.spi.ShareTargetRule;

/**
 * DM-SITE-12: fixed or mobile broadband (宽带，含移动宽带) reaches at least {@code
 * broadband_village_coverage_min} of the administrative villages, by {@code deadline}.
 *
 * <p>Readings: the share of {@link Village} records with {@link Village#broadband()}; exact; not
 * evaluated without villages. Time (catalog revision 2): the model records broadband as a state of
 * the village ({@link Village#broadband()}) with no date, and no station is involved, so the flag
 * is read as the village's state on the deadline; a connection made later cannot be told apart.
 * Reported at {@link Location#dataset()}.
 *
 * <p>State: two counters (villages, villages with broadband).
 *
 * @since 0.1.0
 */
final class DmSiteBroadbandRule {

  /** The rule ID. */
  static final String ID = "DM-SITE-12";

  /** The rule; stateless. */
  static final DatasetRule<long[]> RULE =
      ShareTargetRule.of(
          ID,
          Village.class,
          Village::broadband,
          new ShareTarget("broadband_village_coverage_min", Location.dataset()));

  private DmSiteBroadbandRule() {}
}
