/**
 * Internals of the JDBC store: SQL dialects and the codec of a row. Not API: may change in any
 * release.
 */
@NullMarked
package org.epar.store.internal;

import org.jspecify.annotations.NullMarked;
