package org.epar.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.epar.assessment.CountyAssessor;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.StaticTokenAuthenticator;
import org.epar.grpc.spi.Principal;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.store.JdbcSubmissionStore;
import org.epar.store.StoreException;
import org.epar.store.SubmissionStores;
import org.epar.validation.Profile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epar serve}: the embedded reporting server. It keeps submissions in a database: H2 in
 * {@code --data DIR} (default {@value #DEFAULT_DATA}) unless {@code --jdbc-url} names a PostgreSQL
 * database (user {@code --db-user}, password only from the environment variable {@value
 * #PASSWORD_ENV}); {@code --store memory} keeps them in memory instead, for demos and tests. It
 * listens on the loopback interface unless {@code --listen} names another address, in plaintext
 * unless {@code --tls-cert} and {@code --tls-key} are given ({@code --client-ca} adds mutual TLS).
 * Tokens come from a strictly parsed file (see {@link TokensFile}); a production platform brings
 * its own authenticator (see the platform-server example). {@code GetAssessment} and {@code
 * ListCountyAssessments} assess, over the same store, the counties of {@code --assess-county} (by
 * default those of the county tokens), reporting expected from {@code --programme-start}. Before
 * the port opens the server warms up ({@link EparServer.Builder#warmUp(boolean)}) unless {@code
 * --no-warm-up} is given.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  /** The address {@code epar serve} listens on without {@code --listen}. */
  static final String DEFAULT_HOST = "127.0.0.1";

  /** The data directory of the embedded database without {@code --data} or {@code --jdbc-url}. */
  static final String DEFAULT_DATA = "epar-data";

  /** The environment variable the PostgreSQL password comes from (never an option). */
  static final String PASSWORD_ENV = "EPAR_DB_PASSWORD";

  private final Messages msgs;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--port", defaultValue = "8980", paramLabel = "N", descriptionKey = "serve.port")
  private int port = 8980;

  @Option(names = "--listen", paramLabel = "HOST[:PORT]", descriptionKey = "serve.listen")
  private @Nullable String listen;

  @Option(names = "--tokens", required = true, paramLabel = "FILE", descriptionKey = "serve.tokens")
  private Path tokens = Path.of("tokens.properties");

  @Option(
      names = {"-p", "--profile"},
      defaultValue = "daming-2017",
      paramLabel = "PROFILE",
      descriptionKey = "serve.profile")
  private String profileId = "daming-2017";

  @Option(names = "--store", paramLabel = "KIND", descriptionKey = "serve.store")
  private @Nullable String storeKind;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "serve.data")
  private @Nullable Path data;

  @Option(names = "--jdbc-url", paramLabel = "URL", descriptionKey = "serve.jdbc-url")
  private @Nullable String jdbcUrl;

  @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "serve.db-user")
  private @Nullable String dbUser;

  @Option(names = "--store-capacity", paramLabel = "N", descriptionKey = "serve.store-capacity")
  private @Nullable Integer storeCapacity;

  @Option(names = "--tls-cert", paramLabel = "PEM", descriptionKey = "serve.tls-cert")
  private @Nullable Path tlsCert;

  @Option(names = "--tls-key", paramLabel = "PEM", descriptionKey = "serve.tls-key")
  private @Nullable Path tlsKey;

  @Option(names = "--client-ca", paramLabel = "PEM", descriptionKey = "serve.client-ca")
  private @Nullable Path clientCa;

  @Option(names = "--assess-county", paramLabel = "CODE", descriptionKey = "serve.assess-county")
  private List<String> assessCounties = new ArrayList<>();

  @Option(names = "--no-warm-up", descriptionKey = "serve.no-warm-up")
  private boolean noWarmUp;

  @Option(
      names = "--programme-start",
      paramLabel = "DATE",
      descriptionKey = "serve.programme-start")
  private @Nullable String programmeStartText;

  ServeCommand(Messages msgs) {
    this.msgs = msgs;
  }

  /**
   * What {@code epar serve} was asked to do, checked.
   *
   * @param address the address to listen on
   * @param tokensFile the tokens file
   * @param tlsCert the server certificate chain (PEM), or null for plaintext
   * @param tlsKey the server's private key (PKCS#8 PEM), or null for plaintext
   * @param clientCa the CA certificates of client certificates (PEM), or null for no mTLS
   * @param store where submissions are kept
   * @param assessment which counties the assessment RPCs assess, and from when
   */
  record Settings(
      InetSocketAddress address,
      Path tokensFile,
      @Nullable Path tlsCert,
      @Nullable Path tlsKey,
      @Nullable Path clientCa,
      StoreChoice store,
      AssessChoice assessment) {

    /**
     * With the default assessment: the counties of the county tokens, from 1 January of this year.
     *
     * @param store where submissions are kept
     */
    Settings(
        InetSocketAddress address,
        Path tokensFile,
        @Nullable Path tlsCert,
        @Nullable Path tlsKey,
        @Nullable Path clientCa,
        StoreChoice store) {
      this(address, tokensFile, tlsCert, tlsKey, clientCa, store, AssessChoice.DEFAULT);
    }

    /**
     * With the in-memory store of {@code storeCapacity} submissions.
     *
     * @param storeCapacity the most submissions the in-memory store keeps (then STORE_FULL)
     */
    Settings(
        InetSocketAddress address,
        Path tokensFile,
        @Nullable Path tlsCert,
        @Nullable Path tlsKey,
        @Nullable Path clientCa,
        int storeCapacity) {
      this(address, tokensFile, tlsCert, tlsKey, clientCa, StoreChoice.memory(storeCapacity));
    }

    /** Plaintext on the loopback interface, the in-memory store at its default capacity. */
    static Settings loopback(int port, Path tokensFile) {
      return new Settings(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
          tokensFile,
          null,
          null,
          null,
          InMemorySubmissionStore.DEFAULT_CAPACITY);
    }
  }

  /**
   * Which counties {@code GetAssessment} and {@code ListCountyAssessments} assess: those named
   * (6-digit county codes), or when none are named, those of the tokens file's {@code county:}
   * tokens; reporting is expected from {@code programmeStart}, or when null from 1 January of the
   * year the server starts (in China), as {@code epar assess} does for a current as-of date.
   *
   * @param counties the counties named with {@code --assess-county}, checked
   * @param programmeStart the first day reporting is expected, or null for the default
   */
  record AssessChoice(List<String> counties, @Nullable LocalDate programmeStart) {

    /** The counties of the county tokens, from 1 January of this year. */
    static final AssessChoice DEFAULT = new AssessChoice(List.of(), null);

    AssessChoice {
      counties = List.copyOf(counties);
    }
  }

  /**
   * The assessment options, checked: every {@code --assess-county} a 6-digit county code, {@code
   * --programme-start} a date.
   */
  static AssessChoice assessChoice(
      List<String> counties, @Nullable String programmeStart, Messages msgs) {
    for (String c : counties) {
      if (!isCounty(c)) {
        throw new Failures.CliException(msgs.get("serve.bad-assess-county", c));
      }
    }
    LocalDate start = null;
    if (programmeStart != null) {
      try {
        start = LocalDate.parse(programmeStart);
      } catch (DateTimeParseException e) {
        throw new Failures.CliException(msgs.get("serve.bad-programme-start", programmeStart));
      }
    }
    return new AssessChoice(counties, start);
  }

  private static boolean isCounty(String code) {
    if (!code.matches("\\d{6}")) {
      return false;
    }
    try {
      return DivisionCode.of(code).isAtLevel(DivisionLevel.COUNTY);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The county assessor behind the assessment RPCs, over {@code store}: the counties of {@code
   * choice}, else those of the county tokens in {@code tokens} (token to principal); null when
   * there are none (the RPCs then answer ASSESSMENT_UNAVAILABLE).
   */
  static @Nullable CountyAssessor assessor(
      AssessChoice choice, Map<String, Principal> tokens, SubmissionStore store, Profile profile) {
    TreeSet<String> counties = new TreeSet<>(choice.counties());
    if (counties.isEmpty()) {
      for (Principal p : tokens.values()) {
        if (p.role() == Principal.Role.COUNTY && p.division() != null) {
          counties.add(Objects.requireNonNull(p.division()).value().substring(0, 6));
        }
      }
    }
    if (counties.isEmpty()) {
      return null;
    }
    LocalDate start =
        choice.programmeStart() != null
            ? choice.programmeStart()
            : LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1);
    CountyAssessor.Builder b =
        CountyAssessor.builder().store(store).programmeStart(Objects.requireNonNull(start));
    counties.forEach(c -> b.profile(c, profile));
    return b.build();
  }

  /**
   * Where {@code epar serve} keeps submissions: in memory ({@code capacity} of them), in H2 in
   * {@code dataDir}, or in the PostgreSQL database {@code jdbcUrl} as {@code dbUser}. It carries no
   * password: that is read from {@value #PASSWORD_ENV} when the store is opened.
   *
   * @param kind which store
   * @param capacity the in-memory store's capacity (memory only)
   * @param dataDir the H2 data directory (h2 only)
   * @param jdbcUrl the PostgreSQL JDBC URL (postgresql only)
   * @param dbUser the PostgreSQL user (postgresql only)
   */
  record StoreChoice(
      Kind kind,
      int capacity,
      @Nullable Path dataDir,
      @Nullable String jdbcUrl,
      @Nullable String dbUser) {

    /** The three stores. */
    enum Kind {
      MEMORY,
      H2,
      POSTGRESQL
    }

    static StoreChoice memory(int capacity) {
      return new StoreChoice(Kind.MEMORY, capacity, null, null, null);
    }

    static StoreChoice h2(Path dataDir) {
      return new StoreChoice(Kind.H2, 0, dataDir, null, null);
    }

    static StoreChoice postgres(String jdbcUrl, String dbUser) {
      return new StoreChoice(Kind.POSTGRESQL, 0, null, jdbcUrl, dbUser);
    }

    /** Without the URL's query and user information, where a password could be. */
    @Override
    public String toString() {
      return switch (kind) {
        case MEMORY -> "memory(" + capacity + ")";
        case H2 -> "h2(" + dataDir + ")";
        case POSTGRESQL -> "postgresql(" + redactUrl(Objects.requireNonNull(jdbcUrl)) + ")";
      };
    }
  }

  /**
   * The store options, checked: {@code --store memory} (with {@code --store-capacity}), {@code
   * --jdbc-url} with {@code --db-user}, or {@code --data} (default {@value #DEFAULT_DATA}).
   *
   * @throws Failures.CliException for an unknown kind or options that do not go together
   */
  static StoreChoice storeChoice(
      @Nullable String kind,
      @Nullable Path data,
      @Nullable String jdbcUrl,
      @Nullable String dbUser,
      @Nullable Integer capacity,
      Messages msgs) {
    String k = kind == null ? "database" : kind.strip().toLowerCase(java.util.Locale.ROOT);
    if (k.equals("memory")) {
      if (data != null || jdbcUrl != null || dbUser != null) {
        throw new Failures.CliException(msgs.get("serve.memory-and-database"));
      }
      int c = capacity == null ? InMemorySubmissionStore.DEFAULT_CAPACITY : capacity;
      if (c < 1) {
        throw new Failures.CliException(msgs.get("serve.bad-capacity", c));
      }
      return StoreChoice.memory(c);
    }
    if (!k.equals("database")) {
      throw new Failures.CliException(msgs.get("serve.bad-store", kind));
    }
    if (capacity != null) {
      throw new Failures.CliException(msgs.get("serve.capacity-memory-only"));
    }
    if (jdbcUrl != null) {
      if (data != null) {
        throw new Failures.CliException(msgs.get("serve.data-and-jdbc"));
      }
      if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
        throw new Failures.CliException(msgs.get("serve.bad-jdbc-url", redactUrl(jdbcUrl)));
      }
      if (dbUser == null || dbUser.isBlank()) {
        throw new Failures.CliException(msgs.get("serve.jdbc-needs-user", PASSWORD_ENV));
      }
      return StoreChoice.postgres(jdbcUrl, dbUser);
    }
    if (dbUser != null) {
      throw new Failures.CliException(msgs.get("serve.user-needs-jdbc"));
    }
    return StoreChoice.h2(data != null ? data : Path.of(DEFAULT_DATA));
  }

  /**
   * A JDBC URL fit to print: without its query ({@code ?password=...}) and without user information
   * ({@code //user:secret@host}).
   */
  static String redactUrl(String url) {
    String u = url;
    int query = u.indexOf('?');
    if (query >= 0) {
      u = u.substring(0, query);
    }
    int semicolon = u.indexOf(';');
    if (semicolon >= 0) {
      u = u.substring(0, semicolon);
    }
    int slashes = u.indexOf("//");
    int at = u.indexOf('@', Math.max(slashes, 0));
    if (slashes >= 0 && at > slashes) {
      int path = u.indexOf('/', slashes + 2);
      if (path < 0 || at < path) {
        u = u.substring(0, slashes + 2) + u.substring(at + 1);
      }
    }
    return u;
  }

  /** An opened store, what to close, and a line saying where submissions are kept. */
  record OpenedStore(SubmissionStore store, @Nullable AutoCloseable resource, String where) {}

  /**
   * Opens (and for a database, migrates) the store of {@code choice}.
   *
   * @param password the PostgreSQL password (from {@value #PASSWORD_ENV}; empty when unset)
   * @throws Failures.CliException with one line when the database cannot be opened
   */
  static OpenedStore openStore(StoreChoice choice, String password, Messages msgs) {
    switch (choice.kind()) {
      case MEMORY -> {
        return new OpenedStore(
            new InMemorySubmissionStore(choice.capacity()),
            null,
            msgs.get("serve.store-memory", choice.capacity()));
      }
      case H2 -> {
        Path dir = Objects.requireNonNull(choice.dataDir()).toAbsolutePath().normalize();
        JdbcSubmissionStore store;
        try {
          store = SubmissionStores.h2(dir);
        } catch (UncheckedIOException e) {
          throw new Failures.CliException(
              msgs.get("serve.bad-data-dir", dir, reason(e.getCause())));
        } catch (StoreException e) {
          if (h2InUse(e)) {
            throw new Failures.CliException(msgs.get("serve.data-in-use", dir));
          }
          throw new Failures.CliException(msgs.get("serve.cannot-open-store", dir, rootMessage(e)));
        }
        return new OpenedStore(
            store, store, msgs.get("serve.store-database", describe(store), dir));
      }
      case POSTGRESQL -> {
        String where = redactUrl(Objects.requireNonNull(choice.jdbcUrl()));
        JdbcSubmissionStore store;
        try {
          store =
              SubmissionStores.postgres(
                  choice.jdbcUrl(), Objects.requireNonNull(choice.dbUser()), password);
        } catch (StoreException | IllegalArgumentException e) {
          throw new Failures.CliException(
              msgs.get("serve.cannot-open-store", where, withoutSecret(rootMessage(e), password)));
        }
        return new OpenedStore(
            store, store, msgs.get("serve.store-database", describe(store), where));
      }
      default -> throw new IllegalStateException(choice.kind().name());
    }
  }

  private static String describe(JdbcSubmissionStore store) {
    try {
      return store.database();
    } catch (StoreException e) {
      return store.dialect();
    }
  }

  /** H2's "database already open" (error 90020): another process holds the directory's file. */
  private static boolean h2InUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
        return true;
      }
    }
    return false;
  }

  private static String withoutSecret(String message, String password) {
    return password.isEmpty() ? message : message.replace(password, "***");
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    StoreChoice store = storeChoice(storeKind, data, jdbcUrl, dbUser, storeCapacity, msgs);
    Settings settings =
        new Settings(
            address(listen, port, msgs),
            tokens,
            tlsCert,
            tlsKey,
            clientCa,
            store,
            assessChoice(assessCounties, programmeStartText, msgs));
    checkTlsOptions(settings, msgs);
    if (!noWarmUp) {
      out.println(msgs.get("serve.warming-up"));
      out.flush();
    }
    long started = System.nanoTime();
    Running running =
        start(
            settings,
            ProfileOption.resolve(profileId, msgs),
            msgs,
            Objects.requireNonNullElse(System.getenv(PASSWORD_ENV), ""),
            !noWarmUp);
    if (!noWarmUp) {
      out.println(msgs.get("serve.warmed-up", (System.nanoTime() - started) / 1_000_000));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "epar-serve-shutdown"));
    String mode =
        settings.clientCa() != null
            ? "mTLS"
            : settings.tlsCert() != null ? "TLS" : msgs.get("serve.plaintext");
    out.println(running.where());
    out.println(
        msgs.get(
            "serve.listening",
            hostText(settings.address()) + ":" + running.server().port(),
            profileId,
            mode));
    out.flush();
    running.server().awaitTermination();
    return Epar.OK;
  }

  /**
   * A started server and its store; closing stops the server, then closes the store.
   *
   * @param server the started server
   * @param store the opened store
   */
  record Running(EparServer server, OpenedStore store) implements AutoCloseable {

    /** The line saying where submissions are kept (no credentials). */
    String where() {
      return store.where();
    }

    @Override
    public void close() {
      server.close();
      closeQuietly(store);
    }
  }

  private static void closeQuietly(OpenedStore store) {
    if (store.resource() != null) {
      try {
        Objects.requireNonNull(store.resource()).close();
      } catch (Exception e) {
        // the process is stopping; the database has committed everything acknowledged
      }
    }
  }

  /**
   * The address of {@code --listen}: {@code HOST:PORT}, {@code [IPv6]:PORT}, or an address alone
   * (then with {@code port}); without {@code --listen}, the loopback address {@value #DEFAULT_HOST}
   * with {@code port}.
   */
  static InetSocketAddress address(@Nullable String listen, int port, Messages msgs) {
    String host = DEFAULT_HOST;
    int p = port;
    if (listen != null) {
      String text = listen.strip();
      String portText = null;
      if (text.startsWith("[")) {
        int close = text.indexOf(']');
        if (close < 0 || close + 1 < text.length() && text.charAt(close + 1) != ':') {
          throw new Failures.CliException(msgs.get("serve.bad-listen", listen));
        }
        host = text.substring(1, close);
        portText = close + 1 < text.length() ? text.substring(close + 2) : null;
      } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
        host = text.substring(0, text.indexOf(':'));
        portText = text.substring(text.indexOf(':') + 1);
      } else {
        host = text;
      }
      if (host.isEmpty()) {
        throw new Failures.CliException(msgs.get("serve.bad-listen", listen));
      }
      if (portText != null) {
        p = parsePort(portText, listen, msgs);
      }
    }
    if (p < 0 || p > 65_535) {
      throw new Failures.CliException(msgs.get("serve.bad-port", String.valueOf(p)));
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), p);
    } catch (UnknownHostException | SecurityException e) {
      throw new Failures.CliException(msgs.get("serve.unknown-host", host));
    }
  }

  private static int parsePort(String text, String listen, Messages msgs) {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Failures.CliException(msgs.get("serve.bad-listen", listen));
    }
    return Integer.parseInt(text);
  }

  /** Builds and starts a plaintext server on the loopback interface; the caller closes it. */
  static EparServer start(int port, Path tokensFile, Profile profile, Messages msgs) {
    return start(Settings.loopback(port, tokensFile), profile, msgs);
  }

  /**
   * Builds and starts a server with the in-memory store of {@code settings}; the caller closes it.
   *
   * @throws Failures.CliException as {@link #start(Settings, Profile, Messages, String)}
   * @throws IllegalArgumentException if the settings name a database store
   */
  static EparServer start(Settings settings, Profile profile, Messages msgs) {
    if (settings.store().kind() != StoreChoice.Kind.MEMORY) {
      throw new IllegalArgumentException("a database store needs start(..., password)");
    }
    return start(settings, profile, msgs, "").server();
  }

  /**
   * Builds and starts the server on its store (a database one is opened and migrated first); the
   * caller closes what it returns.
   *
   * @param password the PostgreSQL password, from {@value #PASSWORD_ENV} (empty if unset)
   * @throws Failures.CliException with one clear line for a bad tokens file, an unreadable or
   *     invalid certificate or key, a database that cannot be opened, a port in use, or any other
   *     reason the server cannot start
   */
  static Running start(Settings settings, Profile profile, Messages msgs, String password) {
    return start(settings, profile, msgs, password, false);
  }

  /**
   * As {@link #start(Settings, Profile, Messages, String)}, with the server's warm-up before its
   * port opens when {@code warmUp} ({@code epar serve} without {@code --no-warm-up}).
   */
  static Running start(
      Settings settings, Profile profile, Messages msgs, String password, boolean warmUp) {
    checkTlsOptions(settings, msgs);
    Map<String, Principal> tokens = TokensFile.read(settings.tokensFile(), msgs);
    StaticTokenAuthenticator auth = StaticTokenAuthenticator.fromMap(tokens);
    @Nullable File @Nullable [] tls =
        settings.tlsCert() == null ? null : checkedTls(settings, msgs);
    OpenedStore opened = openStore(settings.store(), password, msgs);
    try {
      CountyAssessor assessor = assessor(settings.assessment(), tokens, opened.store(), profile);
      return new Running(
          start(settings, auth, tls, opened.store(), assessor, profile, msgs, warmUp), opened);
    } catch (RuntimeException e) {
      closeQuietly(opened);
      throw e;
    }
  }

  /** The certificate, key and (or null) client CA files, checked. */
  private static @Nullable File[] checkedTls(Settings settings, Messages msgs) {
    File cert = readableCertificates(Objects.requireNonNull(settings.tlsCert()), msgs);
    File key = readableKey(Objects.requireNonNull(settings.tlsKey()), msgs);
    checkPair(settings.tlsCert(), settings.tlsKey(), msgs);
    File ca =
        settings.clientCa() == null
            ? null
            : readableCertificates(Objects.requireNonNull(settings.clientCa()), msgs);
    return new File[] {cert, key, ca};
  }

  private static EparServer start(
      Settings settings,
      StaticTokenAuthenticator auth,
      @Nullable File @Nullable [] tls,
      SubmissionStore store,
      @Nullable CountyAssessor assessor,
      Profile profile,
      Messages msgs,
      boolean warmUp) {
    EparServer.Builder builder =
        EparServer.builder()
            .warmUp(warmUp)
            .listen(settings.address())
            .store(store)
            .authenticator(auth)
            .validator(ReportChecks.validator(profile));
    if (assessor != null) {
      builder.assessor(assessor.asGrpcAssessor());
    }
    if (tls != null) {
      if (tls[2] != null) {
        builder.mutualTls(tls[0], tls[1], tls[2]);
      } else {
        builder.tls(tls[0], tls[1]);
      }
    }
    EparServer server;
    try {
      server = builder.build();
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new Failures.CliException(msgs.get("serve.bad-tls", rootMessage(e)));
    }
    try {
      return server.start();
    } catch (RuntimeException e) {
      server.close();
      String where = hostText(settings.address()) + ":" + settings.address().getPort();
      if (causedBy(e, BindException.class) || messageSays(e, "Address already in use")) {
        throw new Failures.CliException(msgs.get("serve.port-in-use", where));
      }
      if (settings.tlsCert() != null
          && causedBy(
              e,
              javax.net.ssl.SSLException.class,
              java.security.GeneralSecurityException.class,
              IllegalArgumentException.class)) {
        throw new Failures.CliException(msgs.get("serve.bad-tls", rootMessage(e)));
      }
      throw new Failures.CliException(msgs.get("serve.cannot-start", where, rootMessage(e)));
    }
  }

  private static void checkTlsOptions(Settings s, Messages msgs) {
    if ((s.tlsCert() == null) != (s.tlsKey() == null)) {
      throw new Failures.CliException(msgs.get("serve.tls-pair"));
    }
    if (s.clientCa() != null && s.tlsCert() == null) {
      throw new Failures.CliException(msgs.get("serve.client-ca-needs-tls"));
    }
  }

  /** The file, after checking it can be read and holds at least one PEM X.509 certificate. */
  private static File readableCertificates(Path file, Messages msgs) {
    byte[] bytes = readAll(file, msgs);
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
        throw new Failures.CliException(msgs.get("serve.bad-certificate", file));
      }
    } catch (CertificateException | IOException e) {
      throw new Failures.CliException(msgs.get("serve.bad-certificate", file));
    }
    return file.toFile();
  }

  /** The file, after checking it can be read and holds a PEM private key. */
  private static File readableKey(Path file, Messages msgs) {
    String text = new String(readAll(file, msgs), java.nio.charset.StandardCharsets.US_ASCII);
    if (!text.matches(
        "(?s).*-----BEGIN ([A-Z]+ )?PRIVATE KEY-----.*-----END ([A-Z]+ )?PRIVATE KEY-----.*")) {
      throw new Failures.CliException(msgs.get("serve.bad-key", file));
    }
    return file.toFile();
  }

  /**
   * Checks that the key belongs to the first certificate of the chain: it signs a challenge that
   * the certificate's public key verifies. Netty would only notice at the first handshake.
   */
  private static void checkPair(Path certFile, Path keyFile, Messages msgs) {
    try (InputStream in = Files.newInputStream(certFile)) {
      java.security.cert.Certificate cert =
          CertificateFactory.getInstance("X.509").generateCertificates(in).iterator().next();
      java.security.PublicKey pub = cert.getPublicKey();
      String pem = Files.readString(keyFile, java.nio.charset.StandardCharsets.US_ASCII);
      int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
      int end = pem.indexOf("-----END PRIVATE KEY-----");
      if (begin < 0 || end < begin) {
        throw new Failures.CliException(msgs.get("serve.bad-tls", msgs.get("serve.not-pkcs8")));
      }
      byte[] der =
          java.util.Base64.getMimeDecoder()
              .decode(pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end));
      java.security.PrivateKey key =
          java.security.KeyFactory.getInstance(pub.getAlgorithm())
              .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
      String algorithm =
          switch (pub.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed448" -> "Ed448";
            case "EdDSA", "Ed25519" -> "Ed25519";
            default -> null;
          };
      if (algorithm == null) {
        return;
      }
      byte[] challenge =
          "epar serve key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      java.security.Signature signer = java.security.Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
      verifier.initVerify(pub);
      verifier.update(challenge);
      if (!verifier.verify(signature)) {
        throw new Failures.CliException(msgs.get("serve.bad-tls", msgs.get("serve.key-mismatch")));
      }
    } catch (IOException
        | java.security.GeneralSecurityException
        | IllegalArgumentException
        | java.util.NoSuchElementException e) {
      throw new Failures.CliException(msgs.get("serve.bad-tls", rootMessage(e)));
    }
  }

  private static byte[] readAll(Path file, Messages msgs) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      throw new Failures.CliException(msgs.get("error.read", file, reason(e)));
    }
  }

  /** An I/O failure in words, without the path the message already names. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return "not readable";
  }

  private static String hostText(InetSocketAddress a) {
    String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
    return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
  }

  @SafeVarargs
  private static boolean causedBy(Throwable e, Class<? extends Throwable>... types) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(t)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Whether a message in the failure chain contains {@code text} (Netty's native bind error). */
  private static boolean messageSays(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message of a failure chain, on one line. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return m.replaceAll("\\s+", " ").strip();
  }
}
