/**
 * Rules of the Chongqing action plan for deepening e-commerce poverty alleviation (渝府办〔2017〕33号,
 * profile {@code chongqing-2017}), contributed by {@link
 * org.epar.validation.rules.chongqing.ChongqingRuleProvider}.
 *
 * <p>Dataset targets with several measures report each measure as its own finding at the dataset
 * with the measure's name as object id, so the report does not fold them into one.
 */
@NullMarked
package org.epar.validation.rules.chongqing;

import org.jspecify.annotations.NullMarked;
