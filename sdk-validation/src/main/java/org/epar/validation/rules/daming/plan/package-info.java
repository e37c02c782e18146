/**
 * Implementations of the Daming 2017 plan, fund, training, reporting and veto rules
 * (DM-TRAIN-01..04, DM-FUND-01..07, DM-RPT-01/02, DM-PUB-01, DM-VETO-01/02, DM-GROW-01,
 * DM-TIME-01), contributed by {@link org.epar.validation.rules.daming.plan.DamingPlanRuleProvider}.
 *
 * <p>Common readings: the as-of date is read as the end of that day, so a deadline equal to the
 * as-of date has passed (as for targets in {@link org.epar.validation.spi.FindingSink#target});
 * shares are decided exactly with {@link org.epar.core.money.Ratio} or with values rounded toward
 * negative infinity at 6 decimals, which decide a comparison with a threshold of at most 6 decimals
 * exactly; a record whose fields are missing is skipped by the parts of a rule that need them,
 * never a cause of an exception.
 */
@NullMarked
package org.epar.validation.rules.daming.plan;

import org.jspecify.annotations.NullMarked;
