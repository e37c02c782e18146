package org.epar.cli;

import static org.epar.cli.ServeCommandTest.EN;
import static org.epar.cli.ServeCommandTest.oneLine;
import static org.epar.cli.ServeCommandTest.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.epar.core.privacy.Masking;
import org.epar.grpc.EparClient;
import org.epar.grpc.v1.Submission;
import org.epar.store.EmbeddedPg;
import org.epar.store.SubmissionStores;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code epar serve}'s store options: {@code --data} (H2, the default), {@code --jdbc-url} with
 * {@code --db-user} and the password from the environment only (a real PostgreSQL), {@code --store
 * memory}; what survives a restart; one line for each way the options or the database fail.
 */
class ServeStoreTest {

  static final String CODE = ServeCommandTest.CODE;

  @Test
  void noStoreOption_isH2InEparData() {
    ServeCommand.StoreChoice c = ServeCommand.storeChoice(null, null, null, null, null, EN);
    assertEquals(ServeCommand.StoreChoice.Kind.H2, c.kind());
    assertEquals(Path.of("epar-data"), c.dataDir());
    assertEquals(
        ServeCommand.StoreChoice.Kind.H2,
        ServeCommand.storeChoice("database", Path.of("d"), null, null, null, EN).kind());
    ServeCommand.StoreChoice m = ServeCommand.storeChoice("memory", null, null, null, null, EN);
    assertEquals(10_000, m.capacity());
    assertEquals(1, ServeCommand.storeChoice("memory", null, null, null, 1, EN).capacity());
    ServeCommand.StoreChoice pg =
        ServeCommand.storeChoice(
            null, null, "jdbc:postgresql://db:5432/epar?password=hunter2", "epar", null, EN);
    assertEquals(ServeCommand.StoreChoice.Kind.POSTGRESQL, pg.kind());
    assertFalse(pg.toString().contains("hunter2"), pg::toString);
  }

  @Test
  void optionsThatDoNotGoTogether_oneLine_enAndZh(@TempDir Path dir) throws Exception {
    String t = tokens(dir, "tok-a = " + CODE + "\n").toString();
    String[] base = {"--lang", "en", "serve", "--port", "0", "--tokens", t};
    oneLine(
        run(base, "--store", "memory", "--data", "d"),
        "--store memory keeps nothing: it does not go with --data, --jdbc-url or --db-user");
    oneLine(run(base, "--store", "disk"), "--store disk is not database or memory");
    oneLine(run(base, "--store-capacity", "5"), "--store-capacity applies to --store memory only");
    oneLine(
        run(base, "--store", "memory", "--store-capacity", "0"),
        "--store-capacity 0 is not positive");
    oneLine(
        run(base, "--data", "d", "--jdbc-url", "jdbc:postgresql://h/db", "--db-user", "u"),
        "--data and --jdbc-url exclude each other");
    oneLine(
        run(base, "--jdbc-url", "jdbc:mysql://h/db?password=hunter2", "--db-user", "u"),
        "--jdbc-url jdbc:mysql://h/db is not a PostgreSQL URL");
    oneLine(
        run(base, "--jdbc-url", "jdbc:postgresql://h/db"),
        "--jdbc-url needs --db-user (the password comes from the environment variable "
            + "EPAR_DB_PASSWORD)");
    oneLine(run(base, "--db-user", "u"), "--db-user needs --jdbc-url");
    String[] zh = base.clone();
    zh[1] = "zh";
    oneLine(
        run(zh, "--data", "d", "--jdbc-url", "jdbc:postgresql://h/db", "--db-user", "u"),
        "--data 与 --jdbc-url 不能同时使用");
    assertFalse(Files.exists(Path.of("epar-data")), "no option mistake creates ./epar-data");
  }

  @Test
  void redactUrl_dropsQueryAndUserInformation() {
    assertEquals(
        "jdbc:postgresql://db:5432/epar",
        ServeCommand.redactUrl("jdbc:postgresql://db:5432/epar?user=a&password=s3"));
    assertEquals(
        "jdbc:postgresql://db/epar", ServeCommand.redactUrl("jdbc:postgresql://epar:s3@db/epar"));
    assertEquals("jdbc:postgresql://db/e@x", ServeCommand.redactUrl("jdbc:postgresql://db/e@x"));
  }

  @Test
  void h2_keepsSubmissionsAcrossARestart_resendAnswersTheOriginal(@TempDir Path dir)
      throws Exception {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    Path data = dir.resolve("data");
    ServeCommand.Settings s = settings(t, ServeCommand.StoreChoice.h2(data));
    Submission first;
    var report = ServeCrashTest.monthly(new Random(1), 3);
    try (ServeCommand.Running r = ServeCommand.start(s, Profiles.builtIn("daming-2017"), EN, "");
        EparClient c = client(r)) {
      assertTrue(
          r.where()
              .matches(
                  "Submissions stored in H2 2\\.\\S+ .* at .*data " + "\\(schema up to date\\)\\."),
          r::where);
      first = c.submitMonthly(report, "keep-1");
    }
    assertTrue(Files.exists(data.resolve(SubmissionStores.H2_FILE + ".mv.db")));
    try (ServeCommand.Running r = ServeCommand.start(s, Profiles.builtIn("daming-2017"), EN, "");
        EparClient c = client(r)) {
      assertEquals(1, c.listSubmissions(10, "").getSubmissionsCount());
      assertEquals(first, c.getSubmission(first.getName()));
      assertEquals(first.getName(), c.submitMonthly(report, "keep-1").getName());
      assertEquals(1, c.listSubmissions(10, "").getSubmissionsCount());
    }
  }

