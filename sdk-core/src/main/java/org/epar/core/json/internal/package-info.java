/**
 * Implementation details of the JSON codec: serializers, mix-ins, the schema generator. Not API:
 * may change in any release without notice.
 */
@NullMarked
package org.epar.core.json.internal;

import org.jspecify.annotations.NullMarked;
