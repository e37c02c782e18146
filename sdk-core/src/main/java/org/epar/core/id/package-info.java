/**
 * Identifiers: citizen identity numbers (GB 11643), unified social credit codes (GB 32100),
 * statistical division codes, traceability codes, and the registry of known division codes.
 *
 * <p>Every identifier keeps the raw text it was given, so bad input can be parsed, carried and
 * reported: {@code of(String)} never throws on bad content, {@code isValid()} and {@code
 * problems()} say what is wrong with stable {@link org.epar.core.id.IdProblem} codes, and a strict
 * {@code parse(String)} throws {@link org.epar.core.id.InvalidIdentifierException}.
 */
@NullMarked
package org.epar.core.id;

import org.jspecify.annotations.NullMarked;
