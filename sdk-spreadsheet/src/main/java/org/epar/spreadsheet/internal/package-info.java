/**
 * Internal: the column layout of each record type, cell conversion and row assembly of the
 * spreadsheet module. Not an API; may change in any release.
 */
@NullMarked
package org.epar.spreadsheet.internal;

import org.jspecify.annotations.NullMarked;
