package org.epar.grpc;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.TlsServerCredentials;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.epar.core.period.DeadlinePolicy;
import org.epar.grpc.internal.AuthInterceptor;
import org.epar.grpc.internal.ContractorLimits;
import org.epar.grpc.internal.MalformedMessages;
import org.epar.grpc.internal.NettyLogGuard;
import org.epar.grpc.internal.PageTokens;
import org.epar.grpc.internal.ReportingServiceImpl;
import org.epar.grpc.internal.ServerSettings;
import org.epar.grpc.internal.SizeLimitInterceptor;
import org.epar.grpc.internal.WarmUp;
import org.epar.grpc.spi.Assessor;
import org.epar.grpc.spi.Authenticator;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.grpc.v1.ReportingServiceGrpc;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's reporting server: the {@code epar.v1.ReportingService} with authentication,
 * validation, idempotency, timeliness and limits, plus the gRPC health and reflection services.
 *
 * <pre>{@code
 * try (EparServer server = EparServer.builder()
 *     .port(8443)
 *     .tls(new File("server.crt"), new File("server.key"))
 *     .authenticator(StaticTokenAuthenticator.fromProperties(tokens))
 *     .validator(ProfileReportValidator.builder()           // sdk-validation's rules
 *         .profile(DivisionCode.of("130425"), Profiles.builtIn("daming-2017"))
 *         .defaultProfile(Profiles.builtIn("henan-2018"))
 *         .build())
 *     .store(myDatabaseStore)            // default: InMemorySubmissionStore
 *     .build()
 *     .start()) {
 *   server.awaitTermination();
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} shuts down gracefully, waiting up to five seconds for calls in
 * flight.
 *
 * @since 0.1.0
 */
public final class EparServer implements AutoCloseable {

  /**
   * Most records of one daily report stream by default: 50,000, so that validating a whole stream
   * at its {@code end} stays well under a second of server CPU (docs/performance.md).
   */
  public static final int DEFAULT_MAX_RECORDS_PER_STREAM = 50_000;

  /** Zone of the default clock: China Standard Time. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The county of the warm-up's reports when the validator names none (Daming, Hebei). */
  static final String WARM_UP_SCOPE = "130425";

  private static final Logger LOG = LoggerFactory.getLogger(EparServer.class);

  private final Server server;
  private final HealthStatusManager health;
  private final boolean inProcess;
  private final ScheduledExecutorService timer;
  private final @Nullable Function<ServerInterceptor, ServerServiceDefinition> warmUpService;
  private final String warmUpScope;
  private final int warmUpRounds;
  private final int warmUpMaxRounds;
  private final int maxMessageBytes;

  private EparServer(
      Server server,
      HealthStatusManager health,
      boolean inProcess,
      ScheduledExecutorService timer,
      @Nullable Function<ServerInterceptor, ServerServiceDefinition> warmUpService,
      String warmUpScope,
      int warmUpRounds,
      int warmUpMaxRounds,
      int maxMessageBytes) {
    this.server = server;
    this.health = health;
    this.inProcess = inProcess;
    this.timer = timer;
    this.warmUpService = warmUpService;
    this.warmUpScope = warmUpScope;
    this.warmUpRounds = warmUpRounds;
    this.warmUpMaxRounds = warmUpMaxRounds;
    this.maxMessageBytes = maxMessageBytes;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening; with {@link Builder#warmUp(boolean)}, after the warm-up.
   *
   * @return this server
   * @throws UncheckedIOException if the port cannot be bound
   */
  public EparServer start() {
    if (warmUpService != null) {
      WarmUp.Summary w =
          WarmUp.run(
              warmUpService,
              warmUpScope,
              !inProcess,
              maxMessageBytes,
              warmUpRounds,
              warmUpMaxRounds);
      LOG.info(
          "warm-up: {} validate-only calls of every report type and record kind ({} records,"
              + " {} KiB, {} rounds, JIT compilation per round {} ms) through the request path in {}"
              + " ms (process CPU {} ms) before the port opened; nothing stored{}",
          w.requests(),
          w.records(),
          w.bytes() / 1024,
          w.rounds(),
          w.compiledMillis(),
          w.elapsed().toMillis(),
          w.processCpu().isNegative() ? "n/a" : w.processCpu().toMillis(),
          w.unexpected().isEmpty()
              ? ""
              : "; answered other than OK or VALIDATION_FAILED: " + w.unexpected());
    }
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the EPAR server", e);
    }
    health.setStatus("", ServingStatus.SERVING);
    health.setStatus(ReportingServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
    return this;
  }

  /**
   * The port the server listens on, useful after {@code port(0)}.
   *
   * @return the port, or -1 for an in-process server
   */
  public int port() {
    return inProcess ? -1 : server.getPort();
  }

  /**
   * Blocks until the server has shut down.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /**
   * Marks the server NOT_SERVING, stops taking calls and waits up to five seconds for calls in
   * flight.
   */
  @Override
  public void close() {
    health.enterTerminalState();
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      timer.shutdownNow();
    }
  }

  /**
   * Configures an {@link EparServer}. An authenticator and a validator are required; everything
   * else has a default. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable InetSocketAddress address;
    private @Nullable String inProcessName;
    private SubmissionStore store = new InMemorySubmissionStore();
    private @Nullable Authenticator authenticator;
    private @Nullable ReportValidator validator;
    private DeadlinePolicy deadlinePolicy = DeadlinePolicy.defaults();
    private Clock clock = Clock.system(CHINA);
    private @Nullable File certChain;
    private @Nullable File privateKey;
    private @Nullable File trustCerts;
    private int maxInboundMessageSize = 4 * 1024 * 1024;
    private int maxRecordsPerStream = DEFAULT_MAX_RECORDS_PER_STREAM;
    private Duration handshakeTimeout = Duration.ofSeconds(20);
    private Duration maxConnectionIdle = Duration.ofMinutes(5);
    private Duration streamIdleTimeout = Duration.ofSeconds(30);
    private int maxStreamsPerContractor = 8;
    private long maxBufferedBytesPerContractor = 64L * 1024 * 1024;
    private byte @Nullable [] pageTokenKey;
    private @Nullable Assessor assessor;
    private boolean warmUp;
    private int warmUpRounds = WarmUp.ROUNDS;
    private int warmUpMaxRounds = WarmUp.MAX_ROUNDS;

    private Builder() {}

    /**
     * Listens on this port on all interfaces; 0 picks a free port (see {@link EparServer#port()}).
     *
     * @param port the port, 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      return listen(new InetSocketAddress(port));
    }

    /**
     * Listens on this address only, e.g. {@code new InetSocketAddress("127.0.0.1", 0)}.
     *
     * @param address the address
     * @return this builder
     */
    public Builder listen(InetSocketAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * Serves in-process only, under this name (for tests and embedding), instead of a port.
     *
     * @param name the in-process server name
     * @return this builder
     */
    public Builder inProcess(String name) {
      this.inProcessName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Where submissions are stored; default a new {@link InMemorySubmissionStore}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(SubmissionStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Who the callers are; required.
     *
     * @param authenticator the authenticator
     * @return this builder
     */
    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /**
     * Which rules a report must pass; required (there is no accept-everything default). {@link
     * ProfileReportValidator} runs sdk-validation's rules with the profile of the report's county.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(ReportValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Deadlines for timeliness; default {@link DeadlinePolicy#defaults()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder deadlinePolicy(DeadlinePolicy policy) {
      this.deadlinePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The clock whose date (in the clock's zone) decides timeliness; default the system clock in
     * {@link #CHINA}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Serves TLS with this certificate chain and private key (PEM files the platform supplies).
     *
     * @param certChain the certificate chain, PEM
     * @param privateKey the private key, PKCS#8 PEM
     * @return this builder
     */
    public Builder tls(File certChain, File privateKey) {
      this.certChain = Objects.requireNonNull(certChain, "certChain");
      this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
      this.trustCerts = null;
      return this;
    }

    /**
     * Serves mutual TLS: like {@link #tls(File, File)}, and every client must present a certificate
     * issued by one of {@code trustCerts}. A client certificate with a URI name {@code
     * epar:contractor:CODE}, {@code epar:county:CODE} or {@code epar:province:CODE} is then the
     * caller's principal ({@link CertificatePrincipals}); a token sent as well must name the same
     * principal.
     *
     * @param certChain the certificate chain, PEM
     * @param privateKey the private key, PKCS#8 PEM
     * @param trustCerts the CA certificates that issue client certificates, PEM
     * @return this builder
     */
    public Builder mutualTls(File certChain, File privateKey, File trustCerts) {
      tls(certChain, privateKey);
      this.trustCerts = Objects.requireNonNull(trustCerts, "trustCerts");
      return this;
    }

    /**
     * Largest message the server reads, in bytes; default 4 MiB. A larger message fails with
     * RESOURCE_EXHAUSTED.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     */
    public Builder maxInboundMessageSize(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxInboundMessageSize " + bytes + " is not positive");
      }
      this.maxInboundMessageSize = bytes;
      return this;
    }

    /**
     * Most records one daily report stream may carry; default {@value
     * #DEFAULT_MAX_RECORDS_PER_STREAM}. More fails with RESOURCE_EXHAUSTED, reason
     * TOO_MANY_RECORDS, and stores nothing. A stream's records are validated together at its end,
     * so this bounds the CPU of that one message (docs/performance.md: a 100,000-record end cost
     * 1.5–1.8 s).
     *
     * @param records the limit, at least 1
     * @return this builder
     */
    public Builder maxRecordsPerStream(int records) {
      if (records < 1) {
        throw new IllegalArgumentException("maxRecordsPerStream " + records + " is not positive");
      }
      this.maxRecordsPerStream = records;
      return this;
    }

    /**
     * Time a new connection has to finish its TLS/HTTP2 handshake; default 20 seconds.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder handshakeTimeout(Duration timeout) {
      this.handshakeTimeout = positive(timeout, "handshakeTimeout");
      return this;
    }

    /**
     * Time after which a connection without calls is closed; default 5 minutes.
     *
     * @param idle the idle time, positive
     * @return this builder
     */
    public Builder maxConnectionIdle(Duration idle) {
      this.maxConnectionIdle = positive(idle, "maxConnectionIdle");
      return this;
    }

    /**
     * Longest pause between two messages of a daily report stream; default 30 seconds. A stream
     * idle for longer is closed with DEADLINE_EXCEEDED, reason STREAM_IDLE, and stores nothing.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder streamIdleTimeout(Duration timeout) {
      this.streamIdleTimeout = positive(timeout, "streamIdleTimeout");
      return this;
    }

    /**
     * Most daily report streams one contractor may have open at once; default 8. One more fails
     * with RESOURCE_EXHAUSTED, reason TOO_MANY_STREAMS.
     *
     * @param streams the limit, at least 1
     * @return this builder
     */
    public Builder maxStreamsPerContractor(int streams) {
      if (streams < 1) {
        throw new IllegalArgumentException(
            "maxStreamsPerContractor " + streams + " is not positive");
      }
      this.maxStreamsPerContractor = streams;
      return this;
    }

    /**
     * Most bytes of batches one contractor's open daily streams may hold before they end; default
     * 64 MiB. A batch beyond it fails its stream with RESOURCE_EXHAUSTED, reason TOO_MUCH_BUFFERED.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     */
    public Builder maxBufferedBytesPerContractor(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException(
            "maxBufferedBytesPerContractor " + bytes + " is not positive");
      }
      this.maxBufferedBytesPerContractor = bytes;
      return this;
    }

    /**
     * The HMAC-SHA256 key that signs ListSubmissions page tokens; default a random key per server,
     * so tokens do not survive a restart. Replicas behind one address share a key.
     *
     * @param key the key, at least 16 bytes (32 recommended); copied
     * @return this builder
     */
    public Builder pageTokenKey(byte[] key) {
      if (key.length < 16) {
        throw new IllegalArgumentException(
            "pageTokenKey needs at least 16 bytes, has " + key.length);
      }
      this.pageTokenKey = key.clone();
      return this;
    }

    /**
     * The county assessment behind GetAssessment and ListCountyAssessments; default none (the two
     * RPCs answer UNIMPLEMENTED). sdk-assessment's {@code CountyAssessor#asGrpcAssessor()}
     * implements it over the server's store.
     *
     * @param assessor the assessor
     * @return this builder
     * @since 0.2.0
     */
    public Builder assessor(Assessor assessor) {
      this.assessor = Objects.requireNonNull(assessor, "assessor");
      return this;
    }

    /**
     * Whether {@link EparServer#start()} warms the server up before the port opens; default false
     * (the server kit starts fast, e.g. in tests; {@code epar serve} warms up unless told {@code
     * --no-warm-up}). The warm-up sends representative reports of every report type and record
     * kind, with plain values and values at their longest valid length, through the server's own
     * request path (its marshalling, size limit and service, over Netty on a private loopback port
     * that takes only calls presenting a random secret, or in-process for an in-process server) as
     * validate-only submissions of a warm-up contractor, in rounds, the later ones each after the
     * compilations under way are done and until a round leaves them (nearly) nothing to compile, so
     * that the JIT has compiled that path before the first client's request pays for it. It stores
     * nothing, draws no submission id, touches no contractor's request ids, stream slots or
     * buffered bytes, and logs one INFO line with what it did and how long it took: seconds of CPU
     * (18–24 s, and 15–20 s wall, on a 2-core machine), no new round after 30 s (docs/protocol.md,
     * "Warm-up at start").
     *
     * @param enabled whether to warm up
     * @return this builder
     * @since 0.2.0
     */
    public Builder warmUp(boolean enabled) {
      this.warmUp = enabled;
      return this;
    }

    /**
     * Rounds of the warm-up's corpus, no settling rounds after them (tests: one round sends every
     * shape once).
     */
    Builder warmUpRounds(int rounds) {
      return warmUpRounds(rounds, rounds);
    }

    /** Rounds of the warm-up's corpus, and settling rounds after them up to a maximum (tests). */
    Builder warmUpRounds(int rounds, int max) {
      this.warmUpRounds = rounds;
      this.warmUpMaxRounds = max;
      return this;
    }

    private static Duration positive(Duration d, String what) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " " + d + " is not positive");
      }
      return d;
    }

    /**
     * Builds the server, not yet started.
     *
     * @return the server
     * @throws IllegalStateException if the authenticator or validator is missing, if neither or
     *     both of a port and an in-process name are set, or if TLS is set for an in-process server
     */
    public EparServer build() {
      if (authenticator == null) {
        throw new IllegalStateException("an authenticator is required: call authenticator(...)");
      }
      if (validator == null) {
        throw new IllegalStateException("a validator is required: call validator(...)");
      }
      if ((address == null) == (inProcessName == null)) {
        throw new IllegalStateException("set exactly one of port/listen(...) and inProcess(...)");
      }
      if (inProcessName != null && certChain != null) {
        throw new IllegalStateException("TLS does not apply to an in-process server");
      }
      byte[] key = pageTokenKey;
      if (key == null) {
        key = new byte[32];
        new SecureRandom().nextBytes(key);
      }
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "epar-stream-idle-timer");
                t.setDaemon(true);
                return t;
              });
      var impl =
          new ReportingServiceImpl(
              new ServerSettings(
                  store,
                  validator,
                  deadlinePolicy,
                  clock,
                  maxRecordsPerStream,
                  streamIdleTimeout,
                  new ContractorLimits(maxStreamsPerContractor, maxBufferedBytesPerContractor),
                  new PageTokens(key),
                  timer,
                  assessor));
      HealthStatusManager health = new HealthStatusManager();
      ServerBuilder<?> b;
      if (inProcessName != null) {
        b = InProcessServerBuilder.forName(inProcessName);
      } else {
        NettyLogGuard.install();
        NettyServerBuilder nb =
            NettyServerBuilder.forAddress(address, credentials())
                .handshakeTimeout(handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .maxConnectionIdle(maxConnectionIdle.toMillis(), TimeUnit.MILLISECONDS);
        b = nb;
      }
      int limit = maxInboundMessageSize;
      // the service as the port serves it, with the interceptor that says who calls: the real
      // server's authentication, or the warm-up's secret
      Function<ServerInterceptor, ServerServiceDefinition> guarded =
          principal ->
              MalformedMessages.guard(
                  ServerInterceptors.intercept(impl, new SizeLimitInterceptor(limit), principal));
      String warmUpScope =
          validator instanceof ProfileReportValidator p ? p.warmUpScope() : WARM_UP_SCOPE;
      Server server =
          b.maxInboundMessageSize(maxInboundMessageSize)
              .addService(guarded.apply(new AuthInterceptor(authenticator, trustCerts != null)))
              .addService(health.getHealthService())
              .addService(ProtoReflectionServiceV1.newInstance())
              .build();
      return new EparServer(
          server,
          health,
          inProcessName != null,
          timer,
          warmUp ? guarded : null,
          warmUpScope,
          warmUpRounds,
          warmUpMaxRounds,
          maxInboundMessageSize);
    }

    private ServerCredentials credentials() {
      if (certChain == null || privateKey == null) {
        return InsecureServerCredentials.create();
      }
      try {
        TlsServerCredentials.Builder tls =
            TlsServerCredentials.newBuilder().keyManager(certChain, privateKey);
        if (trustCerts != null) {
          tls.trustManager(trustCerts).clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
        }
        return tls.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the TLS files", e);
      }
    }
  }
}
