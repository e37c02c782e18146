/**
 * Where a platform keeps its submissions: {@link org.epar.store.JdbcSubmissionStore}, the {@link
 * org.epar.grpc.spi.SubmissionStore} of the reporting server on PostgreSQL (production) or H2 in a
 * directory (the embedded default), built and migrated by {@link org.epar.store.SubmissionStores}.
 *
 * <pre>{@code
 * try (JdbcSubmissionStore store = SubmissionStores.postgres(
 *         "jdbc:postgresql://db.example/epar", "epar", System.getenv("EPAR_DB_PASSWORD"));
 *     EparServer server = EparServer.builder().port(8443).store(store)
 *         .authenticator(authenticator).validator(validator).build().start()) {
 *   server.awaitTermination();
 * }
 * }</pre>
 *
 * <p><b>Plain JDBC, not Jdbi.</b> The store is one table and five statements. What matters in them
 * is exactly what a mapping library hides: which SQLSTATE a unique violation raises on each
 * database, {@code ON CONFLICT DO NOTHING} on PostgreSQL, one statement per transaction, the
 * driver's row detail kept out of exception messages. Plain {@code java.sql} keeps that visible in
 * one class and adds no dependency to a platform's classpath (Jdbi would bring its own, plus its
 * reflection-based mappers for a single row type).
 *
 * <p><b>Schema.</b> Flyway migrates the table {@code epar_submission} on start, with its own
 * history table {@code epar_schema_history} so it can share a schema with the platform's own
 * Flyway. The migrations are in {@code org/epar/store/db/{postgresql,h2}} on the classpath.
 *
 * @since 0.1.0
 */
@NullMarked
package org.epar.store;

import org.jspecify.annotations.NullMarked;
