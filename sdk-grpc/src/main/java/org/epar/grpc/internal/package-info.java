/** Implementation of the EPAR gRPC client and server kit; not API, may change without notice. */
@NullMarked
package org.epar.grpc.internal;

import org.jspecify.annotations.NullMarked;
