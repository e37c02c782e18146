package org.epar.validation.internal;

/**
 * A record with the index it had in its input (an NDJSON line number), for the engine to report
 * instead of the record's position in the stream it was fed.
 *
 * @param index the index to report in findings' locations
 * @param value the record
 */
public record Positioned(long index, Object value) {}
