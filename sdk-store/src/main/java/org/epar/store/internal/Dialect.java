package org.epar.store.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the store supports, and the little SQL that differs between them. */
public enum Dialect {
  /**
   * PostgreSQL: put-if-absent is {@code INSERT ... ON CONFLICT (contractor, request_id) DO
   * NOTHING}.
   */
  POSTGRESQL("postgresql", " ON CONFLICT (contractor, request_id) DO NOTHING"),
  /** H2 2.x: a plain insert; a duplicate request id surfaces as SQLSTATE 23505. */
  H2("h2", "");

  private final String migrations;
  private final String onConflict;

  Dialect(String migrations, String onConflict) {
    this.migrations = migrations;
    this.onConflict = onConflict;
  }

  /**
   * The Flyway location of this database's migrations.
   *
   * @return a {@code classpath:} location
   */
  public String migrations() {
    return "classpath:org/epar/store/db/" + migrations;
  }

  /**
   * What follows the VALUES of the insert.
   *
   * @return the clause, possibly empty
   */
  public String onConflict() {
    return onConflict;
  }

  /**
   * The dialect of a connected database.
   *
   * @param meta the connection's metadata
   * @return the dialect
   * @throws SQLException if the metadata cannot be read
   * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
   */
  public static Dialect of(DatabaseMetaData meta) throws SQLException {
    String product = meta.getDatabaseProductName();
    String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (p.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (p.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "unsupported database '" + product + "': the submission store runs on PostgreSQL or H2");
  }
}
