/**
 * Implementations of the Daming county 2017 site, service, operation, logistics, product,
 * incubation and traceability rules (DM-SITE-01 to DM-SITE-12, DM-SVC-01, DM-OPS-01, DM-OPS-02,
 * DM-LOG-01, DM-PROD-01, DM-INC-01, DM-TRACE-01), contributed by {@link
 * org.epar.validation.rules.daming.DamingSiteRuleProvider}.
 *
 * <p>Common readings: a share target over an empty population (no villages, no townships, no
 * device-days) is not evaluated, since there is nothing to cover; a count target counts what the
 * submission holds, so an absent record type counts as zero. Shares are decided exactly: the
 * observed value is the exact share rounded down to at least the threshold's decimals, so 49.99%
 * never passes as 50%.
 */
@NullMarked
package org.epar.validation.rules.daming;

import org.jspecify.annotations.NullMarked;
