package org.epar.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * One real PostgreSQL per test JVM (zonky's binaries from Maven Central, nothing installed), and a
 * fresh database in it per test.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root. There, the binaries are repacked once
 * with {@code initdb}, {@code pg_ctl} and {@code postgres} behind a two-line shell wrapper that
 * runs them in a new user namespace ({@code unshare -U}), where they are the unprivileged user
 * {@code nobody}; file access stays the caller's. As any other user the binaries run unchanged.
 */
public final class EmbeddedPg {

  private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");
  private static final String WRAPPER =
      "#!/bin/sh\n"
          + "# EPAR tests: PostgreSQL will not run as root; run it as nobody in a user namespace\n"
          + "if [ \"$(id -u)\" = 0 ]; then exec unshare -U \"$0.real\" \"$@\"; fi\n"
          + "exec \"$0.real\" \"$@\"\n";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPg() {}

  /** The server, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setPgBinaryResolver(resolver()).start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres s = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      s.close();
                    } catch (IOException e) {
                      // the JVM is exiting; the data directory is a temporary one
                    }
                  }));
    }
    return server;
  }

  /** A new, empty database; its name. */
  public static String newDatabase() {
    String name = "epar_test_" + DATABASES.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return name;
  }

  /** A data source on a database. */
  public static DataSource dataSource(String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {server().getPort()});
    ds.setDatabaseName(database);
    ds.setUser("postgres");
    return ds;
  }

  /** The JDBC URL of a database (user postgres, trust authentication). */
  public static String url(String database) {
    return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
  }

  private static PgBinaryResolver resolver() {
    if (!isRoot()) {
      return DefaultPostgresBinaryResolver.INSTANCE;
    }
    return new PgBinaryResolver() {
      private byte[] repacked;

      @Override
      public synchronized InputStream getPgBinary(String system, String machineHardware)
          throws IOException {
        if (repacked == null) {
          repacked =
              repack(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware));
        }
        return new ByteArrayInputStream(repacked);
      }
    };
  }

  private static boolean isRoot() {
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      return false;
    }
    try {
      Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      p.waitFor();
      return out.equals("0");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The archive with the three server programs renamed to *.real and wrapped; deterministic. */
  private static byte[] repack(InputStream txz) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(48 << 20);
    try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(txz));
        TarArchiveOutputStream out =
            new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options(0)))) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      TarArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (WRAPPED.contains(e.getName()) && e.isFile()) {
          TarArchiveEntry real = new TarArchiveEntry(e.getName() + ".real");
          real.setMode(e.getMode());
          real.setSize(e.getSize());
          real.setModTime(e.getModTime());
          out.putArchiveEntry(real);
          in.transferTo(out);
          out.closeArchiveEntry();
          byte[] script = WRAPPER.getBytes(StandardCharsets.US_ASCII);
          TarArchiveEntry wrapper = new TarArchiveEntry(e.getName());
          wrapper.setMode(0755);
          wrapper.setSize(script.length);
          wrapper.setModTime(e.getModTime());
          out.putArchiveEntry(wrapper);
          out.write(script);
          out.closeArchiveEntry();
        } else {
          out.putArchiveEntry(e);
          if (e.isFile()) {
            in.transferTo(out);
          }
          out.closeArchiveEntry();
        }
      }
    }
    return bytes.toByteArray();
  }
}
