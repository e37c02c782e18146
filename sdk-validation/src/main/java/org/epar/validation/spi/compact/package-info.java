/**
 * Compact, mergeable collections for the state of {@link org.epar.validation.spi.DatasetRule}s that
 * must hold something per record of a county with millions of records: primitive lists and hash
 * sets, an append-only log of strings, a string set and citizen-number keys.
 *
 * <p>A dataset rule's state is kept for every chunk of the input until the chunks are combined, so
 * a rule about people should not keep a {@code HashSet<String>} of citizen numbers (about 100 bytes
 * each) when a {@link org.epar.validation.spi.compact.CitizenKeys} key (8 bytes) will do. None of
 * these types is thread-safe: a state is confined to one thread at a time, as the engine
 * guarantees.
 *
 * <pre>{@code
 * final class State {
 *   final CitizenKeys citizens = new CitizenKeys();
 *   final LongList keys = new LongList();
 * }
 * // accumulate: state.keys.add(state.citizens.key(Citizens.canonical(member.citizenId())));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package org.epar.validation.spi.compact;

import org.jspecify.annotations.NullMarked;
