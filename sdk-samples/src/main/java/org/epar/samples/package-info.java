/**
 * Sample data: deterministic, realistic county datasets on real division codes, built from a seed
 * without any test library, for demos, examples and benchmarks.
 *
 * <pre>{@code
 * Dataset daming = SampleCounties.daming(42L);
 * }</pre>
 */
@NullMarked
package org.epar.samples;

import org.jspecify.annotations.NullMarked;