  @Test
  void h2_directoryInUseByAnotherServer_oneLine(@TempDir Path dir) throws Exception {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    Path data = dir.resolve("data");
    try (ServeCommand.Running r =
        ServeCommand.start(
            settings(t, ServeCommand.StoreChoice.h2(data)),
            Profiles.builtIn("daming-2017"),
            EN,
            "")) {
      assertTrue(r.server().port() > 0);
      try (ChildServe other =
          ChildServe.start(
              dir.resolve("logs"),
              Map.of(),
              "--lang",
              "en",
              "serve",
              "--port",
              "0",
              "--tokens",
              t.toString(),
              "--data",
              data.toString())) {
        assertEquals(Epar.USAGE, other.awaitExit(), other::logs);
        String err = Files.readString(other.err);
        assertTrue(
            err.contains(
                "the data directory "
                    + Masking.text(data.toAbsolutePath().toString())
                    + " is in use by another process"),
            other::logs);
        assertFalse(err.contains("\tat "), other::logs);
      }
    }
  }

  @Test
  void h2_dataPathIsAFile_oneLine(@TempDir Path dir) throws Exception {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    oneLine(
        Run.epar(
            "--lang",
            "en",
            "serve",
            "--port",
            "0",
            "--tokens",
            t.toString(),
            "--data",
            file.toString()),
        "cannot create the data directory " + file);
  }

  @Test
  void postgres_migratesSaysWhichDatabase_keepsSubmissionsAcrossARestart(@TempDir Path dir)
      throws Exception {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    String url = EmbeddedPg.url(EmbeddedPg.newDatabase());
    ServeCommand.Settings s = settings(t, ServeCommand.StoreChoice.postgres(url, "postgres"));
    Submission first;
    var report = ServeCrashTest.daily(new Random(2), 4);
    try (ServeCommand.Running r = ServeCommand.start(s, Profiles.builtIn("daming-2017"), EN, "");
        EparClient c = client(r)) {
      assertTrue(r.where().startsWith("Submissions stored in PostgreSQL "), r::where);
      assertTrue(r.where().contains(" at " + url + " "), r::where);
      first = c.submitDaily(report, "pg-1");
    }
    try (ServeCommand.Running r = ServeCommand.start(s, Profiles.builtIn("daming-2017"), EN, "");
        EparClient c = client(r)) {
      assertEquals(first, c.getSubmission(first.getName()));
      assertEquals(first.getName(), c.submitDaily(report, "pg-1").getName());
    }
  }

  @Test
  void postgres_unreachable_oneLine_thePasswordNowhere(@TempDir Path dir) throws Exception {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    String secret = "pw-" + Long.toHexString(new Random().nextLong());
    try (ChildServe child =
        ChildServe.start(
            dir.resolve("logs"),
            Map.of(ServeCommand.PASSWORD_ENV, secret),
            "--lang",
            "en",
            "serve",
            "--port",
            "0",
            "--tokens",
            t.toString(),
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/epar?connectTimeout=5&password=" + secret,
            "--db-user",
            "epar")) {
      assertEquals(Epar.USAGE, child.awaitExit(), child::logs);
      String err = Files.readString(child.err);
      assertTrue(
          err.contains(
              "cannot open the submission database " + "jdbc:postgresql://127.0.0.1:1/epar: "),
          child::logs);
      assertFalse(child.logs().contains(secret), child::logs);
      assertFalse(err.contains("\tat "), child::logs);
    }
  }

  @Test
  void inMemorySettings_refuseTheDatabaseOnlyEntryPoint(@TempDir Path dir) throws Exception {
    Path t = tokens(dir, "tok-a = " + CODE + "\n");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ServeCommand.start(
                settings(t, ServeCommand.StoreChoice.h2(dir)),
                Profiles.builtIn("daming-2017"),
                EN));
  }

  private static ServeCommand.Settings settings(Path tokens, ServeCommand.StoreChoice store) {
    return new ServeCommand.Settings(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        tokens,
        null,
        null,
        null,
        store);
  }

  private static EparClient client(ServeCommand.Running r) {
    return EparClient.builder()
        .target("127.0.0.1:" + r.server().port())
        .credentials("tok-a")
        .deadline(Duration.ofSeconds(60))
        .build();
  }

  private static Run run(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return Run.epar(all);
  }
}
