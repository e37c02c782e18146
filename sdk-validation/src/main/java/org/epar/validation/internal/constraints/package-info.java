/**
 * Constraint validators of the {@code org.epar.validation.constraints} annotations and the
 * programmatic mapping of the model records; internal, not API.
 */
@NullMarked
package org.epar.validation.internal.constraints;

import org.jspecify.annotations.NullMarked;
