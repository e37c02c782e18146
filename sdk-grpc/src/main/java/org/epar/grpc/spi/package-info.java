/**
 * Extension points of the server kit: where submissions are stored ({@link
 * org.epar.grpc.spi.SubmissionStore}), who the caller is ({@link org.epar.grpc.spi.Authenticator})
 * and what validation says ({@link org.epar.grpc.spi.ReportValidator}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.epar.grpc.spi;

import org.jspecify.annotations.NullMarked;
