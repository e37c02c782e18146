/**
 * The JSON codec of the canonical model: a configured Jackson mapper ({@link
 * org.epar.core.json.EparJson}), NDJSON streaming ({@link org.epar.core.json.NdjsonWriter}, {@link
 * org.epar.core.json.NdjsonReader}) and the conventions documented in {@code docs/model.md}.
 *
 * <p>The conventions, in short: property names are {@code snake_case}; dates are ISO-8601 strings;
 * money is a decimal string in yuan ({@code "1500.00"}); identifiers are strings of their raw text,
 * valid or not; a reporting period is its id ({@code "201803"}); enums are their constant names;
 * unknown properties are ignored; null fields are omitted; every record object carries a {@code
 * type} property naming its {@link org.epar.core.model.RecordType#wireName() record type}.
 */
@NullMarked
package org.epar.core.json;

import org.jspecify.annotations.NullMarked;
