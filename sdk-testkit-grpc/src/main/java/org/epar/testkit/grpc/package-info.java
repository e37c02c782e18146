/**
 * A JUnit 5 extension that runs an in-process EPAR reporting server for tests ({@link
 * org.epar.testkit.grpc.EparServerExtension}). In its own module so that {@code sdk-testkit}'s
 * generators do not pull in gRPC.
 *
 * @since 0.2.0
 */
@NullMarked
package org.epar.testkit.grpc;

import org.jspecify.annotations.NullMarked;
