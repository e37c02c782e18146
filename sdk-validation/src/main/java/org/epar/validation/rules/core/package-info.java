/**
 * Implementations of the CORE integrity rules, contributed by {@link
 * org.epar.validation.rules.core.CoreRuleProvider}.
 */
@NullMarked
package org.epar.validation.rules.core;

import org.jspecify.annotations.NullMarked;
