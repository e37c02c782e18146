/** EPAR core: the canonical model of rural e-commerce poverty-alleviation programmes. */
@NullMarked
package org.epar.core;

import org.jspecify.annotations.NullMarked;
