/** Example: a tester's property-based suite over the testkit's generators. */
@NullMarked
package org.epar.examples.properties;

import org.jspecify.annotations.NullMarked;
