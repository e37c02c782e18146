/**
 * EPAR validation API: the rule catalog, profiles, the validator and its report.
 *
 * <p>Entry points: {@link org.epar.validation.RuleCatalog#standard()}, {@link
 * org.epar.validation.Profiles#builtIn(String)} and {@link
 * org.epar.validation.EparValidator#builder()}.
 */
@NullMarked
package org.epar.validation;

import org.jspecify.annotations.NullMarked;
