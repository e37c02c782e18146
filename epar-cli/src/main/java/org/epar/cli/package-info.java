/**
 * The {@code epar} command-line tool: validate files against a profile, list rules and profiles,
 * check identifiers. An example program, not a library: nothing here is API.
 */
@NullMarked
package org.epar.cli;

import org.jspecify.annotations.NullMarked;
