/** Implementation details of sdk-core. Not API: may change in any release without notice. */
@NullMarked
package org.epar.core.internal;

import org.jspecify.annotations.NullMarked;
