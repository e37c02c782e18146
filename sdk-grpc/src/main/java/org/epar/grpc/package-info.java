/**
 * The EPAR reporting protocol: model-to-protobuf mapping ({@link org.epar.grpc.ProtoMapper}), the
 * contractor's client ({@link org.epar.grpc.EparClient}) and the platform's server kit ({@link
 * org.epar.grpc.EparServer}).
 *
 * <p>The wire types are generated from {@code epar/v1/*.proto} into {@code org.epar.grpc.v1};
 * extension points (store, authenticator, validator) are in {@code org.epar.grpc.spi}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.epar.grpc;

import org.jspecify.annotations.NullMarked;
