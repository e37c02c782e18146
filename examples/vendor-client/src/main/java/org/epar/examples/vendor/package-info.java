/** Example: a contractor (承办企业) reports from its own records. */
@NullMarked
package org.epar.examples.vendor;

import org.jspecify.annotations.NullMarked;
