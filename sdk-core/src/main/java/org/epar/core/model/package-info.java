/**
 * The canonical model: places, sites, households and members, training, commerce, funds,
 * traceability, governance records and reports, grouped in a {@link org.epar.core.model.Dataset}.
 *
 * <p>Every type is an immutable record. Records are lenient: a field the input lacks is {@code
 * null} (for objects) or {@code 0}/{@code false} (for counts and flags), and a missing collection
 * is empty, so bad input can be carried to validation and reported there with a rule ID instead of
 * failing a parse. The Chinese policy term of each type is in its Javadoc; enumerations carry
 * theirs in {@code termZh()}. Records that hold names or phone numbers mask them in {@code
 * toString()}; {@link org.epar.core.id.CitizenId} masks itself.
 */
@NullMarked
package org.epar.core.model;

import org.jspecify.annotations.NullMarked;
