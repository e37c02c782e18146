/** Implementation details of EPAR validation. Not API: may change in any release. */
@NullMarked
package org.epar.validation.internal;

import org.jspecify.annotations.NullMarked;
