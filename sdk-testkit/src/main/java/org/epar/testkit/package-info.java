/**
 * Property-based testing support: QuickTheories generators ({@link org.quicktheories.core.Gen}) of
 * valid EPAR identifiers, values and records, lenient generators of broken data for never-throws
 * tests, and a realistic Daming-like county dataset.
 *
 * <p>Every generator draws all its choices from the {@link org.quicktheories.core.RandomnessSource}
 * it is given, so generators compose and shrink, and a fixed QuickTheories seed gives the same
 * values.
 *
 * <pre>{@code
 * qt().forAll(Identifiers.citizenIds()).check(CitizenId::isValid);
 * Dataset daming = Counties.damingLike(42L);
 * }</pre>
 */
@NullMarked
package org.epar.testkit;

import org.jspecify.annotations.NullMarked;
