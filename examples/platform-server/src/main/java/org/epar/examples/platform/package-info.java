/** Example: a platform (county, provincial or ministry system) runs the reporting service. */
@NullMarked
package org.epar.examples.platform;

import org.jspecify.annotations.NullMarked;
