/**
 * Rules of the Heilongjiang "Internet+ targeted poverty alleviation" action plan 2016–2020
 * (黑龙江省“互联网+”精准扶贫行动计划, profile {@code heilongjiang-2016}), contributed by {@link
 * org.epar.validation.rules.heilongjiang.HeilongjiangRuleProvider}.
 *
 * <p>Targets with several measures (HLJ-LOG-01, HLJ-DEMO-01, HLJ-GROW-01) report one finding per
 * measure at a dataset-level location whose object id names the measure (for instance {@code
 * dataset/poor_villages}), so that the report's grouping by object does not fold the measures into
 * one.
 */
@NullMarked
package org.epar.validation.rules.heilongjiang;

import org.jspecify.annotations.NullMarked;
