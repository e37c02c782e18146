/**
 * Rules of the Henan e-commerce poverty alleviation three-year action plan 2018–2020
 * (豫脱贫办〔2018〕94号, profile {@code henan-2018}), contributed by {@link
 * org.epar.validation.rules.henan.HenanRuleProvider}.
 *
 * <p>Two-stage targets (70% by 2018-12-31, 100% by 2019-12-31) read {@code stage1_*} and {@code
 * stage2_*} parameters and are evaluated by {@code Stages}: before the first deadline the first
 * stage yields progress (INFO); between the deadlines a missed first stage has the rule's severity
 * and the second stage yields progress; at or after the second deadline only the second stage
 * counts.
 */
@NullMarked
package org.epar.validation.rules.henan;

import org.jspecify.annotations.NullMarked;
