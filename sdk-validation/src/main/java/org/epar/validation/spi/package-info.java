/**
 * Extension points for rule authors: implement {@link org.epar.validation.spi.RecordRule} or {@link
 * org.epar.validation.spi.DatasetRule} (or {@link org.epar.validation.spi.SharedStateRule}, a
 * dataset rule that reads shared states), return the rules from a {@link
 * org.epar.validation.spi.RuleProvider} and list the provider in {@code
 * META-INF/services/org.epar.validation.spi.RuleProvider}.
 *
 * <p>Rules read thresholds from {@link org.epar.validation.spi.RuleContext#settings()} by the
 * parameter names of the rule's descriptor, never from constants, and report through the {@link
 * org.epar.validation.spi.FindingSink} helpers, which fill in severity, messages, citation and
 * target semantics. Observed values that could be personal go through {@link
 * org.epar.validation.spi.Masking}.
 */
@NullMarked
package org.epar.validation.spi;

import org.jspecify.annotations.NullMarked;
