/**
 * Masking of personal data (citizen identity numbers, phone numbers, names) in client-supplied text
 * before it is echoed in a response, a report or a log line.
 *
 * @since 0.3.0
 */
@NullMarked
package org.epar.core.privacy;

import org.jspecify.annotations.NullMarked;
