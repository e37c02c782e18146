/**
 * Internals of the sample data: the provincial conforming counties and the rule-breaking recipes.
 * Not an API: use {@link org.epar.samples.SampleCounties} and {@link
 * org.epar.samples.BrokenCounties}.
 */
@NullMarked
package org.epar.samples.internal;

import org.jspecify.annotations.NullMarked;
